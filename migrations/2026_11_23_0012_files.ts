import { type Kysely, sql } from 'kysely';

/**
 * Stored files (issue #6): attachments of 事務連絡 circulars and photos of 事務局訪問記, kept in
 * Postgres (they are small and few), and who downloaded which attachment through which mailing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose IN ('ATTACHMENT', 'PHOTO')`))
    .addColumn('uploaded_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`ALTER TABLE files ALTER COLUMN data SET STORAGE EXTERNAL`.execute(db);
  await sql`CREATE INDEX files_created_idx ON files (created_at DESC, id)`.execute(db);

  await db.schema
    .createTable('file_downloads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id').onDelete('cascade'))
    .addColumn('mailing_id', 'uuid', (c) =>
      c.notNull().references('mailings.id').onDelete('cascade'),
    )
    .addColumn('delivery_id', 'uuid', (c) =>
      c.notNull().references('deliveries.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('downloaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE INDEX file_downloads_mailing_idx ON file_downloads (mailing_id, file_id, organization_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('file_downloads').execute();
  await db.schema.dropTable('files').execute();
}
