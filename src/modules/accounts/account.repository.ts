import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { AccountRole } from '../../db/tables/accounts.js';
import { type Account, toAccount } from './account.js';

export async function findAccountByEmail(db: Db, email: string): Promise<Account | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function findAccountsByIds(db: Db, ids: readonly string[]): Promise<Account[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute();
  return rows.map(toAccount);
}

export interface NewAccount {
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly organizationId: string | null;
  readonly isOrganizationAdmin: boolean;
}

export async function insertAccount(db: Db, account: NewAccount): Promise<Account> {
  const row = await db
    .insertInto('accounts')
    .values({
      email: account.email,
      display_name: account.displayName,
      role: account.role,
      organization_id: account.organizationId,
      is_organization_admin: account.isOrganizationAdmin,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

export interface AccountFilter {
  readonly organizationId?: string | null;
  readonly role?: AccountRole | null;
}

function filtered(db: Db, filter: AccountFilter) {
  return db
    .selectFrom('accounts')
    .$if(filter.organizationId != null, (q) =>
      q.where('organization_id', '=', filter.organizationId as string),
    )
    .$if(filter.role != null, (q) => q.where('role', '=', filter.role as AccountRole));
}

export async function listAccounts(
  db: Db,
  filter: AccountFilter,
  page: { limit: number; offset: number },
): Promise<Account[]> {
  const rows = await filtered(db, filter)
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toAccount);
}

export async function countAccounts(db: Db, filter: AccountFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function setAccountDisabled(
  db: Db,
  id: string,
  disabled: boolean,
): Promise<Account | undefined> {
  const row = await db
    .updateTable('accounts')
    .set({ disabled_at: disabled ? new Date() : null })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function deleteAccount(db: Db, id: string): Promise<void> {
  await db.deleteFrom('accounts').where('id', '=', id).execute();
}

export async function setLastSignIn(db: Db, id: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ last_sign_in_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The name of an organisation in any status (accounts may belong to applicants too), or undefined. */
export async function findOrganizationName(
  db: Db,
  organizationId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return row?.name;
}
