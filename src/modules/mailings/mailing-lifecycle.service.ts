/**
 * The rules of the mailing lifecycle. Every change is one transaction: a conditional UPDATE on
 * the state it expects (so two callers cannot both start a mailing — the second gets CONFLICT),
 * the jobs it calls for, and the audit record. A failed call changes nothing.
 *
 *   DRAFT ─schedule─▶ SCHEDULED ─(job at run_at)─▶ SENDING ─(all final)─▶ SENT
 *     └────────────────send────────────────────────▲  │ ▲
 *                                             pause│  │resume
 *                                                  ▼  │
 *                                                 PAUSED       cancel: any but SENT → CANCELLED
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import type { MailingStatus } from '../../db/tables/mailings.js';
import {
  ApprovalRequiredError,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors.js';
import { enqueueSend, enqueueStart, ensureWatchdog, removeStart } from '../../mail/engine/jobs.js';
import { kindRequiresApproval } from '../members/settings.js';
import { cancelUnsentDeliveries } from './delivery-changes.repository.js';
import type { Mailing } from './mailing.js';
import { findEditorsOf, findMailing } from './mailing.repository.js';
import { approveDraft, type MailingColumns, moveMailing } from './mailing-changes.repository.js';
import type { MailingConfig } from './mailing-config.js';
import { accountOf, isAdmin } from './viewer-account.js';

// ---- lifecycle -------------------------------------------------------------------------------

const STATUS_LABELS: Record<MailingStatus, string> = {
  DRAFT: '下書き',
  SCHEDULED: '配信予約中',
  SENDING: '配信中',
  PAUSED: '一時停止中',
  SENT: '配信済み',
  CANCELLED: '中止済み',
};

export function statusLabel(status: MailingStatus): string {
  return STATUS_LABELS[status];
}

/**
 * Moves a mailing from one of `from` to `to` with one conditional UPDATE; throws CONFLICT
 * (or NOT_FOUND) when the mailing is not in an expected state — e.g. a second start.
 */
async function transition(
  trx: Db,
  mailingId: string,
  from: readonly MailingStatus[],
  to: MailingStatus,
  set: MailingColumns,
  action: string,
  expectedVersion?: number | null,
  needsApproval = false,
): Promise<{ before: Mailing; after: Mailing }> {
  const before = await findMailing(trx, mailingId);
  if (!before) throw new NotFoundError('そのメールは見つかりません。');
  // The setting makes approval mandatory for some kinds, also for drafts made before it was set.
  const mandatory = needsApproval && (await kindRequiresApproval(trx, before.kind));
  if (needsApproval && (before.approvalRequired || mandatory) && !before.approvedAt) {
    throw new ApprovalRequiredError(
      'このメールは承認が必要です。作成者以外の事務局管理者が承認してから配信してください。',
    );
  }
  // Checked again in the UPDATE: an edit committed since the read above withdrew the approval.
  const moved = await moveMailing(trx, {
    mailingId,
    from,
    to,
    set,
    expectedVersion,
    approval: mandatory ? 'approved' : needsApproval ? 'approvedIfRequired' : 'none',
  });
  if (!moved) {
    const now = await findMailing(trx, mailingId);
    const status = now?.status ?? before.status;
    throw new ConflictError(
      !from.includes(status)
        ? `このメールは${statusLabel(status)}のため、この操作（${action}）はできません。`
        : '他の人が先にこのメールを更新しました。最新の内容を読み込んでから、もう一度操作してください。',
    );
  }
  return { before, after: await mustFind(trx, mailingId) };
}

async function audited(
  db: Db,
  actor: Actor,
  action: string,
  work: (trx: Db) => Promise<{ before: Mailing; after: Mailing }>,
): Promise<Mailing> {
  return db.transaction().execute(async (trx) => {
    const { before, after } = await work(trx);
    await recordAudit(trx, actor, {
      action,
      targetType: 'Mailing',
      targetId: after.id,
      before: { status: before.status, scheduledAt: before.scheduledAt, version: before.version },
      after: { status: after.status, scheduledAt: after.scheduledAt, version: after.version },
    });
    return after;
  });
}

/** DRAFT/SCHEDULED → SCHEDULED at `at`; the start job runs then. */
export function scheduleMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string; at: Date; expectedVersion?: number | null },
): Promise<Mailing> {
  const now = Date.now();
  if (input.at.getTime() < now + 60_000 || input.at.getTime() > now + 366 * 24 * 3600_000) {
    throw new ValidationFailedError('配信日時は1分後から1年以内で指定してください。', [
      { path: ['input', 'at'], message: '1分後から1年以内の日時を指定してください。' },
    ]);
  }
  return audited(db, actor, 'mailing.schedule', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['DRAFT', 'SCHEDULED'],
      'SCHEDULED',
      { scheduled_at: input.at, started_by: accountOf(actor.viewer), last_error: null },
      '配信予約',
      input.expectedVersion,
      true,
    );
    await enqueueStart(trx, input.mailingId, input.at);
    return result;
  });
}

