import { type Kysely, sql } from 'kysely';

/**
 * Register workflows: membership applications (an organisation in status APPLIED, approved or
 * rejected), profile changes held for review, working-group join/leave requests, board seats,
 * and service settings.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A rejected application keeps its row (the decision is part of the record).
  await sql`ALTER TABLE organizations DROP CONSTRAINT organizations_status_check`.execute(db);
  await sql`ALTER TABLE organizations ADD CONSTRAINT organizations_status_check
    CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'REJECTED'))`.execute(db);

  await db.schema
    .createTable('membership_applications')
    .addColumn('organization_id', 'uuid', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_email', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    // Folded name, for the duplicate check.
    .addColumn('normalized_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('PENDING').check(sql`status IN ('PENDING', 'APPROVED', 'REJECTED')`),
    )
    .addColumn('decided_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('rejection_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('profile_change_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('PENDING')
        .check(sql`status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')`),
    )
    .addColumn('decided_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX profile_change_requests_one_pending
    ON profile_change_requests (organization_id) WHERE status = 'PENDING'`.execute(db);

  await db.schema
    .createTable('working_group_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('working_group_number', 'integer', (c) =>
      c.notNull().references('working_groups.number'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('JOIN', 'LEAVE')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('PENDING')
        .check(sql`status IN ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN')`),
    )
    .addColumn('requested_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('decided_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX working_group_requests_one_pending
    ON working_group_requests (organization_id, working_group_number) WHERE status = 'PENDING'`.execute(
    db,
  );

  // Seats on the board (幹事会), held by member organisations for a term.
  await db.schema
    .createTable('board_seats')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER')`),
    )
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('board_seats_term', sql`ends_on IS NULL OR ends_on >= starts_on`)
    .execute();
  await db.schema
    .createIndex('board_seats_org_idx')
    .on('board_seats')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'settings',
    'board_seats',
    'working_group_requests',
    'profile_change_requests',
    'membership_applications',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`ALTER TABLE organizations DROP CONSTRAINT organizations_status_check`.execute(db);
  await sql`ALTER TABLE organizations ADD CONSTRAINT organizations_status_check
    CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN'))`.execute(db);
}
