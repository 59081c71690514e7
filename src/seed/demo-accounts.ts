/**
 * Demo sign-in accounts for the demo register: a secretariat admin, a secretariat staff member,
 * and a member user (organisation admin) of one demo organisation. Loaded once, like the register.
 */
import { sql } from 'kysely';
import type { Db } from '../db/create-db.js';

export const DEMO_ACCOUNTS_SEED_NAME = 'demo-accounts';
export const DEMO_ADMIN_EMAIL = 'admin@secretariat.example.jp';
export const DEMO_STAFF_EMAIL = 'staff@secretariat.example.jp';

export interface DemoAccounts {
  readonly adminEmail: string;
  readonly staffEmail: string;
  /** The demo member user's address and organisation (undefined without a demo register). */
  readonly member?: { email: string; organizationName: string } | undefined;
}

/** Inserts the demo accounts once; returns the sign-in addresses either way. */
export async function loadDemoAccounts(db: Db): Promise<DemoAccounts> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('seed_runs')
      .values({ name: DEMO_ACCOUNTS_SEED_NAME })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();

    if (claimed) {
      await trx
        .insertInto('accounts')
        .values([
          {
            email: DEMO_ADMIN_EMAIL,
            display_name: '事務局 管理者（デモ）',
            role: 'SECRETARIAT_ADMIN',
            organization_id: null,
          },
          {
            email: DEMO_STAFF_EMAIL,
            display_name: '事務局 職員（デモ）',
            role: 'SECRETARIAT_STAFF',
            organization_id: null,
          },
        ])
        .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
        .execute();
      // The member user is the primary contact of the first active regular member in 五十音順.
      const contact = await trx
        .selectFrom('contacts as c')
        .innerJoin('organizations as o', 'o.id', 'c.organization_id')
        .select(['c.email', 'c.name', 'o.id as organizationId'])
        .where('c.is_primary', '=', true)
        .where('o.status', '=', 'ACTIVE')
        .where('o.category_code', '=', 'REGULAR')
        .orderBy('o.name_kana')
        .limit(1)
        .executeTakeFirst();
      if (contact) {
        await trx
          .insertInto('accounts')
          .values({
            email: contact.email,
            display_name: contact.name,
            role: 'MEMBER',
            organization_id: contact.organizationId,
            is_organization_admin: true,
          })
          .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
          .execute();
      }
    }

    const member = await trx
      .selectFrom('accounts as a')
      .innerJoin('organizations as o', 'o.id', 'a.organization_id')
      .select(['a.email', 'o.name as organizationName'])
      .where('a.role', '=', 'MEMBER')
      .where('a.is_organization_admin', '=', true)
      .orderBy('a.created_at')
      .limit(1)
      .executeTakeFirst();
    return { adminEmail: DEMO_ADMIN_EMAIL, staffEmail: DEMO_STAFF_EMAIL, member };
  });
}