/**
 * DRAFT/SCHEDULED → SENDING now, and the start job in the same transaction. A second call
 * (double click, two clients) finds the mailing SENDING and gets CONFLICT.
 */
export function sendMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string; expectedVersion?: number | null },
): Promise<Mailing> {
  return audited(db, actor, 'mailing.send', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['DRAFT', 'SCHEDULED'],
      'SENDING',
      {
        started_at: new Date(),
        scheduled_at: null,
        started_by: accountOf(actor.viewer),
        last_error: null,
      },
      '配信開始',
      input.expectedVersion,
      true,
    );
    await enqueueStart(trx, input.mailingId);
    return result;
  });
}

/**
 * Records an admin's approval of the version they reviewed. The preparer cannot approve their
 * own mailing (four eyes); an edit after approval withdraws it (see {@link updateMailing}).
 */
export async function approveMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string; expectedVersion: number },
): Promise<Mailing> {
  const approver = accountOf(actor.viewer);
  if (!isAdmin(actor.viewer) || !approver) {
    throw new ApprovalRequiredError('メールを承認できるのは事務局の管理者だけです。');
  }
  return db.transaction().execute(async (trx) => {
    const before = await findMailing(trx, input.mailingId);
    if (!before) throw new NotFoundError('そのメールは見つかりません。');
    if (before.createdBy === approver) {
      throw new ApprovalRequiredError(
        '自分で作成したメールは承認できません。作成者以外の管理者が承認してください。',
      );
    }
    const editors = await findEditorsOf(trx, input.mailingId);
    if (editors.includes(approver)) {
      throw new ApprovalRequiredError(
        '自分で編集したメールは承認できません。このメールを編集していない管理者が承認してください。',
      );
    }
    const updated = await approveDraft(trx, {
      mailingId: input.mailingId,
      version: input.expectedVersion,
      approver,
    });
    if (!updated) {
      throw new ConflictError(
        before.status !== 'DRAFT'
          ? `このメールは${statusLabel(before.status)}のため承認できません（承認するのは下書きです）。`
          : before.version !== input.expectedVersion
            ? '確認した後にメールが変更されました。最新の内容を確認してから承認してください。'
            : 'このメールはすでに承認されています。',
      );
    }
    const after = await mustFind(trx, input.mailingId);
    await recordAudit(trx, actor, {
      action: 'mailing.approve',
      targetType: 'Mailing',
      targetId: after.id,
      after: { approvedVersion: input.expectedVersion, subject: after.subject },
    });
    return after;
  });
}

/** SENDING → PAUSED: send jobs stop claiming; messages already on the wire finish. */
export function pauseMailing(db: Db, actor: Actor, input: { mailingId: string }): Promise<Mailing> {
  return audited(db, actor, 'mailing.pause', (trx) =>
    transition(trx, input.mailingId, ['SENDING'], 'PAUSED', { paused_at: new Date() }, '一時停止'),
  );
}

/** PAUSED → SENDING: send jobs are enqueued again (or the start job, if it had not run). */
export function resumeMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string },
  config: Pick<MailingConfig, 'mail'>,
): Promise<Mailing> {
  return audited(db, actor, 'mailing.resume', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['PAUSED'],
      'SENDING',
      { paused_at: null },
      '再開',
    );
    if (result.after.resolvedAt) {
      await enqueueSend(trx, input.mailingId, config.mail.jobsPerMailing);
      await ensureWatchdog(trx, 10_000);
    } else {
      await enqueueStart(trx, input.mailingId);
    }
    return result;
  });
}

/** Any state but SENT → CANCELLED; deliveries not yet on the wire become CANCELLED. */
export function cancelMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string },
): Promise<Mailing> {
  return audited(db, actor, 'mailing.cancel', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED'],
      'CANCELLED',
      { cancelled_at: new Date() },
      '中止',
    );
    await cancelUnsentDeliveries(trx, input.mailingId);
    await removeStart(trx, input.mailingId);
    return result;
  });
}

export async function mustFind(db: Db, id: string): Promise<Mailing> {
  const mailing = await findMailing(db, id);
  if (!mailing) throw new NotFoundError('そのメールは見つかりません。');
  return mailing;
}
