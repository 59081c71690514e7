import { type Kysely, sql } from 'kysely';

/**
 * The mail engine: mailings, one delivery row per mailing × address, suppressed addresses,
 * organisations an audience could not reach, bounce reports, and the heartbeats of running
 * send jobs (crash recovery). See docs/mail-engine.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mailings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind IN ('NEWSLETTER', 'VISIT_REPORT', 'NOTICE', 'MEETING_NOTICE')`),
    )
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('audience', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('DRAFT')
        .check(sql`status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED')`),
    )
    .addColumn('scheduled_at', 'timestamptz')
    // Rendered once per version of the content (src/mail/render compileEmail), as JSON.
    .addColumn('compiled_email', 'jsonb')
    .addColumn('compiled_version', 'integer')
    .addColumn('created_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    // Who scheduled or started the sending.
    .addColumn('approved_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('started_at', 'timestamptz')
    // When the audience was resolved into deliveries (a snapshot; set once).
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('completed_at', 'timestamptz')
    .addColumn('paused_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('last_claim_at', 'timestamptz')
    // Why starting failed (e.g. the content no longer renders); the mailing went back to DRAFT.
    .addColumn('last_error', 'text')
    .addColumn('recipient_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('organization_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issue_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE INDEX mailings_created_idx ON mailings (created_at DESC, id)`.execute(db);
  await sql`CREATE INDEX mailings_active_idx ON mailings (status) WHERE status IN ('SCHEDULED', 'SENDING', 'PAUSED')`.execute(
    db,
  );

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // No foreign key on purpose: deliveries are written only by the resolution of an existing
    // mailing (and mailings are never deleted), and a key check per row would cost a second
    // for every 100,000 recipients.
    .addColumn('mailing_id', 'uuid', (c) => c.notNull())
    // Order of sending (the audience's order at resolution).
    .addColumn('position', 'integer', (c) => c.notNull())
    // Snapshot at resolution: later register changes do not alter a mailing in flight. The
    // contact and organisation ids are references for display, deliberately without foreign
    // keys (a deleted contact leaves its deliveries as they were; and three key checks per row
    // would dominate resolving a large audience).
    .addColumn('contact_id', 'uuid')
    .addColumn('organization_id', 'uuid')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status IN ('QUEUED', 'SENDING', 'SENT', 'RETRY', 'FAILED', 'BOUNCED', 'SUPPRESSED', 'UNKNOWN', 'CANCELLED')`,
        ),
    )
    .addColumn('suppression_reason', 'text', (c) =>
      c.check(
        sql`suppression_reason IN ('HARD_BOUNCE', 'COMPLAINT', 'UNSUBSCRIBE_ALL', 'MANUAL', 'OPTED_OUT', 'INVALID_ADDRESS')`,
      ),
    )
    // Fixed when the row is created: every attempt (and a resend by hand) carries the same one.
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The send job run that claimed the row (mail_senders.id) and when.
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'timestamptz')
    // Set just before the message is handed to SMTP; NULL while merely claimed. A claimed row
    // with no attempt start was provably not sent, so recovery may queue it again.
    .addColumn('attempt_started_at', 'timestamptz')
    .addColumn('last_smtp_reply', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('bounced_at', 'timestamptz')
    .addColumn('complained_at', 'timestamptz')
    .addColumn('soft_bounce_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX deliveries_mailing_address_key ON deliveries (mailing_id, lower(address))`.execute(
    db,
  );
  await sql`CREATE INDEX deliveries_claimable_idx ON deliveries (mailing_id, position) WHERE status IN ('QUEUED', 'RETRY')`.execute(
    db,
  );
  await sql`CREATE INDEX deliveries_mailing_status_idx ON deliveries (mailing_id, status)`.execute(
    db,
  );
  await sql`CREATE INDEX deliveries_sending_idx ON deliveries (claimed_by) WHERE status = 'SENDING'`.execute(
    db,
  );

  await db.schema
    .createTable('suppressions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason IN ('HARD_BOUNCE', 'COMPLAINT', 'UNSUBSCRIBE_ALL', 'MANUAL')`),
    )
    // Where it came from: smtp (a 5.1.x reply while sending), webhook, dsn, unsubscribe, manual.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('delivery_id', 'uuid', (c) => c.references('deliveries.id').onDelete('set null'))
    .addColumn('created_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lifted_at', 'timestamptz')
    .addColumn('lifted_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('lift_note', 'text')
    .execute();
  // At most one active suppression per address.
  await sql`CREATE UNIQUE INDEX suppressions_active_address_key ON suppressions (lower(address)) WHERE lifted_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX suppressions_created_idx ON suppressions (created_at DESC, id)`.execute(
    db,
  );

  // Targeted organisations the mailing could not reach (reported to the secretariat).
  await db.schema
    .createTable('mailing_issues')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // No foreign key on purpose: deliveries are written only by the resolution of an existing
    // mailing (and mailings are never deleted), and a key check per row would cost a second
    // for every 100,000 recipients.
    .addColumn('mailing_id', 'uuid', (c) => c.notNull())
    .addColumn('organization_id', 'uuid', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason IN ('NO_CONTACTS', 'NO_MATCHING_CONTACT', 'ALL_SUPPRESSED')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX mailing_issues_org_key ON mailing_issues (mailing_id, organization_id)`.execute(
    db,
  );

  // Every bounce or complaint report, whatever its effect (soft bounces are only counted).
  await db.schema
    .createTable('bounce_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source IN ('SMTP', 'WEBHOOK', 'DSN')`),
    )
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type IN ('HARD', 'SOFT', 'COMPLAINT')`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('delivery_id', 'uuid', (c) => c.references('deliveries.id').onDelete('set null'))
    .addColumn('status', 'text')
    .addColumn('reason', 'text')
    .execute();
  await sql`CREATE INDEX bounce_events_delivery_idx ON bounce_events (delivery_id)`.execute(db);
  await sql`CREATE INDEX bounce_events_address_idx ON bounce_events (lower(address))`.execute(db);

  // Running send-job runs and their heartbeats. A SENDING delivery whose run has no fresh
  // heartbeat belongs to a worker that died or lost its database: recovery settles it.
  await db.schema
    .createTable('mail_senders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mailing_id', 'uuid', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('heartbeat_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'mail_senders',
    'bounce_events',
    'mailing_issues',
    'suppressions',
    'deliveries',
    'mailings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
