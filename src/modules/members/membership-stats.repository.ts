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

export interface MonthCount extends CategoryCount {
  /** Last day of the month, YYYY-MM-DD. */
  readonly monthEnd: string;
}

/** Active members per category at the end of every month from `from` to `to` (one query). */
export async function countMembersByMonth(db: Db, from: string, to: string): Promise<MonthCount[]> {
  const { rows } = await sql<MonthCount>`
    WITH months AS (
      SELECT (date_trunc('month', d) + interval '1 month - 1 day')::date AS month_end
      FROM generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month') AS d
    )
    SELECT to_char(m.month_end, 'YYYY-MM-DD') AS "monthEnd",
           latest.category_after AS "categoryCode",
           count(*)::int AS count
    FROM months m
    CROSS JOIN LATERAL (
      SELECT DISTINCT ON (organization_id) status_after, category_after
      FROM membership_events
      WHERE occurred_on <= m.month_end
      ORDER BY organization_id, occurred_on DESC, created_at DESC
    ) AS latest
    WHERE latest.status_after = 'ACTIVE'
    GROUP BY m.month_end, latest.category_after
    ORDER BY m.month_end`.execute(db);
  return rows;
}
