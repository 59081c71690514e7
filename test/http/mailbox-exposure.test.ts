/**
 * The local mailbox shows every e-mail, sign-in links included: it is served only by a server
 * other hosts cannot reach, so reaching the port is not enough to sign in as anyone.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { createSmtpTransport } from '../../src/mail/transport.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer } from '../helpers/server.js';

const LINK = 'http://localhost:4000/sign-in?token=mailbox-exposure-secret-token';
let database: TestDatabase;
let mailbox: LocalMailbox;
let messageId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await startLocalMailbox({
    dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-exposure-')),
  });
  const transport = createSmtpTransport(mailbox.smtpUrl);
  await transport.send({
    from: 'secretariat@tsunagari.example.jp',
    to: 'admin@secretariat.example.jp',
    subject: 'サインイン用リンク',
    text: `次のリンクからサインインしてください: ${LINK}`,
    html: `<p><a href="${LINK}">サインイン</a></p>`,
    messageId: '<mailbox-exposure@tsunagari.example.jp>',
  });
  await transport.close();
  const [message] = await mailbox.list();
  messageId = message?.id ?? '';
});

afterAll(async () => {
  await mailbox?.stop();
});

const pages = () => ['/mailbox', `/mailbox/${messageId}`, `/mailbox/${messageId}/raw`];

describe('/mailbox', () => {
  it('is served on a loopback-only server (the default HOST)', async () => {
    const server = await startTestServer({ db: database.db, mailbox });
    const message = await fetch(`${server.url}/mailbox/${messageId}`);
    expect(message.status).toBe(200);
    expect(await message.text()).toContain('mailbox-exposure-secret-token');
  });

  it.each([
    ['HOST=0.0.0.0', { HOST: '0.0.0.0' }],
    ['a public HOST', { HOST: '192.0.2.10' }],
    ['a proxy in front (TRUST_PROXY)', { TRUST_PROXY: '1' }],
    ['MAILBOX=off', { MAILBOX: 'off' }],
  ])('is not served with %s, and no sign-in link leaks', async (_, env) => {
    const server = await startTestServer({ db: database.db, mailbox, env });
    for (const page of pages()) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('mailbox-exposure-secret-token');
    }
  });

  it('is served on a public HOST only when MAILBOX=unsafe-public says so', async () => {
    const server = await startTestServer({
      db: database.db,
      mailbox,
      env: { HOST: '0.0.0.0', MAILBOX: 'unsafe-public' },
    });
    expect((await fetch(`${server.url}/mailbox`)).status).toBe(200);
  });
});
