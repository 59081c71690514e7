/**
 * The console's 会員名簿 (/admin/register) in Chromium, signed in as the demo admin: the
 * directory's filters, kana search and pages against the demo register; an organisation's page
 * with a status change; the three review queues the dashboard links to.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { haveChromium } from '../helpers/chromium.js';
import {
  checkPage,
  confirmApplicationOf,
  pathOf,
  startWebWorld,
  type WebWorld,
} from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/register.test.ts');

const APPLY = `mutation($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) { __typename }
}`;
function application(name: string, kana: string, email: string) {
  return {
    organizationName: name,
    organizationNameKana: kana,
    category: 'REGULAR',
    organizationType: 'NPO法人',
    prefectureCode: '27',
    scope: 'REGIONAL',
    fieldsOfActivity: ['PLACE_TO_BELONG'],
    applicantName: '中村 美咲',
    applicantEmail: email,
  };
}

interface Org {
  id: string;
  name: string;
  name_kana: string;
  version: number;
}

/** The number of organisations the directory says it found ("1,234団体"). */
async function foundCount(page: Page): Promise<number> {
  const text = await page.getByText(/^[\d,]+団体$/).innerText();
  return Number(text.replace(/[,団体]/g, ''));
}

async function apiCount(web: WebWorld, headers: Record<string, string>, filter: object) {
  const r = await web.server.graphql<{ organizations: { totalCount: number } }>(
    'query($f: OrganizationFilter) { organizations(first: 1, filter: $f) { totalCount } }',
    { f: filter },
    headers,
  );
  return r.data?.organizations.totalCount ?? -1;
}

