/** Sessions: opaque 256-bit bearer tokens, stored as SHA-256, with expiry and revocation. */
import { sql } from 'kysely';
import { newSessionToken, sha256 } from '../../auth/tokens.js';
import type { Db } from '../../db/create-db.js';
import { type Account, type Session, toAccount, toSession } from './account.js';

const sessionColumns = [
  'id',
  'account_id',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
  'user_agent',
  'client_ip',
] as const;

export async function createSession(
  db: Db,
  accountId: string,
  meta: { ttlHours: number; userAgent: string | undefined; clientIp: string },
): Promise<{ token: string; session: Session }> {
  const token = newSessionToken();
  const row = await db
    .insertInto('sessions')
    .values({
      account_id: accountId,
      token_hash: sha256(token),
      expires_at: sql<Date>`now() + make_interval(hours => ${meta.ttlHours})`,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      client_ip: meta.clientIp,
    })
    .returning(sessionColumns)
    .executeTakeFirstOrThrow();
  return { token, session: toSession(row) };
}

/** The live session behind a token with its (enabled) account, or undefined. */
export async function findLiveSession(
  db: Db,
  token: string,
): Promise<{ session: Session; account: Account } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .selectAll('a')
    .select([
      's.id as session_id',
      's.created_at as session_created_at',
      's.expires_at as session_expires_at',
      's.last_used_at as session_last_used_at',
      's.user_agent as session_user_agent',
      's.client_ip as session_client_ip',
    ])
    .where('s.token_hash', '=', sha256(token))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('a.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  // Touch at most once a minute: keeps "last used" useful without a write per request.
  await db
    .updateTable('sessions')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', row.session_id)
    .where('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)
    .execute();
  return {
    account: toAccount(row),
    session: {
      id: row.session_id,
      accountId: row.id,
      createdAt: row.session_created_at,
      expiresAt: row.session_expires_at,
      lastUsedAt: row.session_last_used_at,
      revokedAt: null,
      userAgent: row.session_user_agent,
      clientIp: row.session_client_ip,
    },
  };
}

export async function listLiveSessions(db: Db, accountId: string): Promise<Session[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(sessionColumns)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toSession);
}

/** Revokes one of the account's sessions; false if it has no such live session. */
export async function revokeSession(
  db: Db,
  accountId: string,
  sessionId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', sessionId)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function revokeAllSessions(db: Db, accountId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .execute();
}
