/**
 * Single addresses: sending one delivery again by hand, and suppressing an address by hand or
 * lifting a suppression. Each change is one transaction with its audit record.
 */
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { suppressAddresses } from '../../mail/engine/deliveries.js';
import { MAILBOX_PATTERN } from '../../mail/engine/headers.js';
import { enqueueSend, ensureWatchdog } from '../../mail/engine/jobs.js';
import type { Delivery, Suppression } from './mailing.js';
import { findDeliveriesByIds, findSuppressionsByIds } from './mailing.repository.js';
import { invalid } from './mailing-input.js';
import { statusLabel } from './mailing-lifecycle.service.js';
import { accountOf, type ServiceContext } from './service-context.js';

/**
 * Sends an UNKNOWN or FAILED delivery again, by hand (with its same Message-ID). The mailing
 * goes back to SENDING if it had finished.
 */
export async function resendDelivery(
  ctx: ServiceContext,
  input: { deliveryId: string },
): Promise<Delivery> {
  return ctx.db.transaction().execute(async (trx) => {
    const [before] = await findDeliveriesByIds(trx, [input.deliveryId]);
    if (!before) throw new NotFoundError('その配信は見つかりません。');
    const mailing = await trx
      .selectFrom('mailings')
      .select(['status'])
      .where('id', '=', before.mailingId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (
      mailing.status === 'CANCELLED' ||
      mailing.status === 'DRAFT' ||
      mailing.status === 'SCHEDULED'
    ) {
      throw new ConflictError(`このメールは${statusLabel(mailing.status)}のため再送できません。`);
    }
    const suppressed = await trx
      .selectFrom('suppressions')
      .select('reason')
      .where(sql<boolean>`lower(address) = lower(${before.address})`)
      .where('lifted_at', 'is', null)
      .executeTakeFirst();
    if (suppressed) {
      throw new ConflictError(
        `このアドレスは配信停止（${suppressed.reason}）中です。停止を解除してから再送してください。`,
      );
    }
    const updated = await trx
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
      .where('id', '=', input.deliveryId)
      .where('status', 'in', ['UNKNOWN', 'FAILED'])
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      throw new ConflictError(
        `この配信は状態が ${before.status} のため再送できません（再送できるのは UNKNOWN と FAILED です）。`,
      );
    }
    if (mailing.status === 'SENT') {
      await trx
        .updateTable('mailings')
        .set((eb) => ({
          status: 'SENDING',
          completed_at: null,
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', before.mailingId)
        .execute();
    }
    if (mailing.status === 'SENT' || mailing.status === 'SENDING') {
      await enqueueSend(trx, before.mailingId, 1);
      await ensureWatchdog(trx, 10_000);
    }
    await recordAudit(trx, ctx, {
      action: 'delivery.resend',
      targetType: 'Delivery',
      targetId: before.id,
      before: { status: before.status, attempts: before.attempts },
      after: { status: 'QUEUED' },
    });
    const [after] = await findDeliveriesByIds(trx, [input.deliveryId]);
    if (!after) throw new NotFoundError('その配信は見つかりません。');
    return after;
  });
}

// ---- suppressions ----------------------------------------------------------------------------

/** Suppresses an address by hand (MANUAL). */
export async function suppressAddress(
  ctx: ServiceContext,
  input: { address: string; note?: string | null },
): Promise<Suppression> {
  const address = input.address.trim().toLowerCase();
  if (!MAILBOX_PATTERN.test(address)) {
    throw invalid([{ path: ['input', 'address'], message: 'メールアドレスではありません。' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const added = await suppressAddresses(trx, [
      {
        address,
        reason: 'MANUAL',
        source: 'manual',
        detail: input.note ?? null,
        deliveryId: null,
        createdBy: accountOf(ctx.viewer),
      },
    ]);
    if (added.length === 0) throw new ConflictError('このアドレスはすでに配信停止中です。');
    const row = await trx
      .selectFrom('suppressions')
      .select('id')
      .where(sql<boolean>`lower(address) = ${address}`)
      .where('lifted_at', 'is', null)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'suppression.add',
      targetType: 'Suppression',
      targetId: row.id,
      after: { address, reason: 'MANUAL', note: input.note ?? null },
    });
    const [suppression] = await findSuppressionsByIds(trx, [row.id]);
    if (!suppression) throw new NotFoundError('見つかりません。');
    return suppression;
  });
}

/**
 * Lifts a suppression: the address may be mailed again, and contacts marked BOUNCED or
 * COMPLAINED because of it are marked OK.
 */
export async function liftSuppression(
  ctx: ServiceContext,
  input: { suppressionId: string; note?: string | null },
): Promise<Suppression> {
  return ctx.db.transaction().execute(async (trx) => {
    const [before] = await findSuppressionsByIds(trx, [input.suppressionId]);
    if (!before) throw new NotFoundError('その配信停止は見つかりません。');
    const lifted = await trx
      .updateTable('suppressions')
      .set({
        lifted_at: new Date(),
        lifted_by: accountOf(ctx.viewer),
        lift_note: input.note ?? null,
      })
      .where('id', '=', input.suppressionId)
      .where('lifted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!lifted) throw new ConflictError('この配信停止はすでに解除されています。');
    if (before.reason === 'HARD_BOUNCE' || before.reason === 'COMPLAINT') {
      await sql`UPDATE contacts SET email_status = 'OK', updated_at = now()
        WHERE lower(email) = lower(${before.address}) AND email_status <> 'OK'`.execute(trx);
    }
    await recordAudit(trx, ctx, {
      action: 'suppression.lift',
      targetType: 'Suppression',
      targetId: before.id,
      before: { address: before.address, reason: before.reason },
      after: { liftedAt: new Date().toISOString(), note: input.note ?? null },
    });
    const [after] = await findSuppressionsByIds(trx, [input.suppressionId]);
    if (!after) throw new NotFoundError('その配信停止は見つかりません。');
    return after;
  });
}
