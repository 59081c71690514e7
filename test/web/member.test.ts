/**
 * 会員ページ (/member/) in Chromium as the demo member user (an organisation admin), signed in
 * through the real e-mail link: 団体情報 (profile, held changes, publication consent), and that
 * another organisation's data stays out of reach — through the screens and through the API with
 * the same session cookie.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../helpers/accounts.js';
import { haveChromium } from '../helpers/chromium.js';
import { checkPage, pathOf, startWebWorld, type WebWorld } from './helpers.js';

const chromiumReady = haveChromium('test/web/member.test.ts');

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POST /graphql from the page's browser context: the same session cookie as the screens. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post(new URL('/graphql', page.url()).href, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  return (await response.json()) as GraphqlAnswer<T>;
}

describe.skipIf(!chromiumReady)('会員ページ', () => {
  let web: WebWorld;
  let page: Page;
  let ownId: string;
  let otherId: string;
  let adminHeaders: Record<string, string>;

  beforeAll(async () => {
    web = await startWebWorld();
    page = await web.newPage();
    const admin = await createUser(web.database.db, { role: 'SECRETARIAT_ADMIN' });
    adminHeaders = admin.headers;
  }, 120_000);

  async function setReview(on: boolean) {
    const { data } = await web.server.graphql<{
      updateSettings: { profileChangesRequireReview: boolean };
    }>(
      `mutation($on: Boolean!) { updateSettings(input: { profileChangesRequireReview: $on }) { profileChangesRequireReview } }`,
      { on },
      adminHeaders,
    );
    expect(data?.updateSettings.profileChangesRequireReview).toBe(on);
  }

  it('the member user signs in and lands on 団体情報 of their own organisation', async () => {
    const member = web.demo.member;
    if (!member) throw new Error('the demo has no member user');
    await page.goto(web.url('/member/'));
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(page, member.email);
    expect(pathOf(page)).toBe('/member/');
    await page.getByRole('heading', { level: 1, name: '団体情報' }).waitFor();
    await page.getByRole('heading', { name: '事務局に登録されている内容' }).waitFor();
    await expect.poll(() => page.getByText(member.organizationName).first().isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: '会員ページ' });
    for (const label of ['団体情報', '担当者', '分科会', '事務連絡・会議', '利用者']) {
      await nav.getByRole('link', { name: label }).waitFor();
    }
    const viewer = await api<{ viewer: { organization: { id: string } } }>(
      page,
      '{ viewer { organization { id } } }',
    );
    ownId = viewer.data?.viewer.organization.id ?? '';
    const other = await web.database.db
      .selectFrom('organizations')
      .select('id')
      .where('status', '=', 'ACTIVE')
      .where('name', '!=', member.organizationName)
      .orderBy('name_kana')
      .limit(1)
      .executeTakeFirstOrThrow();
    otherId = encodeGlobalID('Organization', other.id);
    await checkPage(page, 'web-member-organization');
  });

  it('a change held for review shows its diff and can be withdrawn', async () => {
    await setReview(true);
    await page.reload();
    const description = page.getByRole('textbox', { name: '活動の概要' });
    await description.waitFor();
    const before = await description.inputValue();
    await description.fill('子ども食堂と学習支援を毎週行っています。');
    await page.getByRole('button', { name: '変更を保存する' }).click();
    await page.getByText('変更を申請しました').waitFor();
    const diff = page.getByRole('table', { name: '申請中の変更内容' });
    await diff.waitFor();
    const row = diff.getByRole('row').filter({ hasText: '活動の概要' });
    await expect.poll(() => row.innerText()).toContain('子ども食堂と学習支援を毎週行っています。');
    // Not published: the registered content still has the old text.
    expect(await page.getByRole('textbox', { name: '活動の概要' }).inputValue()).toBe(before);
    await checkPage(page, 'web-member-organization-pending');

    await page.getByRole('button', { name: 'この申請を取り下げる' }).click();
    await page.getByText('変更の申請を取り下げました').waitFor();
    expect(await page.getByRole('table', { name: '申請中の変更内容' }).count()).toBe(0);
    const rows = await web.database.db
      .selectFrom('profile_change_requests')
      .select('status')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['WITHDRAWN']);
    await setReview(false);
  });

  it('publication consents: the preview follows the choices, and saving publishes them', async () => {
    await page.reload();
    const preview = page.getByRole('region', { name: '公開名簿での表示（プレビュー）' });
    await preview.waitFor();
    const consents = page.getByRole('group', { name: '公開名簿に載せる項目（公開への同意）' });
    const website = consents.getByRole('checkbox', { name: 'ウェブサイト' });
    await page.getByRole('textbox', { name: 'ウェブサイト' }).fill('https://example.org/tsunagari');
    if (!(await website.isChecked())) await website.check();
    await expect.poll(() => preview.innerText()).toContain('https://example.org/tsunagari');
    await website.uncheck();
    await expect.poll(() => preview.innerText()).not.toContain('https://example.org/tsunagari');
    await website.check();
    // Keyboard: the save button is reachable and works from the keyboard.
    await page.getByRole('button', { name: '変更を保存する' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('団体情報を保存しました').waitFor();
    // The public directory (anonymous) shows the website now.
    const { data } = await web.server.graphql<{ node: { website: string | null } }>(
      'query($id: ID!) { node(id: $id) { ... on Organization { website } } }',
      { id: ownId },
    );
    expect(data?.node.website).toBe('https://example.org/tsunagari');
  });

  it('a bad value is shown at its field and nothing changes', async () => {
    await page.reload();
    const kana = page.getByRole('textbox', { name: 'ふりがな' });
    await kana.waitFor();
    const before = await kana.inputValue();
    await kana.fill('カタカナ');
    await page.getByRole('button', { name: '変更を保存する' }).click();
    await page.getByText('保存できませんでした').waitFor();
    await expect.poll(() => kana.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('ひらがなで入力してください', { exact: false }).last().waitFor();
    const row = await web.database.db
      .selectFrom('organizations')
      .select('name_kana')
      .where('name', '=', web.demo.member?.organizationName ?? '')
      .executeTakeFirstOrThrow();
    expect(row.name_kana).toBe(before);
  });

  it("another organisation's data is out of reach with the same session cookie", async () => {
    const read = await api<{ node: { contacts: unknown } | null }>(
      page,
      'query($id: ID!) { node(id: $id) { ... on Organization { name contacts { email } } } }',
      { id: otherId },
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await api<unknown>(
      page,
      'mutation($id: ID!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: 1, description: "乗っ取り" }) { __typename } }',
      { id: otherId },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const description = await web.database.db
      .selectFrom('organizations')
      .select('description')
      .where('description', '=', '乗っ取り')
      .execute();
    expect(description).toEqual([]);
  });
});
