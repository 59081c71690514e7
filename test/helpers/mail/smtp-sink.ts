/**
 * A real SMTP server (npm `smtp-server`) for the mail engine tests, scriptable per recipient:
 * accept, answer 4xx/5xx at RCPT, answer after DATA, drop the connection before or after the
 * message data, or delay. It can be stopped abruptly and started again on the same port.
 */
import type { Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export type Behaviour =
  | { kind: 'accept'; delayMs?: number }
  /** Refuse at RCPT TO with this reply, e.g. 451 4.3.0 or 550 5.1.1. */
  | { kind: 'rcpt'; code: number; message: string }
  /** Take the data, then answer with this (failure) reply. */
  | { kind: 'data'; code: number; message: string }
  /** Drop the connection at RCPT TO (before any data). */
  | { kind: 'drop-before-data' }
  /** Read the whole message, then drop the connection without a reply. */
  | { kind: 'drop-after-data' };

export interface ReceivedMessage {
  readonly envelopeFrom: string;
  readonly to: string;
  readonly raw: Buffer;
  readonly messageId: string;
  readonly at: number;
  /** Accepted with 250 (false: the data arrived but the client got no or a failure reply). */
  readonly accepted: boolean;
}

export interface SmtpSink {
  readonly port: number;
  readonly url: string;
  /** Messages whose data arrived, accepted or not. */
  readonly received: ReceivedMessage[];
  /** RCPT attempts per address (lower case). */
  readonly rcptAttempts: Map<string, number>;
  /** Decides how to treat a recipient (`attempt` counts from 1). Default: accept. */
  behave(script: (address: string, attempt: number) => Behaviour): void;
  accepted(): ReceivedMessage[];
  parse(message: ReceivedMessage): Promise<ParsedMail>;
  /** Closes the listener and kills every open connection at once. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/** What happens on the sink's connections, for a test that watches them from outside. */
export interface SinkEvents {
  connect?(sessionId: string): void;
  close?(sessionId: string): void;
  /** A transaction started: MAIL FROM with this envelope sender. */
  mailFrom?(sessionId: string, address: string): void;
  /** A message's data arrived and was accepted. */
  message?(message: ReceivedMessage): void;
}

export async function startSmtpSink(
  options: { port?: number; events?: SinkEvents } = {},
): Promise<SmtpSink> {
  const events = options.events ?? {};
  let script: (address: string, attempt: number) => Behaviour = () => ({ kind: 'accept' });
  const received: ReceivedMessage[] = [];
  const rcptAttempts = new Map<string, number>();
  const behaviours = new Map<string, Behaviour>(); // session id → behaviour of its recipient
  let server: SMTPServer;
  let port = options.port ?? 0;

  const socketOf = (session: SMTPServerSession): Socket | undefined => {
    for (const connection of (
      server as unknown as { connections: Set<{ id: string; _socket: Socket }> }
    ).connections) {
      if (connection.id === session.id) return connection._socket;
    }
    return undefined;
  };

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      size: 50 * 1024 * 1024,
      onConnect(session, callback) {
        events.connect?.(session.id);
        callback();
      },
      onClose(session) {
        events.close?.(session.id);
      },
      onMailFrom(address, session, callback) {
        events.mailFrom?.(session.id, address.address);
        callback();
      },
      onRcptTo(address, session, callback) {
        const key = address.address.toLowerCase();
        const attempt = (rcptAttempts.get(key) ?? 0) + 1;
        rcptAttempts.set(key, attempt);
        const behaviour = script(key, attempt);
        behaviours.set(session.id, behaviour);
        if (behaviour.kind === 'rcpt') {
          const error = Object.assign(new Error(behaviour.message), {
            responseCode: behaviour.code,
          });
          return callback(error);
        }
        if (behaviour.kind === 'drop-before-data') {
          socketOf(session)?.destroy();
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const behaviour = behaviours.get(session.id) ?? { kind: 'accept' };
          const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))?.[1] ?? '';
          const entry = (accepted: boolean): ReceivedMessage => ({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo[0]?.address ?? '',
            raw,
            messageId,
            at: Date.now(),
            accepted,
          });
          if (behaviour.kind === 'drop-after-data') {
            received.push(entry(false));
            socketOf(session)?.destroy();
            return;
          }
          if (behaviour.kind === 'data') {
            received.push(entry(false));
            return callback(
              Object.assign(new Error(behaviour.message), { responseCode: behaviour.code }),
            );
          }
          const finish = () => {
            const accepted = entry(true);
            received.push(accepted);
            events.message?.(accepted);
            callback(null, 'OK: queued');
          };
          if (behaviour.kind === 'accept' && behaviour.delayMs) {
            setTimeout(finish, behaviour.delayMs);
          } else {
            finish();
          }
        });
      },
    });

  const listen = async () => {
    server = create();
    server.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.server.address() as { port: number }).port;
  };
  await listen();

  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    received,
    rcptAttempts,
    behave(next) {
      script = next;
    },
    accepted: () => received.filter((m) => m.accepted),
    parse: (message) => simpleParser(message.raw),
    async stop() {
      const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
      for (const connection of (server as unknown as { connections: Set<{ _socket: Socket }> })
        .connections) {
        connection._socket.destroy();
      }
      await closed;
    },
    start: listen,
  };
}
