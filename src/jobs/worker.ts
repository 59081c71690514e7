/**
 * The mail worker: a graphile-worker runner over our Postgres. Any number of worker processes
 * may share one database; jobs are claimed with SKIP LOCKED by the library.
 */
import { Logger, type Runner, run, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Logger as Pino } from 'pino';
import { createPool, type Db } from '../db/create-db.js';
import type { MailEngineOptions } from '../mail/engine/options.js';
import { mailingTasks, stopMailEngine } from '../mail/engine/tasks.js';
import type { MailTransport } from '../mail/transport.js';
import { sendApplicationConfirmationTask } from './send-application-confirmation.js';
import { sendOutboundEmailTask } from './send-outbound-email.js';
import { sendSignInLinkTask } from './send-sign-in-link.js';

export interface WorkerDeps {
  readonly connectionString: string;
  readonly db: Db;
  readonly transport: MailTransport;
  readonly mailFrom: string;
  readonly publicUrl: string;
  /** The platform's website, the e-mail footer's 「ウェブサイト」 link (config `siteUrl`). */
  readonly siteUrl?: string | undefined;
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
    send_application_confirmation: sendApplicationConfirmationTask(deps),
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
    onError: (error) => log.warn({ err: error }, 'worker database connection failed'),
  });
  const patience = waitForDatabase(pgPool, log);
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
    patience.stop();
    await pgPool.end();
    throw error;
  });
  return {
    runner,
    async stop() {
      // Stop claiming deliveries first, so running send jobs finish what is on the wire and end.
      stopMailEngine(deps);
      patience.stop();
      await runner.stop();
      await pgPool.end();
    },
  };
}

/** Errors of a database that is restarting, failing over or briefly unreachable. */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
]);

function unavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    (code !== undefined && UNAVAILABLE.has(code)) ||
    /Connection terminated|connection timeout/i.test(message ?? '')
  );
}

/**
 * Makes the queue's pool wait for the database to come back instead of failing a checkout.
 * graphile-worker records a finished job (complete/fail) without waiting for it and retries
 * only a few error codes, so a refused connection at that moment — a database restart — would
 * be an unhandled rejection, which ends the process. Waiting (up to 5 minutes, or until the
 * worker stops) lets the job be recorded once the database is back; polling waits too.
 */
/**
 * A connection lost in the middle of one of graphile-worker's own queries (recording a finished
 * job) has no SQLSTATE, so the library would not retry it and the rejection would go unhandled.
 * Marked with a code it retries (57P03, "cannot connect now"), the query is run again on a new
 * connection — which waits for the database (below). Its queries are idempotent deletes/updates
 * of the job rows.
 */
const marked = new WeakSet<pg.PoolClient>();
function retryableOnLoss(client: pg.PoolClient): pg.PoolClient {
  if (marked.has(client)) return client;
  marked.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result; // callback form: left as it is
    return result.catch((error: unknown) => {
      if (error && typeof error === 'object' && unavailable(error)) {
        (error as { code?: string }).code = '57P03';
      }
      throw error;
    });
  };
  return client;
}

function waitForDatabase(pool: pg.Pool, log: Pino, maxWaitMs = 5 * 60_000) {
  let stopped = false;
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const patient = async (): Promise<pg.PoolClient> => {
    const giveUpAt = Date.now() + maxWaitMs;
    for (let delay = 250, warned = false; ; delay = Math.min(delay * 2, 5000)) {
      try {
        return retryableOnLoss(await connect());
      } catch (error) {
        if (stopped || !unavailable(error) || Date.now() + delay > giveUpAt) throw error;
        if (!warned) log.warn({ err: error }, 'database unavailable; the worker waits for it');
        warned = true;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
  // Only the promise form is used by graphile-worker; the callback form stays as it is.
  (pool as unknown as { connect: (callback?: unknown) => unknown }).connect = (callback) =>
    callback ? (connect as (cb: unknown) => void)(callback) : patient();
  return {
    stop() {
      stopped = true;
    },
  };
}
