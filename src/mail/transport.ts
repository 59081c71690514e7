/**
 * How a finished message leaves the service. The rest of the code sees only
 * {@link MailTransport}; SMTP over pooled connections is the one we ship:
 *
 * - `send` composes a message with nodemailer (transactional mail, sign-in links);
 * - `sendRaw` hands over an already composed message (the mail engine composes each message
 *   from parts encoded once per mailing) over a small pool of nodemailer `SMTPConnection`s
 *   that this module drives itself, so it knows exactly how far a message got when something
 *   fails: before the message data was complete (never accepted — safe to retry) or after
 *   (the server may have accepted it — see {@link SmtpSendError.dataSent}). It never resends
 *   a message whose data went out.
 */
import { Readable, type Transform } from 'node:stream';
import nodemailer from 'nodemailer';
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';
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

/** A message composed by the caller, sent as is. */
export interface RawOutgoingMessage {
  /** SMTP envelope: the sender (Return-Path, e.g. VERP) and the one recipient. */
  readonly envelope: { readonly from: string; readonly to: string };
  /** The whole RFC 5322 message: headers, blank line, body; CRLF line ends. */
  readonly raw: Buffer;
  /**
   * When given, the message data is withheld until this settles: the SMTP transaction (MAIL,
   * RCPT, DATA) runs meanwhile, and the data follows only once it resolves true. False or a
   * rejection withdraws the message: the connection is dropped before the terminating ".", so
   * the server cannot have accepted it, and `sendRaw` rejects with {@link MessageWithdrawn}.
   * (The mail engine records "this attempt may be on the wire" meanwhile.)
   */
  readonly ready?: Promise<boolean>;
}

/** {@link RawOutgoingMessage.ready} withdrew the message: nothing was accepted. */
export class MessageWithdrawn extends Error {
  override name = 'MessageWithdrawn';
}

export interface SendResult {
  readonly messageId: string;
  /** The server's final reply, e.g. `250 2.0.0 OK`. */
  readonly response: string;
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<SendResult>;
  /**
   * Sends a composed message to its one envelope recipient.
   * @throws SmtpSendError describing the server's reply or the network failure
   */
  sendRaw(message: RawOutgoingMessage): Promise<Omit<SendResult, 'messageId'>>;
  close(): Promise<void>;
}

/** A failed {@link MailTransport.sendRaw}: the server's reply, or a network failure. */
export class SmtpSendError extends Error {
  override name = 'SmtpSendError';
  /** nodemailer's error code, e.g. `EENVELOPE`, `EMESSAGE`, `ECONNECTION`, `ETIMEDOUT`. */
  readonly code: string;
  /** The server's reply code, when the server answered (e.g. 451, 550). */
  readonly responseCode: number | undefined;
  /** The server's reply, e.g. `550 5.1.1 No such user`. */
  readonly response: string | undefined;
  /** The SMTP command that failed, e.g. `RCPT TO`, `DATA`, `CONN`. */
  readonly command: string | undefined;
  /**
   * True when the whole message had been handed to the connection before the failure. With no
   * reply from the server, such a message may have been accepted: do not resend it blindly.
   */
  readonly dataSent: boolean;

  constructor(
    cause: Error & { code?: string; responseCode?: number; response?: string; command?: string },
    dataSent: boolean,
  ) {
    super(cause.message, { cause });
    this.code = cause.code ?? 'EUNKNOWN';
    this.responseCode = typeof cause.responseCode === 'number' ? cause.responseCode : undefined;
    this.response = cause.response;
    this.command = cause.command;
    this.dataSent = dataSent;
  }
}

export interface SmtpTransportOptions {
  /** Concurrent SMTP connections, per pool (`send` and `sendRaw` each have one). */
  maxConnections?: number;
  /** Messages per second across the `send` pool (nodemailer `rateDelta`/`rateLimit`). */
  ratePerSecond?: number;
  /** Give up on a silent server after this long (ms); default 60 s. */
  socketTimeoutMs?: number;
  /** DKIM key for messages composed by `send` (the mail engine signs its own). */
  dkim?: { domainName: string; keySelector: string; privateKey: string };
}

