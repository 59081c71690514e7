import type { Task } from 'graphile-worker';
import type { Db } from '../db/create-db.js';
import type { MailTransport } from '../mail/transport.js';
import type { TaskPayloads } from './queue.js';

export interface SendOutboundEmailDeps {
  readonly db: Db;
  readonly transport: MailTransport;
  readonly mailFrom: string;
}

/**
 * Sends one transactional message. The row is claimed by a conditional update, so a job that
 * runs twice (a retry after a crash) never sends a message already marked SENT.
 */
export function sendOutboundEmailTask(deps: SendOutboundEmailDeps): Task {
  return async (rawPayload, helpers) => {
    const { id } = rawPayload as TaskPayloads['send_outbound_email'];
    const email = await deps.db
      .updateTable('outbound_emails')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'QUEUED')
      .returningAll()
      .executeTakeFirst();
    if (!email) {
      helpers.logger.info(`outbound email ${id} is not queued any more; nothing to do`);
      return;
    }
    try {
      await deps.transport.send({
        from: deps.mailFrom,
        to: email.to_address,
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId: email.message_id,
      });
    } catch (error) {
      const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
      await deps.db
        .updateTable('outbound_emails')
        .set({
          last_error: String(error).slice(0, 1000),
          ...(lastAttempt ? { status: 'FAILED' } : {}),
        })
        .where('id', '=', id)
        .execute();
      throw error; // graphile-worker retries with exponential backoff
    }
    await deps.db
      .updateTable('outbound_emails')
      .set({ status: 'SENT', sent_at: new Date(), last_error: null })
      .where('id', '=', id)
      .execute();
  };
}
