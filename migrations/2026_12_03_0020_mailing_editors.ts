import { type Kysely, sql } from 'kysely';

/**
 * Four eyes on a mailing: who wrote it — its creator and everyone who edited it since — may not
 * approve it. `edited_by` lists those accounts; existing mailings get their creator and the
 * editors the audit trail names (`mailing.update`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE mailings ADD COLUMN edited_by uuid[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`UPDATE mailings m SET edited_by = ARRAY(
      SELECT DISTINCT editor FROM (
        SELECT m.created_by AS editor
        UNION
        SELECT a.actor_id::uuid FROM audit_events a
        WHERE a.target_type = 'Mailing' AND a.target_id = m.id::text
          AND a.action = 'mailing.update'
          AND a.actor_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
      ) editors
      WHERE editor IS NOT NULL)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE mailings DROP COLUMN edited_by`.execute(db);
}
