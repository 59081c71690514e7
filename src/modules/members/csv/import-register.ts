/**
 * The member import's view of the register as it is: organisations with their membership
 * events, contacts and working groups, by id and by folded name (locked FOR UPDATE unless dry).
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/create-db.js';
import type { OrganizationRow } from '../../../db/tables/members.js';
import { foldForSearch } from '../../../lib/japanese-text.js';
import type { HistoryEntry, WorkingGroupRole } from './values.js';

// ---------------------------------------------------------------------------------------------
// The register as it is

export interface StoredContact {
  readonly id: string;
  readonly name: string;
  readonly nameKana: string | null;
  readonly email: string;
  readonly phone: string | null;
  readonly roles: readonly string[];
  readonly isPrimary: boolean;
  readonly optedOutKinds: readonly string[];
}

export interface StoredMembership {
  readonly id: string;
  readonly number: number;
  readonly role: WorkingGroupRole;
  readonly joinedOn: string;
}

export interface StoredOrganization {
  readonly row: OrganizationRow;
  readonly events: HistoryEntry[];
  readonly contacts: StoredContact[];
  readonly memberships: StoredMembership[];
}

export interface Register {
  readonly byId: ReadonlyMap<string, StoredOrganization>;
  /** Folded name → organisations (rejected applications excluded). */
  readonly byName: ReadonlyMap<string, StoredOrganization[]>;
}

/** Holds the import's lock until the transaction ends: one import at a time. */
export async function lockImports(db: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('tsunagari:import-members'))`.execute(db);
}

export async function readRegister(db: Db, lock: boolean): Promise<Register> {
  let query = db.selectFrom('organizations').selectAll().orderBy('id');
  if (lock) query = query.forUpdate();
  const rows = await query.execute();
  const [events, contacts, memberships] = await Promise.all([
    db
      .selectFrom('membership_events')
      .select(['organization_id', 'kind', 'occurred_on', 'status_after', 'category_after', 'note'])
      .orderBy('organization_id')
      .orderBy('occurred_on')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contacts')
      .select([
        'id',
        'organization_id',
        'name',
        'name_kana',
        'email',
        'phone',
        'roles',
        'is_primary',
        'opted_out_kinds',
      ])
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('working_group_memberships')
      .select(['id', 'organization_id', 'working_group_number', 'role', 'joined_on'])
      .where('left_on', 'is', null)
      .execute(),
  ]);
  const byId = new Map<string, StoredOrganization>();
  const byName = new Map<string, StoredOrganization[]>();
  for (const row of rows) {
    const stored: StoredOrganization = { row, events: [], contacts: [], memberships: [] };
    byId.set(row.id, stored);
    if (row.status === 'REJECTED') continue;
    const folded = foldForSearch(row.name);
    byName.set(folded, [...(byName.get(folded) ?? []), stored]);
  }
  for (const e of events) {
    byId.get(e.organization_id)?.events.push({
      kind: e.kind,
      occurredOn: e.occurred_on,
      statusAfter: e.status_after,
      categoryAfter: e.category_after,
      note: e.note,
    });
  }
  for (const c of contacts) {
    byId.get(c.organization_id)?.contacts.push({
      id: c.id,
      name: c.name,
      nameKana: c.name_kana,
      email: c.email,
      phone: c.phone,
      roles: c.roles,
      isPrimary: c.is_primary,
      optedOutKinds: c.opted_out_kinds,
    });
  }
  for (const m of memberships) {
    byId.get(m.organization_id)?.memberships.push({
      id: m.id,
      number: m.working_group_number,
      role: m.role,
      joinedOn: m.joined_on,
    });
  }
  return { byId, byName };
}
