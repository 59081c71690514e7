/**
 * The DATA fast path of the raw SMTP pool: a clean composed message goes to the server byte
 * for byte without nodemailer's dot-stuffing scan; anything else (a line starting with ".",
 * a bare LF or CR) still gets the scan — a lone "." line must not end the data early.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSmtpTransport,
  isDataClean,
  type MailTransport,
} from '../../../src/mail/transport.js';
import { type SmtpSink, startSmtpSink } from '../../helpers/mail/smtp-sink.js';

let sink: SmtpSink;
let transport: MailTransport;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = createSmtpTransport(sink.url, { maxConnections: 2 });
});
afterAll(async () => {
  await transport.close();
  await sink.stop();
});

const head = (id: string) =>
  `From: a@tsunagari.example.jp\r\nTo: b@example.jp\r\nMessage-ID: <${id}@tsunagari.example.jp>\r\nSubject: t\r\n\r\n`;

async function sendAndReceive(id: string, body: string): Promise<string> {
  const raw = Buffer.from(head(id) + body, 'latin1');
  await transport.sendRaw({ envelope: { from: 'bounce@example.jp', to: 'b@example.jp' }, raw });
  const received = sink.received.find((m) => m.messageId === `<${id}@tsunagari.example.jp>`);
  if (!received) throw new Error('not received');
  return received.raw.toString('latin1');
}

describe('DATA of composed messages', () => {
  it('tells clean messages from ones that need the scan', () => {
    expect(isDataClean(Buffer.from('A: b\r\n\r\nQUJD\r\nREVG\r\n'))).toBe(true);
    expect(isDataClean(Buffer.from('A: b\r\n\r\n.QUJD\r\n'))).toBe(false);
    expect(isDataClean(Buffer.from('.A: b\r\n'))).toBe(false);
    expect(isDataClean(Buffer.from('A: b\n\r\nx\r\n'))).toBe(false);
    expect(isDataClean(Buffer.from('A: b\r\n\rx\r\n'))).toBe(false);
    expect(isDataClean(Buffer.from('A: b\r\n\r\nx\r'))).toBe(false);
  });

  it('a clean message arrives byte for byte', async () => {
    const body = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\r\n'.repeat(3000)}--b--\r\n`;
    const received = await sendAndReceive('clean', body);
    expect(received).toBe(head('clean') + body);
  });

  it('a message with dot lines and bare line ends is still stuffed and repaired', async () => {
    const body = 'first\r\n.\r\nafter a lone dot\r\n..two dots\r\nbare\nline end\r\n';
    const received = await sendAndReceive('dirty', body);
    // The server removed the stuffing again: the lines are as written, nothing cut off.
    expect(received).toBe(
      `${head('dirty')}first\r\n.\r\nafter a lone dot\r\n..two dots\r\nbare\r\nline end\r\n`,
    );
  });
});
