/**
 * The screenshots in docs/ (docs/images/*.png): the main screens of the console, the 会員ページ
 * and the application form, as `npm start` serves them with the demo data, taken by Debian's
 * Chromium at 1280 px (and a few at 375 px). Re-run after a visible change:
 *
 *   npm run docs:screenshots
 *
 * It starts the service in this process on a throw-away embedded Postgres (like bench/web.ts)
 * and signs in by creating sessions directly, so no e-mail round trip is needed.
 */

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { benchDatabase } from '../../bench/common.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { SESSION_COOKIE } from '../../src/modules/accounts/authenticate.js';
import { createSession } from '../../src/modules/accounts/sessions.js';
import { launchChromium } from '../helpers/chromium.js';

const OUT = path.resolve('docs/images');

interface Shot {
  readonly file: string;
  readonly path: string;
  readonly as: 'admin' | 'member' | 'anonymous';
  /** What must be on screen before the picture is taken. */
  readonly ready: (page: Page) => Promise<unknown>;
  readonly width?: number;
  /** Taller than the 800 px default where the point of the screen is further down. */
  readonly height?: number;
}

const heading = (name: string) => (page: Page) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

const SHOTS: Shot[] = [
  {
    file: 'console-dashboard',
    path: '/admin/',
    as: 'admin',
    ready: (p) => p.getByTestId('count').first().waitFor(),
  },
  {
    file: 'console-dashboard-375',
    path: '/admin/',
    as: 'admin',
    ready: (p) => p.getByTestId('count').first().waitFor(),
    width: 375,
  },
  {
    file: 'console-mailings',
    path: '/admin/mailings',
    as: 'admin',
    ready: (p) => p.locator('tbody tr').first().waitFor(),
  },
  {
    file: 'console-notice-editor',
    path: '/admin/mailings/new/notice',
    as: 'admin',
    ready: heading('事務連絡を作成'),
  },
  {
    file: 'console-mailing',
    path: 'NOTICE',
    as: 'admin',
    ready: (p) => p.getByTestId('approval-state').waitFor(),
    height: 1300,
  },
  {
    file: 'console-register',
    path: '/admin/register',
    as: 'admin',
    ready: (p) => p.locator('tbody tr').first().waitFor(),
    height: 1500,
  },
  {
    file: 'console-applications',
    path: '/admin/register?view=applications',
    as: 'admin',
    ready: heading('入会申請'),
  },
  { file: 'console-meetings', path: '/admin/meetings', as: 'admin', ready: heading('会議') },
  { file: 'console-replies', path: '/admin/replies', as: 'admin', ready: heading('返信') },
  { file: 'console-settings', path: '/admin/settings', as: 'admin', ready: heading('管理') },
  { file: 'member-organization', path: '/member/', as: 'member', ready: heading('団体情報') },
  {
    file: 'member-organization-375',
    path: '/member/',
    as: 'member',
    ready: heading('団体情報'),
    width: 375,
  },
  {
    file: 'member-working-groups',
    path: '/member/working-groups',
    as: 'member',
    ready: heading('分科会'),
  },
  {
    file: 'member-notices',
    path: '/member/notices',
    as: 'member',
    ready: heading('事務連絡・会議'),
  },
  { file: 'apply', path: '/apply', as: 'anonymous', ready: heading('入会申請') },
];

const database = await benchDatabase();
const config = loadConfig({
  DATABASE_URL: database.url,
  PORT: '0',
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  ROLES: 'api',
  NODE_ENV: 'development',
  DATA_DIR: path.resolve('.data/docs-screenshots'),
});
const app = await startApp(config, pino({ level: 'error' }));
const base = app.httpUrl ?? '';
const accountId = async (email: string | undefined) =>
  (
    await app.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', email ?? '')
      .executeTakeFirstOrThrow()
  ).id;
const accounts = {
  admin: await accountId(app.demoAccounts?.adminEmail),
  member: await accountId(app.demoAccounts?.member?.email),
};
const notice = await app.db
  .selectFrom('mailings')
  .select('id')
  .where('kind', '=', 'NOTICE')
  .executeTakeFirstOrThrow();
const noticePath = `/admin/mailings/${encodeURIComponent(encodeGlobalID('Mailing', notice.id))}`;

async function take(browser: Browser, shot: Shot): Promise<void> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  if (shot.as !== 'anonymous') {
    const { token } = await createSession(app.db, accounts[shot.as], {
      ttlHours: 1,
      userAgent: 'docs',
      clientIp: '127.0.0.1',
    });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }]);
  }
  const page = await context.newPage();
  await page.setViewportSize({
    width: shot.width ?? 1280,
    height: shot.height ?? (shot.width ? 812 : 800),
  });
  await page.goto(`${base}${shot.path === 'NOTICE' ? noticePath : shot.path}`);
  await shot.ready(page);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(OUT, `${shot.file}.png`) });
  await context.close();
  process.stdout.write(`docs/images/${shot.file}.png\n`);
}

await mkdir(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const shot of SHOTS) await take(browser, shot);
} finally {
  await browser.close();
  await app.stop();
  await database.stop();
}
