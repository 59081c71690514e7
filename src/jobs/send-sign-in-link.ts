import type { Task } from 'graphile-worker';
import { sql } from 'kysely';
import { hashesEqual, sha256 } from '../auth/tokens.js';
import type { Db } from '../db/create-db.js';
import { newMessageId } from '../mail/outbound-email.js';
import type { MailTransport } from '../mail/transport.js';
import { signInToken } from '../modules/accounts/sign-in.js';
import { signInEmail } from '../modules/accounts/sign-in-email.js';
import type { TaskPayloads } from './queue.js';

export interface SendSignInLinkDeps {
  readonly db: Db;
  readonly transport: MailTransport;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly siteUrl?: string | undefined;
  readonly secretKey: Buffer;
}

/**
 * Sends a sign-in link. The token is re-derived from the row id here (HMAC with the secret key)
 * and checked against the stored hash; a link already used or expired is not sent.
 */
export function sendSignInLinkTask(deps: SendSignInLinkDeps): Task {
  return async (rawPayload, helpers) => {
    const { tokenId } = rawPayload as TaskPayloads['send_sign_in_link'];
    const row = await deps.db
      .selectFrom('sign_in_tokens as t')
      .innerJoin('accounts as a', 'a.id', 't.account_id')
      .select(['t.token_hash', 'a.email', 'a.display_name'])
      .where('t.id', '=', tokenId)
      .where('t.redeemed_at', 'is', null)
      .where('t.expires_at', '>', sql<Date>`now()`)
      .where('a.disabled_at', 'is', null)
      .executeTakeFirst();
    if (!row) {
      helpers.logger.info(`sign-in token ${tokenId} is used, expired or gone; not sending`);
      return;
    }
    const token = signInToken(deps.secretKey, tokenId);
    if (!hashesEqual(sha256(token), row.token_hash)) {
      // The secret key changed since the request: this link could never be redeemed.
      helpers.logger.error(
        `sign-in token ${tokenId} does not match the current SECRET_KEY; not sending`,
      );
      return;
    }
    const email = await signInEmail({
      displayName: row.display_name,
      link: `${deps.publicUrl}/sign-in?token=${encodeURIComponent(token)}`,
      publicUrl: deps.publicUrl,
      siteUrl: deps.siteUrl,
    });
    await deps.transport.send({
      from: deps.mailFrom,
      to: row.email,
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId: newMessageId(deps.mailFrom),
    });
  };
}
