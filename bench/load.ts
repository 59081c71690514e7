/**
 * Sending under API load (issue 22): the service as `npm start` runs it — both roles, the demo
 * register, the local mailbox — sends a メールマガジン to every demo contact once with nothing
 * else going on and while partner traffic reads the directory (autocannon, 10 connections, an
 * API key) — once as fast as the API answers, once at a fixed rate of half that — with the
 * worker in the API's process (WORKER_PROCESS=inline) and in a process of its own (child, the
 * default) — the latter also with the response cache off (uncached: every request runs its
 * query) — a few rounds each. Reported: messages/s alone and under load and their ratio, the
 * API's req/s and p99 alone and during the send, and the CPU seconds each process spent per
 * 1,000 messages and per 1,000 requests.
 *
 *   npm run bench:load                 (writes its table into docs/benchmarks.md)
 *   npm run bench:load -- --quick      (one mode, one round, shorter API runs: prints only)
 *   npm run bench:load -- --modes=child,uncached --rounds=5
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
  type ServiceCaller,
  spread,
  writeResults,
} from './common.js';
import { cpuBetween, type ProcessCpu, processTree } from './process-cpu.js';

const args = benchArgs();
const QUICK = args.has('quick');
/**
 * `child`: the default service; `uncached`: the same with the response cache off
 * (RESPONSE_CACHE_SECONDS=0), so every directory request runs its query; `inline`: the worker in
 * the API's process.
 */
const MODES = (args.get('modes') ?? (QUICK ? 'child' : 'inline,child,uncached')).split(',') as (
  | 'inline'
  | 'child'
  | 'uncached'
)[];
const API_SECONDS = QUICK ? 3 : 10;
/** The fixed partner load: this share of the rate the API answered as fast as it could. */
const FIXED_SHARE = 0.5;
const ROUNDS = Number(args.get('rounds') ?? (QUICK ? 1 : 3));
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
      WORKER_PROCESS: mode === 'inline' ? 'inline' : 'child',
      ...(mode === 'uncached' ? { RESPONSE_CACHE_SECONDS: '0' } : {}),
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

/** Partner traffic: as fast as the API answers (`rate` unset), or `rate` requests/s in all. */
function directoryLoad(url: string, key: string, seconds: number, rate?: number) {
  return autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: DIRECTORY,
  });
}

/** A copy of the demo メールマガジン to every contact, sent; seconds until SENT. */
async function sendNewsletter(db: Db, ctx: ServiceCaller): Promise<number> {
  const demo = await db
    .selectFrom('mailings')
    .select('content')
    .where('kind', '=', 'NEWSLETTER')
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const mailing = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify(demo.content),
      audience: { contacts: { selection: 'ALL' } },
      // A copy of the demo issue: the duplicate issue number is deliberate.
      confirmDuplicateIssueNumber: true,
    },
    ctx.config,
  );
  const started = performance.now();
  await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
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

let secretariat: ServiceCaller | undefined;
async function benchSecretariatOnce(on: Db) {
  secretariat ??= await benchSecretariat(on);
  return secretariat;
}

interface UnderLoad {
  /** Requests/s the partners asked for; undefined: as fast as answered. */
  rate: number | undefined;
  apiAlone: autocannon.Result;
  loadedSeconds: number;
  apiDuring: autocannon.Result;
}

interface Run {
  aloneSeconds: number;
  saturating: UnderLoad;
  fixed: UnderLoad;
  /** CPU seconds per 1,000 messages of the send alone, by process group. */
  sendCpu: Map<string, number>;
  /** CPU seconds per 1,000 requests of the saturating API load alone, by process group. */
  apiCpu: Map<string, number>;
}

/** The newsletter sent while the load runs, for as long as the send takes. */
async function sendUnderLoad(url: string, key: string, db: Db, ctx: ServiceCaller, rate?: number) {
  let loadedSeconds = 0;
  const during = directoryLoad(url, key, 600, rate);
  const sent = sendNewsletter(db, ctx).then((s) => {
    loadedSeconds = s;
    (during as unknown as { stop(): void }).stop();
  });
  const [apiDuring] = await Promise.all([during, sent]);
  return { loadedSeconds, apiDuring };
}

/** The bench's processes by role: the service (API), its worker child, Postgres, this one. */
function roleOf(servicePid: number) {
  return (p: ProcessCpu) => {
    if (p.pid === servicePid) return 'api';
    if (p.ppid === servicePid) return 'worker';
    if (p.name.startsWith('postgres')) return 'postgres';
    if (p.pid === process.pid) return 'load';
    return undefined;
  };
}

async function measuredCpu<T>(
  servicePid: number,
  units: (result: T) => number,
  work: () => Promise<T>,
) {
  const before = await processTree(process.pid);
  const result = await work();
  const used = cpuBetween(before, await processTree(process.pid), roleOf(servicePid));
  const perThousand = new Map([...used].map(([role, s]) => [role, (s * 1000) / units(result)]));
  return { result, perThousand };
}

