/**
 * Transactional e-mail: one message to one address, rendered by the caller, stored, then sent
 * by the `send_outbound_email` task. Not for secrets: the body is stored in the database.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/create-db.js';
import { enqueueJob } from '../jobs/queue.js';

export interface NewOutboundEmail {
  /** What the message is for, e.g. `application-received`; shown in logs and admin views. */
  readonly purpose: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** Max attempts of one transactional message before it is marked FAILED. */
export const OUTBOUND_MAX_ATTEMPTS = 8;

/** Builds a Message-ID on the sender's domain, e.g. `<uuid@example.go.jp>`. */
export function newMessageId(mailFrom: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'localhost';
  return `<${randomUUID()}@${domain}>`;
}

/** Stores the message and enqueues its sending, in the caller's transaction. */
export async function queueOutboundEmail(
  db: Db,
  mailFrom: string,
  email: NewOutboundEmail,
): Promise<string> {
  for (const value of [email.to, email.subject]) {
    if (/[\r\n\0]/.test(value)) throw new Error('Header values must not contain CR, LF or NUL');
  }
  const { id } = await db
    .insertInto('outbound_emails')
    .values({
      purpose: email.purpose,
      to_address: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      message_id: newMessageId(mailFrom),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await enqueueJob(db, 'send_outbound_email', { id }, { maxAttempts: OUTBOUND_MAX_ATTEMPTS });
  return id;
}
