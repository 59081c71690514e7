/** The demo register as table rows, and inserting them in chunks. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { MembershipEventTable, OrganizationTable } from '../../db/tables/members.js';
import { foldForSearch } from '../../lib/japanese-text.js';
import { isoDate } from './dates.js';
import type { HistoryEvent } from './history.js';
import {
  type BuildContext,
  categoryOf,
  type DemoOrganization,
  type DemoRegister,
  joinedOn,
  statusOf,
} from './model.js';

// ---------------------------------------------------------------------------------------------
// Rows and inserts

export function organizationRow(org: DemoOrganization): Insertable<OrganizationTable> {
  const { identity } = org;
  const joined = joinedOn(org);
  return {
    id: org.id,
    name: identity.name,
    name_kana: identity.nameKana,
    category_code: categoryOf(org),
    status: statusOf(org),
    organization_type: identity.organizationType,
    prefecture_code: identity.prefectureCode,
    designated_city_code: identity.designatedCityCode,
    scope: identity.scope,
    fields_of_activity: [...identity.fields],
    website: identity.website,
    description: identity.description,
    published_fields: [...identity.publishedFields],
    joined_on: joined === null ? null : isoDate(joined),
    search_text: foldForSearch(`${identity.name} ${identity.nameKana}`),
    version: 1,
  };
}

export function eventRow(
  ctx: BuildContext,
  organizationId: string,
  event: HistoryEvent,
): Insertable<MembershipEventTable> {
  return {
    id: ctx.ids.uuid(),
    organization_id: organizationId,
    kind: event.kind,
    occurred_on: isoDate(event.on),
    status_after: event.statusAfter,
    category_after: event.categoryAfter,
    note: event.note,
  };
}

/** Rows per INSERT: few round trips, well below Postgres's 65,535 bind parameters. */
const INSERT_CHUNK_SIZE = 500;

export async function insertRegister(db: Db, register: DemoRegister): Promise<void> {
  for (const rows of chunked(register.organizations))
    await db.insertInto('organizations').values(rows).execute();
  for (const rows of chunked(register.events))
    await db.insertInto('membership_events').values(rows).execute();
  for (const rows of chunked(register.contacts))
    await db.insertInto('contacts').values(rows).execute();
  for (const rows of chunked(register.workingGroupMemberships)) {
    await db.insertInto('working_group_memberships').values(rows).execute();
  }
}

function* chunked<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_SIZE) {
    yield rows.slice(start, start + INSERT_CHUNK_SIZE);
  }
}
