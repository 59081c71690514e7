/**
 * How a finished message leaves the service. The rest of the code sees only
 * {@link MailTransport}; nodemailer over a pooled SMTP connection is the one we ship.
 */
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';

export interface OutgoingMessage {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Full Message-ID including angle brackets, fixed before the first attempt. */
  readonly messageId: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** SMTP envelope sender (Return-Path), e.g. a VERP bounce address. */
  readonly envelopeFrom?: string;
}

export interface SendResult {
  readonly messageId: string;
  /** The server's final reply, e.g. `250 2.0.0 OK`. */
  readonly response: string;
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<SendResult>;
  close(): Promise<void>;
}

export interface SmtpTransportOptions {
  /** Concurrent SMTP connections in the pool. */
  maxConnections?: number;
  /** Messages per second across the pool (nodemailer `rateDelta`/`rateLimit`). */
  ratePerSecond?: number;
}

export function createSmtpTransport(
  smtpUrl: string,
  options: SmtpTransportOptions = {},
): MailTransport {
  const url = new URL(smtpUrl);
  const transportOptions: SMTPPool.Options = {
    pool: true,
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25,
    secure: url.protocol === 'smtps:',
    maxConnections: options.maxConnections ?? 5,
    maxMessages: Number.POSITIVE_INFINITY,
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
    ...(options.ratePerSecond ? { rateDelta: 1000, rateLimit: options.ratePerSecond } : {}),
  };
  if (url.searchParams.get('tls') === 'insecure') {
    transportOptions.tls = { rejectUnauthorized: false };
  }
  // Japanese text in base64 is cheaper to compose than quoted-printable and safe for old gateways.
  const transporter = nodemailer.createTransport(transportOptions, { textEncoding: 'base64' });

  return {
    async send(message) {
      const info = await transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: message.messageId,
        headers: message.headers ? { ...message.headers } : {},
        ...(message.envelopeFrom
          ? { envelope: { from: message.envelopeFrom, to: message.to } }
          : {}),
      });
      return { messageId: info.messageId, response: info.response };
    },
    async close() {
      transporter.close();
    },
  };
}
