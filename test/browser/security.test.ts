/**
 * The security headers in a real browser: the GraphQL IDE still works under its policy, the
 * sign-in button still signs in (Referrer-Policy: no-referrer, checked origin), pages cannot be
 * framed by another site, and the mailbox shows a message in its frame.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/auth/tokens.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { createSmtpTransport } from '../../src/mail/transport.js';
import { signInToken } from '../../src/modules/accounts/sign-in.js';
import { createUser } from '../helpers/accounts.js';
import { haveChromium, openContext, SCREENSHOTS } from '../helpers/chromium.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const chromiumReady = haveChromium('test/browser/security.test.ts');
const secretKey = randomBytes(32);

describe.skipIf(!chromiumReady)('security headers in Chromium', () => {
  let database: TestDatabase;
  let server: TestServer;
  let mailbox: LocalMailbox;
  let page: Page;
  /** Console messages and page errors about the Content-Security-Policy. */
  const violations: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'sec-')) });
    server = await startTestServer({ db: database.db, secretKey, mailbox });
    page = await (await openContext()).newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    page.on('pageerror', (error) => violations.push(String(error)));
  }, 90_000);

  afterAll(async () => {
    await mailbox?.stop();
  });

  it('the GraphQL IDE loads and runs a query under its policy', async () => {
    violations.length = 0;
    await page.goto(`${server.url}/graphql`, { waitUntil: 'load' });
    // Monaco is a 3 MB bundle with three workers: seconds on a loaded 2-core machine.
    await page.locator('.graphiql-container').first().waitFor({ timeout: 45_000 });
    // The execute button runs what the editor holds: wait until Monaco shows the default query
    // (a click before that ran nothing, and the response stayed empty on a loaded machine).
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 45_000 })
      .toContain('membershipStats');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 45_000 })
      .toContain('membershipStats');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-csp.png') });
    expect(violations).toEqual([]);
  }, 150_000);

  it('the sign-in button signs in from our own page', async () => {
    violations.length = 0;
    const user = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
    const id = randomUUID();
    const token = signInToken(secretKey, id);
    await database.db
      .insertInto('sign_in_tokens')
      .values({
        id,
        account_id: user.accountId,
        token_hash: sha256(token),
        expires_at: sql<Date>`now() + interval '15 minutes'`,
      })
      .execute();
    const landing = await page.goto(`${server.url}/sign-in?token=${encodeURIComponent(token)}`);
    expect(landing?.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByRole('button', { name: 'サインインする' }).click();
    // Signed in, the staff member lands on the console.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/');
    const cookies = await page.context().cookies(server.url);
    expect(cookies.some((c) => c.name === 'tsunagari_session')).toBe(true);
    expect(violations).toEqual([]);
  });

  it('another site cannot frame a page', async () => {
    // A page of another origin (127.0.0.1 vs localhost) framing the sign-in page.
    const other = server.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${other}/no-such-page`);
    await page.setContent(
      `<iframe src="${server.url}/sign-in" width="600" height="400"></iframe>`,
      { waitUntil: 'load' },
    );
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(await frame?.content().catch(() => '')).not.toContain('メールアドレス');
  });

  it('the mailbox shows a message inside its frame', async () => {
    violations.length = 0;
    const transport = createSmtpTransport(mailbox.smtpUrl);
    await transport.send({
      from: 'secretariat@tsunagari.example.jp',
      to: 'someone@example.jp',
      subject: 'フレームの確認',
      text: 'テキスト',
      html: '<p style="color:#036">フレームの中の本文です</p>',
      messageId: '<frame-check@tsunagari.example.jp>',
    });
    await transport.close();
    const [message] = await mailbox.list();
    await page.goto(`${server.url}/mailbox/${message?.id}`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.getByText('フレームの中の本文です').isVisible()).toBe(true);
  });
});