export function createSmtpTransport(
  smtpUrl: string,
  options: SmtpTransportOptions = {},
): MailTransport {
  const url = new URL(smtpUrl);
  const connection = {
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25,
    secure: url.protocol === 'smtps:',
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: options.socketTimeoutMs ?? 60_000,
    ...(url.searchParams.get('tls') === 'insecure' ? { tls: { rejectUnauthorized: false } } : {}),
  };
  const auth = url.username
    ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    : undefined;
  const maxConnections = options.maxConnections ?? 5;
  const transportOptions: SMTPPool.Options = {
    pool: true,
    ...connection,
    maxConnections,
    maxMessages: Number.POSITIVE_INFINITY,
    ...(auth ? { auth } : {}),
    ...(options.ratePerSecond ? { rateDelta: 1000, rateLimit: options.ratePerSecond } : {}),
    ...(options.dkim ? { dkim: options.dkim } : {}),
  };
  // Japanese text in base64 is cheaper to compose than quoted-printable and safe for old gateways.
  const transporter = nodemailer.createTransport(transportOptions, { textEncoding: 'base64' });
  const rawPool = new RawSmtpPool({ ...connection }, auth, maxConnections);

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
    sendRaw: (message) => rawPool.send(message),
    async close() {
      transporter.close();
      rawPool.close();
    },
  };
}

type ConnectionOptions = ConstructorParameters<typeof SMTPConnection>[0];
type NodemailerError = Error & {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
};

interface PooledConnection {
  readonly connection: SMTPConnection;
  /** The message being sent needs no dot-stuffing or line-end repair ({@link isDataClean}). */
  clean: boolean;
  /** Messages sent over it (a reused connection may have been dropped by the server idle). */
  messages: number;
  broken: boolean;
  /** No longer counted as open (closed, failed, or dropped by the server). */
  retired: boolean;
}

/**
 * A fixed-size pool of SMTP connections for composed messages. One message per connection at a
 * time; a connection is reset after a refused message and dropped after any other failure.
 */
class RawSmtpPool {
  private readonly idle: PooledConnection[] = [];
  private readonly waiting: (() => void)[] = [];
  private open = 0;
  private closed = false;

  constructor(
    private readonly options: NonNullable<ConnectionOptions>,
    private readonly auth: { user: string; pass: string } | undefined,
    private readonly maxConnections: number,
  ) {}

