/**
 * Working-group membership: dated history (joined_on / left_on), roles, and join/leave requests
 * that members make and the secretariat decides. The secretariat can also add or remove directly.
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { isUuid } from '../../lib/uuid.js';
import {
  notifyWorkingGroupMembershipChanged,
  notifyWorkingGroupRequestDecided,
} from '../members/member-notifications.js';
import { STATUS_LABELS } from '../members/membership.service.js';
import {
  countCurrentChairs,
  endMembership,
  findOrganizationStatus,
  findPendingRequestId,
  insertMembership,
  insertRequest,
  lockCurrentMembership,
  lockRequest,
  setRequestDecision,
  type WorkingGroupMembership,
  type WorkingGroupRequest,
  type WorkingGroupRole,
} from './membership.repository.js';

/** What the notices to an organisation need from the configuration. */
export type NotificationConfig = Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>;

async function assertActiveOrganization(db: Db, organizationId: string): Promise<void> {
  const status = await findOrganizationStatus(db, organizationId);
  if (!status) throw new NotFoundError('その団体は見つかりません。');
  if (status !== 'ACTIVE') {
    throw new ValidationFailedError('分科会に参加できるのは会員（有効）の団体だけです。', [
      {
        path: ['input', 'organizationId'],
        message: `「${STATUS_LABELS[status]}」の団体です。`,
      },
    ]);
  }
}

async function join(
  db: Db,
  organizationId: string,
  group: number,
  role: WorkingGroupRole,
  on: string,
) {
  if (await lockCurrentMembership(db, organizationId, group)) {
    throw new ConflictError('この団体は既にこの分科会に参加しています。');
  }
  return insertMembership(db, { group, organizationId, role, joinedOn: on });
}

async function leave(db: Db, organizationId: string, group: number, on: string) {
  const current = await lockCurrentMembership(db, organizationId, group);
  if (!current) throw new NotFoundError('この団体はこの分科会に参加していません。');
  return endMembership(db, current.id, on);
}

/** A member's request to join or leave; the secretariat decides. One pending request per group. */
export async function requestWorkingGroupChange(
  db: Db,
  actor: Actor,
  input: {
    organizationId: string;
    group: number;
    kind: 'JOIN' | 'LEAVE';
    requestReason?: string | null;
  },
): Promise<WorkingGroupRequest> {
  const requestedBy =
    actor.viewer.kind === 'MEMBER' || actor.viewer.kind === 'SECRETARIAT'
      ? actor.viewer.accountId
      : null;
  return db.transaction().execute(async (trx) => {
    await assertActiveOrganization(trx, input.organizationId);
    const member = await lockCurrentMembership(trx, input.organizationId, input.group);
    if (input.kind === 'JOIN' && member)
      throw new ConflictError('この団体は既にこの分科会に参加しています。');
    if (input.kind === 'LEAVE' && !member)
      throw new ConflictError('この団体はこの分科会に参加していません。');
    if (await findPendingRequestId(trx, input.organizationId, input.group))
      throw new ConflictError('この分科会への申請は既に受け付けています（事務局の確認待ち）。');
    const row = await insertRequest(trx, {
      organizationId: input.organizationId,
      group: input.group,
      kind: input.kind,
      requestedBy,
      requestReason: input.requestReason ?? null,
    });
    await recordAudit(trx, actor, {
      action: `workingGroup.request${input.kind === 'JOIN' ? 'Join' : 'Leave'}`,
      targetType: 'Organization',
      targetId: input.organizationId,
      after: {
        workingGroup: input.group,
        kind: input.kind,
        requestReason: input.requestReason ?? null,
      },
    });
    return row;
  });
}

export async function decideWorkingGroupRequest(
  db: Db,
  actor: Actor,
  input: { requestId: string; approve: boolean; on: string; reason?: string | null },
  config: NotificationConfig,
): Promise<WorkingGroupRequest> {
  const decidedBy = actor.viewer.kind === 'SECRETARIAT' ? actor.viewer.accountId : null;
  return db.transaction().execute(async (trx) => {
    if (!isUuid(input.requestId)) throw new NotFoundError('その申請は見つかりません。');
    const request = await lockRequest(trx, input.requestId);
    if (!request) throw new NotFoundError('その申請は見つかりません。');
    if (request.status !== 'PENDING') throw new ConflictError('この申請は既に処理されています。');
    if (input.approve) {
      if (request.kind === 'JOIN') {
        await assertActiveOrganization(trx, request.organization_id);
        await join(trx, request.organization_id, request.working_group_number, 'MEMBER', input.on);
      } else {
        await leave(trx, request.organization_id, request.working_group_number, input.on);
      }
    }
    const row = await setRequestDecision(trx, request.id, {
      status: input.approve ? 'APPROVED' : 'DECLINED',
      decidedBy,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, actor, {
      action: input.approve ? 'workingGroup.approveRequest' : 'workingGroup.declineRequest',
      targetType: 'Organization',
      targetId: request.organization_id,
      after: { workingGroup: request.working_group_number, kind: request.kind, on: input.on },
    });
    await notifyWorkingGroupRequestDecided(trx, config, {
      organizationId: request.organization_id,
      requestedBy: request.requested_by,
      group: request.working_group_number,
      kind: request.kind,
      approve: input.approve,
      on: input.on,
      reason: input.reason ?? null,
    });
    return row;
  });
}

/** Secretariat: add directly, remove directly, or change a member's role. */
export async function setWorkingGroupMembership(
  db: Db,
  actor: Actor,
  input: { organizationId: string; group: number; role: WorkingGroupRole | null; on: string },
  config: NotificationConfig,
): Promise<WorkingGroupMembership | null> {
  return db.transaction().execute(async (trx) => {
    const current = await lockCurrentMembership(trx, input.organizationId, input.group);
    let result: WorkingGroupMembership | null;
    if (input.role === null) {
      result = await leave(trx, input.organizationId, input.group, input.on);
    } else if (!current) {
      await assertActiveOrganization(trx, input.organizationId);
      result = await join(trx, input.organizationId, input.group, input.role, input.on);
    } else {
      // A role change closes the old row and opens a new one, so the history keeps who held what when.
      await endMembership(trx, current.id, input.on);
      result = await insertMembership(trx, {
        group: input.group,
        organizationId: input.organizationId,
        role: input.role,
        joinedOn: input.on,
      });
    }
    if (input.role === 'CHAIR') {
      if ((await countCurrentChairs(trx, input.group)) > 1)
        throw new ConflictError(
          'この分科会には既に座長がいます。先に現座長の役割を変更してください。',
        );
    }
    await recordAudit(trx, actor, {
      action: 'workingGroup.setMembership',
      targetType: 'Organization',
      targetId: input.organizationId,
      before: current ? { workingGroup: input.group, role: current.role } : null,
      after: { workingGroup: input.group, role: input.role, on: input.on },
    });
    // Joining or leaving is news to the organisation; a role change within the group is not mailed.
    if (input.role === null || !current) {
      await notifyWorkingGroupMembershipChanged(trx, config, {
        organizationId: input.organizationId,
        group: input.group,
        added: input.role !== null,
        on: input.on,
      });
    }
    return input.role === null ? null : result;
  });
}
