import { type Kysely, sql } from 'kysely';

/**
 * Deliveries in UNKNOWN (the message may have arrived; a person decides whether to resend) are
 * what the operator is alerted to, across every mailing ever sent. A partial index holds only
 * them, so counting them at each metrics scrape reads a handful of entries instead of the whole
 * table; resolving an audience writes no entry into it (rows start QUEUED or SUPPRESSED).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX deliveries_unknown_idx ON deliveries (mailing_id) WHERE status = 'UNKNOWN'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX deliveries_unknown_idx`.execute(db);
}
