/**
 * What a failed send means for the delivery. The rules (docs/mail-engine.md):
 *
 * | what happened                                           | outcome                          |
 * | ------------------------------------------------------- | -------------------------------- |
 * | 4xx reply, or a network failure before the data was out | RETRY (backoff), FAILED at limit |
 * | 5xx reply                                               | FAILED at once                   |
 * | 5xx with enhanced status 5.1.x about the recipient       | FAILED + address suppressed      |
 * | no reply after the whole message was sent (timeout, …)  | UNKNOWN — never resent blindly   |
 * | a header or content problem found before sending        | FAILED (nothing was sent)        |
 */
import { SmtpSendError } from '../transport.js';

export type SendOutcome =
  | { readonly kind: 'RETRY'; readonly reply: string | null; readonly error: string }
  | {
      readonly kind: 'FAILED';
      readonly reply: string | null;
      readonly error: string;
      readonly suppress: boolean;
      readonly status: string | null;
    }
  | { readonly kind: 'UNKNOWN'; readonly reply: string | null; readonly error: string };

/** The enhanced status code (RFC 3463) in a reply, e.g. `5.1.1`, or null. */
export function enhancedStatus(reply: string | undefined | null): string | null {
  const match = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply ?? '');
  return match?.[1] ?? null;
}

/**
 * 5.1.x says the recipient's address is bad (no such mailbox, bad domain …) — except 5.1.7 and
 * 5.1.8, which are about the sender's address and must not suppress the recipient.
 */
export function isBadMailboxStatus(status: string | null): boolean {
  if (!status?.startsWith('5.1.')) return false;
  return status !== '5.1.7' && status !== '5.1.8';
}

export function classifySendError(error: unknown): SendOutcome {
  if (!(error instanceof SmtpSendError)) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'FAILED', reply: null, error: message, suppress: false, status: null };
  }
  const reply = error.response?.trim() ?? null;
  const code = error.responseCode;
  if (code !== undefined && code >= 500 && code < 600) {
    const status = enhancedStatus(reply);
    const aboutRecipient = error.command !== 'MAIL FROM';
    return {
      kind: 'FAILED',
      reply,
      error: `${error.command ?? 'SMTP'} refused: ${reply ?? error.message}`,
      suppress: aboutRecipient && isBadMailboxStatus(status),
      status,
    };
  }
  if (code !== undefined && code >= 400 && code < 500) {
    return { kind: 'RETRY', reply, error: `${error.command ?? 'SMTP'} deferred: ${reply}` };
  }
  if (error.dataSent) {
    return {
      kind: 'UNKNOWN',
      reply,
      error: `No reply after the message data was sent (${error.code}: ${error.message}); it may have been delivered`,
    };
  }
  return { kind: 'RETRY', reply, error: `${error.code}: ${error.message}` };
}

/** Whether the failure says the server is unreachable (worth pausing the job, not just one message). */
export function isConnectionFailure(error: unknown): boolean {
  return (
    error instanceof SmtpSendError &&
    error.responseCode === undefined &&
    !error.dataSent &&
    ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS'].includes(error.code)
  );
}

/** Exponential backoff with ±10 % jitter: base·2^(attempt-1), capped. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(raw * (0.9 + Math.random() * 0.2));
}
