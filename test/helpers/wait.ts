/**
 * Waiting in tests. Wait for a condition with {@link waitFor} (or a helper built on it, such as
 * {@link waitForIdleQueue}), never for a guessed time: a fixed sleep is either too short on a
 * loaded machine or longer than needed everywhere else. {@link sleep} is only for waits that are
 * themselves the behaviour under test (an outage of a given length, "nothing happens however
 * long we wait"); say why at the call.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/create-db.js';

/** Polls `probe` until it returns a value (not undefined) or the timeout passes. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/**
 * Waits until the job queue (graphile-worker, in the test database) has nothing running and
 * nothing due: every job queued so far has been worked — its mail handed to the SMTP server —
 * or has failed for good. Jobs scheduled for later (a future `run_at`) do not count. Use it
 * before asserting that something was NOT sent: once the queue is idle, nothing more will be.
 */
export async function waitForIdleQueue(
  db: Db,
  options?: { timeoutMs?: number; intervalMs?: number },
): Promise<void> {
  await waitFor(async () => {
    const { rows } = await sql<{ busy: number }>`
      SELECT count(*)::int AS busy FROM graphile_worker._private_jobs
      WHERE locked_at IS NOT NULL OR (run_at <= now() AND attempts < max_attempts)`.execute(db);
    return rows[0]?.busy === 0 ? true : undefined;
  }, options);
}

/** A fixed wait: only where the wait is the behaviour under test (see above). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
