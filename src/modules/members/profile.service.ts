/**
 * Profile changes. A member user's change is published at once, or — when the secretariat turns
 * on `profileChangesRequireReview` — held as a pending request the secretariat approves or
 * rejects. Either way the change names the version it was made against (optimistic concurrency).
 */

import { recordAudit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { isUuid } from '../../lib/uuid.js';
import { notifyProfileChangeDecided } from './member-notifications.js';
import type { Organization } from './organization.js';
import {
  findVisibleOrganizations,
  type ProfilePatch,
  updateOrganizationProfile,
} from './organization.repository.js';
import { readSettings } from './settings.js';

export interface ProfileChangeRequest {
  readonly id: string;
  readonly organizationId: string;
  readonly changes: ProfilePatch;
  readonly baseVersion: number;
  readonly status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUPERSEDED' | 'WITHDRAWN';
  readonly reason: string | null;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
}

export const STALE_VERSION_MESSAGE =
  '他の人が先にこのプロフィールを更新しました。最新の内容を読み込んでから、もう一度保存してください。';

function pick(org: Organization, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, org[k as keyof Organization]]));
}

export async function submitProfileChange(
  context: Context,
  organizationId: string,
  expectedVersion: number,
  patch: ProfilePatch,
): Promise<{ organization: Organization; pendingChange: ProfileChangeRequest | null }> {
  const { viewer } = context;
  return context.db.transaction().execute(async (trx) => {
    const [before] = await findVisibleOrganizations(trx, viewer, [organizationId]);
    if (!before) throw new NotFoundError('その団体は見つかりません。');
    const held = viewer.kind === 'MEMBER' && (await readSettings(trx)).profileChangesRequireReview;
    if (held) {
      if (before.version !== expectedVersion) throw new ConflictError(STALE_VERSION_MESSAGE);
      // A newer request replaces the one still waiting.
      await trx
        .updateTable('profile_change_requests')
        .set({ status: 'SUPERSEDED', decided_at: new Date() })
        .where('organization_id', '=', organizationId)
        .where('status', '=', 'PENDING')
        .execute();
      const row = await trx
        .insertInto('profile_change_requests')
        .values({
          organization_id: organizationId,
          requested_by: viewer.accountId,
          changes: JSON.stringify(patch),
          base_version: expectedVersion,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, context, {
        action: 'organization.requestProfileChange',
        targetType: 'Organization',
        targetId: organizationId,
        before: pick(before, Object.keys(patch)),
        after: patch,
      });
      return { organization: before, pendingChange: toRequest(row) };
    }
    const after = await updateOrganizationProfile(trx, organizationId, expectedVersion, patch);
    if (!after) throw new ConflictError(STALE_VERSION_MESSAGE);
    await recordAudit(trx, context, {
      action: 'organization.updateProfile',
      targetType: 'Organization',
      targetId: organizationId,
      before: pick(before, Object.keys(patch)),
      after: pick(after, Object.keys(patch)),
    });
    return { organization: after, pendingChange: null };
  });
}

function toRequest(row: {
  id: string;
  organization_id: string;
  changes: Record<string, unknown>;
  base_version: number;
  status: ProfileChangeRequest['status'];
  reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}): ProfileChangeRequest {
  return {
    id: row.id,
    organizationId: row.organization_id,
    changes: row.changes as ProfilePatch,
    baseVersion: row.base_version,
    status: row.status,
    reason: row.reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

async function lockPending(db: Db, id: string) {
  if (!isUuid(id)) throw new NotFoundError('その変更申請は見つかりません。');
  const row = await db
    .selectFrom('profile_change_requests')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new NotFoundError('その変更申請は見つかりません。');
  if (row.status !== 'PENDING') throw new ConflictError('この変更申請は既に処理されています。');
  return row;
}

export async function decideProfileChange(
  context: Context,
  input: { requestId: string; approve: boolean; reason?: string | null },
): Promise<{ request: ProfileChangeRequest; organization: Organization }> {
  if (context.viewer.kind !== 'SECRETARIAT') throw new Error('secretariat only');
  const decidedBy = context.viewer.accountId;
  return context.db.transaction().execute(async (trx) => {
    const pending = await lockPending(trx, input.requestId);
    const [current] = await findVisibleOrganizations(trx, context.viewer, [
      pending.organization_id,
    ]);
    if (!current) throw new NotFoundError('その団体は見つかりません。');
    let organization = current;
    if (input.approve) {
      const patch = pending.changes as ProfilePatch;
      const after = await updateOrganizationProfile(
        trx,
        pending.organization_id,
        pending.base_version,
        patch,
      );
      if (!after) {
        throw new ConflictError(
          '申請の後に団体のプロフィールが変更されています。申請を不承認にし、団体に再提出を依頼してください。',
        );
      }
      organization = after;
    }
    const row = await trx
      .updateTable('profile_change_requests')
      .set({
        status: input.approve ? 'APPROVED' : 'REJECTED',
        decided_by: decidedBy,
        decided_at: new Date(),
        reason: input.reason ?? null,
      })
      .where('id', '=', pending.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: input.approve
        ? 'organization.approveProfileChange'
        : 'organization.rejectProfileChange',
      targetType: 'Organization',
      targetId: pending.organization_id,
      before: pick(current, Object.keys(pending.changes)),
      after: input.approve ? pending.changes : { reason: input.reason ?? null },
    });
    await notifyProfileChangeDecided(trx, context.config, {
      organizationId: pending.organization_id,
      requestedBy: pending.requested_by,
      approve: input.approve,
      reason: input.reason ?? null,
    });
    return { request: toRequest(row), organization };
  });
}

/**
 * Withdraws a pending request (the organisation's own users; the secretariat decides instead).
 * NOT_FOUND for a request of another organisation, CONFLICT once it is no longer pending.
 */
export async function withdrawProfileChange(
  context: Context,
  requestId: string,
): Promise<{ request: ProfileChangeRequest; organization: Organization }> {
  const { viewer } = context;
  return context.db.transaction().execute(async (trx) => {
    const pending = await lockPending(trx, requestId);
    if (viewer.kind !== 'MEMBER' || viewer.organizationId !== pending.organization_id) {
      throw new NotFoundError('その変更申請は見つかりません。');
    }
    const [organization] = await findVisibleOrganizations(trx, viewer, [pending.organization_id]);
    if (!organization) throw new NotFoundError('その変更申請は見つかりません。');
    const row = await trx
      .updateTable('profile_change_requests')
      .set({ status: 'WITHDRAWN', decided_at: new Date() })
      .where('id', '=', pending.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: 'organization.withdrawProfileChange',
      targetType: 'Organization',
      targetId: pending.organization_id,
      before: { status: 'PENDING', changes: pending.changes },
      after: { status: 'WITHDRAWN' },
    });
    return { request: toRequest(row), organization };
  });
}

export async function findProfileChangeRequests(
  db: Db,
  filter: { status?: ProfileChangeRequest['status'] | null; organizationId?: string | null },
  page: { limit: number; offset: number },
): Promise<ProfileChangeRequest[]> {
  const rows = await db
    .selectFrom('profile_change_requests')
    .selectAll()
    .$if(filter.status != null, (q) =>
      q.where('status', '=', filter.status as ProfileChangeRequest['status']),
    )
    .$if(filter.organizationId != null, (q) =>
      q.where('organization_id', '=', filter.organizationId as string),
    )
    .orderBy('created_at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toRequest);
}

export async function countProfileChangeRequests(
  db: Db,
  filter: { status?: ProfileChangeRequest['status'] | null },
): Promise<number> {
  const row = await db
    .selectFrom('profile_change_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(filter.status != null, (q) =>
      q.where('status', '=', filter.status as ProfileChangeRequest['status']),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}
