/**
 * The SMTP sink as its own process, so a worker under test can be killed without touching the
 * server it sends to:
 *   node --import tsx test/helpers/mail/smtp-sink-process.ts   (with an IPC channel)
 * Settings come as JSON in SINK_SETTINGS (`delayMs` before each 250). It reports over IPC:
 * `listening {port}`, then `connect`, `close`, `mailFrom` and `message` events.
 */
import { startSmtpSink } from './smtp-sink.js';

const settings = JSON.parse(process.env.SINK_SETTINGS ?? '{}') as { delayMs?: number };
const send = (message: unknown) => process.send?.(message);
const sink = await startSmtpSink({
  events: {
    connect: (session) => send({ event: 'connect', session }),
    close: (session) => send({ event: 'close', session }),
    mailFrom: (session, address) => send({ event: 'mailFrom', session, address }),
    message: (m) =>
      send({ event: 'message', to: m.to, messageId: m.messageId, envelopeFrom: m.envelopeFrom }),
  },
});
sink.behave(() => ({ kind: 'accept', delayMs: settings.delayMs ?? 0 }));
send({ event: 'listening', port: sink.port });
process.on('disconnect', () => process.exit(0));
