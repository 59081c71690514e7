/**
 * The mail engine's jobs (graphile-worker), added in the caller's transaction. Payloads carry
 * ids only. Job keys keep the number of jobs per mailing bounded:
 *
 * - `mailing-start:<id>`        resolve the audience (run_at = the schedule);
 * - `mailing-send:<id>:<slot>`  one chain of send jobs per slot (jobsPerMailing slots);
 * - `mailing-watchdog`          recovery while any mailing is sending (keeps its run_at).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { TaskPayloads } from '../../jobs/queue.js';

export const START_TASK = 'mailing_start';
export const SEND_TASK = 'mailing_send';
export const WATCHDOG_TASK = 'mailing_watchdog';

export type MailingJobPayloads = Pick<
  TaskPayloads,
  typeof START_TASK | typeof SEND_TASK | typeof WATCHDOG_TASK
>;

async function addJob<T extends keyof MailingJobPayloads>(
  db: Db,
  task: T,
  payload: MailingJobPayloads[T],
  options: { runAt?: Date | null; jobKey: string; mode: 'replace' | 'preserve_run_at' },
): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    job_key => ${options.jobKey},
    job_key_mode => ${options.mode}
  )`.execute(db);
}

/** Enqueues (or moves) the start job of a mailing. */
export function enqueueStart(db: Db, mailingId: string, runAt?: Date | null): Promise<void> {
  return addJob(
    db,
    START_TASK,
    { mailingId },
    {
      runAt: runAt ?? null,
      jobKey: `mailing-start:${mailingId}`,
      mode: 'replace',
    },
  );
}

/** Removes a pending start job (a cancelled schedule); a running one finds nothing to do. */
export async function removeStart(db: Db, mailingId: string): Promise<void> {
  await sql`SELECT graphile_worker.remove_job(${`mailing-start:${mailingId}`})`.execute(db);
}

/** Enqueues one send job per slot, to run at `runAt` (default now). */
export async function enqueueSend(
  db: Db,
  mailingId: string,
  slots: number,
  runAt?: Date | null,
): Promise<void> {
  for (let slot = 0; slot < slots; slot++) {
    await enqueueSendSlot(db, mailingId, slot, runAt);
  }
}

export function enqueueSendSlot(
  db: Db,
  mailingId: string,
  slot: number,
  runAt?: Date | null,
): Promise<void> {
  return addJob(
    db,
    SEND_TASK,
    { mailingId, slot },
    {
      runAt: runAt ?? null,
      jobKey: `mailing-send:${mailingId}:${slot}`,
      mode: 'replace',
    },
  );
}

/** Makes sure a watchdog run is due within `inMs` (an earlier pending one is kept). */
export function ensureWatchdog(db: Db, inMs: number): Promise<void> {
  return addJob(
    db,
    WATCHDOG_TASK,
    {},
    {
      runAt: new Date(Date.now() + inMs),
      jobKey: 'mailing-watchdog',
      mode: 'preserve_run_at',
    },
  );
}
