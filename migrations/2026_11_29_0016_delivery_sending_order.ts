import { type Kysely, sql } from 'kysely';

/**
 * Two more per-row costs out of resolving an audience into `deliveries` (100,000 rows,
 * measured in docs/benchmarks.md):
 *
 * - **No `position` column.** Deliveries were numbered in 五十音 order with a window function
 *   over a second sort of every recipient. The sending order is now the order the ids were
 *   drawn in (`time_ordered_uuid()`, UUID version 7: the resolution draws them in address
 *   order), so nothing needs numbering. The claimable index orders by the id's bytes,
 *   `uuid_send(id)` — the same order — and the engine claims `ORDER BY uuid_send(id)`: asked
 *   `ORDER BY id`, the planner may walk the primary key (which gives that order too) from the
 *   oldest delivery of all, filtering row by row, whenever its estimates make the mailing's
 *   rows look common; an order only this index gives keeps every claim on the mailing's own
 *   claimable rows.
 * - **The organisation index holds circulars only.** Looking up deliveries by organisation is
 *   what replies to 事務連絡 need (did the circular reach this organisation, which circulars did
 *   it receive); no other kind is ever asked that way. `kind` is copied from the mailing, and
 *   the hash index is partial on `kind = 'NOTICE'`, so a newsletter's rows add no entry to it.
 *   Queries by organisation name the kind, so the planner can use the partial index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE deliveries ADD COLUMN kind text`.execute(db);
  await sql`UPDATE deliveries d SET kind = m.kind FROM mailings m WHERE m.id = d.mailing_id`.execute(
    db,
  );
  await sql`ALTER TABLE deliveries ALTER COLUMN kind SET NOT NULL`.execute(db);
  await sql`DROP INDEX deliveries_organization_idx`.execute(db);
  await sql`CREATE INDEX deliveries_notice_organization_idx ON deliveries
    USING hash (organization_id) WHERE kind = 'NOTICE'`.execute(db);
  await sql`DROP INDEX deliveries_claimable_idx`.execute(db);
  await sql`CREATE INDEX deliveries_claimable_idx ON deliveries (mailing_id, uuid_send(id))
    WHERE status IN ('QUEUED', 'RETRY')`.execute(db);
  await sql`ALTER TABLE deliveries DROP COLUMN position`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE deliveries ADD COLUMN position integer`.execute(db);
  await sql`UPDATE deliveries d SET position = n.position
    FROM (SELECT id, row_number() OVER (PARTITION BY mailing_id ORDER BY uuid_send(id)) AS position
          FROM deliveries) n
    WHERE n.id = d.id`.execute(db);
  await sql`ALTER TABLE deliveries ALTER COLUMN position SET NOT NULL`.execute(db);
  await sql`DROP INDEX deliveries_claimable_idx`.execute(db);
  await sql`CREATE INDEX deliveries_claimable_idx ON deliveries (mailing_id, position)
    WHERE status IN ('QUEUED', 'RETRY')`.execute(db);
  await sql`DROP INDEX deliveries_notice_organization_idx`.execute(db);
  await sql`CREATE INDEX deliveries_organization_idx ON deliveries USING hash (organization_id)`.execute(
    db,
  );
  await sql`ALTER TABLE deliveries DROP COLUMN kind`.execute(db);
}
