/** The mail engine's watchdog task (docs/mail-engine.md: recovery). */
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../../db/create-db.js';
import { finalizeIfDone, mailingProgress, recoverOrphans } from './deliveries.js';
import { enqueueSend, ensureWatchdog } from './jobs.js';
import type { MailEngineOptions } from './options.js';

/**
 * Settles deliveries of dead send jobs, restarts send chains that stalled (a job lost with
 * its worker stays locked in the queue for hours), finishes completed mailings, and runs
 * again while any mailing is sending.
 */
export async function runWatchdog(db: Db, options: MailEngineOptions, log: Logger): Promise<void> {
  const recovered = await recoverOrphans(db, options.staleAfterMs);
  for (const r of recovered) {
    log.warn(r, 'recovered deliveries of a stopped send job');
  }
  const sending = await db
    .selectFrom('mailings')
    .select(['id'])
    .where('status', '=', 'SENDING')
    .where('resolved_at', 'is not', null)
    .execute();
  for (const { id } of sending) {
    const progress = await mailingProgress(db, id);
    if (progress?.status !== 'SENDING') continue;
    const stalledFor = progress.lastClaimAt
      ? Date.now() - progress.lastClaimAt.getTime()
      : Infinity;
    if (progress.dueNow > 0 && stalledFor > options.staleAfterMs) {
      log.warn({ mailingId: id }, 'restarting stalled send jobs');
      await enqueueSend(db, id, options.jobsPerMailing);
    } else if (progress.dueNow === 0 && progress.sending === 0) {
      if (progress.nextDueAt) {
        if (
          stalledFor > options.staleAfterMs &&
          progress.nextDueAt.getTime() < Date.now() + options.watchdogMs
        ) {
          await enqueueSend(db, id, options.jobsPerMailing, progress.nextDueAt);
        }
      } else {
        await finalizeIfDone(db, id);
      }
    }
  }
  // Keep watching while anything is sending — also deliveries of a paused or cancelled
  // mailing whose worker died mid-send, so they are settled too.
  const { rows: active } = await sql<{ count: number }>`
      SELECT (SELECT count(*) FROM mailings WHERE status = 'SENDING')
           + (SELECT count(*) FROM deliveries WHERE status = 'SENDING') AS count`.execute(db);
  const count = Number(active[0]?.count ?? 0);
  if (count > 0) await ensureWatchdog(db, options.watchdogMs);
}
