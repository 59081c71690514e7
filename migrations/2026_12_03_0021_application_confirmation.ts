import { type Kysely, sql } from 'kysely';

/**
 * An application reaches the secretariat only once its applicant has confirmed the address
 * (a link e-mailed to it): until then `confirmed_at` is null and only the SHA-256 of the
 * confirmation token is kept, valid until `confirm_expires_at`. `duplicate_address` records,
 * for the secretariat, that the address already belonged to a contact on the register — the
 * applicant gets the same answer either way. Applications made before this migration count as
 * confirmed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE membership_applications
    ADD COLUMN confirmed_at timestamptz,
    ADD COLUMN confirm_token_hash bytea,
    ADD COLUMN confirm_expires_at timestamptz,
    ADD COLUMN duplicate_address boolean NOT NULL DEFAULT false`.execute(db);
  await sql`UPDATE membership_applications SET confirmed_at = created_at`.execute(db);
  await sql`CREATE UNIQUE INDEX membership_applications_confirm_token_idx
    ON membership_applications (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX membership_applications_unconfirmed_idx
    ON membership_applications (confirm_expires_at) WHERE confirmed_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX membership_applications_unconfirmed_idx`.execute(db);
  await sql`DROP INDEX membership_applications_confirm_token_idx`.execute(db);
  await sql`ALTER TABLE membership_applications DROP COLUMN duplicate_address,
    DROP COLUMN confirm_expires_at, DROP COLUMN confirm_token_hash, DROP COLUMN confirmed_at`.execute(
    db,
  );
}
