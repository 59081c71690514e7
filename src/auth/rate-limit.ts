import { sql } from 'kysely';
import type { Db } from '../db/create-db.js';

export interface RateLimitResult {
  readonly allowed: boolean;
  readonly hits: number;
  /** Seconds until the current window ends (for Retry-After). */
  readonly retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window and tells whether it is within `limit`.
 * The counter lives in Postgres, so every API process shares it; one upsert, no race.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const window = `${windowSeconds} seconds`;
  const { rows } = await sql<{ hits: number; retry_after: number }>`
    INSERT INTO rate_limit_counters AS c (key, window_start, hits)
    VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c.window_start <= now() - ${window}::interval THEN 1 ELSE c.hits + 1 END,
      window_start = CASE WHEN c.window_start <= now() - ${window}::interval THEN now() ELSE c.window_start END
    RETURNING hits, ceil(extract(epoch FROM (window_start + ${window}::interval - now())))::int AS retry_after`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('rate limit upsert returned no row');
  return {
    allowed: row.hits <= limit,
    hits: row.hits,
    retryAfterSeconds: Math.max(1, row.retry_after),
  };
}
