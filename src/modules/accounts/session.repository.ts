/** Sessions and sign-in tokens in the database (tokens only as SHA-256; see ./sessions.ts). */
import { sql } from 'kysely';
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

export async function insertSession(
  db: Db,
  session: {
    accountId: string;
    tokenHash: Buffer;
    ttlHours: number;
    userAgent: string | null;
    clientIp: string;
  },
): Promise<Session> {
  const row = await db
    .insertInto('sessions')
    .values({
      account_id: session.accountId,
      token_hash: session.tokenHash,
      expires_at: sql<Date>`now() + make_interval(hours => ${session.ttlHours})`,
      user_agent: session.userAgent,
      client_ip: session.clientIp,
    })
    .returning(sessionColumns)
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/** The live session with this token hash and its (enabled) account, or undefined. */
export async function findLiveSessionByTokenHash(
  db: Db,
  tokenHash: Buffer,
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
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('a.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
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

/** Marks a session used now, at most once a minute (no write per request). */
export async function touchSession(db: Db, sessionId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', sessionId)
    .where('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)
    .execute();
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

// ---- sign-in tokens --------------------------------------------------------------------------

/** Expires the account's unused sign-in links now (only the newest one is to work). */
export async function expireUnusedSignInTokens(db: Db, accountId: string): Promise<void> {
  await db
    .updateTable('sign_in_tokens')
    .set({ expires_at: sql<Date>`now()` })
    .where('account_id', '=', accountId)
    .where('redeemed_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .execute();
}

export async function insertSignInToken(
  db: Db,
  token: { id: string; accountId: string; tokenHash: Buffer; ttlMinutes: number },
): Promise<void> {
  await db
    .insertInto('sign_in_tokens')
    .values({
      id: token.id,
      account_id: token.accountId,
      token_hash: token.tokenHash,
      expires_at: sql<Date>`now() + make_interval(mins => ${token.ttlMinutes})`,
    })
    .execute();
}

/**
 * Marks the live, unused token with this hash redeemed, in one conditional UPDATE (two
 * redemptions at once: exactly one wins); its account id, or undefined.
 */
export async function redeemSignInTokenHash(
  db: Db,
  tokenHash: Buffer,
): Promise<string | undefined> {
  const row = await db
    .updateTable('sign_in_tokens')
    .set({ redeemed_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .where('redeemed_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning('account_id')
    .executeTakeFirst();
  return row?.account_id;
}
