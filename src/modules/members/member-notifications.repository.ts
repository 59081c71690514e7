/** What the member notifications read: the organisation's name, its addresses, group titles. */
import type { Db } from '../../db/create-db.js';

/**
 * The organisation's name, its primary contact's address and, when `requestedBy` is a user of
 * this organisation, that user's address.
 */
export async function findNotificationAddresses(
  db: Db,
  organizationId: string,
  requestedBy: string | null,
): Promise<{ organizationName: string; primary: string | null; requester: string | null }> {
  const org = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const primary = await db
    .selectFrom('contacts')
    .select('email')
    .where('organization_id', '=', organizationId)
    .where('is_primary', '=', true)
    .executeTakeFirst();
  const requester = requestedBy
    ? await db
        .selectFrom('accounts')
        .select('email')
        .where('id', '=', requestedBy)
        // Only a user of this organisation: a request the secretariat entered is not copied.
        .where('organization_id', '=', organizationId)
        .executeTakeFirst()
    : undefined;
  return {
    organizationName: org.name,
    primary: primary?.email || null,
    requester: requester?.email ?? null,
  };
}

export async function findWorkingGroupTitle(db: Db, number: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('working_groups')
    .select('title')
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.title;
}
