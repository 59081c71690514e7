/**
 * Membership changes. Each one is a dated MembershipEvent written in the same transaction as the
 * organisation's new status or category, so the history and the row never disagree.
 */

import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import type { MembershipEventKind, OrganizationStatus } from '../../db/tables/members.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import {
  insertMembershipEvent,
  latestEventDate,
  lockOrganizationRow,
  updateMembership,
} from './membership.repository.js';
import type { Organization } from './organization.js';
import { toOrganization } from './organization.js';

type MemberStatus = 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';

export const STATUS_LABELS: Record<OrganizationStatus, string> = {
  APPLIED: '申請中',
  ACTIVE: '会員',
  SUSPENDED: '資格停止',
  WITHDRAWN: '退会',
  REJECTED: '不承認',
};

/** The allowed changes of status made by `changeMembershipStatus`, and the event each writes. */
const TRANSITIONS: Partial<
  Record<OrganizationStatus, Partial<Record<MemberStatus, MembershipEventKind>>>
> = {
  ACTIVE: { SUSPENDED: 'SUSPENDED', WITHDRAWN: 'WITHDRAWN' },
  SUSPENDED: { ACTIVE: 'REINSTATED', WITHDRAWN: 'WITHDRAWN' },
};

async function lockOrganization(
  db: Db,
  id: string,
  expectedVersion: number,
): Promise<Organization> {
  const row = await lockOrganizationRow(db, id);
  if (!row) throw new NotFoundError('その団体は見つかりません。');
  if (row.version !== expectedVersion) {
    throw new ConflictError(
      '他の人が先にこの団体を更新しました。最新の内容を読み込んでから、もう一度操作してください。',
    );
  }
  return toOrganization(row);
}

async function assertAfterLatestEvent(
  db: Db,
  organizationId: string,
  effectiveOn: string,
): Promise<void> {
  const latest = await latestEventDate(db, organizationId);
  if (latest !== undefined && effectiveOn < latest) {
    throw new ValidationFailedError(`発効日は直近の履歴（${latest}）以降にしてください。`, [
      {
        path: ['input', 'effectiveOn'],
        message: `${latest} 以降の日付にしてください。`,
      },
    ]);
  }
}

/**
 * Writes the dated event and the organisation's new status and category together (the caller's
 * transaction), after checking the date does not precede the history. Returns the updated row.
 */
async function recordMembershipChange(
  db: Db,
  before: Organization,
  change: {
    kind: MembershipEventKind;
    effectiveOn: string;
    status: MemberStatus;
    category: string;
    note?: string | null | undefined;
  },
): Promise<Organization> {
  await assertAfterLatestEvent(db, before.id, change.effectiveOn);
  await insertMembershipEvent(db, before.id, {
    kind: change.kind,
    occurredOn: change.effectiveOn,
    statusAfter: change.status,
    categoryAfter: change.category,
    note: change.note,
  });
  const row = await updateMembership(db, before.id, {
    status: change.status,
    category: change.category,
  });
  return toOrganization(row);
}

export async function changeMembershipStatus(
  db: Db,
  actor: Actor,
  input: {
    organizationId: string;
    status: MemberStatus;
    effectiveOn: string;
    expectedVersion: number;
    note?: string | null;
  },
): Promise<Organization> {
  return db.transaction().execute(async (trx) => {
    const before = await lockOrganization(trx, input.organizationId, input.expectedVersion);
    const kind = TRANSITIONS[before.status]?.[input.status];
    if (!kind) {
      const hint =
        before.status === 'APPLIED'
          ? '申請中の団体は「申請の承認」または「不承認」で処理してください。'
          : '';
      throw new ValidationFailedError(
        `「${STATUS_LABELS[before.status]}」から「${STATUS_LABELS[input.status]}」へは変更できません。${hint}`,
        [
          {
            path: ['input', 'status'],
            message: `「${STATUS_LABELS[before.status]}」からは「${STATUS_LABELS[input.status]}」にできません。`,
          },
        ],
      );
    }
    const row = await recordMembershipChange(trx, before, {
      kind,
      effectiveOn: input.effectiveOn,
      status: input.status,
      category: before.categoryCode,
      note: input.note,
    });
    await recordAudit(trx, actor, {
      action: 'organization.changeStatus',
      targetType: 'Organization',
      targetId: before.id,
      before: { status: before.status },
      after: { status: input.status, effectiveOn: input.effectiveOn, event: kind },
    });
    return row;
  });
}

export async function changeMembershipCategory(
  db: Db,
  actor: Actor,
  input: {
    organizationId: string;
    category: string;
    effectiveOn: string;
    expectedVersion: number;
    note?: string | null;
  },
): Promise<Organization> {
  return db.transaction().execute(async (trx) => {
    const before = await lockOrganization(trx, input.organizationId, input.expectedVersion);
    if (before.status !== 'ACTIVE' && before.status !== 'SUSPENDED') {
      throw new ValidationFailedError(
        `「${STATUS_LABELS[before.status]}」の団体の会員区分は変更できません。`,
        [
          {
            path: ['input', 'organizationId'],
            message: `「${STATUS_LABELS[before.status]}」の団体です。`,
          },
        ],
      );
    }
    if (before.categoryCode === input.category) {
      throw new ValidationFailedError('会員区分は既にその区分です。', [
        { path: ['input', 'category'], message: '今の会員区分と同じです。' },
      ]);
    }
    const row = await recordMembershipChange(trx, before, {
      kind: 'CATEGORY_CHANGED',
      effectiveOn: input.effectiveOn,
      status: before.status as MemberStatus,
      category: input.category,
      note: input.note,
    });
    await recordAudit(trx, actor, {
      action: 'organization.changeCategory',
      targetType: 'Organization',
      targetId: before.id,
      before: { category: before.categoryCode },
      after: { category: input.category, effectiveOn: input.effectiveOn },
    });
    return row;
  });
}