// What `npm start` runs is the compiled service: compile the code as it is now.
if (spawnSync('npm', ['run', 'build:server'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const database = await benchDatabase();
const db = createDb(database.url);
const results = new Map<string, Run[]>();
let recipients = 0;
const loads: number[] = [];
try {
  for (const mode of MODES) {
    const running = await startService(database.url, mode);
    const servicePid = running.child.pid ?? 0;
    const runs: Run[] = [];
    results.set(mode, runs);
    try {
      const ctx = await benchSecretariatOnce(db);
      const { key } = await createApiKey(db, {
        name: `bench-load-${mode}`,
        expiresAt: null,
        createdBy: null,
      });
      recipients = Number(
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
      for (let round = 0; round < ROUNDS; round++) {
        loads.push(os.loadavg()[0] ?? 0);
        const api = await measuredCpu(
          servicePid,
          (r: autocannon.Result) => r.requests.total,
          () => directoryLoad(running.url, key, API_SECONDS),
        );
        const alone = await measuredCpu(
          servicePid,
          () => recipients,
          () => sendNewsletter(db, ctx),
        );
        const saturating = {
          rate: undefined,
          apiAlone: api.result,
          ...(await sendUnderLoad(running.url, key, db, ctx)),
        };
        const rate = Math.round(api.result.requests.average * FIXED_SHARE);
        const fixed = {
          rate,
          apiAlone: await directoryLoad(running.url, key, API_SECONDS, rate),
          ...(await sendUnderLoad(running.url, key, db, ctx, rate)),
        };
        loads.push(os.loadavg()[0] ?? 0);
        runs.push({
          aloneSeconds: alone.result,
          saturating,
          fixed,
          sendCpu: alone.perThousand,
          apiCpu: api.perThousand,
        });
        process.stdout.write(
          `${mode} #${round + 1}: ${recipients} recipients — alone ${alone.result.toFixed(1)} s, under load ${saturating.loadedSeconds.toFixed(1)} s / at ${rate} req/s ${fixed.loadedSeconds.toFixed(1)} s; ` +
            `API alone ${api.result.requests.average.toFixed(0)} req/s, during the send ${saturating.apiDuring.requests.average.toFixed(0)} req/s; ` +
            `CPU s per 1,000 messages ${[...alone.perThousand].map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}\n`,
        );
      }
    } finally {
      await stopService(running);
    }
  }
} finally {
  await db.destroy();
  await database.stop();
}

const label = (mode: string) =>
  mode === 'child'
    ? 'worker in its own process (default)'
    : mode === 'uncached'
      ? 'worker in its own process, response cache off'
      : 'worker in the API process';
const rows = [...results].flatMap(([mode, runs]) =>
  (['saturating', 'fixed'] as const).map((load) => {
    const col = (f: (r: UnderLoad, run: Run) => number, digits = 0) =>
      spread(
        runs.map((run) => f(run[load], run)),
        digits,
      );
    const partners =
      load === 'saturating'
        ? 'as fast as answered'
        : `${col((r) => r.rate ?? 0)} req/s (half the above)`;
    return `| ${label(mode)} | ${partners} | ${col((_, run) => recipients / run.aloneSeconds)} | ${col((r) => recipients / r.loadedSeconds)} | ${col((r, run) => r.loadedSeconds / run.aloneSeconds, 1)}× | ${col((r) => r.apiAlone.requests.average)} / ${col((r) => r.apiAlone.latency.p99)} ms | ${col((r) => r.apiDuring.requests.average)} / ${col((r) => r.apiDuring.latency.p99)} ms | ${col((r) => (100 * r.apiDuring.requests.average) / r.apiAlone.requests.average)} % | ${runs.reduce((n, run) => n + run[load].apiDuring.non2xx + run[load].apiDuring.errors, 0)} |`;
  }),
);
const cpuRows = [...results].map(([mode, runs]) => {
  const cpu = (f: (r: Run) => Map<string, number>, role: string) =>
    spread(
      runs.map((r) => f(r).get(role) ?? 0),
      2,
    );
  const send = mode === 'inline' ? '(in the API process)' : `${cpu((r) => r.sendCpu, 'worker')}`;
  return `| ${label(mode)} | ${send} | ${cpu((r) => r.sendCpu, 'api')} | ${cpu((r) => r.sendCpu, 'postgres')} | ${cpu((r) => r.apiCpu, 'api')} | ${cpu((r) => r.apiCpu, 'postgres')} |`;
});
const table = `${machine(loads)}. The demo メールマガジン to all ${recipients.toLocaleString('en')} demo contacts through the local mailbox, \`npm start\` (compiled, both roles, embedded Postgres replaced by the bench's throw-away one); partner load: the directory page (50 organisations) by API key, ${CONNECTIONS} connections, for ${API_SECONDS} s alone and for as long as the send takes — as fast as the API answers, then at a fixed rate of half that. ${ROUNDS} rounds per mode: median (min–max).

| mode | partner load (10 connections) | send alone: messages/s | send under load: messages/s | time under load / alone (target ≤ 2×) | API alone: req/s / p99 | API during the send: req/s / p99 | API during / alone (target ≥ 80 %) | API errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

CPU seconds spent, read from /proc (less moved by other work on the machine than the rates, though not immune):

| mode | send alone, per 1,000 messages: worker process | API process | Postgres | API alone, per 1,000 requests: API process | Postgres |
| --- | --- | --- | --- | --- | --- |
${cpuRows.join('\n')}
`;
process.stdout.write(`\n${table}\n`);
if (!QUICK) await writeResults('load', 'npm run bench:load', table);
