/** Kysely queries of board seats (幹事会). A seat is held on day D if starts_on ≤ D ≤ ends_on. */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import { isUuid } from '../../lib/uuid.js';
import { type BoardRole, type BoardSeat, toBoardSeat } from './governance.js';

const ROLE_ORDER = sql<number>`CASE board_seats.role WHEN 'CHAIR' THEN 1 WHEN 'VICE_CHAIR' THEN 2 ELSE 3 END`;

/** Seats held on `asOf`: chair first, then vice chairs, then members, each in 五十音順. */
export async function findSeatsOn(db: Db, asOf: string): Promise<BoardSeat[]> {
  const rows = await db
    .selectFrom('board_seats')
    .innerJoin('organizations', 'organizations.id', 'board_seats.organization_id')
    .selectAll('board_seats')
    .where('board_seats.starts_on', '<=', asOf)
    .where((eb) =>
      eb.or([eb('board_seats.ends_on', 'is', null), eb('board_seats.ends_on', '>=', asOf)]),
    )
    .orderBy(ROLE_ORDER)
    .orderBy('organizations.name_kana')
    .orderBy('board_seats.id')
    .execute();
  return rows.map(toBoardSeat);
}

/** The seat each organisation holds on `asOf` (at most one: terms of one holder never overlap). */
export async function findSeatsOfOrganizationsOn(
  db: Db,
  organizationIds: readonly string[],
  asOf: string,
): Promise<BoardSeat[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('board_seats')
    .selectAll()
    .where('organization_id', 'in', organizationIds)
    .where('starts_on', '<=', asOf)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', asOf)]))
    .execute();
  return rows.map(toBoardSeat);
}

export async function findSeatsByIds(db: Db, ids: readonly string[]): Promise<BoardSeat[]> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return [];
  const rows = await db.selectFrom('board_seats').selectAll().where('id', 'in', uuids).execute();
  return rows.map(toBoardSeat);
}

/** Seats whose term overlaps [startsOn, endsOn] (endsOn null = open), optionally of one holder. */
export async function findOverlappingSeats(
  db: Db,
  term: { startsOn: string; endsOn: string | null },
  filter: { organizationId?: string; role?: BoardRole; exceptSeatId?: string },
): Promise<BoardSeat[]> {
  let query = db
    .selectFrom('board_seats')
    .selectAll()
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', term.startsOn)]));
  if (term.endsOn !== null) query = query.where('starts_on', '<=', term.endsOn);
  if (filter.organizationId) query = query.where('organization_id', '=', filter.organizationId);
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.exceptSeatId) query = query.where('id', '<>', filter.exceptSeatId);
  const rows = await query.orderBy('starts_on').execute();
  return rows.map(toBoardSeat);
}

export async function insertSeat(
  db: Db,
  seat: { organizationId: string; role: BoardRole; startsOn: string; endsOn: string | null },
): Promise<BoardSeat> {
  const row = await db
    .insertInto('board_seats')
    .values({
      organization_id: seat.organizationId,
      role: seat.role,
      starts_on: seat.startsOn,
      ends_on: seat.endsOn,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBoardSeat(row);
}

export async function setSeatEnd(db: Db, seatId: string, endsOn: string): Promise<BoardSeat> {
  const row = await db
    .updateTable('board_seats')
    .set({ ends_on: endsOn })
    .where('id', '=', seatId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBoardSeat(row);
}

/**
 * Serialises changes to board seats within the calling transaction, so two concurrent changes
 * cannot both pass the overlap and single-chair checks. Seats change a few times a year.
 */
export async function lockBoardSeats(db: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('tsunagari.board_seats'))`.execute(db);
}

/** Whether the organisation was an active member on `date` (its latest event on or before it). */
export async function wasActiveMemberOn(
  db: Db,
  organizationId: string,
  date: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('membership_events')
    .select('status_after')
    .where('organization_id', '=', organizationId)
    .where('occurred_on', '<=', date)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.status_after === 'ACTIVE';
}