  async send(message: RawOutgoingMessage): Promise<{ response: string }> {
    for (let attempt = 0; ; attempt++) {
      const pooled = await this.acquire();
      const reused = pooled.messages > 0;
      try {
        const response = await this.sendOn(pooled, message);
        return { response };
      } catch (error) {
        // A server may close a connection that sat idle; if not a byte of this message went out
        // and the server said nothing, the message can go out over a fresh connection once.
        if (
          error instanceof SmtpSendError &&
          reused &&
          attempt === 0 &&
          !error.dataSent &&
          error.responseCode === undefined
        ) {
          continue;
        }
        throw error;
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const pooled of this.idle.splice(0)) this.discard(pooled, true);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async acquire(): Promise<PooledConnection> {
    for (;;) {
      if (this.closed) throw new SmtpSendError(poolClosedError(), false);
      const idle = this.idle.pop();
      if (idle) return idle;
      if (this.open < this.maxConnections) {
        this.open++;
        try {
          return await this.connect();
        } catch (error) {
          throw new SmtpSendError(error as NodemailerError, false);
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private connect(): Promise<PooledConnection> {
    return new Promise((resolve, reject) => {
      const connection = new SMTPConnection(this.options);
      const pooled: PooledConnection = {
        connection,
        clean: false,
        messages: 0,
        broken: false,
        retired: false,
      };
      passCleanData(pooled);
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        this.discard(pooled);
        reject(error);
      };
      // Errors also reach the callback of whatever was in flight; this keeps them from being
      // unhandled and marks the connection as unusable.
      connection.on('error', (error: Error) => {
        pooled.broken = true;
        fail(error);
      });
      connection.once('end', () => {
        pooled.broken = true;
        // Closed by the server while idle: forget it. While in use, the send callback does.
        if (this.idle.includes(pooled)) this.retire(pooled);
        fail(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }));
      });
      connection.connect((error) => {
        if (error) return fail(error);
        if (!this.auth) {
          settled = true;
          return resolve(pooled);
        }
        connection.login(this.auth, (loginError) => {
          if (loginError) return fail(loginError);
          settled = true;
          resolve(pooled);
        });
      });
    });
  }

  private sendOn(pooled: PooledConnection, message: RawOutgoingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      // The connection reads the message only after the server accepted MAIL, RCPT and DATA;
      // the terminating "." follows the end of this stream. So if this stream has not ended,
      // the server cannot have accepted the message.
      let dataSent = false;
      let pushed = false;
      let withdrawn = false;
      const stream = new Readable({
        read() {
          if (pushed) return;
          pushed = true;
          if (!message.ready) {
            this.push(message.raw);
            this.push(null);
            return;
          }
          message.ready.then(
            (go) => {
              if (go) {
                this.push(message.raw);
                this.push(null);
              } else {
                withdrawn = true;
                this.destroy(new MessageWithdrawn('The message was withdrawn before its data'));
              }
            },
            (error: unknown) => {
              withdrawn = true;
              this.destroy(new MessageWithdrawn('The message was withdrawn', { cause: error }));
            },
          );
        },
      });
      stream.once('end', () => {
        dataSent = true;
      });
      const { connection } = pooled;
      pooled.clean = isDataClean(message.raw);
      connection.send(
        { from: message.envelope.from, to: [message.envelope.to] },
        stream,
        (error, info) => {
          pooled.messages++;
          if (!error) {
            this.release(pooled);
            resolve(info.response);
            return;
          }
          if (withdrawn) {
            // Mid-DATA: only dropping the connection keeps the server from accepting it.
            this.discard(pooled);
            reject(new MessageWithdrawn('The message was withdrawn before its data'));
            return;
          }
          const failure = new SmtpSendError(error as NodemailerError, dataSent);
          const refused =
            (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE') &&
            failure.responseCode !== undefined &&
            failure.responseCode !== 421 &&
            !pooled.broken;
          if (refused) {
            // The server refused this message; the session is fine once reset.
            connection.reset((resetError) => {
              if (resetError) this.discard(pooled);
              else this.release(pooled);
            });
          } else {
            this.discard(pooled);
          }
          reject(failure);
        },
      );
    });
  }

  private release(pooled: PooledConnection): void {
    if (this.closed || pooled.broken) {
      this.discard(pooled);
      return;
    }
    this.idle.push(pooled);
    this.wakeOne();
  }

  /** Closes a connection (politely with QUIT when `quit`) and stops counting it. */
  private discard(pooled: PooledConnection, quit = false): void {
    pooled.broken = true;
    if (quit) pooled.connection.quit();
    else pooled.connection.close();
    this.retire(pooled);
  }

  private retire(pooled: PooledConnection): void {
    if (pooled.retired) return;
    pooled.retired = true;
    const index = this.idle.indexOf(pooled);
    if (index >= 0) this.idle.splice(index, 1);
    this.open--;
    this.wakeOne();
  }

  private wakeOne(): void {
    this.waiting.shift()?.();
  }
}

/**
 * Whether a message can go into DATA as it is: CRLF line ends only (no bare CR or LF) and no
 * line starting with "." — what nodemailer's DataStream would otherwise fix byte by byte.
 * Composed messages (headers, base64 lines, MIME boundaries) always are; checking costs a few
 * native `indexOf` calls per line, about a sixth of the byte-by-byte scan.
 */
export function isDataClean(raw: Buffer): boolean {
  if (raw.length === 0 || raw[0] === 0x2e) return false;
  let lines = 0;
  for (let i = raw.indexOf(0x0a); i >= 0; i = raw.indexOf(0x0a, i + 1)) {
    if (raw[i - 1] !== 0x0d || raw[i + 1] === 0x2e) return false;
    lines++;
  }
  let returns = 0;
  for (let i = raw.indexOf(0x0d); i >= 0; i = raw.indexOf(0x0d, i + 1)) returns++;
  return returns === lines;
}

type DataStreamInternals = Transform & {
  inByteCount: number;
  outByteCount: number;
  lastByte: number | false;
};

/**
 * Lets a clean message ({@link isDataClean}) through the connection's DataStream unscanned: its
 * transform passes the bytes on and keeps the counters its flush (the terminating ".") reads.
 * The DataStream is nodemailer's, created per message by the connection; if its shape is not
 * the expected one (another nodemailer version), the normal scan runs.
 */
function passCleanData(pooled: PooledConnection): void {
  const connection = pooled.connection as unknown as {
    _createSendStream?: (callback: unknown) => DataStreamInternals;
  };
  const create = connection._createSendStream;
  if (typeof create !== 'function') return;
  connection._createSendStream = (callback) => {
    const stream = create.call(connection, callback);
    if (pooled.clean && 'lastByte' in stream && 'outByteCount' in stream) {
      stream._transform = (chunk: Buffer, _encoding, done) => {
        stream.inByteCount += chunk.length;
        stream.outByteCount += chunk.length;
        if (chunk.length > 0) stream.lastByte = chunk[chunk.length - 1] ?? false;
        done(null, chunk);
      };
    }
    return stream;
  };
}

function poolClosedError(): NodemailerError {
  return Object.assign(new Error('The SMTP connection pool was closed'), { code: 'ECONNECTION' });
}
