/**
 * The newcomer's path, as `npm start` runs it: a real process on an embedded Postgres under a
 * fresh DATA_DIR, queried over HTTP, stopped with SIGTERM, started again on the same data; and
 * the crash path: the process killed with SIGKILL, then `npm start` again on the same DATA_DIR.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/lib/free-port.js';
import { childrenOf } from '../helpers/processes.js';
import { sleep, waitFor } from '../helpers/wait.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  // A postmaster a failed test left behind (the code under test should have stopped it).
  if (dataDir) {
    const pid = await postmasterPid();
    if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function start(port: number, directory = dataDir): Promise<Started> {
  // The same command as `npm start`, without npm in between so signals reach the service.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, DATA_DIR: directory, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve));
  started.child.kill('SIGTERM');
  return exited;
}

async function query(url: string, q: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q }),
  });
  return (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
}

/** The DATA_DIR of this file's tests (the first test seeds it; the crash tests reuse it). */
async function useDataDir(): Promise<void> {
  if (dataDir) return;
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-data-'));
  await chmod(dataDir, 0o755); // the embedded Postgres runs as the `postgres` user
}

/** A client of the running embedded Postgres (its port in the lock file, its password beside). */
async function connectEmbedded(): Promise<pg.Client> {
  const lock = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  const port = Number(lock.split('\n')[3]);
  const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
  const client = new pg.Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/tsunagari`,
  });
  await client.connect();
  return client;
}

/** Writes a row the way any committed change is written, to find it again after the crash. */
async function writeMarker(value: string): Promise<void> {
  const client = await connectEmbedded();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS crash_marker (value text PRIMARY KEY)');
    await client.query('INSERT INTO crash_marker VALUES ($1)', [value]);
  } finally {
    await client.end();
  }
}

async function markers(): Promise<string[]> {
  const client = await connectEmbedded();
  try {
    const { rows } = await client.query<{ value: string }>(
      'SELECT value FROM crash_marker ORDER BY value',
    );
    return rows.map((r) => r.value);
  } finally {
    await client.end();
  }
}

async function kill(started: Started): Promise<void> {
  const exited = new Promise((resolve) => started.child.on('exit', resolve));
  started.child.kill('SIGKILL');
  await exited;
}

describe('npm start on a fresh machine', () => {
  it('starts on an embedded Postgres, serves the API, stops cleanly and keeps its data across a restart', async () => {
    await useDataDir();
    const port = await findFreePort();

    const first = await start(port);
    expect(first.output()).toContain(`${first.url.replace('127.0.0.1', '127.0.0.1')}/graphql`);
    expect(first.output()).toMatch(/Local mailbox\s+http:\/\/127\.0\.0\.1:\d+\/mailbox/);
    expect(first.output()).toContain('demo register loaded');
    expect(first.output()).toContain('demo mailings: 4 drafts to preview and send');
    const stats = await query(first.url, '{ membershipStats(asOf: "2025-05-01") { total } }');
    expect(stats).toEqual({ data: { membershipStats: { total: 628 } } });
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    expect(await stop(first), first.output()).toBe(0);
    // The embedded Postgres was stopped too: its lock file is gone.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await start(port);
    expect(second.output()).not.toContain('demo register loaded');
    expect(second.output()).not.toContain('demo mailings');
    expect(second.output()).not.toMatch(/migration .*: Success/);
    const again = await query(second.url, '{ membershipStats(asOf: "2025-06-01") { total } }');
    expect(again).toEqual({ data: { membershipStats: { total: 637 } } });
    expect(await stop(second), second.output()).toBe(0);
  }, 180_000);
});

describe('npm start after a crash', () => {
  it('SIGKILL of the service: its embedded Postgres stops too, and npm start again on the same DATA_DIR comes up with the data intact', async () => {
    await useDataDir();
    const port = await findFreePort();
    const first = await start(port);
    await writeMarker('before the first kill');
    const postmaster = await postmasterPid();
    expect(postmaster && alive(postmaster)).toBe(true);

    await kill(first);
    // Nobody cleans up after a SIGKILL: the Postgres must go by itself, releasing the lock.
    await waitFor(async () => (postmaster && !alive(postmaster) ? true : undefined), {
      timeoutMs: 15_000,
    });
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await start(port);
    const stats = await query(second.url, '{ membershipStats(asOf: "2025-06-01") { total } }');
    expect(stats).toEqual({ data: { membershipStats: { total: 637 } } });
    expect(await markers()).toEqual(['before the first kill']);
    expect(await stop(second), second.output()).toBe(0);
  }, 180_000);

  it('a Postgres left running without its parent (watchdog killed too) is stopped by the next npm start, which comes up with the data intact', async () => {
    await useDataDir();
    const port = await findFreePort();
    const first = await start(port);
    await writeMarker('before the second kill');
    const postmaster = await postmasterPid();
    const pid = first.child.pid ?? 0;
    const watchdogs = (await childrenOf(pid)).filter((c) => c.command.includes('watchdog'));
    expect(watchdogs).toHaveLength(1);
    for (const w of watchdogs) process.kill(w.pid, 'SIGKILL');
    await kill(first);
    // The orphan: alive, holding the lock file, with nobody to stop it — it stays alive however
    // long we wait (an absence, so a fixed wait).
    await sleep(1000);
    expect(postmaster && alive(postmaster)).toBe(true);

    const second = await start(port);
    expect(second.output()).toContain(`stopping the embedded Postgres (process ${postmaster})`);
    expect(postmaster && alive(postmaster)).toBe(false);
    const stats = await query(second.url, '{ membershipStats(asOf: "2025-05-01") { total } }');
    expect(stats).toEqual({ data: { membershipStats: { total: 628 } } });
    expect(await markers()).toContain('before the second kill');
    expect(await stop(second), second.output()).toBe(0);
  }, 180_000);
});

/** The pid in the cluster's lock file, if there is one. */
async function postmasterPid(): Promise<number | undefined> {
  try {
    const text = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    return Number(text.split('\n')[0]);
  } catch {
    return undefined;
  }
}

/** Whether a process exists and is not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
