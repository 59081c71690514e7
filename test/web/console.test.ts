/**
 * The web app in Chromium, signed in through the real e-mail link: the secretariat console
 * (/admin/) with its dashboard, the member pages (/member/), the public /apply page, and the
 * way back after a lost session.
 */

import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNotice } from '../../src/mail/render/samples.js';
import { haveChromium } from '../helpers/chromium.js';
import { waitFor } from '../helpers/wait.js';
import { checkPage, pathOf, startWebWorld, type WebWorld } from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/console.test.ts');

const APPLY = `mutation($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) { __typename }
}`;
const APPLICATION = {
  organizationName: 'NPO法人 ひだまりコンソール',
  organizationNameKana: 'ひだまりこんそーる',
  category: 'REGULAR',
  organizationType: 'NPO法人',
  prefectureCode: '27',
  scope: 'REGIONAL',
  fieldsOfActivity: ['PLACE_TO_BELONG'],
  applicantName: '中村 美咲',
  applicantEmail: 'nakamura@hidamari-console.example.jp',
};

/** The number a dashboard card shows, by the card's heading. */
async function cardCount(page: Page, heading: string): Promise<number> {
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: heading }) });
  return Number((await card.getByTestId('count').innerText()).replace(/,/g, ''));
}

describe.skipIf(!chromiumReady)('web app: console, member pages, apply', () => {
  let web: WebWorld;
  let admin: Page;

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await web.newPage();
  }, 120_000);

  it("serves React's production build (what the test run built is what npm start serves)", async () => {
    const html = await (await fetch(web.url('/admin/'))).text();
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const js = await (await fetch(web.url(src))).text();
      // The development JSX runtime and React's dev-only warnings are not in a production build.
      expect(js).not.toContain('jsxDEV');
      expect(js).not.toContain('react.development');
    }
  });

  it('signing in from /admin/ goes through the e-mail link and lands on the dashboard', async () => {
    await admin.goto(web.url('/admin/'));
    // No session: the app sends the browser to sign in, remembering where it was.
    await admin.waitForURL((url) => url.pathname === '/sign-in');
    expect(pathOf(admin)).toBe(`/sign-in?next=${encodeURIComponent('/admin/')}`);
    await web.signIn(admin, web.demo.adminEmail);
    expect(pathOf(admin)).toBe('/admin/');
    await admin.getByRole('heading', { level: 1, name: 'ダッシュボード' }).waitFor();
    await expect.poll(() => admin.getByText('管理者（デモ）').first().isVisible()).toBe(true);
  });

  it("the dashboard shows the demo's real counts: the 事務連絡 awaiting approval, a new application", async () => {
    await admin.getByRole('heading', { name: '対応が必要なこと' }).waitFor();
    // The demo's 事務連絡 and its 幹事会's 招集通知 wait for an admin's approval.
    expect(await cardCount(admin, '承認待ちの配信')).toBe(2);
    const table = admin.getByRole('table');
    await expect.poll(() => table.getByText(sampleNotice.subject).isVisible()).toBe(true);
    expect(await table.getByRole('cell', { name: '事務連絡', exact: true }).isVisible()).toBe(true);

    // An application sent through the public API shows up in its card once the applicant has
    // confirmed the address with the e-mailed link.
    const before = await cardCount(admin, '入会申請');
    const mails = (await web.mailbox.list()).length;
    const { data } = await web.server.graphql<{ applyForMembership: { __typename: string } }>(
      APPLY,
      { input: APPLICATION },
    );
    expect(data?.applyForMembership.__typename).toBe('OrganizationPayload');
    const confirmation = await waitFor(async () => {
      const all = await web.mailbox.list();
      return all.length > mails ? all[0] : undefined;
    });
    const text = (await simpleParser((await web.mailbox.raw(confirmation.id)) ?? '')).text ?? '';
    const link = /https?:\/\/\S+(\/apply\/confirm\?token=[A-Za-z0-9_%-]+)/.exec(text)?.[1];
    expect(link, text).toBeDefined();
    const applicant = await web.newPage();
    await applicant.goto(web.url(link ?? ''));
    await applicant.getByRole('button', { name: '申請を確定する' }).click();
    await applicant.getByRole('heading', { name: '申請を受け付けました' }).waitFor();
    await applicant.context().close();
    await admin.reload();
    await admin.getByRole('heading', { name: '対応が必要なこと' }).waitFor();
    expect(await cardCount(admin, '入会申請')).toBe(before + 1);
  });

  it('the dashboard passes axe and fits 375 and 1280 px', async () => {
    await checkPage(admin, 'web-admin-dashboard');
  });

  it('Tab reaches the navigation with a visible focus ring', async () => {
    await admin.goto(web.url('/admin/'));
    await admin.getByRole('heading', { name: '対応が必要なこと' }).waitFor();
    const nav = admin.getByRole('navigation', { name: '事務局コンソール' });
    let inNav = false;
    for (let i = 0; i < 15 && !inNav; i++) {
      await admin.keyboard.press('Tab');
      inNav = (await nav.locator(':focus').count()) > 0;
    }
    expect(inNav, 'Tab never reached the navigation').toBe(true);
    // Evaluated in the page (a string: the tests are compiled without the DOM types).
    const outline = await admin.evaluate<{ style: string; width: number }>(
      '(() => { const s = getComputedStyle(document.activeElement);' +
        ' return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; })()',
    );
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('a dashboard link leads to its area (the 配信 list of what awaits approval), and the navigation back', async () => {
    await admin.getByRole('link', { name: /配信を確認する/ }).click();
    await admin.waitForURL((url) => url.pathname === '/admin/mailings');
    expect(pathOf(admin)).toBe('/admin/mailings?view=awaiting-approval');
    await admin.getByRole('heading', { level: 1, name: '配信' }).waitFor();
    const table = admin.getByRole('table', { name: '配信の一覧（新しい順）' });
    await table.getByText(sampleNotice.subject).waitFor();
    expect(await admin.getByLabel('状態').inputValue()).toBe('awaiting-approval');
    await checkPage(admin, 'web-admin-mailings-awaiting');
    await admin
      .getByRole('navigation', { name: '事務局コンソール' })
      .getByRole('link', { name: 'ダッシュボード' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'ダッシュボード' }).waitFor();
  });

  it('a deep link loads from the server (SPA fallback) with the strict headers', async () => {
    const response = await fetch(web.url('/admin/members/some/where'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await response.text())?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(web.url(asset ?? ''));
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Not a file of the app: not served.
    expect((await fetch(web.url('/assets/..%2Fpackage.json'))).status).toBe(404);
  });

  it('a lost session sends the user to sign in and back to the same screen', async () => {
    await admin.goto(web.url('/admin/meetings'));
    await admin.getByRole('heading', { level: 1, name: '会議' }).waitFor();
    // The session ends (signed out elsewhere, expired, revoked).
    await web.database.db
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('revoked_at', 'is', null)
      .execute();
    await admin.goto(web.url('/admin/meetings?view=list'));
    await admin.waitForURL((url) => url.pathname === '/sign-in');
    expect(pathOf(admin)).toBe(`/sign-in?next=${encodeURIComponent('/admin/meetings?view=list')}`);
    await web.signIn(admin, web.demo.adminEmail);
    expect(pathOf(admin)).toBe('/admin/meetings?view=list');
    await admin.getByRole('heading', { level: 1, name: '会議' }).waitFor();
  });

  it('a member user lands on /member/', async () => {
    const member = web.demo.member;
    if (!member) throw new Error('the demo has no member user');
    const page = await web.newPage();
    await web.signIn(page, member.email);
    expect(pathOf(page)).toBe('/member/');
    await page.getByRole('heading', { level: 1, name: '団体情報' }).waitFor();
    await expect.poll(() => page.getByText(member.organizationName).first().isVisible()).toBe(true);
    await checkPage(page, 'web-member-home');
    // The console is not theirs.
    await page.goto(web.url('/admin/'));
    await page.getByText('事務局のアカウントでサインインしてください').waitFor();
    expect(await page.getByRole('navigation', { name: '事務局コンソール' }).count()).toBe(0);
  });

  it('/apply is public and in the same style', async () => {
    const page = await web.newPage();
    await page.goto(web.url('/apply'));
    await page.getByRole('heading', { level: 1, name: '入会申請' }).waitFor();
    await checkPage(page, 'web-apply');
  });
});
