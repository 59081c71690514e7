/**
 * Typed access to the job queue (graphile-worker, in the `graphile_worker` schema of our own
 * database). Payloads carry ids only: a task re-reads its rows, so a job never acts on stale data.
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
  runAt?: Date;
  maxAttempts?: number;
  /** Deduplicates: a second job with the same key replaces the pending one. */
  jobKey?: string;
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
    run_at => ${options.runAt ?? null},
    max_attempts => ${options.maxAttempts ?? null},
    job_key => ${options.jobKey ?? null}
  )`.execute(db);
}
