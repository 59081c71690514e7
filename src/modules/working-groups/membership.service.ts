/**
 * Working-group membership: dated history (joined_on / left_on), roles, and join/leave requests
 * that members make and the secretariat decides. The secretariat can also add or remove directly.
 */
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { isUuid } from '../../lib/uuid.js';
import {
  notifyWorkingGroupMembershipChanged,
  notifyWorkingGroupRequestDecided,
} from '../members/member-notifications.js';
import { STATUS_LABELS } from '../members/membership.service.js';

export type WorkingGroupRole = 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';

export interface WorkingGroupMembership {
  readonly id: string;
  readonly workingGroupNumber: number;
  readonly organizationId: string;
  readonly role: WorkingGroupRole;
  readonly joinedOn: string;
  readonly leftOn: string | null;
}

export interface WorkingGroupRequest {
  readonly id: string;
  readonly workingGroupNumber: number;
  readonly organizationId: string;
  readonly kind: 'JOIN' | 'LEAVE';
  readonly status: 'PENDING' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN';
  readonly reason: string | null;
  readonly requestReason: string | null;
  readonly createdAt: Date;
}

const membershipColumns = [
  'id',
  'working_group_number as workingGroupNumber',
  'organization_id as organizationId',
  'role',
  'joined_on as joinedOn',
  'left_on as leftOn',
] as const;

export async function findCurrentMemberships(
  db: Db,
  organizationIds: readonly string[],
): Promise<WorkingGroupMembership[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('working_group_memberships')
    .select(membershipColumns)
    .where('organization_id', 'in', organizationIds)
    .where('left_on', 'is', null)
    .orderBy('working_group_number')
    .execute();
}

