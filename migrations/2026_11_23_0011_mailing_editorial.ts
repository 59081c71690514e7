import { type Kysely, sql } from 'kysely';

/**
 * Editorial fields of mailings (issue #6): the meeting a 招集通知 was generated from, the
 * circular a reminder follows up, the organisation a 事務局訪問記 is about, approval before
 * sending (bound to the content version that was approved), who started the sending, and
 * publication to the archive.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mailings')
    .addColumn('meeting_id', 'uuid', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('reminder_of', 'uuid', (c) => c.references('mailings.id'))
    .addColumn('organization_id', 'uuid', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('approval_required', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('approved_at', 'timestamptz')
    // The content version the approval covers: any later edit needs a new approval.
    .addColumn('approved_version', 'integer')
    // Who scheduled or started the sending (approved_by now means the approver).
    .addColumn('started_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    // Shown in the archive once sending has started.
    .addColumn('is_public', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_at', 'timestamptz')
    .execute();
  await sql`UPDATE mailings SET started_by = approved_by, approved_by = NULL`.execute(db);
  await sql`CREATE INDEX mailings_meeting_idx ON mailings (meeting_id) WHERE meeting_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX mailings_reminder_idx ON mailings (reminder_of) WHERE reminder_of IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX mailings_organization_idx ON mailings (organization_id) WHERE organization_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX mailings_published_idx ON mailings (published_at DESC, id) WHERE published_at IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE mailings SET approved_by = started_by`.execute(db);
  for (const column of [
    'published_at',
    'is_public',
    'started_by',
    'approved_version',
    'approved_at',
    'approval_required',
    'organization_id',
    'reminder_of',
    'meeting_id',
  ]) {
    await db.schema.alterTable('mailings').dropColumn(column).execute();
  }
}
