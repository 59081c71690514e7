/**
 * Kysely writes of single deliveries and suppressions made by hand: a delivery queued again, the
 * deliveries of a cancelled mailing, a suppression lifted. Conditional on the state the service
 * expects, they say whether they applied; the service holds the transaction.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { SuppressionReason } from '../../db/tables/mailings.js';

/** Queues an UNKNOWN or FAILED delivery again, from its first attempt; true if it applied. */
export async function requeueDelivery(db: Db, deliveryId: string): Promise<boolean> {
  const updated = await db
    .updateTable('deliveries')
    .set({
      status: 'QUEUED',
      attempts: 0,
      next_attempt_at: new Date(),
      claimed_by: null,
      claimed_at: null,
      attempt_started_at: null,
      updated_at: new Date(),
    })
    .where('id', '=', deliveryId)
    .where('status', 'in', ['UNKNOWN', 'FAILED'])
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** The deliveries of a mailing not yet on the wire become CANCELLED. */
export async function cancelUnsentDeliveries(db: Db, mailingId: string): Promise<void> {
  await sql`UPDATE deliveries SET status = 'CANCELLED', updated_at = now()
    WHERE mailing_id = ${mailingId}
      AND (status IN ('QUEUED', 'RETRY') OR (status = 'SENDING' AND attempt_started_at IS NULL))`.execute(
    db,
  );
}

/** The suppression in force for an address (case-blind), if any. */
export async function findActiveSuppression(
  db: Db,
  address: string,
): Promise<{ id: string; reason: SuppressionReason } | undefined> {
  return db
    .selectFrom('suppressions')
    .select(['id', 'reason'])
    .where(sql<boolean>`lower(address) = lower(${address})`)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
}

/** Lifts a suppression in force, by whom and why; true if it applied. */
export async function liftActiveSuppression(
  db: Db,
  input: {
    readonly suppressionId: string;
    readonly by: string | null;
    readonly note: string | null;
  },
): Promise<boolean> {
  const lifted = await db
    .updateTable('suppressions')
    .set({ lifted_at: new Date(), lifted_by: input.by, lift_note: input.note })
    .where('id', '=', input.suppressionId)
    .where('lifted_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return lifted !== undefined;
}

/** Contacts marked BOUNCED or COMPLAINED at an address (case-blind) are marked OK again. */
export async function markContactsReachable(db: Db, address: string): Promise<void> {
  await sql`UPDATE contacts SET email_status = 'OK', updated_at = now()
    WHERE lower(email) = lower(${address}) AND email_status <> 'OK'`.execute(db);
}
