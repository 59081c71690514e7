/**
 * `mailings send --worker` with DKIM configured, against a real SMTP server: the worker in the
 * CLI process sends what is in the queue — the mailing and any transactional mail waiting
 * there (a sign-in link, a test send) — and every message a recipient receives is DKIM-signed
 * with the configured key and verifies (mailauth, the selector's key served by a stub DNS).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { requestSignInLink } from '../../src/modules/accounts/sign-in.js';
import { createMailing, sendTestMailing } from '../../src/modules/mailings/mailing.service.js';
import { cli, scratchDir } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { testDkimKey, verifyDkim } from '../helpers/dkim.js';
import { addOrganization, audienceOf, contentFor } from '../helpers/mail/harness.js';
import { type ReceivedMessage, type SmtpSink, startSmtpSink } from '../helpers/mail/smtp-sink.js';

const DKIM = testDkimKey('cli2026');
const SECRET_KEY = randomBytes(32).toString('base64');
const SENDER = 'sender@example.go.jp';
const TESTER = 'tester@cli-dkim.example.jp';
const RECIPIENTS = ['r1@cli-dkim.example.jp', 'r2@cli-dkim.example.jp'];

let database: TestDatabase;
let sink: SmtpSink;
let env: Record<string, string>;

/** The DKIM signatures of a received message: whether each passes, and its domain. */
async function signaturesOf(message: ReceivedMessage) {
  const results = await verifyDkim(message, DKIM);
  return results.map((r) => ({ result: r.status.result, domain: r.signingDomain }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
  afterAll(() => sink.stop());
  env = {
    DATA_DIR: await scratchDir(),
    SMTP_URL: sink.url,
    SECRET_KEY,
    MAIL_FROM: '孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>',
    PUBLIC_URL: 'https://tsunagari.example.jp',
    DKIM_DOMAIN: DKIM.domain,
    DKIM_SELECTOR: DKIM.selector,
    DKIM_PRIVATE_KEY: DKIM.privateKeyPem,
  };
  const created = await cli(
    database.url,
    ['accounts', 'create', '--email', SENDER, '--name', '送信 担当', '--role', 'secretariat-staff'],
    { env },
  );
  expect(created.code).toBe(0);
});

describe('mailings send --worker with DKIM configured', () => {
  it('signs the mailing and the transactional mail waiting in the queue (sign-in link, test send)', async () => {
    const config = loadConfig({ NODE_ENV: 'test', ...env });
    const account = await database.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', SENDER)
      .executeTakeFirstOrThrow();
    const ctx = {
      db: database.db,
      viewer: {
        kind: 'SECRETARIAT' as const,
        accountId: account.id,
        sessionId: randomUUID(),
        role: 'SECRETARIAT_STAFF' as const,
      },
      requestId: `test-${randomUUID()}`,
      config,
    };
    const org = await addOrganization(database.db, { contacts: RECIPIENTS });
    const mailing = await createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NEWSLETTER',
        contentJson: contentFor('NEWSLETTER'),
        audience: audienceOf([org.id]),
      },
      ctx.config,
    );
    // Waiting in the queue when the CLI's worker starts: no service worker is running.
    await sendTestMailing(ctx.db, ctx, { mailingId: mailing.id, addresses: [TESTER] }, ctx.config);
    await requestSignInLink(
      database.db,
      { viewer: { kind: 'ANONYMOUS' }, requestId: ctx.requestId },
      { email: SENDER, clientIp: '127.0.0.1' },
      config,
      Buffer.from(SECRET_KEY, 'utf8'),
    );

    const result = await cli(
      database.url,
      ['mailings', 'send', mailing.id, '--as', SENDER, '--worker'],
      { env },
    );
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);

    const received = sink.accepted();
    const verdicts = await Promise.all(
      received.map(async (message) => ({ to: message.to, dkim: await signaturesOf(message) })),
    );
    verdicts.sort((a, b) => a.to.localeCompare(b.to));
    expect(verdicts).toEqual(
      [...RECIPIENTS, SENDER, TESTER]
        .sort((a, b) => a.localeCompare(b))
        .map((address) => ({ to: address, dkim: [{ result: 'pass', domain: DKIM.domain }] })),
    );
    // The sign-in link was made with the configured secret key (the worker re-derives it).
    const signIn = received.find((m) => m.to === SENDER) as ReceivedMessage;
    expect((await sink.parse(signIn)).text).toContain(
      'https://tsunagari.example.jp/sign-in?token=',
    );
  });
});
