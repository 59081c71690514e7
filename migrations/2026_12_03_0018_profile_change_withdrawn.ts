import { type Kysely, sql } from 'kysely';

/**
 * A member organisation may withdraw its own pending profile change (会員ページ): the request is
 * kept, with the status WITHDRAWN, so the secretariat's list and the audit trail stay complete.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE profile_change_requests DROP CONSTRAINT profile_change_requests_status_check`.execute(
    db,
  );
  await sql`ALTER TABLE profile_change_requests ADD CONSTRAINT profile_change_requests_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED', 'WITHDRAWN'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE profile_change_requests SET status = 'SUPERSEDED' WHERE status = 'WITHDRAWN'`.execute(
    db,
  );
  await sql`ALTER TABLE profile_change_requests DROP CONSTRAINT profile_change_requests_status_check`.execute(
    db,
  );
  await sql`ALTER TABLE profile_change_requests ADD CONSTRAINT profile_change_requests_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED'))`.execute(db);
}
