/**
 * Profile changes. A member user's change is published at once, or — when the secretariat turns
 * on `profileChangesRequireReview` — held as a pending request the secretariat approves or
 * rejects. Either way the change names the version it was made against (optimistic concurrency).
 */

import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
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
import {
  closeProfileChangeRequest,
  insertProfileChangeRequest,
  lockProfileChangeRequest,
  type ProfileChangeRequest,
  supersedePending,
} from './profile-change.repository.js';
import { readSettings } from './settings.js';

export type { ProfileChangeRequest } from './profile-change.repository.js';

export const STALE_VERSION_MESSAGE =
  '他の人が先にこのプロフィールを更新しました。最新の内容を読み込んでから、もう一度保存してください。';

function pick(org: Organization, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, org[k as keyof Organization]]));
}

export async function submitProfileChange(
  db: Db,
  actor: Actor,
  input: { organizationId: string; expectedVersion: number; patch: ProfilePatch },
): Promise<{ organization: Organization; pendingChange: ProfileChangeRequest | null }> {
  const { viewer } = actor;
  const { organizationId, expectedVersion, patch } = input;
  return db.transaction().execute(async (trx) => {
    const [before] = await findVisibleOrganizations(trx, viewer, [organizationId]);
    if (!before) throw new NotFoundError('その団体は見つかりません。');
    const held = viewer.kind === 'MEMBER' && (await readSettings(trx)).profileChangesRequireReview;
    if (held) {
      if (before.version !== expectedVersion) throw new ConflictError(STALE_VERSION_MESSAGE);
      await supersedePending(trx, organizationId);
      const pendingChange = await insertProfileChangeRequest(trx, {
        organizationId,
        requestedBy: viewer.accountId,
        patch,
        baseVersion: expectedVersion,
      });
      await recordAudit(trx, actor, {
        action: 'organization.requestProfileChange',
        targetType: 'Organization',
        targetId: organizationId,
        before: pick(before, Object.keys(patch)),
        after: patch,
      });
      return { organization: before, pendingChange };
    }
    const after = await updateOrganizationProfile(trx, organizationId, expectedVersion, patch);
    if (!after) throw new ConflictError(STALE_VERSION_MESSAGE);
    await recordAudit(trx, actor, {
      action: 'organization.updateProfile',
      targetType: 'Organization',
      targetId: organizationId,
      before: pick(before, Object.keys(patch)),
      after: pick(after, Object.keys(patch)),
    });
    return { organization: after, pendingChange: null };
  });
}

async function lockPending(db: Db, id: string) {
  if (!isUuid(id)) throw new NotFoundError('その変更申請は見つかりません。');
  const row = await lockProfileChangeRequest(db, id);
  if (!row) throw new NotFoundError('その変更申請は見つかりません。');
  if (row.status !== 'PENDING') throw new ConflictError('この変更申請は既に処理されています。');
  return row;
}

export async function decideProfileChange(
  db: Db,
  actor: Actor,
  input: { requestId: string; approve: boolean; reason?: string | null },
  config: Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>,
): Promise<{ request: ProfileChangeRequest; organization: Organization }> {
  if (actor.viewer.kind !== 'SECRETARIAT') throw new Error('secretariat only');
  const decidedBy = actor.viewer.accountId;
  return db.transaction().execute(async (trx) => {
    const pending = await lockPending(trx, input.requestId);
    const [current] = await findVisibleOrganizations(trx, actor.viewer, [pending.organization_id]);
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
    const request = await closeProfileChangeRequest(trx, pending.id, {
      status: input.approve ? 'APPROVED' : 'REJECTED',
      decidedBy,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, actor, {
      action: input.approve
        ? 'organization.approveProfileChange'
        : 'organization.rejectProfileChange',
      targetType: 'Organization',
      targetId: pending.organization_id,
      before: pick(current, Object.keys(pending.changes)),
      after: input.approve ? pending.changes : { reason: input.reason ?? null },
    });
    await notifyProfileChangeDecided(trx, config, {
      organizationId: pending.organization_id,
      requestedBy: pending.requested_by,
      approve: input.approve,
      reason: input.reason ?? null,
    });
    return { request, organization };
  });
}

/**
 * Withdraws a pending request (the organisation's own users; the secretariat decides instead).
 * NOT_FOUND for a request of another organisation, CONFLICT once it is no longer pending.
 */
export async function withdrawProfileChange(
  db: Db,
  actor: Actor,
  input: { requestId: string },
): Promise<{ request: ProfileChangeRequest; organization: Organization }> {
  const { viewer } = actor;
  return db.transaction().execute(async (trx) => {
    const pending = await lockPending(trx, input.requestId);
    if (viewer.kind !== 'MEMBER' || viewer.organizationId !== pending.organization_id) {
      throw new NotFoundError('その変更申請は見つかりません。');
    }
    const [organization] = await findVisibleOrganizations(trx, viewer, [pending.organization_id]);
    if (!organization) throw new NotFoundError('その変更申請は見つかりません。');
    const request = await closeProfileChangeRequest(trx, pending.id, { status: 'WITHDRAWN' });
    await recordAudit(trx, actor, {
      action: 'organization.withdrawProfileChange',
      targetType: 'Organization',
      targetId: pending.organization_id,
      before: { status: 'PENDING', changes: pending.changes },
      after: { status: 'WITHDRAWN' },
    });
    return { request, organization };
  });
}
