import { type Kysely, sql } from 'kysely';

/**
 * Replies to 事務連絡 (issue #6): one acknowledgement per addressed organisation and circular,
 * always recorded against the ORIGINAL circular (also when the reply came through a reminder's
 * link; `delivery_id` then points at the reminder's delivery).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('acknowledgements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mailing_id', 'uuid', (c) =>
      c.notNull().references('mailings.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    // The delivery whose link (or, for API replies, whose addressing) the reply came through.
    .addColumn('delivery_id', 'uuid', (c) => c.references('deliveries.id').onDelete('set null'))
    .addColumn('answer', 'text')
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel IN ('LINK', 'API', 'SECRETARIAT')`),
    )
    .addColumn('responded_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    // The secretariat's note when it records a reply itself (e.g. answered by phone).
    .addColumn('note', 'text')
    // Received after the reply deadline (Japan time); accepted, but marked.
    .addColumn('late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('responded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('acknowledgements_mailing_organization_key', [
      'mailing_id',
      'organization_id',
    ])
    .execute();
  await sql`CREATE INDEX acknowledgements_organization_idx ON acknowledgements (organization_id)`.execute(
    db,
  );
  await sql`CREATE INDEX deliveries_organization_mailing_idx ON deliveries (organization_id, mailing_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS deliveries_organization_mailing_idx`.execute(db);
  await db.schema.dropTable('acknowledgements').execute();
}
