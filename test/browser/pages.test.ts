import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MailingKind } from '../../src/db/tables/mailings.js';
import {
  sampleMeetingNotice,
  sampleNewsletter,
  sampleNotice,
  sampleVisitReport,
} from '../../src/mail/render/samples.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import type { TestUser } from '../helpers/accounts.js';
import { expectNoOverflow, haveChromium, openContext } from '../helpers/chromium.js';
import type { TestDatabase } from '../helpers/database.js';
import {
  addOrganization,
  audienceOf,
  secretariat,
  waitForMailing,
} from '../helpers/mail/harness.js';
import { startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';

const chromiumReady = haveChromium('test/browser/pages.test.ts');
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

describe.skipIf(!chromiumReady)('pages in Chromium (375 px and 1024 px)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  const ids = new Map<MailingKind, string>();

  beforeAll(async () => {
    let staff: TestUser;
    ({ database, server, staff } = await startMailWorld());
    const { ctx } = await secretariat(database.db);
    const org = await addOrganization(database.db, { contacts: ['browser@pages.example.jp'] });
    for (const { kind, content, public: isPublic } of KINDS) {
      const mailing = await service.createMailing(
        ctx.db,
        ctx,
        {
          kind,
          contentJson: JSON.stringify(content),
          audience: audienceOf([org.id]),
          isPublic,
        },
        ctx.config,
      );
      ids.set(kind, mailing.id);
      if (isPublic) {
        await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
        await waitForMailing(database.db, mailing.id, ['SENT']);
      }
    }
    context = await openContext();
    // Signed in as the secretariat, as a browser is: the session cookie.
    await context.addCookies([{ name: 'tsunagari_session', value: staff.token, url: server.url }]);
    page = await context.newPage();
  }, 90_000);

  /** Opens `url` at `width`, checks the text and the width, keeps a screenshot. */
  async function check(url: string, width: number, text: string, shot: string) {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status(), url).toBe(200);
    await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
    await expectNoOverflow(page, shot, width);
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
