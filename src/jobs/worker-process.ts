/**
 * The worker role in a process of its own, supervised by the API process (`npm start` with both
 * roles, WORKER_PROCESS=child, the default). Each SMTP transaction takes several round trips
 * through its process's event loop; in the API's process, every turn of a loop busy with
 * partner traffic stalled every message in flight (issue 22: a tenfold slowdown). The child
 * shares the embedded Postgres and the local mailbox of its parent (their URLs in its
 * environment) and its data directory (secret key, uploads).
 *
 * - It is started once the HTTP server listens (its links use the server's address), and
 *   restarted after a crash, 1 s later and doubling up to 30 s while it keeps crashing; recovery
 *   of its unfinished deliveries is the mail engine's own (docs/mail-engine.md).
 * - `stop()` sends SIGTERM and waits for the exit (running jobs finish, like an inline worker)
 *   — SIGKILL after `stopTimeoutMs`. Ctrl-C in a terminal reaches the child too: a supervised
 *   child ignores SIGINT and leaves the order to its parent; it stops by itself if the parent
 *   disappears (the IPC channel closes).
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import type { Logger } from 'pino';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';

/** Set in the child's environment: it is supervised (see src/main.ts). */
export const SUPERVISED_ENV = 'TSUNAGARI_SUPERVISED_WORKER';

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/** Messages on the IPC channel: the parent asks for the child's metrics, the child answers. */
export type WorkerProcessMessage =
  | { readonly type: 'metrics?'; readonly id: number }
  | { readonly type: 'metrics'; readonly id: number; readonly metrics: MetricsJson };

/** How long a scrape of `/metrics` waits for the worker process's part. */
const METRICS_TIMEOUT_MS = 2_000;

export interface WorkerProcessOptions {
  /** The entry script to fork (the one `npm start` ran: src/start.mjs or src/main.ts). */
  readonly entry: string;
  /** Node flags of the child (the parent's: a TypeScript loader under `npm run dev`). */
  readonly execArgv: readonly string[];
  /** The child's environment on top of the parent's. */
  readonly env: Readonly<Record<string, string>>;
  readonly log: Logger;
  readonly stopTimeoutMs?: number;
  /**
   * The child's scheduling priority (nice value; higher is lower priority), so that people
   * using the API come first on a busy machine and bulk mail takes the CPU they leave.
   */
  readonly nice?: number;
}

export interface WorkerProcess {
  /** The running child's pid (undefined between a crash and its restart). */
  readonly pid: () => number | undefined;
  /** Restarts after a crash so far. */
  readonly restarts: () => number;
  /** The child's metrics (SMTP hand-offs, its runtime), or undefined while it is not answering. */
  metrics(): Promise<MetricsJson | undefined>;
  stop(): Promise<void>;
}

export function startWorkerProcess(options: WorkerProcessOptions): WorkerProcess {
  const { log } = options;
  const stopTimeoutMs = options.stopTimeoutMs ?? 60_000;
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let delayMs = 1_000;
  let restartTimer: NodeJS.Timeout | undefined;
  let startedAt = 0;
  let nextRequest = 0;
  const waiting = new Map<number, (metrics: MetricsJson) => void>();

  const spawnChild = () => {
    startedAt = Date.now();
    const started = fork(options.entry, [], {
      execArgv: [...options.execArgv],
      env: { ...process.env, ...options.env, [SUPERVISED_ENV]: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = started;
    started.on('message', (message: WorkerProcessMessage) => {
      if (message.type === 'metrics') waiting.get(message.id)?.(message.metrics);
    });
    if (started.pid !== undefined && options.nice) {
      try {
        os.setPriority(started.pid, Math.min(19, os.getPriority() + options.nice));
      } catch (error) {
        log.warn({ err: error }, 'could not lower the mail worker process priority');
      }
    }
    log.info({ pid: started.pid }, 'mail worker process started');
    started.once('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      // A child that ran a minute before crashing starts again at once; one that keeps
      // crashing backs off, so a broken configuration does not spin.
      if (Date.now() - startedAt > 60_000) delayMs = 1_000;
      log.error(
        { code, signal, restartInMs: delayMs },
        'mail worker process exited; starting it again',
      );
      restartTimer = setTimeout(() => {
        restartTimer = undefined;
        restarts += 1;
        spawnChild();
      }, delayMs);
      delayMs = Math.min(delayMs * 2, 30_000);
    });
  };
  spawnChild();

  return {
    pid: () => child?.pid,
    restarts: () => restarts,
    async metrics() {
      const running = child;
      if (!running?.connected) return undefined;
      const id = nextRequest++;
      return new Promise<MetricsJson | undefined>((resolve) => {
        const settle = (metrics: MetricsJson | undefined) => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(metrics);
        };
        const timer = setTimeout(() => settle(undefined), METRICS_TIMEOUT_MS);
        waiting.set(id, settle);
        running.send({ type: 'metrics?', id } satisfies WorkerProcessMessage, (error) => {
          if (error) settle(undefined);
        });
      });
    },
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGTERM');
      const timer = setTimeout(() => {
        log.warn('mail worker process did not stop in time: killing it');
        running.kill('SIGKILL');
      }, stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
