/**
 * The job queue (graphile-worker, in the `graphile_worker` schema of our own database): the one
 * list of tasks and the one wrapper around `graphile_worker.add_job` and `remove_job`. Every
 * floor above adds its jobs here — the modules (sign-in links, confirmations), the outbox
 * (src/mail/outbound-email.ts) and the mail engine (src/mail/engine/jobs.ts, which adds the job
 * keys of a mailing). Payloads carry ids only: a task re-reads its rows, so a job never acts on
 * stale data.
 */
import { sql } from 'kysely';
import type { Db } from '../db/create-db.js';

/** Every task of the worker, by name, with its payload (src/jobs/worker.ts lists the handlers). */
export interface TaskPayloads {
  send_outbound_email: { id: string };
  send_sign_in_link: { tokenId: string };
  send_application_confirmation: { organizationId: string };
  /** The mail engine's jobs (src/mail/engine/jobs.ts enqueues them). */
  mailing_start: { mailingId: string };
  mailing_send: { mailingId: string; slot: number };
  mailing_watchdog: Record<string, never>;
}

export type TaskName = keyof TaskPayloads;

export interface EnqueueOptions {
  /** When the job may run; default now. */
  runAt?: Date | null;
  /** Default graphile-worker's (25). */
  maxAttempts?: number;
  /** Deduplicates: at most one pending job per key (see `jobKeyMode`). */
  jobKey?: string;
  /**
   * What a second job with the same key does to the pending one: `replace` (the default) takes
   * its payload and run_at; `preserve_run_at` takes its payload but keeps the earlier run_at.
   */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  queueName?: string;
}

/**
 * Adds a job inside the caller's transaction (pass the transaction as `db`), so the job exists
 * if and only if the state change that calls for it commits.
 */
export async function enqueueJob<T extends TaskName>(
  db: Db,
  task: T,
  payload: TaskPayloads[T],
  options: EnqueueOptions = {},
): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    queue_name => ${options.queueName ?? null},
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null},
    job_key => ${options.jobKey ?? null},
    job_key_mode => ${options.jobKeyMode ?? null}
  )`.execute(db);
}

/**
 * Removes the pending job with this key, in the caller's transaction. A job already running is
 * not stopped (graphile-worker only marks it): its task must find nothing left to do.
 */
export async function removeJob(db: Db, jobKey: string): Promise<void> {
  await sql`SELECT graphile_worker.remove_job(${jobKey})`.execute(db);
}
