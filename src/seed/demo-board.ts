/**
 * Demo board (幹事会) seats for the demo register, so that a 幹事会 meeting or notice has
 * invitees. The register marks the board's organisations by giving a contact of each the role
 * 「幹事」 (a dozen regular members, two supporting members, two prefectures); this seed gives
 * them seats with terms:
 *
 * - the current term from {@link CURRENT_TERM_STARTS} (after the 2025 general meeting),
 *   open-ended until the next election — an organisation that became a member later joined the
 *   board on the day it became active;
 * - the previous term, {@link PREVIOUS_TERM}, for those that were already members then.
 *
 * The earliest regular member to join chairs; the next regular member and the first prefecture
 * are vice-chairs. Every seat satisfies the rules of `addBoardSeat` (an active member on the
 * first day, no overlapping terms, one chair). Loaded once, like the register.
 */
import { sql } from 'kysely';
import type { Db } from '../db/create-db.js';
import type { BoardRole } from '../modules/governance/governance.js';

export const DEMO_BOARD_SEED_NAME = 'demo-board';
export const CURRENT_TERM_STARTS = '2025-06-20';
export const PREVIOUS_TERM = { startsOn: '2023-06-23', endsOn: '2025-06-19' } as const;
/** The contact role the demo register gives the board organisations' representative. */
const BOARD_CONTACT_ROLE = '幹事';

interface BoardOrganization {
  readonly id: string;
  readonly category: string;
  readonly organizationType: string | null;
  readonly joinedOn: string;
  /** The first day from CURRENT_TERM_STARTS on which it was an active member. */
  readonly currentFrom: string | null;
  readonly activeInPreviousTerm: boolean;
}

/** Inserts the demo board seats once; returns how many seats were inserted. */
export async function loadDemoBoard(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('seed_runs')
      .values({ name: DEMO_BOARD_SEED_NAME })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    if (!claimed) return 0;

    const board = await boardOrganizations(trx);
    const rows: {
      organization_id: string;
      role: BoardRole;
      starts_on: string;
      ends_on: string | null;
    }[] = [];
    const current = board.filter((org) => org.currentFrom !== null);
    const regular = current.filter((org) => org.category === 'REGULAR');
    const chair = regular[0];
    const viceChairs = new Set(
      [regular[1], current.find((org) => org.organizationType === '都道府県')]
        .filter((org) => org !== undefined)
        .map((org) => org.id),
    );
    const roleOf = (id: string): BoardRole =>
      id === chair?.id ? 'CHAIR' : viceChairs.has(id) ? 'VICE_CHAIR' : 'MEMBER';
    for (const org of current) {
      rows.push({
        organization_id: org.id,
        role: roleOf(org.id),
        starts_on: org.currentFrom as string,
        ends_on: null,
      });
    }
    const previous = board.filter((org) => org.activeInPreviousTerm);
    const previousChair = previous.find((org) => org.category === 'REGULAR');
    for (const org of previous) {
      rows.push({
        organization_id: org.id,
        role: org === previousChair ? 'CHAIR' : 'MEMBER',
        starts_on: PREVIOUS_TERM.startsOn,
        ends_on: PREVIOUS_TERM.endsOn,
      });
    }
    if (rows.length > 0) await trx.insertInto('board_seats').values(rows).execute();
    return rows.length;
  });
}

/** The register's board organisations that are active members today, earliest member first. */
async function boardOrganizations(db: Db): Promise<BoardOrganization[]> {
  const { rows } = await sql<BoardOrganization>`
    SELECT o.id, o.category_code AS category, o.organization_type AS "organizationType",
      (SELECT min(e.occurred_on) FROM membership_events e
        WHERE e.organization_id = o.id AND e.status_after = 'ACTIVE')::text AS "joinedOn",
      (CASE WHEN ${activeOn(sql`${CURRENT_TERM_STARTS}::date`)} THEN ${CURRENT_TERM_STARTS}::date
        ELSE (SELECT min(e.occurred_on) FROM membership_events e
          WHERE e.organization_id = o.id AND e.status_after = 'ACTIVE'
            AND e.occurred_on > ${CURRENT_TERM_STARTS}::date) END)::text AS "currentFrom",
      ${activeOn(sql`${PREVIOUS_TERM.startsOn}::date`)} AND ${activeOn(sql`${PREVIOUS_TERM.endsOn}::date`)}
        AS "activeInPreviousTerm"
    FROM organizations o
    WHERE o.status = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM contacts c
        WHERE c.organization_id = o.id AND ${BOARD_CONTACT_ROLE} = ANY (c.roles))
    ORDER BY "joinedOn", o.id`.execute(db);
  return rows;
}

/** Whether organisation `o` was an active member on the day (its latest event on or before it). */
function activeOn(date: ReturnType<typeof sql>) {
  return sql<boolean>`coalesce((SELECT e.status_after = 'ACTIVE' FROM membership_events e
    WHERE e.organization_id = o.id AND e.occurred_on <= ${date}
    ORDER BY e.occurred_on DESC, e.created_at DESC LIMIT 1), false)`;
}
