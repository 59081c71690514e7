/**
 * The newcomer's path, as `npm start` runs it: a real process on an embedded Postgres under a
 * fresh DATA_DIR, queried over HTTP, stopped with SIGTERM, started again on the same data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/lib/free-port.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function start(port: number): Promise<Started> {
  // The same command as `npm start`, without npm in between so signals reach the service.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' },
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

describe('npm start on a fresh machine', () => {
  it('starts on an embedded Postgres, serves the API, stops cleanly and keeps its data across a restart', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-data-'));
    await chmod(dataDir, 0o755); // the embedded Postgres runs as the `postgres` user
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
