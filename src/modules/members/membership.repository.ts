/**
 * The SQL of membership changes: the dated membership events and the organisation row they move
 * (status, category, version). The rules and the transaction are the services'.
 */
import type { Db } from '../../db/create-db.js';
import type {
  MembershipEventKind,
  OrganizationRow,
  OrganizationStatus,
} from '../../db/tables/members.js';

export interface MembershipEvent {
  readonly kind: MembershipEventKind;
  readonly occurredOn: string;
  readonly statusAfter: 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';
  readonly categoryAfter: 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
  readonly note: string | null;
}

/** The organisation's row locked FOR UPDATE; undefined if there is none. */
export async function lockOrganizationRow(
  db: Db,
  id: string,
): Promise<OrganizationRow | undefined> {
  return db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The date of the organisation's latest membership event, if it has any. */
export async function latestEventDate(db: Db, organizationId: string): Promise<string | undefined> {
  const latest = await db
    .selectFrom('membership_events')
    .select('occurred_on')
    .where('organization_id', '=', organizationId)
    .orderBy('occurred_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.occurred_on;
}

export async function insertMembershipEvent(
  db: Db,
  organizationId: string,
  event: {
    kind: MembershipEventKind;
    occurredOn: string;
    statusAfter: MembershipEvent['statusAfter'];
    categoryAfter: string;
    note?: string | null | undefined;
  },
): Promise<void> {
  await db
    .insertInto('membership_events')
    .values({
      organization_id: organizationId,
      kind: event.kind,
      occurred_on: event.occurredOn,
      status_after: event.statusAfter,
      category_after: event.categoryAfter,
      note: event.note ?? null,
    })
    .execute();
}

/** Sets status, category and (when given) the joining date, bumping the version. */
export async function updateMembership(
  db: Db,
  id: string,
  change: { status: OrganizationStatus; category?: string; joinedOn?: string },
): Promise<OrganizationRow> {
  return db
    .updateTable('organizations')
    .set((eb) => ({
      status: change.status,
      ...(change.category !== undefined ? { category_code: change.category } : {}),
      ...(change.joinedOn !== undefined ? { joined_on: change.joinedOn } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The organisation's membership events, oldest first. */
export async function findMembershipHistory(
  db: Db,
  organizationId: string,
): Promise<MembershipEvent[]> {
  return db
    .selectFrom('membership_events')
    .select([
      'kind',
      'occurred_on as occurredOn',
      'status_after as statusAfter',
      'category_after as categoryAfter',
      'note',
    ])
    .where('organization_id', '=', organizationId)
    .orderBy('occurred_on')
    .orderBy('created_at')
    .execute() as Promise<MembershipEvent[]>;
}
