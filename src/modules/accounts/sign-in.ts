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
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.js';
import { hitRateLimit } from '../../auth/rate-limit.js';
import { deriveToken, sha256 } from '../../auth/tokens.js';
import type { Context } from '../../context.js';
import { InvalidTokenError, RateLimitedError } from '../../errors.js';
import { enqueueJob } from '../../jobs/queue.js';
import type { Account, Session } from './account.js';
import { findAccountByEmail, findAccountsByIds } from './account.repository.js';
import { createSession } from './sessions.js';

export const SIGN_IN_TOKEN_PURPOSE = 'sign-in';
export const SIGN_IN_TOKEN_TTL_MINUTES = 15;
const RATE_WINDOW_SECONDS = 15 * 60;

export function signInToken(secretKey: Buffer, tokenId: string): string {
  return deriveToken(secretKey, SIGN_IN_TOKEN_PURPOSE, tokenId);
}

export async function requestSignInLink(context: Context, email: string): Promise<void> {
  const { db, config } = context;
  const address = email.trim().toLowerCase();
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
      `sign-in:ip:${context.clientIp}`,
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
  const audit = { viewer: context.viewer, requestId: context.requestId };
  if (!account || account.disabledAt) {
    // Recorded without the address: an attempt on an unknown address is worth seeing, its text is not.
    await recordAudit(db, audit, {
      action: 'signIn.requestLink',
      targetType: 'Account',
      targetId: null,
    });
    return;
  }
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, audit, {
      action: 'signIn.requestLink',
      targetType: 'Account',
      targetId: account.id,
    });
    // Only the newest link works: the older unused ones of this account expire now.
    await trx
      .updateTable('sign_in_tokens')
      .set({ expires_at: sql<Date>`now()` })
      .where('account_id', '=', account.id)
      .where('redeemed_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .execute();
    await trx
      .insertInto('sign_in_tokens')
      .values({
        id,
        account_id: account.id,
        token_hash: sha256(signInToken(context.secretKey, id)),
        expires_at: sql<Date>`now() + make_interval(mins => ${SIGN_IN_TOKEN_TTL_MINUTES})`,
      })
      .execute();
    await enqueueJob(trx, 'send_sign_in_link', { tokenId: id }, { maxAttempts: 3 });
  });
}

export async function redeemSignInToken(
  context: Context,
  token: string,
): Promise<{ token: string; session: Session; account: Account }> {
  return context.db.transaction().execute(async (trx) => {
    const redeemed = await trx
      .updateTable('sign_in_tokens')
      .set({ redeemed_at: sql`now()` })
      .where('token_hash', '=', sha256(token))
      .where('redeemed_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('account_id')
      .executeTakeFirst();
    const [account] = redeemed ? await findAccountsByIds(trx, [redeemed.account_id]) : [];
    if (!account || account.disabledAt) {
      throw new InvalidTokenError(
        'このサインイン用リンクは無効です（期限切れ・使用済み・不正なリンク）。もう一度リンクを請求してください。',
      );
    }
    const created = await createSession(trx, account.id, {
      ttlHours: context.config.auth.sessionTtlHours,
      userAgent: context.userAgent,
      clientIp: context.clientIp,
    });
    await trx
      .updateTable('accounts')
      .set({ last_sign_in_at: sql`now()` })
      .where('id', '=', account.id)
      .execute();
    await recordAudit(
      trx,
      { viewer: context.viewer, requestId: context.requestId },
      {
        action: 'session.create',
        targetType: 'Account',
        targetId: account.id,
        after: { sessionId: created.session.id, expiresAt: created.session.expiresAt },
      },
    );
    return { token: created.token, session: created.session, account };
  });
}
