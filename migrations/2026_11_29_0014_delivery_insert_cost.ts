import { type Kysely, sql } from 'kysely';

/**
 * Resolving an audience writes one `deliveries` row per recipient in one statement, and every
 * index of the table is updated per row. Two of them cost most (100,000 rows, measured in
 * docs/benchmarks.md): the primary key over random UUIDs, whose inserts land on random pages
 * of the B-tree, and the B-tree on (organization_id, mailing_id), random for the same reason.
 *
 * - `time_ordered_uuid()`: a UUID version 7 (RFC 9562) — 48 bits of milliseconds, then 74
 *   random bits. Still unguessable (a delivery id is the VERP bounce address), but rows
 *   written together sit together in the primary key. PostgreSQL 18 has `uuidv7()`; older
 *   servers (DATABASE_URL may point at one) get the same layout from `gen_random_uuid()`.
 * - The organisation lookup (replies to a circular: did this organisation receive it?) only
 *   ever asks for equality, so a hash index serves it at a third of the insert cost.
 * - No index on (mailing_id, status): what asks by status is served by the partial indexes
 *   (claimable: QUEUED/RETRY; sending: SENDING — both hold only the rows still in play), and
 *   the per-status counts of one mailing read its rows through (mailing_id, lower(address)).
 *   Every status change of every delivery (three per message sent) no longer adds an entry
 *   to it, and the resolution writes one index fewer.
 */
/** A UUID version 7 before PostgreSQL 18: the random UUID's first 48 bits become the time. */
export const UUID_V7_BEFORE_PG18 = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
  PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
  FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid`;

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ version: number }>`
    SELECT current_setting('server_version_num')::int AS version`.execute(db);
  const body = sql.raw(
    `SELECT ${(rows[0]?.version ?? 0) >= 180000 ? 'uuidv7()' : UUID_V7_BEFORE_PG18}`,
  );
  await sql`CREATE FUNCTION time_ordered_uuid() RETURNS uuid
    LANGUAGE sql VOLATILE PARALLEL SAFE AS $$ ${body} $$`.execute(db);
  await sql`DROP INDEX deliveries_organization_mailing_idx`.execute(db);
  await sql`CREATE INDEX deliveries_organization_idx ON deliveries USING hash (organization_id)`.execute(
    db,
  );
  await sql`DROP INDEX deliveries_mailing_status_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX deliveries_mailing_status_idx ON deliveries (mailing_id, status)`.execute(
    db,
  );
  await sql`DROP INDEX deliveries_organization_idx`.execute(db);
  await sql`CREATE INDEX deliveries_organization_mailing_idx ON deliveries (organization_id, mailing_id)`.execute(
    db,
  );
  await sql`DROP FUNCTION time_ordered_uuid()`.execute(db);
}
