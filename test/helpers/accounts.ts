/** Accounts and sessions for tests that are not about signing in itself. */

import type { Db } from '../../src/db/create-db.js';
import type { AccountRole } from '../../src/db/tables/accounts.js';
import { insertAccount } from '../../src/modules/accounts/account.repository.js';
import { createSession } from '../../src/modules/accounts/sessions.js';

let counter = 0;

export interface TestUser {
  readonly accountId: string;
  readonly email: string;
  readonly token: string;
  /** Headers that authenticate as this user. */
  readonly headers: Record<string, string>;
}

export async function createUser(
  db: Db,
  options: { role: AccountRole; organizationId?: string; isOrganizationAdmin?: boolean },
): Promise<TestUser> {
  counter += 1;
  const email = `user${counter}-${Date.now()}@test.example.jp`;
  const account = await insertAccount(db, {
    email,
    displayName: `テスト ユーザー${counter}`,
    role: options.role,
    organizationId: options.organizationId ?? null,
    isOrganizationAdmin: options.isOrganizationAdmin ?? false,
  });
  const { token } = await createSession(db, account.id, {
    ttlHours: 1,
    userAgent: 'vitest',
    clientIp: '127.0.0.1',
  });
  return { accountId: account.id, email, token, headers: { authorization: `Bearer ${token}` } };
}

/** Two active demo organisations to play "own" and "other". */
export async function twoOrganizations(db: Db): Promise<[string, string]> {
  const rows = await db
    .selectFrom('organizations')
    .select('id')
    .where('status', '=', 'ACTIVE')
    .orderBy('name_kana')
    .limit(2)
    .execute();
  const [a, b] = rows;
  if (!a || !b) throw new Error('the demo register has fewer than two active organisations');
  return [a.id, b.id];
}
