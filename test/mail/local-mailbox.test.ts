import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailWorker } from '../../src/jobs/mail-worker.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { queueOutboundEmail } from '../../src/mail/outbound-email.js';
import { createSmtpTransport } from '../../src/mail/transport.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestMailWorker } from '../helpers/mail-worker.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const FROM = '官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>';
let database: TestDatabase;
let mailbox: LocalMailbox;
let mail: MailWorker;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-')) });
  mail = await startTestMailWorker({
    database,
    smtpUrl: mailbox.smtpUrl,
    publicUrl: 'http://localhost:4000',
    secretKey: randomBytes(32),
    mailFrom: FROM,
    overrides: { pollIntervalMs: 200 },
  });
  server = await startTestServer({ db: database.db, mailbox });
});

afterAll(async () => {
  await mail?.stop();
  await mailbox?.stop();
});

describe('local mailbox', () => {
  it('receives a queued message through the worker and the SMTP transport, and shows it on /mailbox', async () => {
    const id = await database.db.transaction().execute((trx) =>
      queueOutboundEmail(trx, FROM, {
        purpose: 'test',
        to: 'tanaka@demo.example.jp',
        subject: '【テスト】つながりの確認',
        html: '<p>こんにちは、<strong>つながり</strong>です。</p>',
        text: 'こんにちは、つながりです。',
      }),
    );

    const row = await waitFor(async () => {
      const email = await database.db
        .selectFrom('outbound_emails')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return email.status === 'SENT' ? email : undefined;
    });
    expect(row.attempts).toBe(1);

    const [received] = await mailbox.list();
    expect(received).toMatchObject({
      subject: '【テスト】つながりの確認',
      envelopeTo: ['tanaka@demo.example.jp'],
      messageId: row.message_id,
    });
    if (!received) throw new Error('nothing received');

    const list = await (await fetch(`${server.url}/mailbox`)).text();
    expect(list).toContain('【テスト】つながりの確認');
    expect(list).toContain(`/mailbox/${received.id}`);

    const detail = await (await fetch(`${server.url}/mailbox/${received.id}`)).text();
    expect(detail).toContain('こんにちは、つながりです。'); // text part
    expect(detail).toContain(`src="/mailbox/${received.id}/html"`); // HTML part, in a sandboxed frame
    const htmlPart = await (await fetch(`${server.url}/mailbox/${received.id}/html`)).text();
    expect(htmlPart).toContain('<strong>つながり</strong>');
    expect(detail).toContain('Message-ID');

    const raw = await fetch(`${server.url}/mailbox/${received.id}/raw`);
    expect(raw.headers.get('content-type')).toBe('message/rfc822');
    expect(await raw.text()).toContain(row.message_id);
  });

  it('refuses ids that are not its own (no path traversal)', async () => {
    expect((await fetch(`${server.url}/mailbox/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/mailbox/nope/raw`)).status).toBe(404);
  });
});

describe('local mailbox size limit', () => {
  it('refuses a message over the limit with 552 and keeps nothing of it', async () => {
    const small = await startLocalMailbox({
      dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-small-')),
      maxMessageBytes: 10_000,
    });
    const smtp = createSmtpTransport(small.smtpUrl);
    try {
      const send = (text: string) =>
        smtp.send({
          from: 'secretariat@tsunagari.example.jp',
          to: 'tanaka@demo.example.jp',
          subject: 'サイズ',
          text,
          html: `<p>${text}</p>`,
          messageId: `<${randomBytes(8).toString('hex')}@tsunagari.example.jp>`,
        });
      await expect(send('あ'.repeat(20_000))).rejects.toThrow(/552/);
      await send('小さなメッセージ');
      const kept = await small.list();
      expect(kept.map((m) => m.subject)).toEqual(['サイズ']);
    } finally {
      await smtp.close();
      await small.stop();
    }
  });
});
