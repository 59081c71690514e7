/**
 * The pages in a real browser: headless Chromium from Debian's `chromium` package, driven by
 * playwright-core (no browser download). For each kind of mail, the secretariat's preview page
 * and the public archive page (招集通知 are never public) are opened at 375 px and 1024 px: the
 * Japanese text must be visible and nothing may overflow horizontally. Full-page screenshots are
 * kept in test-artifacts/screenshots/<kind>-<page>-<width>.png.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleMeetingNotice,
  sampleNewsletter,
  sampleNotice,
  sampleVisitReport,
} from '../../src/mail/render/samples.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import type { MailingKind } from '../../src/modules/mailings/tables.js';
import { createUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  addOrganization,
  audienceOf,
  MAIL_FROM,
  PUBLIC_URL,
  secretariat,
  startTestWorker,
  waitForMailing,
} from '../mail/engine/helpers/harness.js';
import { type SmtpSink, startSmtpSink } from '../mail/engine/helpers/smtp-sink.js';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium) {
  console.warn(
    `\n*** test/browser/pages.test.ts SKIPPED: no Chromium at ${executablePath}. ` +
      'Install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH to a Chromium binary. ***\n',
  );
}

const SCREENSHOTS = path.resolve('test-artifacts/screenshots');
const WIDTHS = [375, 1024] as const;

/** Each kind with its content and a Japanese string its pages must show. */
const KINDS: { kind: MailingKind; slug: string; content: object; text: string; public: boolean }[] =
  [
    {
      kind: 'NEWSLETTER',
      slug: 'newsletters',
      content: sampleNewsletter,
      text: '孤独・孤立対策強化月間を振り返って',
      public: true,
    },
    {
      kind: 'VISIT_REPORT',
      slug: 'visit-reports',
      content: sampleVisitReport,
      text: '子ども食堂から広がる地域のつながり',
      public: true,
    },
    {
      kind: 'NOTICE',
      slug: 'notices',
      content: sampleNotice,
      text: '熱中症予防に関する御協力のお願い',
      public: true,
    },
    {
      kind: 'MEETING_NOTICE',
      slug: '',
      content: sampleMeetingNotice,
      text: '令和7年度第1回幹事会の開催について（通知）',
      public: false,
    },
  ];

describe.skipIf(!haveChromium)('pages in Chromium (375 px and 1024 px)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const ids = new Map<MailingKind, string>();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    database = await createTestDatabase();
    sink = await startSmtpSink();
    const secretKey = randomBytes(32);
    await startTestWorker(database.url, database.db, sink.url, { secretKey });
    server = await startTestServer({
      db: database.db,
      secretKey,
      env: { PUBLIC_URL, MAIL_FROM },
    });
    const { ctx } = await secretariat(database.db);
    const org = await addOrganization(database.db, { contacts: ['browser@pages.example.jp'] });
    for (const { kind, content, public: isPublic } of KINDS) {
      const mailing = await service.createMailing(ctx, {
        kind,
        contentJson: JSON.stringify(content),
        audience: audienceOf([org.id]),
        isPublic,
      });
      ids.set(kind, mailing.id);
      if (isPublic) {
        await service.sendMailing(ctx, { mailingId: mailing.id });
        await waitForMailing(database.db, mailing.id, ['SENT']);
      }
    }
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext();
    // Signed in as the secretariat, as a browser is: the session cookie.
    const staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
    await context.addCookies([{ name: 'tsunagari_session', value: staff.token, url: server.url }]);
    page = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `url` at `width`, checks the text and the width, keeps a screenshot. */
  async function check(url: string, width: number, text: string, shot: string) {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status(), url).toBe(200);
    await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
    // Evaluated in the page (a string: this file is compiled without the DOM types).
    const { scrollWidth, innerWidth } = await page.evaluate<{
      scrollWidth: number;
      innerWidth: number;
    }>('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })');
    await page.screenshot({ path: path.join(SCREENSHOTS, `${shot}-${width}.png`), fullPage: true });
    expect(scrollWidth, `${url} overflows at ${width}px`).toBeLessThanOrEqual(innerWidth);
  }

  for (const { kind, slug, text, public: isPublic } of KINDS) {
    const name = kind.toLowerCase().replace('_', '-');
    for (const width of WIDTHS) {
      it(`${kind}: preview at ${width}px`, async () => {
        await check(
          `${server.url}/mailings/${ids.get(kind)}/preview`,
          width,
          text,
          `${name}-preview`,
        );
        // The e-mail itself (in the preview's frame) shows the text too.
        const frame = page.frameLocator('iframe');
        await expect.poll(() => frame.getByText(text).first().isVisible()).toBe(true);
      });
      if (isPublic) {
        it(`${kind}: archive page at ${width}px`, async () => {
          await check(
            `${server.url}/archive/${slug}/${ids.get(kind)}`,
            width,
            text,
            `${name}-archive`,
          );
          await expect.poll(() => page.getByText('アーカイブ').first().isVisible()).toBe(true);
        });
      }
    }
  }

  for (const width of WIDTHS) {
    it(`archive list at ${width}px`, async () => {
      await check(
        `${server.url}/archive`,
        width,
        '子ども食堂から広がる地域のつながり',
        'list-archive',
      );
    });
  }
});
