import { type Kysely, sql } from 'kysely';

/**
 * Each contact's address as the mail engine compares it (`address_key`: trimmed, lower case)
 * and whether it passes the cheap structural check (`address_valid`: at most 254 characters,
 * one `@` with something on both sides, a dot in the domain, no whitespace or characters that
 * only belong in a header's syntax), computed when the contact is written instead of for every
 * contact each time an audience is previewed or resolved — on 100,000 contacts that was a
 * fifth of the resolution (docs/benchmarks.md). The exact pattern (MAILBOX_PATTERN in
 * src/mail/engine/headers.ts) still runs when each message is composed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE contacts
    ADD COLUMN address_key text GENERATED ALWAYS AS (lower(btrim(email))) STORED,
    ADD COLUMN address_valid boolean GENERATED ALWAYS AS (
      length(btrim(email)) <= 254
      AND btrim(email) LIKE '_%@_%._%'
      AND btrim(email) NOT LIKE '%@%@%'
      AND btrim(email) !~ '[[:space:]<>(),;:"\\[\\]\\\\]'
    ) STORED`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE contacts DROP COLUMN address_valid, DROP COLUMN address_key`.execute(db);
}
