import type { Task } from 'graphile-worker';
import { sql } from 'kysely';
import { hashesEqual, sha256 } from '../auth/tokens.js';
import type { Db } from '../db/create-db.js';
import { newMessageId } from '../mail/outbound-email.js';
import type { MailTransport } from '../mail/transport.js';
import { applicationConfirmToken } from '../modules/members/application.service.js';
import { applicationConfirmationEmail } from '../modules/members/application-email.js';
import type { TaskPayloads } from './queue.js';

export interface SendApplicationConfirmationDeps {
  readonly db: Db;
  readonly transport: MailTransport;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly siteUrl?: string | undefined;
  readonly secretKey: Buffer;
}

/**
 * Sends the link that confirms a membership application's address. As for sign-in links, the
 * token is re-derived here from the id and checked against the stored hash, so it is never
 * written to the queue or the database; an application already confirmed or expired gets none.
 */
export function sendApplicationConfirmationTask(deps: SendApplicationConfirmationDeps): Task {
  return async (rawPayload, helpers) => {
    const { organizationId } = rawPayload as TaskPayloads['send_application_confirmation'];
    const row = await deps.db
      .selectFrom('membership_applications')
      .select(['applicant_email', 'confirm_token_hash'])
      .where('organization_id', '=', organizationId)
      .where('confirmed_at', 'is', null)
      .where('confirm_expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (!row?.confirm_token_hash) {
      helpers.logger.info(
        `application ${organizationId} is confirmed, expired or gone; not sending`,
      );
      return;
    }
    const token = applicationConfirmToken(deps.secretKey, organizationId);
    if (!hashesEqual(sha256(token), row.confirm_token_hash)) {
      helpers.logger.error(
        `application ${organizationId} does not match the current SECRET_KEY; not sending`,
      );
      return;
    }
    const email = await applicationConfirmationEmail({
      link: `${deps.publicUrl}/apply/confirm?token=${encodeURIComponent(token)}`,
      publicUrl: deps.publicUrl,
      siteUrl: deps.siteUrl,
    });
    await deps.transport.send({
      from: deps.mailFrom,
      to: row.applicant_email,
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId: newMessageId(deps.mailFrom),
    });
  };
}
