import { type Kysely, sql } from 'kysely';

/**
 * The member register: organisations, their dated membership history, contacts and
 * working-group memberships. Governance and applications come in later migrations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_kana', 'text', (c) => c.notNull())
    .addColumn('category_code', 'text', (c) => c.notNull().references('membership_categories.code'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN')`),
    )
    .addColumn('organization_type', 'text', (c) => c.notNull())
    .addColumn('prefecture_code', 'char(2)', (c) => c.references('prefectures.code'))
    .addColumn('designated_city_code', 'char(6)', (c) => c.references('designated_cities.code'))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope IN ('NATIONAL', 'REGIONAL')`))
    .addColumn('fields_of_activity', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('website', 'text')
    .addColumn('description', 'text')
    // Which profile fields the member agreed to show in the public directory.
    .addColumn('published_fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('joined_on', 'date')
    // NFKC-normalised, kana-folded name and reading for search (src/lib/japanese-text.ts).
    .addColumn('search_text', 'text', (c) => c.notNull())
    // Optimistic concurrency: an update names the version it read.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('organizations_status_idx')
    .on('organizations')
    .column('status')
    .execute();
  await db.schema
    .createIndex('organizations_category_idx')
    .on('organizations')
    .column('category_code')
    .execute();
  await db.schema
    .createIndex('organizations_prefecture_idx')
    .on('organizations')
    .column('prefecture_code')
    .execute();
  await db.schema
    .createIndex('organizations_kana_idx')
    .on('organizations')
    .columns(['name_kana', 'id'])
    .execute();

  // The dated history that answers "how many members of each category on date D": the
  // latest event on or before D gives an organisation's status and category on D.
  await db.schema
    .createTable('membership_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind IN ('JOINED', 'CATEGORY_CHANGED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN')`),
    )
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('status_after', 'text', (c) =>
      c.notNull().check(sql`status_after IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')`),
    )
    .addColumn('category_after', 'text', (c) =>
      c.notNull().references('membership_categories.code'),
    )
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('membership_events_org_date_idx')
    .on('membership_events')
    .columns(['organization_id', 'occurred_on', 'created_at'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_kana', 'text')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('is_primary', 'boolean', (c) => c.notNull().defaultTo(false))
    // Mail kinds this contact opted out of (NEWSLETTER, VISIT_REPORT, …).
    .addColumn('opted_out_kinds', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('email_status', 'text', (c) =>
      c.notNull().defaultTo('OK').check(sql`email_status IN ('OK', 'BOUNCED', 'COMPLAINED')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX contacts_org_email_key ON contacts (organization_id, lower(email))`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX contacts_one_primary ON contacts (organization_id) WHERE is_primary`.execute(
    db,
  );
  await sql`CREATE INDEX contacts_email_idx ON contacts (lower(email))`.execute(db);

  await db.schema
    .createTable('working_group_memberships')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('working_group_number', 'integer', (c) =>
      c.notNull().references('working_groups.number'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER')`),
    )
    .addColumn('joined_on', 'date', (c) => c.notNull())
    .addColumn('left_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX working_group_memberships_current
    ON working_group_memberships (working_group_number, organization_id) WHERE left_on IS NULL`.execute(
    db,
  );
  await db.schema
    .createIndex('working_group_memberships_org_idx')
    .on('working_group_memberships')
    .column('organization_id')
    .execute();

  // Which one-off data sets (the demo register) have been loaded, so a restart does not
  // load them twice.
  await db.schema
    .createTable('seed_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'seed_runs',
    'working_group_memberships',
    'contacts',
    'membership_events',
    'organizations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
