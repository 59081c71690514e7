/**
 * What the web app's browser tests share (test/web/*.test.ts): the real server over a cloned
 * demo database with the demo accounts and drafts, the local mailbox and a mail worker (so
 * sign-in links arrive as e-mail), the built app (web/dist), and Chromium.
 *
 *   const web = await startWebWorld();               // in beforeAll
 *   const page = await web.newPage();
 *   await web.signIn(page, web.demo.adminEmail);     // the real flow: form, e-mail, button
 *   await expect.poll(() => page.getByRole('heading', { name: 'ダッシュボード' }).isVisible()).toBe(true);
 *   await checkPage(page, 'admin-dashboard');        // axe + screenshots at 375/1280 px
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createMailWorker } from '../../src/jobs/mail-worker.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { type DemoAccounts, loadDemoAccounts } from '../../src/seed/demo-accounts.js';
import { loadDemoMailings } from '../../src/seed/demo-mailings.js';
import { expectNoOverflow, launchChromium } from '../helpers/chromium.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

/** Per page: script errors and Content-Security-Policy refusals seen so far (checkPage fails on them). */
const problems = new WeakMap<Page, string[]>();

/** The widths every screen is checked at: a phone and a desktop. */
export const WIDTHS = [375, 1280] as const;

export interface WebWorld {
  readonly database: TestDatabase;
  readonly server: TestServer;
  readonly mailbox: LocalMailbox;
  readonly browser: Browser;
  /** The demo sign-in addresses: adminEmail, staffEmail, member.email. */
  readonly demo: DemoAccounts;
  /** A page in a fresh browser context (no cookies), 1280 px wide. */
  newPage(): Promise<Page>;
  /**
   * Signs in through the real flow from wherever `page` is: when it is not on the sign-in
   * form yet it opens /sign-in; then requests a link, reads it from the mailbox, opens it and
   * presses the button. The browser ends where the server sends it (by role, or `next`).
   */
  signIn(page: Page, email: string): Promise<void>;
  /** The full URL of a path on the server. */
  url(pathname: string): string;
}

/** Call in `beforeAll` (give it 120 s: a cloned demo database and Chromium). */
export async function startWebWorld(): Promise<WebWorld> {
  // test/setup/global-setup.ts built web/dist once for the run when it was missing or stale.
  const secretKey = randomBytes(32);
  const database = await createTestDatabase({ demo: true });
  const config = loadConfig({ NODE_ENV: 'test' });
  const demo = await loadDemoAccounts(database.db);
  await loadDemoMailings(database.db, config);
  const mailbox = await startLocalMailbox({
    dir: await mkdtemp(path.join(os.tmpdir(), 'web-mailbox-')),
  });
  const server = await startTestServer({
    db: database.db,
    mailbox,
    secretKey,
    env: { SIGN_IN_LIMIT_PER_ADDRESS: '50', SIGN_IN_LIMIT_PER_IP: '1000' },
  });
  // The service's worker (src/jobs/mail-worker.ts), so sign-in links arrive as they would.
  const mail = await createMailWorker(
    loadConfig({
      NODE_ENV: 'test',
      MAIL_FROM: 'secretariat@tsunagari.example.jp',
      PUBLIC_URL: server.url,
    }),
    database.db,
    pino({ level: 'silent' }),
    {
      databaseUrl: database.url,
      smtpUrl: mailbox.smtpUrl,
      secretKey,
      concurrency: 2,
      pollIntervalMs: 100,
    },
  );
  const browser = await launchChromium();
  afterAll(async () => {
    await browser.close();
    await mail.stop();
    await mailbox.stop();
  });

  async function readSignInLink(email: string, before: number): Promise<string> {
    const message = await waitFor(async () => {
      const all = await mailbox.list();
      return all.length > before ? all[0] : undefined;
    });
    const parsed = await simpleParser((await mailbox.raw(message.id)) ?? '');
    const to = parsed.to && 'text' in parsed.to ? parsed.to.text : '';
    expect(to.toLowerCase()).toContain(email.toLowerCase());
    const link = /https?:\/\/\S+\/sign-in\?token=[A-Za-z0-9_%-]+/.exec(parsed.text ?? '');
    if (!link) throw new Error(`no sign-in link in:\n${parsed.text}`);
    return link[0];
  }

  return {
    database,
    server,
    mailbox,
    browser,
    demo,
    url: (pathname) => `${server.url}${pathname}`,
    async newPage() {
      const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      const page = await context.newPage();
      const seen: string[] = [];
      problems.set(page, seen);
      page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          seen.push(`CSP: ${message.text()}`);
        }
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      return page;
    },
    async signIn(page, email) {
      if (!new URL(page.url(), server.url).pathname.startsWith('/sign-in')) {
        await page.goto(`${server.url}/sign-in`);
      }
      await page.getByLabel('メールアドレス').fill(email);
      const before = (await mailbox.list()).length;
      await page.getByRole('button', { name: 'リンクを送る' }).click();
      await page.getByRole('heading', { name: 'メールを送信しました' }).waitFor();
      await page.goto(await readSignInLink(email, before));
      await Promise.all([
        page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
        page.getByRole('button', { name: 'サインインする' }).click(),
      ]);
    },
  };
}

/**
 * Checks the screen `page` shows: no script error or CSP refusal so far (pages from
 * WebWorld.newPage), no serious or critical axe violations, and at each of WIDTHS no horizontal
 * overflow (full-page screenshots in test-artifacts/screenshots/<shot>-<w>.png).
 * Leaves the page at 1280 px.
 */
export async function checkPage(page: Page, shot: string): Promise<void> {
  expect(problems.get(page) ?? [], `errors on ${shot}`).toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(serious, `axe violations on ${shot}`).toEqual([]);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoOverflow(page, shot, width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The path (with query) the page is on. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/**
 * Confirms the application of `email` as its applicant would: waits for the confirmation e-mail
 * to that address in the local mailbox and sends its token back (`confirmMembershipApplication`,
 * what the link's page does). Until then the application does not reach the secretariat.
 */
export async function confirmApplicationOf(web: WebWorld, email: string): Promise<void> {
  const token = await waitFor(async () => {
    for (const summary of await web.mailbox.list()) {
      const parsed = await simpleParser((await web.mailbox.raw(summary.id)) ?? '');
      const to = parsed.to && 'text' in parsed.to ? parsed.to.text : '';
      if (!to.toLowerCase().includes(email.toLowerCase())) continue;
      const found = /\/apply\/confirm\?token=([A-Za-z0-9_%-]+)/.exec(parsed.text ?? '')?.[1];
      if (found) return decodeURIComponent(found);
    }
    return undefined;
  });
  const { data } = await web.server.graphql<{
    confirmMembershipApplication: { __typename: string };
  }>(
    `mutation($token: String!) {
      confirmMembershipApplication(input: { token: $token }) { __typename }
    }`,
    { token },
  );
  expect(data?.confirmMembershipApplication.__typename).toBe('OrganizationPayload');
}
