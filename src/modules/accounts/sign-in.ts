/**
 * Passwordless sign-in by e-mail link.
 *
 * A request answers the same whether or not the address has an account; only for an enabled
 * account does it store a token row (SHA-256 of the token only) and enqueue the e-mail; the
 * account's older unused links expire at that moment, so only the newest one works. The
 * token is HMAC(secret key, row id): the sending task re-derives it, so it is never stored.
 * Redeeming is one conditional UPDATE, so two redemptions at once give exactly one session.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { hitRateLimit } from '../../auth/rate-limit.js';
import { deriveToken, sha256 } from '../../auth/tokens.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import { InvalidTokenError, RateLimitedError } from '../../errors.js';
import { enqueueJob } from '../../jobs/queue.js';
import type { Account, Session } from './account.js';
import { findAccountByEmail, findAccountsByIds, setLastSignIn } from './account.repository.js';
import {
  expireUnusedSignInTokens,
  insertSignInToken,
  redeemSignInTokenHash,
} from './session.repository.js';
import { createSession } from './sessions.js';

export const SIGN_IN_TOKEN_PURPOSE = 'sign-in';
export const SIGN_IN_TOKEN_TTL_MINUTES = 15;
const RATE_WINDOW_SECONDS = 15 * 60;

export function signInToken(secretKey: Buffer, tokenId: string): string {
  return deriveToken(secretKey, SIGN_IN_TOKEN_PURPOSE, tokenId);
}

/** The settings sign-in uses: rate limits and the session lifetime. */
export type SignInConfig = Pick<Config, 'auth'>;

/**
 * Sends a sign-in link to the address if it has an enabled account. `clientIp` counts toward
 * the per-IP limit; `secretKey` derives the link's token.
 */
export async function requestSignInLink(
  db: Db,
  actor: Actor,
  input: { email: string; clientIp: string },
  config: SignInConfig,
  secretKey: Buffer,
): Promise<void> {
  const address = input.email.trim().toLowerCase();
  // Both limits count every request, known address or not, so they reveal nothing either.
  const [byAddress, byIp] = await Promise.all([
    hitRateLimit(
      db,
      `sign-in:address:${sha256(address).toString('hex')}`,
      config.auth.signInLimitPerAddress,
      RATE_WINDOW_SECONDS,
    ),
    hitRateLimit(
      db,
      `sign-in:ip:${input.clientIp}`,
      config.auth.signInLimitPerIp,
      RATE_WINDOW_SECONDS,
    ),
  ]);
  const limited = [byAddress, byIp].find((r) => !r.allowed);
  if (limited) {
    throw new RateLimitedError(
      `サインイン用リンクの請求が多すぎます。${Math.ceil(limited.retryAfterSeconds / 60)}分ほど待ってから、もう一度お試しください。`,
      limited.retryAfterSeconds,
    );
  }

  const account = await findAccountByEmail(db, address);
  if (!account || account.disabledAt) {
    // Recorded without the address: an attempt on an unknown address is worth seeing, its text is not.
    await recordAudit(db, actor, {
      action: 'signIn.requestLink',
      targetType: 'Account',
      targetId: null,
    });
    return;
  }
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, {
      action: 'signIn.requestLink',
      targetType: 'Account',
      targetId: account.id,
    });
    // Only the newest link works: the older unused ones of this account expire now.
    await expireUnusedSignInTokens(trx, account.id);
    await insertSignInToken(trx, {
      id,
      accountId: account.id,
      tokenHash: sha256(signInToken(secretKey, id)),
      ttlMinutes: SIGN_IN_TOKEN_TTL_MINUTES,
    });
    await enqueueJob(trx, 'send_sign_in_link', { tokenId: id }, { maxAttempts: 3 });
  });
}

/** Exchanges a sign-in link's token for a new session of the browser or client given. */
export async function redeemSignInToken(
  db: Db,
  actor: Actor,
  input: { token: string; clientIp: string; userAgent: string | undefined },
  config: SignInConfig,
): Promise<{ token: string; session: Session; account: Account }> {
  return db.transaction().execute(async (trx) => {
    const accountId = await redeemSignInTokenHash(trx, sha256(input.token));
    const [account] = accountId ? await findAccountsByIds(trx, [accountId]) : [];
    if (!account || account.disabledAt) {
      throw new InvalidTokenError(
        'このサインイン用リンクは無効です（期限切れ・使用済み・不正なリンク）。もう一度リンクを請求してください。',
      );
    }
    const created = await createSession(trx, account.id, {
      ttlHours: config.auth.sessionTtlHours,
      userAgent: input.userAgent,
      clientIp: input.clientIp,
    });
    await setLastSignIn(trx, account.id);
    await recordAudit(trx, actor, {
      action: 'session.create',
      targetType: 'Account',
      targetId: account.id,
      after: { sessionId: created.session.id, expiresAt: created.session.expiresAt },
    });
    return { token: created.token, session: created.session, account };
  });
}
