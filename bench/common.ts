/**
 * What the benchmarks share: `--key=value` arguments, a database (BENCH_DATABASE_URL or a
 * throw-away embedded Postgres) and the SMTP sink in its own process (bench/smtp-sink.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

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
