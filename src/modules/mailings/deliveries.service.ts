/**
 * Single addresses: sending one delivery again by hand, and suppressing an address by hand or
 * lifting a suppression. Each change is one transaction with its audit record.
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { suppressAddresses } from '../../mail/engine/deliveries.js';
import { MAILBOX_PATTERN } from '../../mail/engine/headers.js';
import { enqueueSend, ensureWatchdog } from '../../mail/engine/jobs.js';
import {
  findActiveSuppression,
  liftActiveSuppression,
  markContactsReachable,
  requeueDelivery,
} from './delivery-changes.repository.js';
import type { Delivery, Suppression } from './mailing.js';
import { findDeliveriesByIds, findSuppressionsByIds } from './mailing.repository.js';
import { lockMailingStatus, reopenSentMailing } from './mailing-changes.repository.js';
import { invalid } from './mailing-input.js';
import { statusLabel } from './mailing-lifecycle.service.js';
import { accountOf } from './viewer-account.js';

/**
 * Sends an UNKNOWN or FAILED delivery again, by hand (with its same Message-ID). The mailing
 * goes back to SENDING if it had finished.
 */
export async function resendDelivery(
  db: Db,
  actor: Actor,
  input: { deliveryId: string },
): Promise<Delivery> {
  return db.transaction().execute(async (trx) => {
    const [before] = await findDeliveriesByIds(trx, [input.deliveryId]);
    if (!before) throw new NotFoundError('その配信は見つかりません。');
    const status = await lockMailingStatus(trx, before.mailingId);
    if (!status) throw new NotFoundError('そのメールは見つかりません。');
    if (status === 'CANCELLED' || status === 'DRAFT' || status === 'SCHEDULED') {
      throw new ConflictError(`このメールは${statusLabel(status)}のため再送できません。`);
    }
    const suppressed = await findActiveSuppression(trx, before.address);
    if (suppressed) {
      throw new ConflictError(
        `このアドレスは配信停止（${suppressed.reason}）中です。停止を解除してから再送してください。`,
      );
    }
    const updated = await requeueDelivery(trx, input.deliveryId);
    if (!updated) {
      throw new ConflictError(
        `この配信は状態が ${before.status} のため再送できません（再送できるのは UNKNOWN と FAILED です）。`,
      );
    }
    if (status === 'SENT') await reopenSentMailing(trx, before.mailingId);
    if (status === 'SENT' || status === 'SENDING') {
      await enqueueSend(trx, before.mailingId, 1);
      await ensureWatchdog(trx, 10_000);
    }
    await recordAudit(trx, actor, {
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
  db: Db,
  actor: Actor,
  input: { address: string; note?: string | null },
): Promise<Suppression> {
  const address = input.address.trim().toLowerCase();
  if (!MAILBOX_PATTERN.test(address)) {
    throw invalid([{ path: ['input', 'address'], message: 'メールアドレスではありません。' }]);
  }
  return db.transaction().execute(async (trx) => {
    const added = await suppressAddresses(trx, [
      {
        address,
        reason: 'MANUAL',
        source: 'manual',
        detail: input.note ?? null,
        deliveryId: null,
        createdBy: accountOf(actor.viewer),
      },
    ]);
    if (added.length === 0) throw new ConflictError('このアドレスはすでに配信停止中です。');
    const row = await findActiveSuppression(trx, address);
    if (!row) throw new NotFoundError('見つかりません。');
    await recordAudit(trx, actor, {
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
  db: Db,
  actor: Actor,
  input: { suppressionId: string; note?: string | null },
): Promise<Suppression> {
  return db.transaction().execute(async (trx) => {
    const [before] = await findSuppressionsByIds(trx, [input.suppressionId]);
    if (!before) throw new NotFoundError('その配信停止は見つかりません。');
    const lifted = await liftActiveSuppression(trx, {
      suppressionId: input.suppressionId,
      by: accountOf(actor.viewer),
      note: input.note ?? null,
    });
    if (!lifted) throw new ConflictError('この配信停止はすでに解除されています。');
    if (before.reason === 'HARD_BOUNCE' || before.reason === 'COMPLAINT') {
      await markContactsReachable(trx, before.address);
    }
    await recordAudit(trx, actor, {
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
