/**
 * Sending under API load (issue 22): the service as `npm start` runs it — both roles, the demo
 * register, the local mailbox — sends a メールマガジン to every demo contact once with nothing
 * else going on and once while partner traffic reads the directory (autocannon, 10 connections,
 * an API key), with the worker in the API's process (WORKER_PROCESS=inline) and in a process of
 * its own (child, the default). Reported: messages/s both ways and their ratio, and the API's
 * req/s and p99 alone and during the send.
 *
 *   npm run bench:load                 (writes its table into docs/benchmarks.md)
 *   npm run bench:load -- --quick      (one mode, shorter API runs: a smoke test, prints only)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createDb, type Db } from '../src/db/create-db.js';
import { findFreePort } from '../src/lib/free-port.js';
import { createApiKey } from '../src/modules/accounts/api-keys.js';
import * as service from '../src/modules/mailings/mailing.service.js';
import {
  benchArgs,
  benchDatabase,
  benchSecretariat,
  lineReader,
  machine,
  writeResults,
} from './common.js';

const args = benchArgs();
const QUICK = args.has('quick');
const MODES = (args.get('modes') ?? (QUICK ? 'child' : 'inline,child')).split(',') as (
  | 'inline'
  | 'child'
)[];
const API_SECONDS = QUICK ? 3 : 10;
const CONNECTIONS = 10;
const DIRECTORY = JSON.stringify({
  query:
    '{ organizations(first: 50) { totalCount edges { node { id name category prefecture { code name } workingGroups { number title } boardSeat { role } } } } }',
});

/** `npm start` (src/start.mjs: the compiled service) on the bench database, until it is up. */
async function startService(databaseUrl: string, mode: string) {
  const port = await findFreePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-bench-load-'));
  const child = spawn(process.execPath, ['src/start.mjs'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      PORT: String(port),
      DATA_DIR: dataDir,
      WORKER_PROCESS: mode,
      LOG_LEVEL: 'warn',
      // Generous limits: the load is a partner's, by key; the send is what is measured.
      RATE_LIMIT_API_KEY_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const next = lineReader(child);
  for (;;) {
    const line = await next();
    if (line.includes('Press Ctrl-C to stop.')) break;
  }
  return { url: `http://127.0.0.1:${port}`, child, dataDir };
}

async function stopService(service: { child: ChildProcess; dataDir: string }) {
  const exited = new Promise((resolve) => service.child.once('exit', resolve));
  service.child.kill('SIGTERM');
  await exited;
  await rm(service.dataDir, { recursive: true, force: true });
}

function directoryLoad(url: string, key: string, seconds: number) {
  return autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: DIRECTORY,
  });
}

/** A copy of the demo メールマガジン to every contact, sent; seconds until SENT. */
async function sendNewsletter(db: Db, ctx: service.ServiceContext): Promise<number> {
  const demo = await db
    .selectFrom('mailings')
    .select('content')
    .where('kind', '=', 'NEWSLETTER')
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const mailing = await service.createMailing(ctx, {
    kind: 'NEWSLETTER',
    contentJson: JSON.stringify(demo.content),
    audience: { contacts: { selection: 'ALL' } },
    // A copy of the demo issue: the duplicate issue number is deliberate.
    confirmDuplicateIssueNumber: true,
  });
  const started = performance.now();
  await service.sendMailing(ctx, { mailingId: mailing.id });
  for (;;) {
    const row = await db
      .selectFrom('mailings')
      .select('status')
      .where('id', '=', mailing.id)
      .executeTakeFirstOrThrow();
    if (row.status === 'SENT') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (performance.now() - started) / 1000;
}

let secretariat: service.ServiceContext | undefined;
async function benchSecretariatOnce(on: Db) {
  secretariat ??= await benchSecretariat(on);
  return secretariat;
}

interface ModeResult {
  recipients: number;
  aloneSeconds: number;
  loadedSeconds: number;
  apiAlone: autocannon.Result;
  apiDuring: autocannon.Result;
}

// What `npm start` runs is the compiled service: compile the code as it is now.
if (spawnSync('npm', ['run', 'build:server'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const database = await benchDatabase();
const db = createDb(database.url);
const results = new Map<string, ModeResult>();
const loads: number[] = [];
try {
  for (const mode of MODES) {
    const running = await startService(database.url, mode);
    try {
      const ctx = await benchSecretariatOnce(db);
      const { key } = await createApiKey(db, {
        name: `bench-load-${mode}`,
        expiresAt: null,
        createdBy: null,
      });
      const recipients = Number(
        (
          await db
            .selectFrom('contacts')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      // Warm up (JIT, pools, the mailbox's first connections), then each measurement.
      await directoryLoad(running.url, key, 2);
      await sendNewsletter(db, ctx);
      loads.push(os.loadavg()[0] ?? 0);
      const apiAlone = await directoryLoad(running.url, key, API_SECONDS);
      const aloneSeconds = await sendNewsletter(db, ctx);
      // The load runs for as long as the send takes, at least API_SECONDS.
      let loadedSeconds = 0;
      const during = directoryLoad(running.url, key, 600);
      const sent = sendNewsletter(db, ctx).then((s) => {
        loadedSeconds = s;
        (during as unknown as { stop(): void }).stop();
      });
      const [apiDuring] = await Promise.all([during, sent]);
      loads.push(os.loadavg()[0] ?? 0);
      results.set(mode, { recipients, aloneSeconds, loadedSeconds, apiAlone, apiDuring });
      process.stdout.write(
        `${mode}: ${recipients} recipients — alone ${aloneSeconds.toFixed(1)} s, under load ${loadedSeconds.toFixed(1)} s; ` +
          `API alone ${apiAlone.requests.average.toFixed(0)} req/s, during the send ${apiDuring.requests.average.toFixed(0)} req/s\n`,
      );
    } finally {
      await stopService(running);
    }
  }
} finally {
  await db.destroy();
  await database.stop();
}

const rate = (n: number, s: number) => (n / s).toFixed(0);
const rows = [...results].map(([mode, r]) => {
  const ratio = r.loadedSeconds / r.aloneSeconds;
  const apiShare = r.apiDuring.requests.average / r.apiAlone.requests.average;
  return `| ${mode === 'child' ? 'worker in its own process (default)' : 'worker in the API process'} | ${rate(r.recipients, r.aloneSeconds)} (${r.aloneSeconds.toFixed(1)} s) | ${rate(r.recipients, r.loadedSeconds)} (${r.loadedSeconds.toFixed(1)} s) | ${ratio.toFixed(1)}× | ${r.apiAlone.requests.average.toFixed(0)} / ${r.apiAlone.latency.p99} ms | ${r.apiDuring.requests.average.toFixed(0)} / ${r.apiDuring.latency.p99} ms (${(apiShare * 100).toFixed(0)} %) | ${r.apiDuring.non2xx + r.apiDuring.errors} |`;
});
const recipients = [...results.values()][0]?.recipients ?? 0;
const table = `${machine(loads)}. The demo メールマガジン to all ${recipients.toLocaleString('en')} demo contacts through the local mailbox, \`npm start\` (compiled, both roles, embedded Postgres replaced by the bench's throw-away one); partner load: the directory page (50 organisations) by API key, ${CONNECTIONS} connections.

| mode | send alone: messages/s | send under load: messages/s | time under load / alone (target ≤ 2×) | API alone: req/s / p99 | API during the send: req/s / p99 (target ≥ 80 % of alone) | API errors |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
process.stdout.write(`\n${table}\n`);
if (!QUICK) await writeResults('load', 'npm run bench:load', table);
