import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';

export interface CategoryCount {
  readonly categoryCode: string;
  readonly count: number;
}

/**
 * Active members per category on `asOf`, from the membership history: the latest event of each
 * organisation on or before that date gives its status and category on that date.
 */
export async function countMembersByCategory(db: Db, asOf: string): Promise<CategoryCount[]> {
  const { rows } = await sql<CategoryCount>`
    SELECT latest.category_after AS "categoryCode", count(*)::int AS count
    FROM (
      SELECT DISTINCT ON (organization_id) status_after, category_after
      FROM membership_events
      WHERE occurred_on <= ${asOf}
      ORDER BY organization_id, occurred_on DESC, created_at DESC
    ) AS latest
    WHERE latest.status_after = 'ACTIVE'
    GROUP BY latest.category_after`.execute(db);
  return rows;
}