describe.skipIf(!chromiumReady)('console: 会員名簿', () => {
  let web: WebWorld;
  let admin: Page;
  let staff: TestUser;
  let org: Org;

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await web.newPage();
    admin.setDefaultTimeout(20_000);
    staff = await createUser(web.database.db, { role: 'SECRETARIAT_STAFF' });
    org = await web.database.db
      .selectFrom('organizations')
      .select(['id', 'name', 'name_kana', 'version'])
      .where('status', '=', 'ACTIVE')
      .orderBy('name_kana')
      .offset(7)
      .limit(1)
      .executeTakeFirstOrThrow();
  }, 120_000);

  it('signing in from /admin/register lands on the directory with the whole register, 50 a page', async () => {
    await admin.goto(web.url('/admin/register'));
    await admin.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(admin, web.demo.adminEmail);
    expect(pathOf(admin)).toBe('/admin/register');
    await admin.getByRole('heading', { level: 1, name: '会員名簿' }).waitFor();
    await admin.getByRole('table', { name: /団体の一覧/ }).waitFor();
    const total = await apiCount(web, staff.headers, {});
    expect(total).toBeGreaterThan(100);
    expect(await foundCount(admin)).toBe(total);
    expect(await admin.getByRole('table').getByRole('row').count()).toBe(51); // header + 50
    expect(
      await admin.getByText(`${total.toLocaleString('ja-JP')}件中 1〜50件目`).isVisible(),
    ).toBe(true);
    await checkPage(admin, 'web-admin-register');
  });

  it('pages forward and back without reading the whole register', async () => {
    const firstRow = await admin.getByRole('table').getByRole('row').nth(1).innerText();
    await admin.getByRole('button', { name: '次のページ' }).click();
    await admin.getByText(/件中 51〜100件目/).waitFor();
    expect(pathOf(admin)).toBe('/admin/register?page=2');
    const secondPageRow = await admin.getByRole('table').getByRole('row').nth(1).innerText();
    expect(secondPageRow).not.toBe(firstRow);
    await admin.goBack();
    await admin.getByText(/件中 1〜50件目/).waitFor();
  });

  it('finds an organisation by its reading typed in katakana, with the keyboard only', async () => {
    const katakana = org.name_kana.replace(/[\u3041-\u3096]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0x60),
    );
    const search = admin.getByLabel('団体名・ふりがな');
    await search.focus();
    await admin.keyboard.type(katakana);
    await admin.keyboard.press('Enter');
    await admin.waitForURL((url) => url.searchParams.get('q') === katakana);
    await admin.getByRole('link', { name: org.name }).waitFor();
    const expected = await apiCount(web, staff.headers, { text: katakana });
    // The count above the list may still be the previous page's for a moment.
    await expect.poll(() => foundCount(admin)).toBe(expected);
  });

  it('combines category, status, region, prefecture, type, field and working group filters', async () => {
    await admin.getByRole('button', { name: '条件をクリア' }).click();
    await admin.waitForURL((url) => url.search === '');
    await admin.getByRole('checkbox', { name: '正会員' }).check();
    await admin.getByRole('checkbox', { name: '会員', exact: true }).check();
    await admin.getByLabel('地方').selectOption({ label: '関東地方' });
    await admin.getByLabel('法人格・種別').selectOption('NPO法人');
    await admin.getByRole('button', { name: '検索する' }).click();
    await admin.waitForURL((url) => url.searchParams.get('type') === 'NPO法人');
    const filter = {
      categories: ['REGULAR'],
      statuses: ['ACTIVE'],
      regions: ['kanto'],
      organizationTypes: ['NPO法人'],
    };
    await expect.poll(() => foundCount(admin)).toBe(await apiCount(web, staff.headers, filter));
    expect(await admin.getByRole('checkbox', { name: '正会員' }).isChecked()).toBe(true);

    await admin.getByLabel('地方').selectOption('');
    await admin.getByLabel('都道府県').selectOption({ label: '東京都' });
    await admin.getByLabel('活動分野').selectOption({ label: 'こども・若者' });
    await admin.getByRole('button', { name: '検索する' }).click();
    await admin.waitForURL((url) => url.searchParams.get('field') === 'CHILDREN');
    await expect
      .poll(() => foundCount(admin))
      .toBe(
        await apiCount(web, staff.headers, {
          ...filter,
          regions: undefined,
          prefectures: ['13'],
          fieldsOfActivity: ['CHILDREN'],
        }),
      );

    await admin.getByRole('button', { name: '条件をクリア' }).click();
    await admin.getByLabel('ワーキンググループ').selectOption('1');
    await admin.getByRole('button', { name: '検索する' }).click();
    await admin.waitForURL((url) => url.searchParams.get('wg') === '1');
    const wg1 = await apiCount(web, staff.headers, { workingGroups: [1] });
    expect(wg1).toBeGreaterThan(0);
    await expect.poll(() => foundCount(admin)).toBe(wg1);
  });

  it("an organisation's page shows its profile, consents, history, contacts and groups", async () => {
    await admin.goto(web.url(`/admin/register?q=${encodeURIComponent(org.name_kana)}`));
    await admin.getByRole('link', { name: org.name }).click();
    await admin.getByRole('heading', { level: 1, name: org.name }).waitFor();
    for (const section of [
      '登録内容と公開の同意',
      '会員区分・状態の変更',
      '会員歴',
      '担当者',
      'ワーキンググループと幹事会',
      '受け取った事務連絡と回答',
      '事務局訪問記',
    ]) {
      expect(await admin.getByRole('heading', { level: 2, name: section }).isVisible()).toBe(true);
    }
    expect(await admin.getByRole('cell', { name: '入会', exact: true }).count()).toBeGreaterThan(0);
    const contact = await web.database.db
      .selectFrom('contacts')
      .select(['email', 'roles'])
      .where('organization_id', '=', org.id)
      .orderBy(sql`cardinality(roles)`, 'desc')
      .executeTakeFirstOrThrow();
    expect(await admin.getByText(contact.email).isVisible()).toBe(true);
    // Roles come from the API as ContactRole names and are shown in Japanese.
    expect(contact.roles.length).toBeGreaterThan(0);
    expect(
      await admin.getByRole('cell', { name: contact.roles.join('、'), exact: true }).count(),
    ).toBeGreaterThan(0);
    await checkPage(admin, 'web-admin-register-organization');
  });

  it('suspends the member with a reason (required) and the history records it', async () => {
    const form = admin.getByRole('form', { name: '状態を変更する' });
    await form.getByLabel('変更の内容').selectOption({ label: '資格を停止する' });
    await form.getByRole('button', { name: '状態を変更する' }).click();
    await form.getByText('＊理由を入力してください。').waitFor();
    const unchanged = await web.database.db
      .selectFrom('organizations')
      .select('status')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(unchanged.status).toBe('ACTIVE');

    await form.getByLabel('理由').fill('会費の長期未納のため');
    await form.getByRole('button', { name: '状態を変更する' }).click();
    await admin.getByText('状態を変更しました').waitFor();
    const history = admin.getByRole('table', { name: /会員歴|入会・区分変更/ });
    await history.getByRole('cell', { name: '会費の長期未納のため' }).waitFor();
    expect(await history.getByRole('cell', { name: '資格停止' }).count()).toBeGreaterThan(0);
    const after = await web.database.db
      .selectFrom('organizations')
      .select('status')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('SUSPENDED');
    // The next move offered is the way back.
    await admin
      .getByRole('form', { name: '状態を変更する' })
      .getByLabel('変更の内容')
      .selectOption({ label: '資格を回復する（会員に戻す）' });
  });

  it("the dashboard's application link opens the queue; one is approved, one rejected with a reason", async () => {
    for (const [name, kana, email] of [
      ['NPO法人 こもれび名簿', 'こもれびめいぼ', 'komorebi@register.example.jp'],
      ['NPO法人 あおぞら名簿', 'あおぞらめいぼ', 'aozora@register.example.jp'],
    ] as const) {
      const r = await web.server.graphql<{ applyForMembership: { __typename: string } }>(APPLY, {
        input: application(name, kana, email),
      });
      expect(r.data?.applyForMembership.__typename).toBe('OrganizationPayload');
      await confirmApplicationOf(web, email);
    }
    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /申請を審査する/ }).click();
    await admin.waitForURL(
      (url) => `${url.pathname}${url.search}` === '/admin/register?view=applications',
    );
    await admin.getByRole('heading', { level: 1, name: '入会申請' }).waitFor();
    await admin.getByRole('heading', { level: 2, name: 'NPO法人 こもれび名簿' }).waitFor();
    await checkPage(admin, 'web-admin-register-applications');

    const mailsBefore = (await web.mailbox.list()).length;
    await admin.getByRole('button', { name: 'NPO法人 こもれび名簿を承認する' }).click();
    await admin.getByText('NPO法人 こもれび名簿：承認しました。').waitFor();
    await expect
      .poll(() => admin.getByRole('heading', { name: 'NPO法人 こもれび名簿' }).count())
      .toBe(0);

    const reject = admin.getByRole('button', { name: 'NPO法人 あおぞら名簿を却下する' });
    await reject.click();
    await admin.getByText('＊理由を入力してください。').waitFor();
    await admin.getByLabel('理由').fill('活動実績を確認できなかったため');
    await reject.click();
    await admin.getByText('NPO法人 あおぞら名簿：却下しました。').waitFor();

    const statuses = await web.database.db
      .selectFrom('organizations')
      .select(['name', 'status'])
      .where('name', 'in', ['NPO法人 こもれび名簿', 'NPO法人 あおぞら名簿'])
      .orderBy('name')
      .execute();
    expect(statuses).toEqual([
      { name: 'NPO法人 あおぞら名簿', status: 'REJECTED' },
      { name: 'NPO法人 こもれび名簿', status: 'ACTIVE' },
    ]);
    // The approval's invitation and the rejection's reason went out by e-mail.
    await expect
      .poll(async () => (await web.mailbox.list()).length)
      .toBeGreaterThan(mailsBefore + 1);
  });

  it('a held profile change shows before and after side by side and is approved', async () => {
    const adminUser = await createUser(web.database.db, { role: 'SECRETARIAT_ADMIN' });
    await web.server.graphql(
      'mutation { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }',
      {},
      adminUser.headers,
    );
    const other = await web.database.db
      .selectFrom('organizations')
      .select(['id', 'name', 'version', 'description'])
      .where('status', '=', 'ACTIVE')
      .orderBy('name_kana', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const member = await createUser(web.database.db, {
      role: 'MEMBER',
      organizationId: other.id,
    });
    const held = await web.server.graphql<{
      updateOrganizationProfile: { __typename: string };
    }>(
      `mutation($input: UpdateOrganizationProfileInput!) {
        updateOrganizationProfile(input: $input) { __typename }
      }`,
      {
        input: {
          organizationId: encodeGlobalID('Organization', other.id),
          expectedVersion: other.version,
          description: '子ども食堂を週二回開いています。',
        },
      },
      member.headers,
    );
    expect(held.data?.updateOrganizationProfile.__typename).toBe(
      'UpdateOrganizationProfilePayload',
    );

    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /変更申請を確認する/ }).click();
    await admin.waitForURL(
      (url) => `${url.pathname}${url.search}` === '/admin/register?view=profile-changes',
    );
    const card = admin.getByRole('listitem').filter({ hasText: other.name });
    const row = card.getByRole('row', { name: /団体の紹介/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(0).innerText()).toContain(
      other.description ?? '（なし）',
    );
    expect(await row.getByRole('cell').nth(1).innerText()).toContain(
      '子ども食堂を週二回開いています。',
    );
    await checkPage(admin, 'web-admin-register-profile-changes');

    await card.getByRole('button', { name: /を承認する$/ }).click();
    await admin.getByText(`${other.name}の変更申請：承認しました。`).waitFor();
    const published = await web.database.db
      .selectFrom('organizations')
      .select('description')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(published.description).toBe('子ども食堂を週二回開いています。');
  });

  it('a working-group request is declined with its reason', async () => {
    const asker = await web.database.db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('status', '=', 'ACTIVE')
      .orderBy('name_kana')
      .offset(20)
      .limit(1)
      .executeTakeFirstOrThrow();
    const member = await createUser(web.database.db, { role: 'MEMBER', organizationId: asker.id });
    const inGroups = await web.database.db
      .selectFrom('working_group_memberships')
      .select('working_group_number')
      .where('organization_id', '=', asker.id)
      .where('left_on', 'is', null)
      .execute();
    const group = [1, 2, 3].find((n) => !inGroups.some((m) => m.working_group_number === n)) ?? 1;
    const asked = await web.server.graphql<{ requestToJoinWorkingGroup: { __typename: string } }>(
      `mutation($input: WorkingGroupRequestInput!) {
        requestToJoinWorkingGroup(input: $input) { __typename ... on Error { message } }
      }`,
      {
        input: {
          organizationId: encodeGlobalID('Organization', asker.id),
          workingGroup: group,
          reason: '地域の居場所づくりで連携したいため',
        },
      },
      member.headers,
    );
    expect(asked.data?.requestToJoinWorkingGroup.__typename).toBe('WorkingGroupRequestPayload');

    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /申出を確認する/ }).click();
    await admin.waitForURL(
      (url) => `${url.pathname}${url.search}` === '/admin/register?view=working-group-requests',
    );
    // The card shows the organisation's own reason for asking.
    await admin.getByText('地域の居場所づくりで連携したいため').waitFor();
    const decline = admin.getByRole('button', {
      name: new RegExp(`^${asker.name}の.*不承認とする$`),
    });
    await decline.click();
    await admin.getByText('＊理由を入力してください。').waitFor();
    await admin.getByLabel('理由').fill('定員に達しているため');
    await decline.click();
    await admin.getByText(/不承認としました。/).waitFor();
    await checkPage(admin, 'web-admin-register-working-group-requests');
    const stored = await web.database.db
      .selectFrom('working_group_requests')
      .select(['status'])
      .where('organization_id', '=', asker.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('DECLINED');
  });
});