/** Current members of a group that the viewer may see (non-secretariat: active organisations). */
export function groupMembersQuery(db: Db, group: number, activeOnly: boolean) {
  return db
    .selectFrom('working_group_memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .where('m.working_group_number', '=', group)
    .where('m.left_on', 'is', null)
    .$if(activeOnly, (q) => q.where('o.status', '=', 'ACTIVE'));
}

export async function findGroupMembers(
  db: Db,
  group: number,
  activeOnly: boolean,
  page: { limit: number; offset: number },
): Promise<WorkingGroupMembership[]> {
  return (
    groupMembersQuery(db, group, activeOnly)
      .select([
        'm.id',
        'm.working_group_number as workingGroupNumber',
        'm.organization_id as organizationId',
        'm.role',
        'm.joined_on as joinedOn',
        'm.left_on as leftOn',
      ])
      // Chair first, then vice chairs, then members in 五十音順.
      .orderBy(sql`CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'VICE_CHAIR' THEN 1 ELSE 2 END`)
      .orderBy('o.name_kana')
      .limit(page.limit)
      .offset(page.offset)
      .execute()
  );
}

export async function countGroupMembers(
  db: Db,
  group: number,
  activeOnly: boolean,
): Promise<number> {
  const row = await groupMembersQuery(db, group, activeOnly)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

async function currentMembership(db: Db, organizationId: string, group: number) {
  return db
    .selectFrom('working_group_memberships')
    .select(membershipColumns)
    .where('organization_id', '=', organizationId)
    .where('working_group_number', '=', group)
    .where('left_on', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

async function assertActiveOrganization(db: Db, organizationId: string): Promise<void> {
  const org = await db
    .selectFrom('organizations')
    .select('status')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!org) throw new NotFoundError('その団体は見つかりません。');
  if (org.status !== 'ACTIVE') {
    throw new ValidationFailedError('分科会に参加できるのは会員（有効）の団体だけです。', [
      {
        path: ['input', 'organizationId'],
        message: `「${STATUS_LABELS[org.status]}」の団体です。`,
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
  if (await currentMembership(db, organizationId, group)) {
    throw new ConflictError('この団体は既にこの分科会に参加しています。');
  }
  return db
    .insertInto('working_group_memberships')
    .values({ working_group_number: group, organization_id: organizationId, role, joined_on: on })
    .returning(membershipColumns)
    .executeTakeFirstOrThrow();
}

async function leave(db: Db, organizationId: string, group: number, on: string) {
  const current = await currentMembership(db, organizationId, group);
  if (!current) throw new NotFoundError('この団体はこの分科会に参加していません。');
  return db
    .updateTable('working_group_memberships')
    .set({ left_on: on })
    .where('id', '=', current.id)
    .returning(membershipColumns)
    .executeTakeFirstOrThrow();
}

/** A member's request to join or leave; the secretariat decides. One pending request per group. */
export async function requestWorkingGroupChange(
  context: Context,
  input: {
    organizationId: string;
    group: number;
    kind: 'JOIN' | 'LEAVE';
    requestReason?: string | null;
  },
): Promise<WorkingGroupRequest> {
  const requestedBy =
    context.viewer.kind === 'MEMBER' || context.viewer.kind === 'SECRETARIAT'
      ? context.viewer.accountId
      : null;
  return context.db.transaction().execute(async (trx) => {
    await assertActiveOrganization(trx, input.organizationId);
    const member = await currentMembership(trx, input.organizationId, input.group);
    if (input.kind === 'JOIN' && member)
      throw new ConflictError('この団体は既にこの分科会に参加しています。');
    if (input.kind === 'LEAVE' && !member)
      throw new ConflictError('この団体はこの分科会に参加していません。');
    const pending = await trx
      .selectFrom('working_group_requests')
      .select('id')
      .where('organization_id', '=', input.organizationId)
      .where('working_group_number', '=', input.group)
      .where('status', '=', 'PENDING')
      .executeTakeFirst();
    if (pending)
      throw new ConflictError('この分科会への申請は既に受け付けています（事務局の確認待ち）。');
    const row = await trx
      .insertInto('working_group_requests')
      .values({
        organization_id: input.organizationId,
        working_group_number: input.group,
        kind: input.kind,
        requested_by: requestedBy,
        request_reason: input.requestReason ?? null,
      })
      .returning([
        'id',
        'working_group_number as workingGroupNumber',
        'organization_id as organizationId',
        'kind',
        'status',
        'reason',
        'request_reason as requestReason',
        'created_at as createdAt',
      ])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
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
  context: Context,
  input: { requestId: string; approve: boolean; on: string; reason?: string | null },
): Promise<WorkingGroupRequest> {
  const decidedBy = context.viewer.kind === 'SECRETARIAT' ? context.viewer.accountId : null;
  return context.db.transaction().execute(async (trx) => {
    if (!isUuid(input.requestId)) throw new NotFoundError('その申請は見つかりません。');
    const request = await trx
      .selectFrom('working_group_requests')
      .selectAll()
      .where('id', '=', input.requestId)
      .forUpdate()
      .executeTakeFirst();
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
    const row = await trx
      .updateTable('working_group_requests')
      .set({
        status: input.approve ? 'APPROVED' : 'DECLINED',
        decided_by: decidedBy,
        decided_at: new Date(),
        reason: input.reason ?? null,
      })
      .where('id', '=', request.id)
      .returning([
        'id',
        'working_group_number as workingGroupNumber',
        'organization_id as organizationId',
        'kind',
        'status',
        'reason',
        'request_reason as requestReason',
        'created_at as createdAt',
      ])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: input.approve ? 'workingGroup.approveRequest' : 'workingGroup.declineRequest',
      targetType: 'Organization',
      targetId: request.organization_id,
      after: { workingGroup: request.working_group_number, kind: request.kind, on: input.on },
    });
    await notifyWorkingGroupRequestDecided(trx, context.config, {
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
  context: Context,
  input: { organizationId: string; group: number; role: WorkingGroupRole | null; on: string },
): Promise<WorkingGroupMembership | null> {
  return context.db.transaction().execute(async (trx) => {
    const current = await currentMembership(trx, input.organizationId, input.group);
    let result: WorkingGroupMembership | null;
    if (input.role === null) {
      result = await leave(trx, input.organizationId, input.group, input.on);
    } else if (!current) {
      await assertActiveOrganization(trx, input.organizationId);
      result = await join(trx, input.organizationId, input.group, input.role, input.on);
    } else {
      // A role change closes the old row and opens a new one, so the history keeps who held what when.
      await trx
        .updateTable('working_group_memberships')
        .set({ left_on: input.on })
        .where('id', '=', current.id)
        .execute();
      result = await trx
        .insertInto('working_group_memberships')
        .values({
          working_group_number: input.group,
          organization_id: input.organizationId,
          role: input.role,
          joined_on: input.on,
        })
        .returning(membershipColumns)
        .executeTakeFirstOrThrow();
    }
    if (input.role === 'CHAIR') {
      const chairs = await trx
        .selectFrom('working_group_memberships')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('working_group_number', '=', input.group)
        .where('role', '=', 'CHAIR')
        .where('left_on', 'is', null)
        .executeTakeFirstOrThrow();
      if (chairs.n > 1)
        throw new ConflictError(
          'この分科会には既に座長がいます。先に現座長の役割を変更してください。',
        );
    }
    await recordAudit(trx, context, {
      action: 'workingGroup.setMembership',
      targetType: 'Organization',
      targetId: input.organizationId,
      before: current ? { workingGroup: input.group, role: current.role } : null,
      after: { workingGroup: input.group, role: input.role, on: input.on },
    });
    // Joining or leaving is news to the organisation; a role change within the group is not mailed.
    if (input.role === null || !current) {
      await notifyWorkingGroupMembershipChanged(trx, context.config, {
        organizationId: input.organizationId,
        group: input.group,
        added: input.role !== null,
        on: input.on,
      });
    }
    return input.role === null ? null : result;
  });
}
