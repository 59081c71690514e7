/**
 * The register as plain rows, for comparing two databases ("the same register"): organisations,
 * their membership history, contacts and current working-group memberships — everything the
 * member CSV carries — in a stable order and without database-generated ids or timestamps.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/create-db.js';

export async function registerSnapshot(db: Db) {
  const organizations = await sql`
    SELECT id, name, name_kana, category_code, status, organization_type, prefecture_code,
           designated_city_code, scope, fields_of_activity, website, description,
           published_fields, joined_on
    FROM organizations WHERE status <> 'REJECTED' ORDER BY id`.execute(db);
  const events = await sql`
    SELECT organization_id, kind, occurred_on, status_after, category_after, note
    FROM membership_events ORDER BY organization_id, occurred_on, created_at`.execute(db);
  const contacts = await sql`
    SELECT organization_id, name, name_kana, email, phone, roles, is_primary, opted_out_kinds
    FROM contacts ORDER BY organization_id, lower(email)`.execute(db);
  const workingGroups = await sql`
    SELECT organization_id, working_group_number, role, joined_on
    FROM working_group_memberships WHERE left_on IS NULL
    ORDER BY organization_id, working_group_number`.execute(db);
  return {
    organizations: organizations.rows,
    events: events.rows,
    contacts: contacts.rows,
    workingGroups: workingGroups.rows,
  };
}

/** Row counts and versions: what a no-op must leave exactly as it was. */
export async function changeMarkers(db: Db) {
  const { rows } = await sql<Record<string, number | string>>`
    SELECT (SELECT count(*)::int FROM organizations) AS organizations,
           (SELECT coalesce(sum(version), 0)::int FROM organizations) AS versions,
           (SELECT max(updated_at)::text FROM organizations) AS organizations_updated,
           (SELECT count(*)::int FROM membership_events) AS events,
           (SELECT count(*)::int FROM contacts) AS contacts,
           (SELECT max(updated_at)::text FROM contacts) AS contacts_updated,
           (SELECT count(*)::int FROM working_group_memberships) AS memberships,
           (SELECT count(*)::int FROM working_group_memberships WHERE left_on IS NULL) AS current_memberships,
           (SELECT count(*)::int FROM audit_events) AS audit_events`.execute(db);
  return rows[0];
}
