/** Sessions: opaque 256-bit bearer tokens, stored as SHA-256, with expiry and revocation. */
import { newSessionToken, sha256 } from '../../auth/tokens.js';
import type { Db } from '../../db/create-db.js';
import type { Account, Session } from './account.js';
import { findLiveSessionByTokenHash, insertSession, touchSession } from './session.repository.js';

export async function createSession(
  db: Db,
  accountId: string,
  meta: { ttlHours: number; userAgent: string | undefined; clientIp: string },
): Promise<{ token: string; session: Session }> {
  const token = newSessionToken();
  const session = await insertSession(db, {
    accountId,
    tokenHash: sha256(token),
    ttlHours: meta.ttlHours,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    clientIp: meta.clientIp,
  });
  return { token, session };
}

/** The live session behind a token with its (enabled) account, or undefined. */
export async function findLiveSession(
  db: Db,
  token: string,
): Promise<{ session: Session; account: Account } | undefined> {
  const found = await findLiveSessionByTokenHash(db, sha256(token));
  // Touch at most once a minute: keeps "last used" useful without a write per request.
  if (found) await touchSession(db, found.session.id);
  return found;
}
