import { type Kysely, sql } from 'kysely';

/**
 * A member organisation may withdraw its own pending profile change (会員ページ): the request is
 * kept, with the status WITHDRAWN, so the secretariat's list and the audit trail stay complete.
 * A working-group join/leave request carries the organisation's own reason (`request_reason`;
 * `reason` stays the secretariat's reason for its decision).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE working_group_requests ADD COLUMN request_reason text`.execute(db);
  await sql`ALTER TABLE profile_change_requests DROP CONSTRAINT profile_change_requests_status_check`.execute(
    db,
  );
  await sql`ALTER TABLE profile_change_requests ADD CONSTRAINT profile_change_requests_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED', 'WITHDRAWN'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE working_group_requests DROP COLUMN request_reason`.execute(db);
  await sql`UPDATE profile_change_requests SET status = 'SUPERSEDED' WHERE status = 'WITHDRAWN'`.execute(
    db,
  );
  await sql`ALTER TABLE profile_change_requests DROP CONSTRAINT profile_change_requests_status_check`.execute(
    db,
  );
  await sql`ALTER TABLE profile_change_requests ADD CONSTRAINT profile_change_requests_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED'))`.execute(db);
}
