/**
 * Service mail to one person (receipts, decisions, invitations, sign-in links): rendered with
 * the TRANSACTIONAL template — no unsubscribe line, no List-Unsubscribe header.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/create-db.js';
import { queueOutboundEmail } from './outbound-email.js';
import { compileEmail, personalize, type TransactionalContent } from './render/index.js';

export type TransactionalMessage = Omit<TransactionalContent, 'kind'>;

export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** Each message is its own mailing, so rendering here is still one render per mailing. */
export async function renderTransactional(
  message: TransactionalMessage,
  publicUrl: string,
  /** The platform's website (config `siteUrl`), the footer's 「ウェブサイト」 link. */
  siteUrl: string | undefined,
): Promise<RenderedEmail> {
  const compiled = await compileEmail(
    { kind: 'TRANSACTIONAL', ...message },
    { publicUrl, siteUrl },
  );
  return personalize(compiled, {});
}

/** Renders and queues a message in the caller's transaction (sent by the worker after commit). */
export async function queueTransactional(
  db: Db,
  config: Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>,
  email: { purpose: string; to: string; message: TransactionalMessage },
): Promise<string> {
  const rendered = await renderTransactional(email.message, config.publicUrl, config.siteUrl);
  return queueOutboundEmail(db, config.mailFrom, {
    purpose: email.purpose,
    to: email.to,
    ...rendered,
  });
}
