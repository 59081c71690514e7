import { type Kysely, sql } from 'kysely';

/**
 * Rate-limit counters are written on every API request. They need to be shared by all API
 * processes, not to survive a crash: an UNLOGGED table skips the write-ahead log (and its fsync),
 * which made these writes the largest cost of a cheap public read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE rate_limit_counters SET UNLOGGED`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE rate_limit_counters SET LOGGED`.execute(db);
}
