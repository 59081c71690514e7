/** The SQL of contact people (`contacts`). Rules and transactions: `contact.service.ts`. */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import { isUuid } from '../../lib/uuid.js';
import type { Contact } from './organization.js';

const contactColumns = [
  'id',
  'organization_id as organizationId',
  'name',
  'name_kana as nameKana',
  'email',
  'phone',
  'roles',
  'is_primary as isPrimary',
  'opted_out_kinds as optedOutKinds',
  'email_status as emailStatus',
] as const;

export async function findContactsByIds(db: Db, ids: readonly string[]): Promise<Contact[]> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return [];
  return db.selectFrom('contacts').select(contactColumns).where('id', 'in', uuids).execute();
}

export async function findContactsOfOrganizations(
  db: Db,
  organizationIds: readonly string[],
): Promise<Contact[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('contacts')
    .select(contactColumns)
    .where('organization_id', 'in', organizationIds)
    .orderBy('organization_id')
    .orderBy('is_primary', 'desc')
    .orderBy('created_at')
    .execute();
}

/** Contacts per organisation id (every id given has an entry). */
export async function countContactsOfOrganizations(
  db: Db,
  organizationIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(organizationIds.map((id) => [id, 0]));
  if (organizationIds.length === 0) return counts;
  const rows = await db
    .selectFrom('contacts')
    .select(['organization_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', 'in', organizationIds)
    .groupBy('organization_id')
    .execute();
  for (const r of rows) counts.set(r.organization_id, r.n);
  return counts;
}

export async function organizationExists(db: Db, organizationId: string): Promise<boolean> {
  const org = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return org !== undefined;
}

export async function hasPrimaryContact(db: Db, organizationId: string): Promise<boolean> {
  const primary = await db
    .selectFrom('contacts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('is_primary', '=', true)
    .executeTakeFirst();
  return primary !== undefined;
}

/** Whether another contact of the organisation has the address (case-insensitive). */
export async function contactEmailTaken(
  db: Db,
  organizationId: string,
  email: string,
  exceptId?: string,
): Promise<boolean> {
  const clash = await db
    .selectFrom('contacts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId as string))
    .executeTakeFirst();
  return clash !== undefined;
}

/** Whether the account's sign-in address is the contact's address. */
export async function accountHasEmail(db: Db, accountId: string, email: string): Promise<boolean> {
  const own = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', accountId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return own !== undefined;
}

export interface ContactValues {
  readonly name: string;
  readonly nameKana: string | null;
  readonly email: string;
  readonly phone: string | null;
  readonly roles: readonly string[];
  readonly isPrimary: boolean;
}

export async function insertContact(
  db: Db,
  organizationId: string,
  values: ContactValues,
): Promise<string> {
  const inserted = await db
    .insertInto('contacts')
    .values({
      organization_id: organizationId,
      name: values.name,
      name_kana: values.nameKana,
      email: values.email,
      phone: values.phone,
      roles: [...values.roles],
      is_primary: values.isPrimary,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The fields given change; the others stay (null clears reading and phone). */
export interface ContactPatch {
  readonly name?: string;
  readonly nameKana?: string | null;
  readonly email?: string;
  readonly phone?: string | null;
  readonly roles?: readonly string[];
  readonly optedOutKinds?: readonly string[];
}

export async function updateContact(db: Db, id: string, patch: ContactPatch): Promise<void> {
  await db
    .updateTable('contacts')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.nameKana !== undefined ? { name_kana: patch.nameKana } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      ...(patch.roles !== undefined ? { roles: [...patch.roles] } : {}),
      ...(patch.optedOutKinds !== undefined ? { opted_out_kinds: [...patch.optedOutKinds] } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Makes the contact its organisation's primary one (the previous one stops being it). */
export async function makePrimaryContact(
  db: Db,
  contact: { id: string; organizationId: string },
): Promise<void> {
  // Two statements: the partial unique index allows one primary per organisation at a time.
  await db
    .updateTable('contacts')
    .set({ is_primary: false })
    .where('organization_id', '=', contact.organizationId)
    .where('is_primary', '=', true)
    .execute();
  await db
    .updateTable('contacts')
    .set({ is_primary: true, updated_at: new Date() })
    .where('id', '=', contact.id)
    .execute();
}

export async function deleteContact(db: Db, id: string): Promise<void> {
  await db.deleteFrom('contacts').where('id', '=', id).execute();
}
