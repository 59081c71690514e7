/**
 * The mail engine's jobs (graphile-worker), added in the caller's transaction. Payloads carry
 * ids only. Job keys keep the number of jobs per mailing bounded:
 *
 * - `mailing-start:<id>`        resolve the audience (run_at = the schedule);
 * - `mailing-send:<id>:<slot>`  one chain of send jobs per slot (jobsPerMailing slots);
 * - `mailing-watchdog`          recovery while any mailing is sending (keeps its run_at).
 *
 * They go through the queue's one wrapper around `add_job` (src/jobs/queue.ts).
 */
import type { Db } from '../../db/create-db.js';
import { enqueueJob, removeJob, type TaskPayloads } from '../../jobs/queue.js';

export const START_TASK = 'mailing_start';
export const SEND_TASK = 'mailing_send';
export const WATCHDOG_TASK = 'mailing_watchdog';

export type MailingJobPayloads = Pick<
  TaskPayloads,
  typeof START_TASK | typeof SEND_TASK | typeof WATCHDOG_TASK
>;

/** Enqueues (or moves) the start job of a mailing. */
export function enqueueStart(db: Db, mailingId: string, runAt?: Date | null): Promise<void> {
  return enqueueJob(
    db,
    START_TASK,
    { mailingId },
    { runAt: runAt ?? null, jobKey: startJobKey(mailingId), jobKeyMode: 'replace' },
  );
}

/** Removes a pending start job (a cancelled schedule); a running one finds nothing to do. */
export function removeStart(db: Db, mailingId: string): Promise<void> {
  return removeJob(db, startJobKey(mailingId));
}

function startJobKey(mailingId: string): string {
  return `mailing-start:${mailingId}`;
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
  return enqueueJob(
    db,
    SEND_TASK,
    { mailingId, slot },
    { runAt: runAt ?? null, jobKey: `mailing-send:${mailingId}:${slot}`, jobKeyMode: 'replace' },
  );
}

/** Makes sure a watchdog run is due within `inMs` (an earlier pending one is kept). */
export function ensureWatchdog(db: Db, inMs: number): Promise<void> {
  return enqueueJob(
    db,
    WATCHDOG_TASK,
    {},
    {
      runAt: new Date(Date.now() + inMs),
      jobKey: 'mailing-watchdog',
      jobKeyMode: 'preserve_run_at',
    },
  );
}
