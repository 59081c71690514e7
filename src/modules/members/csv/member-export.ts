/**
 * `export members`: the register as a member CSV that `import members` reads back unchanged —
 * one row per organisation (rejected applications excluded), 五十音順, with its membership history,
 * current working groups and every contact (the primary contact first, then 担当者2, 担当者3, …).
 */
import type { Db } from '../../../db/create-db.js';
import {
  CONTACT_FIELD_KEYS,
  type ContactFieldKey,
  contactHeader,
  ORGANIZATION_COLUMN_KEYS,
  ORGANIZATION_COLUMNS,
  type OrganizationColumnKey,
} from './columns.js';
import { csvLine } from './csv.js';
import { loadCsvReference } from './reference.js';
import {
  formatFieldsOfActivity,
  formatHistory,
  formatOptedOut,
  formatPublishedFields,
  formatRoles,
  formatScope,
  formatStatus,
  formatWorkingGroups,
  type HistoryEntry,
} from './values.js';

export interface ExportMembersOptions {
  /** Header language (default Japanese). Import reads both. */
  readonly headers?: 'ja' | 'en';
}

export interface MemberExport {
  /** CSV lines (CRLF-terminated), header first; no BOM. */
  readonly lines: readonly string[];
  readonly organizations: number;
  readonly contacts: number;
}

/** Builds the member CSV of the whole register. */
export async function exportMembers(
  db: Db,
  options: ExportMembersOptions = {},
): Promise<MemberExport> {
  const language = options.headers ?? 'ja';
  const reference = await loadCsvReference(db);
  const organizations = await db
    .selectFrom('organizations')
    .selectAll()
    .where('status', '!=', 'REJECTED')
    .orderBy('name_kana')
    .orderBy('id')
    .execute();
  const ids = new Set(organizations.map((o) => o.id));
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
      .selectAll()
      .orderBy('organization_id')
      .orderBy('is_primary', 'desc')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('working_group_memberships')
      .select(['organization_id', 'working_group_number', 'role', 'joined_on'])
      .where('left_on', 'is', null)
      .execute(),
  ]);
  const group = <T extends { organization_id: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      if (!ids.has(row.organization_id)) continue;
      map.set(row.organization_id, [...(map.get(row.organization_id) ?? []), row]);
    }
    return map;
  };
  const eventsOf = group(events);
  const membershipsOf = group(memberships);
  // Position 1 is the primary contact; an organisation without one leaves those columns empty.
  const positions = new Map<string, (typeof contacts)[number] | undefined>();
  let width = 1;
  for (const [id, list] of group(contacts)) {
    const offset = list[0]?.is_primary ? 1 : 2;
    list.forEach((contact, index) => {
      positions.set(`${id}:${index + offset}`, contact);
      width = Math.max(width, index + offset);
    });
  }

  const header = [
    ...ORGANIZATION_COLUMN_KEYS.map((key) => ORGANIZATION_COLUMNS[key][language]),
    ...contactColumns(width).map(([position, field]) => contactHeader(position, field, language)),
  ];
  const lines = [csvLine(header)];
  for (const org of organizations) {
    const history: HistoryEntry[] = (eventsOf.get(org.id) ?? []).map((e) => ({
      kind: e.kind,
      occurredOn: e.occurred_on,
      statusAfter: e.status_after,
      categoryAfter: e.category_after,
      note: e.note,
    }));
    const values: Record<OrganizationColumnKey, string> = {
      id: org.id,
      name: org.name,
      nameKana: org.name_kana,
      category: reference.categories.get(org.category_code) ?? org.category_code,
      status: formatStatus(org.status),
      organizationType: org.organization_type,
      prefecture: org.prefecture_code
        ? (reference.prefectures.get(org.prefecture_code) ?? org.prefecture_code)
        : '',
      designatedCityCode: org.designated_city_code ?? '',
      scope: formatScope(org.scope),
      fieldsOfActivity: formatFieldsOfActivity(org.fields_of_activity),
      website: org.website ?? '',
      description: org.description ?? '',
      publishedFields: formatPublishedFields(org.published_fields),
      joinedOn: org.joined_on ?? '',
      workingGroups: formatWorkingGroups(
        (membershipsOf.get(org.id) ?? []).map((m) => ({
          number: m.working_group_number,
          role: m.role,
          joinedOn: m.joined_on,
        })),
      ),
      membershipHistory: formatHistory(reference, history),
    };
    const contactCells = contactColumns(width).map(([position, field]) => {
      const contact = positions.get(`${org.id}:${position}`);
      return contact ? contactCell(contact, field) : '';
    });
    lines.push(csvLine([...ORGANIZATION_COLUMN_KEYS.map((key) => values[key]), ...contactCells]));
  }
  return {
    lines,
    organizations: organizations.length,
    contacts: [...positions.values()].length,
  };
}

function contactColumns(width: number): [number, ContactFieldKey][] {
  const columns: [number, ContactFieldKey][] = [];
  for (let position = 1; position <= width; position += 1) {
    for (const field of CONTACT_FIELD_KEYS) columns.push([position, field]);
  }
  return columns;
}

function contactCell(
  contact: {
    name: string;
    name_kana: string | null;
    email: string;
    phone: string | null;
    roles: string[];
    opted_out_kinds: string[];
  },
  field: ContactFieldKey,
): string {
  switch (field) {
    case 'name':
      return contact.name;
    case 'nameKana':
      return contact.name_kana ?? '';
    case 'email':
      return contact.email;
    case 'phone':
      return contact.phone ?? '';
    case 'roles':
      return formatRoles(contact.roles);
    case 'optedOut':
      return formatOptedOut(contact.opted_out_kinds);
  }
}
