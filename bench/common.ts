/**
 * What the benchmarks share: `--key=value` arguments, a database (BENCH_DATABASE_URL or a
 * throw-away embedded Postgres), the SMTP sink in its own process (bench/smtp-sink.ts), the
 * median (min–max) of several runs, and writing the results into docs/benchmarks.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../src/auth/actor.js';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/create-db.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import * as service from '../src/modules/mailings/mailing.service.js';

/** `--recipients=1000 --quick` → Map { recipients: '1000', quick: 'true' }. */
export function benchArgs(): Map<string, string> {
  return new Map(
    process.argv.slice(2).map((a) => {
      const [key, value] = a.replace(/^--/, '').split('=');
      return [key ?? '', value ?? 'true'];
    }),
  );
}

/** BENCH_DATABASE_URL (a database the benchmark may fill), or a throw-away embedded Postgres. */
export async function benchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-bench-pg-'));
  // mkdtemp makes the folder private; the `postgres` user that runs the server must enter it.
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    clusterDir: path.join(dir, 'cluster'),
    database: 'bench',
    persistent: false,
    fast: true,
  });
  return {
    url: pg.connectionString,
    async stop() {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A child process that prints lines; `next()` resolves with the next one. */
export function lineReader(child: ChildProcess): () => Promise<string> {
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  return () =>
    new Promise<string>((resolve) => {
      const line = lines.shift();
      if (line !== undefined) resolve(line);
      else waiters.push(resolve);
    });
}

export interface Sink {
  readonly port: number;
  /** Messages received and distinct Message-IDs among them (a difference is a duplicate). */
  count(): Promise<{ messages: number; distinct: number }>;
  stop(): Promise<void>;
}

/** The SMTP sink in its own process, so it does not compete with the sender's event loop. */
export async function startSink(): Promise<Sink> {
  const script = fileURLToPath(new URL('./smtp-sink.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const next = lineReader(child);
  const port = Number((await next()).split(' ')[1]);
  return {
    port,
    async count() {
      child.stdin?.write('count\n');
      const [, messages, distinct] = (await next()).split(' ');
      return { messages: Number(messages), distinct: Number(distinct) };
    },
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `median (min–max)` of several runs, or the value alone for one run. */
export function spread(values: readonly number[], digits = 0): string {
  const m = median(values).toFixed(digits);
  if (values.length < 2) return m;
  return `${m} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
}

/** The machine and the time, for the heading of a results section. */
export function machine(loads: readonly number[] = [os.loadavg()[0] ?? 0]): string {
  const cpus = os.cpus();
  return (
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpus.length} cores ` +
    `(${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
    `Node ${process.version}; 1-minute load average ${Math.min(...loads).toFixed(1)}–` +
    `${Math.max(...loads).toFixed(1)} during the run`
  );
}

const DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

/**
 * Replaces the text between `<!-- results:NAME -->` and `<!-- /results:NAME -->` in
 * docs/benchmarks.md with `markdown` (the command that produced it is written above it). The
 * narrative around the markers — before/after figures, what was changed — is written by hand.
 */
export async function writeResults(name: string, command: string, markdown: string) {
  const start = `<!-- results:${name} -->`;
  const end = `<!-- /results:${name} -->`;
  const doc = await readFile(DOC, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md has no ${start} … ${end}`);
  const body = `\n_Written by \`${command}\`._\n\n${markdown.trim()}\n`;
  await writeFile(DOC, doc.slice(0, from + start.length) + body + doc.slice(to));
  process.stdout.write(`\nwrote the results into docs/benchmarks.md (${name})\n`);
}

/** The secretariat account the benchmarks act as, with the database and configuration. */
export interface ServiceCaller extends Actor {
  readonly db: Db;
  readonly config: service.MailingConfig;
}

/** Starts a mailing and waits until it is SENT; returns the seconds it took. */
export async function sendUntilSent(ctx: ServiceCaller, mailingId: string): Promise<number> {
  const started = performance.now();
  await service.sendMailing(ctx.db, ctx, { mailingId });
  for (;;) {
    const row = await ctx.db
      .selectFrom('mailings')
      .select('status')
      .where('id', '=', mailingId)
      .executeTakeFirstOrThrow();
    if (row.status === 'SENT') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (performance.now() - started) / 1000;
}

/** The sender and public address the mail benchmarks write into their messages. */
export const MAIL_FROM =
  '孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>';
export const PUBLIC_URL = 'https://tsunagari.example.jp';

/** A secretariat staff account and the service context that acts as it. */
export async function benchSecretariat(db: Db): Promise<ServiceCaller> {
  const { id: accountId } = await db
    .insertInto('accounts')
    .values({
      email: 'bench@tsunagari.example.jp',
      display_name: 'ベンチ',
      role: 'SECRETARIAT_STAFF',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    db,
    viewer: { kind: 'SECRETARIAT', accountId, sessionId: 'bench', role: 'SECRETARIAT_STAFF' },
    requestId: 'bench',
    config: loadConfig({ NODE_ENV: 'test', MAIL_FROM, PUBLIC_URL }),
  };
}
