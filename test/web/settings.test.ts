/**
 * The console's 管理 (/admin/settings) in Chromium, signed in as the demo admin: the profile
 * review setting, the kinds of mail that always need an approval, accounts (create, disable), API keys (shown once, revoked), suppressions
 * (from the dashboard's link, lifted); a staff user is told accounts are for admins.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../helpers/accounts.js';
import { haveChromium } from '../helpers/chromium.js';
import { checkPage, startWebWorld, type WebWorld } from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/settings.test.ts');

describe.skipIf(!chromiumReady)('console: 管理', () => {
  let web: WebWorld;
  let admin: Page;

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await web.newPage();
    admin.setDefaultTimeout(20_000);
  }, 120_000);

  it('turns the review of profile changes on', async () => {
    await admin.goto(web.url('/admin/settings'));
    await admin.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(admin, web.demo.adminEmail);
    await admin.getByRole('heading', { level: 1, name: '管理' }).waitFor();
    await admin.getByText(/審査しない（会員の変更はすぐ名簿に反映されます）/).waitFor();
    await checkPage(admin, 'web-admin-settings');
    await admin.getByRole('button', { name: '審査するようにする' }).click();
    await admin.getByText('登録内容の変更を審査するようにしました。').waitFor();
    await admin.getByText(/審査する（会員が変更すると/).waitFor();
    const stored = await web.database.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'profileChangesRequireReview')
      .executeTakeFirstOrThrow();
    expect(stored.value).toBe(true);
  });

  it('chooses the kinds of mail that always need an approval; staff read them', async () => {
    await admin.goto(web.url('/admin/settings'));
    const kinds = admin.getByRole('group', { name: '必ず承認が必要な配信の種類' });
    await kinds.waitFor();
    const save = admin.getByRole('button', { name: '承認の設定を保存する' });
    for (const [label, on] of [
      ['事務連絡', true],
      ['会議開催通知', true],
      ['メールマガジン', false],
      ['事務局訪問記', true],
    ] as const) {
      await kinds.getByRole('checkbox', { name: label }).setChecked(on);
    }
    // Keyboard: the save button is reached and pressed without the mouse.
    await save.focus();
    await admin.keyboard.press('Enter');
    await admin.getByText('承認が必要な配信の種類を保存しました。').waitFor();
    const { data } = await web.server.graphql<{ settings: { approvalRequiredKinds: string[] } }>(
      '{ settings { approvalRequiredKinds } }',
      {},
      (await createUser(web.database.db, { role: 'SECRETARIAT_STAFF' })).headers,
    );
    expect([...(data?.settings.approvalRequiredKinds ?? [])].sort()).toEqual([
      'MEETING_NOTICE',
      'NOTICE',
      'VISIT_REPORT',
    ]);
    await expect.poll(() => save.isDisabled()).toBe(true);
    await checkPage(admin, 'web-admin-settings-approval');

    const staff = await web.newPage();
    await staff.goto(web.url('/admin/settings'));
    await staff.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(staff, web.demo.staffEmail);
    await staff.getByText('事務連絡、会議開催通知、事務局訪問記').waitFor();
    expect(await staff.getByRole('button', { name: '承認の設定を保存する' }).count()).toBe(0);
    await staff.context().close();
  });

  it('creates a staff account (fields checked first) and disables it', async () => {
    await admin.getByRole('link', { name: 'アカウント', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'アカウント' }).waitFor();
    const form = admin.getByRole('form', { name: '事務局のアカウントを作成する' });
    await form.getByRole('button', { name: '作成する' }).click();
    await form.getByText('＊氏名を入力してください。').waitFor();
    expect(await form.getByText('＊メールアドレスを正しく入力してください。').isVisible()).toBe(
      true,
    );
    await form.getByLabel('氏名').fill('佐藤 花子');
    await form.getByLabel('メールアドレス').fill('hanako.sato@secretariat.example.jp');
    await form.getByRole('button', { name: '作成する' }).click();
    await admin.getByText(/佐藤 花子さんのアカウントを作成しました。/).waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'hanako.sato@secretariat.example.jp' });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('事務局（職員）');
    await checkPage(admin, 'web-admin-settings-accounts');

    await row.getByRole('button', { name: '佐藤 花子さんのアカウントを停止する' }).click();
    await admin.getByText(/佐藤 花子さんのアカウントを停止しました/).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(4).innerText()).toBe('停止中');
    const account = await web.database.db
      .selectFrom('accounts')
      .select(['role', 'disabled_at'])
      .where('email', '=', 'hanako.sato@secretariat.example.jp')
      .executeTakeFirstOrThrow();
    expect(account.role).toBe('SECRETARIAT_STAFF');
    expect(account.disabled_at).not.toBeNull();
  });

  it('creates an API key shown once, which works until it is revoked', async () => {
    await admin.getByRole('link', { name: 'APIキー', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'APIキー' }).waitFor();
    const form = admin.getByRole('form', { name: 'APIキーを作成する' });
    await form.getByRole('button', { name: '作成する' }).click();
    await form.getByText('＊用途がわかる名前を入力してください。').waitFor();
    // An expiry in the past comes back as ValidationFailedError, shown at its field.
    await form.getByLabel('名前').fill('さくら市ポータル');
    await form.getByLabel('有効期限').fill('2020-03-31');
    await form.getByRole('button', { name: '作成する' }).click();
    await form.getByText('＊有効期限には今より後の日時を指定してください。').waitFor();
    expect(await admin.locator('code').count()).toBe(0);
    await form.getByLabel('有効期限').fill('');
    // Enter in the field submits the form.
    await form.getByLabel('名前').press('Enter');
    const key = await admin.locator('code').innerText();
    expect(key).toMatch(/^tsu_live_/);
    const ask = () =>
      fetch(web.url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ viewer { kind } }' }),
      });
    expect((await ask()).status).toBe(200);
    await checkPage(admin, 'web-admin-settings-api-keys');

    await admin.getByRole('button', { name: '「さくら市ポータル」のキーを無効にする' }).click();
    await admin.getByRole('button', { name: '無効にする', exact: true }).click();
    await admin.getByText('「さくら市ポータル」のキーを無効にしました。').waitFor();
    expect((await ask()).status).toBe(401);
    // Shown once: after reloading, the key is nowhere on the page.
    await admin.reload();
    await admin.getByRole('table', { name: /APIキー/ }).waitFor();
    expect(await admin.getByText(key).count()).toBe(0);
  });

  it("the dashboard's suppression link lists them; one is lifted", async () => {
    const adminUser = await createUser(web.database.db, { role: 'SECRETARIAT_ADMIN' });
    await web.server.graphql(
      'mutation { suppressAddress(input: { address: "gone@kanri.example.jp", note: "宛先なし" }) { __typename } }',
      {},
      adminUser.headers,
    );
    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /配信停止を確認する/ }).click();
    await admin.waitForURL((url) => url.search === '?view=suppressions');
    await admin.getByRole('heading', { level: 1, name: '配信停止' }).waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'gone@kanri.example.jp' });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('事務局が停止');
    await checkPage(admin, 'web-admin-settings-suppressions');
    await row.getByRole('button', { name: 'gone@kanri.example.jp への配信を再開する' }).click();
    const form = admin.getByRole('form', { name: 'gone@kanri.example.jp への配信を再開する' });
    await form.getByLabel('メモ').fill('先方から受信設定を直したと連絡あり');
    await form.getByRole('button', { name: '再開する' }).click();
    await admin.getByText('gone@kanri.example.jp への配信を再開しました。').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    const lifted = await web.database.db
      .selectFrom('suppressions')
      .select('lifted_at')
      .where('address', '=', 'gone@kanri.example.jp')
      .executeTakeFirstOrThrow();
    expect(lifted.lifted_at).not.toBeNull();
  });

  it('a staff user is told that accounts are for admins', async () => {
    const staff = await web.newPage();
    staff.setDefaultTimeout(20_000);
    await staff.goto(web.url('/admin/settings?view=accounts'));
    await staff.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(staff, web.demo.staffEmail);
    await staff.getByText('事務局の管理者だけが使えます').waitFor();
    expect(await staff.getByRole('form', { name: '事務局のアカウントを作成する' }).count()).toBe(0);
  });
});
