/**
 * Working-group memberships (dated rows: joined_on / left_on) and join/leave requests in the
 * database. The rules are in ./membership.service.ts.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { OrganizationStatus } from '../../db/tables/members.js';

export type WorkingGroupRole = 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';

export interface WorkingGroupMembership {
  readonly id: string;
  readonly workingGroupNumber: number;
  readonly organizationId: string;
  readonly role: WorkingGroupRole;
  readonly joinedOn: string;
  readonly leftOn: string | null;
}

export type WorkingGroupRequestStatus = 'PENDING' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN';

export interface WorkingGroupRequest {
  readonly id: string;
  readonly workingGroupNumber: number;
  readonly organizationId: string;
  readonly kind: 'JOIN' | 'LEAVE';
  readonly status: WorkingGroupRequestStatus;
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

const requestColumns = [
  'id',
  'working_group_number as workingGroupNumber',
  'organization_id as organizationId',
  'kind',
  'status',
  'reason',
  'request_reason as requestReason',
  'created_at as createdAt',
] as const;

// ---- memberships -----------------------------------------------------------------------------

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
function groupMembersQuery(db: Db, group: number, activeOnly: boolean) {
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

/** The organisation's current membership of the group, locked for the transaction. */
export async function lockCurrentMembership(
  db: Db,
  organizationId: string,
  group: number,
): Promise<WorkingGroupMembership | undefined> {
  return db
    .selectFrom('working_group_memberships')
    .select(membershipColumns)
    .where('organization_id', '=', organizationId)
    .where('working_group_number', '=', group)
    .where('left_on', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertMembership(
  db: Db,
  membership: { group: number; organizationId: string; role: WorkingGroupRole; joinedOn: string },
): Promise<WorkingGroupMembership> {
  return db
    .insertInto('working_group_memberships')
    .values({
      working_group_number: membership.group,
      organization_id: membership.organizationId,
      role: membership.role,
      joined_on: membership.joinedOn,
    })
    .returning(membershipColumns)
    .executeTakeFirstOrThrow();
}

/** Closes a membership row on `leftOn` (included). */
export async function endMembership(
  db: Db,
  membershipId: string,
  leftOn: string,
): Promise<WorkingGroupMembership> {
  return db
    .updateTable('working_group_memberships')
    .set({ left_on: leftOn })
    .where('id', '=', membershipId)
    .returning(membershipColumns)
    .executeTakeFirstOrThrow();
}

export async function countCurrentChairs(db: Db, group: number): Promise<number> {
  const row = await db
    .selectFrom('working_group_memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('working_group_number', '=', group)
    .where('role', '=', 'CHAIR')
    .where('left_on', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function findOrganizationStatus(
  db: Db,
  organizationId: string,
): Promise<OrganizationStatus | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('status')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return row?.status;
}

// ---- requests --------------------------------------------------------------------------------

export async function findPendingRequestId(
  db: Db,
  organizationId: string,
  group: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('working_group_requests')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('working_group_number', '=', group)
    .where('status', '=', 'PENDING')
    .executeTakeFirst();
  return row?.id;
}

export async function insertRequest(
  db: Db,
  request: {
    organizationId: string;
    group: number;
    kind: 'JOIN' | 'LEAVE';
    requestedBy: string | null;
    requestReason: string | null;
  },
): Promise<WorkingGroupRequest> {
  return db
    .insertInto('working_group_requests')
    .values({
      organization_id: request.organizationId,
      working_group_number: request.group,
      kind: request.kind,
      requested_by: request.requestedBy,
      request_reason: request.requestReason,
    })
    .returning(requestColumns)
    .executeTakeFirstOrThrow();
}

/** A request with who asked, locked for the transaction. */
export async function lockRequest(db: Db, requestId: string) {
  return db
    .selectFrom('working_group_requests')
    .selectAll()
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setRequestDecision(
  db: Db,
  requestId: string,
  decision: { status: 'APPROVED' | 'DECLINED'; decidedBy: string | null; reason: string | null },
): Promise<WorkingGroupRequest> {
  return db
    .updateTable('working_group_requests')
    .set({
      status: decision.status,
      decided_by: decision.decidedBy,
      decided_at: new Date(),
      reason: decision.reason,
    })
    .where('id', '=', requestId)
    .returning(requestColumns)
    .executeTakeFirstOrThrow();
}

/** Which requests to list by status: undefined for all, null for none (no status can match). */
export type RequestStatusFilter = WorkingGroupRequestStatus | null | undefined;

function requestsQuery(db: Db, status: RequestStatusFilter) {
  return db
    .selectFrom('working_group_requests')
    .$if(status === null, (q) => q.where(sql<boolean>`false`))
    .$if(status != null, (q) => q.where('status', '=', status as WorkingGroupRequestStatus));
}

/** Requests, newest first, optionally of one status. */
export async function findRequests(
  db: Db,
  status: RequestStatusFilter,
  page: { limit: number; offset: number },
): Promise<WorkingGroupRequest[]> {
  return requestsQuery(db, status)
    .select(requestColumns)
    .orderBy('created_at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countRequests(db: Db, status: RequestStatusFilter): Promise<number> {
  const row = await requestsQuery(db, status)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function findRequestsOfOrganization(
  db: Db,
  organizationId: string,
): Promise<WorkingGroupRequest[]> {
  return db
    .selectFrom('working_group_requests')
    .select(requestColumns)
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .execute();
}
