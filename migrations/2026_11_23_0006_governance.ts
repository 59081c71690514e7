import { type Kysely, sql } from 'kysely';

/**
 * Governance: meetings of the general meeting (総会), the board (幹事会) or a working group
 * (分科会), their agenda items (議案), the members' replies (出欠・委任状) and the attendance the
 * secretariat records. Board seats were created in 2026_11_23_0005 and are used as they are.
 *
 * Invitees are not stored: they are derived from the body on the meeting's date (see
 * docs/governance.md), so a meeting date refers to `meeting_date`, the calendar day in Japan.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('body', 'text', (c) =>
      c.notNull().check(sql`body IN ('GENERAL_MEETING', 'BOARD', 'WORKING_GROUP')`),
    )
    .addColumn('working_group_number', 'integer', (c) => c.references('working_groups.number'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) > 0`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz')
    // The calendar day in Japan: decides who is invited (members, seats, groups on that day).
    .addColumn('meeting_date', 'date', (c) =>
      c.notNull().generatedAlwaysAs(sql`(starts_at AT TIME ZONE 'Asia/Tokyo')::date`).stored(),
    )
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('minutes', 'text')
    // Quorum: present (attending + proxies) must be MORE THAN invitees × numerator / denominator.
    .addColumn('quorum_numerator', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quorum_denominator', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('allows_proxy', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('SCHEDULED').check(sql`status IN ('SCHEDULED', 'HELD', 'CANCELLED')`),
    )
    .addColumn('cancellation_reason', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'meetings_working_group',
      sql`(body = 'WORKING_GROUP') = (working_group_number IS NOT NULL)`,
    )
    .addCheckConstraint('meetings_ends_after_start', sql`ends_at IS NULL OR ends_at > starts_at`)
    .addCheckConstraint(
      'meetings_quorum',
      sql`quorum_denominator > 0 AND quorum_numerator >= 0 AND quorum_numerator < quorum_denominator`,
    )
    .execute();
  await db.schema
    .createIndex('meetings_date_idx')
    .on('meetings')
    .columns(['meeting_date', 'id'])
    .execute();
  await db.schema
    .createIndex('meetings_body_date_idx')
    .on('meetings')
    .columns(['body', 'working_group_number', 'meeting_date'])
    .execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position > 0`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) > 0`))
    .addColumn('description', 'text')
    // Who puts the item: the board (for the general meeting), the secretariat or a member.
    .addColumn('proposer_kind', 'text', (c) =>
      c.notNull().check(sql`proposer_kind IN ('BOARD', 'SECRETARIAT', 'ORGANIZATION')`),
    )
    .addColumn('proposer_organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('PROPOSED')
        .check(sql`status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN')`),
    )
    .addColumn('result_note', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('agenda_items_meeting_position_key', ['meeting_id', 'position'])
    .addCheckConstraint(
      'agenda_items_proposer',
      sql`(proposer_kind = 'ORGANIZATION') = (proposer_organization_id IS NOT NULL)`,
    )
    .addCheckConstraint('agenda_items_decided', sql`(status = 'PROPOSED') = (decided_at IS NULL)`)
    .execute();

  // A member's reply to a meeting notice: attend, absent, or absent with a proxy (委任状).
  await db.schema
    .createTable('meeting_responses')
    .addColumn('meeting_id', 'uuid', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('response', 'text', (c) =>
      c.notNull().check(sql`response IN ('ATTEND', 'ABSENT', 'PROXY')`),
    )
    // The proxy holder: another member organisation, a named person, or neither (= the chair).
    .addColumn('proxy_holder_organization_id', 'uuid', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('proxy_holder_name', 'text')
    .addColumn('note', 'text')
    .addColumn('responded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('responded_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addPrimaryKeyConstraint('meeting_responses_pkey', ['meeting_id', 'organization_id'])
    .addCheckConstraint(
      'meeting_responses_proxy',
      sql`response = 'PROXY' OR (proxy_holder_organization_id IS NULL AND proxy_holder_name IS NULL)`,
    )
    .addCheckConstraint(
      'meeting_responses_not_self',
      sql`proxy_holder_organization_id IS DISTINCT FROM organization_id`,
    )
    .execute();
  await db.schema
    .createIndex('meeting_responses_org_idx')
    .on('meeting_responses')
    .column('organization_id')
    .execute();

  // Who actually attended, as recorded by the secretariat at or after the meeting.
  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'uuid', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('attended', 'boolean', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addPrimaryKeyConstraint('meeting_attendance_pkey', ['meeting_id', 'organization_id'])
    .execute();

  // Board seat lookups by date (composition on a day, the invitees of a board meeting).
  await db.schema
    .createIndex('board_seats_term_idx')
    .on('board_seats')
    .columns(['starts_on', 'ends_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('board_seats_term_idx').execute();
  for (const table of ['meeting_attendance', 'meeting_responses', 'agenda_items', 'meetings']) {
    await db.schema.dropTable(table).execute();
  }
}
