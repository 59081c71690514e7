/**
 * `npm start` with both roles runs the mail worker in a process of its own (issue 22), with the
 * local mailbox's SMTP server beside it: mail still arrives in /mailbox; a crashed worker process
 * is started again and sends what was asked meanwhile; Ctrl-C (SIGINT to the whole process
 * group, as a terminal sends it) stops both in order and exits 0; WORKER_PROCESS=inline keeps
 * one process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/lib/free-port.js';
import { childrenOf } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const started: ChildProcess[] = [];
const dataDirs: string[] = [];

afterAll(async () => {
  for (const child of started) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
  }
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
});

interface Service {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start`'s program in its own process group (so a test can Ctrl-C the group). */
async function startService(env: Record<string, string> = {}): Promise<Service> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-worker-process-'));
  await chmod(dataDir, 0o755); // the embedded Postgres runs as the `postgres` user
  dataDirs.push(dataDir);
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await waitFor(async () => (output.includes('Press Ctrl-C to stop.') ? true : undefined), {
    timeoutMs: 90_000,
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

/** Child processes of `pid` running the service (the worker process). */
async function nodeChildrenOf(pid: number): Promise<number[]> {
  return (await childrenOf(pid)).filter((c) => c.command.includes('src/main.ts')).map((c) => c.pid);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Asks for a sign-in link for the demo admin; resolves once /mailbox lists a new message. */
async function signInMailArrives(service: Service): Promise<void> {
  const count = async () => {
    const page = await (await fetch(`${service.url}/mailbox`)).text();
    return (page.match(/サインイン/g) ?? []).length;
  };
  const before = await count();
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation { requestSignInLink(input: { email: "admin@secretariat.example.jp" }) { __typename } }',
    }),
  });
  expect(response.status).toBe(200);
  await waitFor(async () => ((await count()) > before ? true : undefined), { timeoutMs: 30_000 });
}

describe('the worker in a process of its own', () => {
  it('sends from its own process, comes back after a crash, and stops with Ctrl-C in order', async () => {
    const service = await startService();
    const pid = service.child.pid ?? 0;
    expect(service.output()).toContain('the worker in a process of its own');
    const [worker] = await waitFor(async () => {
      const found = await nodeChildrenOf(pid);
      return found.length === 1 ? found : undefined;
    });
    await signInMailArrives(service);

    // /metrics of the API process includes the worker process's part: its SMTP hand-offs and
    // its runtime, labelled process="worker", beside the API process's own series.
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(
      /^tsunagari_smtp_send_duration_seconds_count\{outcome="accepted",process="worker"\} [1-9]/m,
    );
    expect(metrics).toMatch(/^tsunagari_process_resident_memory_bytes\{process="worker"\} \d/m);
    expect(metrics).toMatch(/^tsunagari_process_resident_memory_bytes \d/m);
    expect(metrics).toMatch(/^tsunagari_http_requests_total\{/m);

    // The worker process crashes: the service starts it again and mail goes out again.
    process.kill(worker ?? 0, 'SIGKILL');
    const restarted = await waitFor(
      async () => {
        const found = await nodeChildrenOf(pid);
        return found.length === 1 && found[0] !== worker ? found[0] : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(service.output()).toContain('mail worker process exited; starting it again');
    await signInMailArrives(service);

    // Ctrl-C: the terminal signals the whole group; the parent stops its HTTP server, then the
    // worker process (which ignored the SIGINT), then the rest, and exits 0.
    const exited = new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    process.kill(-pid, 'SIGINT');
    expect(await exited).toBe(0);
    await waitFor(async () => (alive(restarted ?? 0) ? undefined : true));
    expect(service.output()).toContain('SIGTERM: the mail worker process stops');
  }, 180_000);

  it('WORKER_PROCESS=inline keeps the worker in the one process', async () => {
    const service = await startService({ WORKER_PROCESS: 'inline', SEED_DEMO: 'true' });
    expect(await nodeChildrenOf(service.child.pid ?? 0)).toEqual([]);
    expect(service.output()).not.toContain('the worker in a process of its own');
    await signInMailArrives(service);
    const exited = new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    process.kill(-(service.child.pid ?? 0), 'SIGINT');
    expect(await exited).toBe(0);
  }, 180_000);
});
