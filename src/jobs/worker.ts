/**
 * The mail worker: a graphile-worker runner over our Postgres. Any number of worker processes
 * may share one database; jobs are claimed with SKIP LOCKED by the library.
 */
import { Logger, type Runner, run, type TaskList } from 'graphile-worker';
import type { Logger as Pino } from 'pino';
import { createPool, type Db } from '../db/create-db.js';
import type { MailEngineOptions } from '../mail/engine/options.js';
import type { MailTransport } from '../mail/transport.js';
import { mailingTasks, stopMailEngine } from '../modules/mailings/tasks.js';
import { sendOutboundEmailTask } from './send-outbound-email.js';
import { sendSignInLinkTask } from './send-sign-in-link.js';

export interface WorkerDeps {
  readonly connectionString: string;
  readonly db: Db;
  readonly transport: MailTransport;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly secretKey: Buffer;
  readonly concurrency: number;
  readonly log: Pino;
  /** Mail engine settings (from `config.mail`); tests pass their own. */
  readonly mailEngine?: Partial<MailEngineOptions>;
  /** How often to look for scheduled/retried jobs; new jobs arrive by LISTEN/NOTIFY at once. */
  readonly pollIntervalMs?: number;
}

export function createTaskList(deps: WorkerDeps): TaskList {
  return {
    send_outbound_email: sendOutboundEmailTask(deps),
    send_sign_in_link: sendSignInLinkTask(deps),
    ...mailingTasks(deps),
  };
}

export interface Worker {
  /** Stops taking jobs, lets running ones finish, then closes the worker's connections. */
  stop(): Promise<void>;
  readonly runner: Runner;
}

export async function startWorker(deps: WorkerDeps): Promise<Worker> {
  const log = deps.log.child({ component: 'worker' });
  const pgPool = createPool(deps.connectionString, {
    max: deps.concurrency + 2,
    onError: (error) => log.warn({ err: error }, 'idle worker database connection failed'),
  });
  const runner = await run({
    pgPool,
    concurrency: deps.concurrency,
    // Shutdown is ordered by the app (src/app.ts), not by the library's own signal handlers.
    noHandleSignals: true,
    pollInterval: deps.pollIntervalMs ?? 2000,
    taskList: createTaskList(deps),
    parsedCronItems: [], // no crontab: scheduled sends are jobs with run_at
    logger: new Logger((scope) => (level, message, meta) => {
      const method =
        level === 'error'
          ? 'error'
          : level === 'warning'
            ? 'warn'
            : level === 'info'
              ? 'info'
              : 'debug';
      log[method]({ ...scope, ...meta }, message);
    }),
  }).catch(async (error: unknown) => {
    await pgPool.end();
    throw error;
  });
  return {
    runner,
    async stop() {
      // Stop claiming deliveries first, so running send jobs finish what is on the wire and end.
      stopMailEngine(deps);
      await runner.stop();
      await pgPool.end();
    },
  };
}
