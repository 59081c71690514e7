/**
 * A composed message's data can wait for a decision (the engine's "attempt started" write)
 * while its SMTP transaction opens: the server sees MAIL and RCPT at once but the message only
 * once the decision says go; a withdrawn message never reaches the server, and the pool goes
 * on sending over a fresh connection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSmtpTransport,
  type MailTransport,
  MessageWithdrawn,
} from '../../../src/mail/transport.js';
import { type SmtpSink, startSmtpSink } from '../../helpers/mail/smtp-sink.js';
import { sleep, waitFor } from '../../helpers/wait.js';

let sink: SmtpSink;
let transport: MailTransport;
const transactions: string[] = [];

beforeAll(async () => {
  sink = await startSmtpSink({ events: { mailFrom: (_, address) => transactions.push(address) } });
  transport = createSmtpTransport(sink.url, { maxConnections: 1 });
});
afterAll(async () => {
  await transport.close();
  await sink.stop();
});

const message = (id: string) => ({
  envelope: { from: `bounce-${id}@example.jp`, to: `${id}@example.jp` },
  raw: Buffer.from(
    `From: a@tsunagari.example.jp\r\nTo: ${id}@example.jp\r\nMessage-ID: <${id}@tsunagari.example.jp>\r\nSubject: t\r\n\r\nQUJD\r\n`,
  ),
});

function decision() {
  let decide: (go: boolean) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const ready = new Promise<boolean>((resolve, reject) => {
    decide = resolve;
    fail = reject;
  });
  return { ready, decide, fail };
}

const arrived = (id: string) => sink.received.some((m) => m.to === `${id}@example.jp`);

describe('message data held back until ready', () => {
  it('opens the transaction at once and sends the data once ready says go', async () => {
    const { ready, decide } = decision();
    const sending = transport.sendRaw({ ...message('go'), ready });
    await waitFor(async () => (transactions.includes('bounce-go@example.jp') ? true : undefined));
    // An absence (no data before the decision), so a fixed wait: the server has had time to
    // receive data had the client sent any.
    await sleep(100);
    expect(arrived('go')).toBe(false);
    decide(true);
    await expect(sending).resolves.toMatchObject({ response: expect.stringMatching(/^250/) });
    expect(arrived('go')).toBe(true);
  });

  it('a withdrawn message never reaches the server, and the next one goes out', async () => {
    for (const [id, withdraw] of [
      ['no', (d: ReturnType<typeof decision>) => d.decide(false)],
      ['error', (d: ReturnType<typeof decision>) => d.fail(new Error('database away'))],
    ] as const) {
      const d = decision();
      const sending = transport.sendRaw({ ...message(id), ready: d.ready });
      await waitFor(async () =>
        transactions.includes(`bounce-${id}@example.jp`) ? true : undefined,
      );
      withdraw(d);
      await expect(sending).rejects.toBeInstanceOf(MessageWithdrawn);
      await transport.sendRaw(message(`after-${id}`));
      expect(arrived(id)).toBe(false);
      expect(arrived(`after-${id}`)).toBe(true);
    }
  });
});
