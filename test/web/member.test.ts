/**
 * 会員ページ (/member/) in Chromium as the demo member user (an organisation admin), signed in
 * through the real e-mail link: 団体情報 (profile, held changes, publication consent), and that
 * another organisation's data stays out of reach — through the screens and through the API with
 * the same session cookie.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNotice } from '../../src/mail/render/samples.js';
import { createMeeting } from '../../src/modules/governance/meeting.service.js';
import * as mailings from '../../src/modules/mailings/mailing.service.js';
import { createUser } from '../helpers/accounts.js';
import { haveChromium } from '../helpers/chromium.js';
import { audienceOf, secretariat, waitForMailing } from '../helpers/mail/harness.js';
import { checkPage, pathOf, startWebWorld, type WebWorld } from '../helpers/web.js';

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
    page.setDefaultTimeout(10_000);
    const admin = await createUser(web.database.db, { role: 'SECRETARIAT_ADMIN' });
    adminHeaders = admin.headers;
  }, 120_000);

  async function setReview(on: boolean) {
    const { data } = await web.server.graphql<{
      updateSettings: { settings: { profileChangesRequireReview: boolean } };
    }>(
      `mutation($on: Boolean!) { updateSettings(input: { profileChangesRequireReview: $on }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }`,
      { on },
      adminHeaders,
    );
    expect(data?.updateSettings.settings.profileChangesRequireReview).toBe(on);
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

  it('担当者: the organisation admin adds, edits (mail choices, primary contact) and removes a contact', async () => {
    await page
      .getByRole('navigation', { name: '会員ページ' })
      .getByRole('link', { name: '担当者' })
      .click();
    await page.getByRole('heading', { level: 1, name: '担当者' }).waitFor();
    const list = page.getByRole('list', { name: '担当者の一覧' });
    await list.getByText('主担当（事務連絡の指定連絡先）').waitFor();
    const primaryName = await list
      .getByRole('listitem')
      .filter({ hasText: '主担当（事務連絡の指定連絡先）' })
      .getByRole('heading')
      .innerText();
    await checkPage(page, 'web-member-contacts');

    // A bad phone number is shown at its field; nothing is added.
    const add = page.getByRole('form', { name: '担当者を追加する' });
    await add.getByRole('textbox', { name: /^氏名\s*※必須$/ }).fill('佐藤 花子');
    await add.getByRole('textbox', { name: '氏名（ふりがな）' }).fill('さとう はなこ');
    await add.getByRole('textbox', { name: 'メールアドレス' }).fill('sato@member-web.example.jp');
    await add.getByRole('textbox', { name: '電話番号' }).fill('でんわ');
    await add.getByRole('checkbox', { name: '事務担当' }).check();
    await add.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => add.getByRole('textbox', { name: '電話番号' }).getAttribute('aria-invalid'))
      .toBe('true');
    await add.getByText('電話番号の形式が正しくありません').waitFor();
    const none = await web.database.db
      .selectFrom('contacts')
      .select('id')
      .where('email', '=', 'sato@member-web.example.jp')
      .execute();
    expect(none).toEqual([]);

    await add.getByRole('textbox', { name: '電話番号' }).fill('03-1234-5678');
    await add.getByRole('button', { name: '追加する' }).click();
    await page.getByText('佐藤 花子 さんを追加しました').waitFor();
    const card = list.getByRole('listitem', { name: '佐藤 花子' });
    await card.getByText('sato@member-web.example.jp').waitFor();
    await card.getByText('メールマガジン：受け取る').waitFor();
    // The role goes to the API as ContactRole ADMINISTRATIVE_CONTACT and is shown in Japanese.
    await card.getByText('事務担当', { exact: true }).waitFor();

    // Mail choices, as on the e-mail preferences page: decline the newsletter.
    await card.getByRole('button', { name: '佐藤 花子 さんを編集' }).click();
    const edit = card.getByRole('form', { name: '佐藤 花子 さんの登録内容を変更' });
    await edit.getByRole('checkbox', { name: 'メールマガジン' }).uncheck();
    await edit.getByRole('checkbox', { name: '主担当（事務連絡の指定連絡先）にする' }).check();
    await edit.getByRole('button', { name: '保存する' }).click();
    await page.getByText('佐藤 花子 さんの登録内容を保存しました').waitFor();
    await card.getByText('メールマガジン：受け取らない').waitFor();
    await card.getByText('主担当（事務連絡の指定連絡先）').waitFor();
    const row = await web.database.db
      .selectFrom('contacts')
      .select(['opted_out_kinds', 'is_primary', 'roles'])
      .where('email', '=', 'sato@member-web.example.jp')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ opted_out_kinds: ['NEWSLETTER'], is_primary: true, roles: ['事務担当'] });

    // Give the primary role back, then remove the new contact (after a confirmation).
    const former = list.getByRole('listitem', { name: primaryName });
    await former.getByRole('button', { name: `${primaryName} さんを編集` }).click();
    await former.getByRole('checkbox', { name: '主担当（事務連絡の指定連絡先）にする' }).check();
    await former.getByRole('button', { name: '保存する' }).click();
    await page.getByText(`${primaryName} さんの登録内容を保存しました`).waitFor();
    await list
      .getByRole('listitem', { name: primaryName })
      .getByText('主担当（事務連絡の指定連絡先）')
      .waitFor();
    await card.getByRole('button', { name: '佐藤 花子 さんを削除' }).click();
    await card.getByText('佐藤 花子 さんを担当者から削除します。よろしいですか。').waitFor();
    await card.getByRole('button', { name: '削除する' }).click();
    await page.getByText('佐藤 花子 さんを担当者から削除しました').waitFor();
    expect(await list.getByRole('listitem', { name: '佐藤 花子' }).count()).toBe(0);
  });

  it('a user who is not the organisation admin sees the contacts but cannot change them', async () => {
    const [own] = await web.database.db
      .selectFrom('accounts')
      .select('organization_id')
      .where('email', '=', web.demo.member?.email ?? '')
      .execute();
    const user = await createUser(web.database.db, {
      role: 'MEMBER',
      organizationId: own?.organization_id ?? '',
    });
    const other = await web.newPage();
    await other
      .context()
      .addCookies([{ name: 'tsunagari_session', value: user.token, url: web.url('/') }]);
    await other.goto(web.url('/member/contacts'));
    await other.getByRole('heading', { level: 1, name: '担当者' }).waitFor();
    await other.getByText('担当者の追加・変更・削除は団体の管理者が行います').waitFor();
    await other.getByRole('list', { name: '担当者の一覧' }).getByRole('listitem').first().waitFor();
    expect(await other.getByRole('button', { name: /編集|削除|追加/ }).count()).toBe(0);
    const nav = other.getByRole('navigation', { name: '会員ページ' });
    expect(await nav.getByRole('link', { name: '利用者' }).count()).toBe(0);
    await other.context().close();
  });

  it('分科会: memberships with roles, a request to join with a reason, and its state', async () => {
    await page
      .getByRole('navigation', { name: '会員ページ' })
      .getByRole('link', { name: '分科会' })
      .click();
    await page.getByRole('heading', { level: 1, name: '分科会' }).waitFor();
    const groups = page.getByRole('list', { name: '分科会の一覧' });
    await groups.getByRole('listitem').nth(2).waitFor();
    // One the organisation is not in yet.
    const cards = await groups.getByRole('listitem').all();
    let target: (typeof cards)[number] | undefined;
    for (const card of cards) {
      if ((await card.innerText()).includes('参加していません')) target = card;
    }
    if (!target) throw new Error('the demo organisation is in every group');
    const name = (await target.getAttribute('aria-label')) ?? '';
    await checkPage(page, 'web-member-working-groups');
    await target.getByRole('button', { name: `${name}への参加を申し出る` }).click();
    const form = target.getByRole('form', { name: `${name}への参加の申出` });
    await form
      .getByRole('textbox', { name: '参加の理由' })
      .fill('子どもの居場所づくりの経験を共有したいため');
    await form.getByRole('button', { name: '参加を申し出る' }).click();
    await page.getByText(`${name}への参加を申し出ました。事務局が確認します`).waitFor();
    await groups
      .getByRole('listitem', { name })
      .getByText('参加の申出：事務局の確認待ち')
      .waitFor();
    const history = page.getByRole('table', { name: '参加・脱退の申出' });
    const row = history
      .getByRole('row')
      .filter({ hasText: '子どもの居場所づくりの経験を共有したいため' });
    await expect.poll(() => row.innerText()).toContain('事務局の確認待ち');
    expect(
      await groups
        .getByRole('listitem', { name })
        .getByRole('button', { name: /申し出る/ })
        .count(),
    ).toBe(0);
    await checkPage(page, 'web-member-working-groups-pending');
    // Asking for another organisation through the API with the same cookie is refused.
    const foreign = await api<unknown>(
      page,
      'mutation($id: ID!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: 1 }) { __typename } }',
      { id: otherId },
    );
    expect((foreign as GraphqlAnswer<unknown>).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('事務連絡・会議: reply to a circular once, and to a meeting with a named proxy holder', async () => {
    const { ctx } = await secretariat(web.database.db);
    const own = await web.database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', web.demo.member?.organizationName ?? '')
      .executeTakeFirstOrThrow();
    const notice = await mailings.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({
          ...sampleNotice,
          reply: {
            deadline: '2099-03-31',
            question: '研修会への参加予定人数',
            answerRequired: true,
          },
        }),
        audience: audienceOf([own.id]),
      },
      ctx.config,
    );
    await mailings.sendMailing(ctx.db, ctx, { mailingId: notice.id });
    await waitForMailing(web.database.db, notice.id, ['SENT']);
    await createMeeting(web.database.db, ctx, {
      body: 'GENERAL_MEETING',
      workingGroupNumber: null,
      title: '令和9年度 通常総会',
      startsAt: new Date(Date.now() + 40 * 24 * 3600_000),
      endsAt: null,
      place: '中央合同庁舎第8号館 講堂',
      onlineUrl: null,
      quorum: null,
      allowsProxy: true,
    });

    await page
      .getByRole('navigation', { name: '会員ページ' })
      .getByRole('link', { name: '事務連絡・会議' })
      .click();
    await page.getByRole('heading', { level: 1, name: '事務連絡・会議' }).waitFor();
    const circulars = page.getByRole('list', { name: '受け取った事務連絡' });
    const card = circulars.getByRole('listitem').first();
    await card.getByText('未回答（回答期限：令和81年3月31日）').waitFor();
    await checkPage(page, 'web-member-notices');

    // The answer is required, as on the e-mail link's page.
    const form = card.getByRole('form');
    await form.getByRole('button', { name: '回答する' }).click();
    await form.getByText('回答を入力してください。').waitFor();
    await form.getByRole('textbox', { name: /研修会への参加予定人数/ }).fill('3名');
    await form.getByRole('button', { name: '回答する' }).click();
    await page.getByText(/に回答しました$/).waitFor();
    await page
      .getByRole('list', { name: '受け取った事務連絡' })
      .getByRole('listitem')
      .first()
      .getByText(/回答済み（.*）：3名/)
      .waitFor();
    const ack = await web.database.db
      .selectFrom('acknowledgements')
      .select(['answer', 'channel'])
      .where('mailing_id', '=', notice.id)
      .execute();
    expect(ack).toEqual([{ answer: '3名', channel: 'API' }]);
    // Once per organisation: the API refuses a second reply with the same cookie.
    const received = await api<{
      viewer: { organization: { receivedNotices: { edges: { node: { mailingId: string } }[] } } };
    }>(
      page,
      '{ viewer { organization { receivedNotices(first: 1) { edges { node { mailingId } } } } } }',
    );
    const mailingId = received.data?.viewer.organization.receivedNotices.edges[0]?.node.mailingId;
    const again = await api<{ acknowledgeMailing: { __typename: string } }>(
      page,
      'mutation($id: ID!) { acknowledgeMailing(input: { mailingId: $id, answer: "5名" }) { __typename } }',
      { id: mailingId },
    );
    expect(again.data?.acknowledgeMailing.__typename).toBe('ConflictError');

    const meeting = page.getByRole('list', { name: '会議' }).getByRole('listitem', {
      name: '令和9年度 通常総会',
    });
    await meeting.getByText('未回答').waitFor();
    await meeting.getByRole('radio', { name: '欠席し、委任する（委任状）' }).check();
    await meeting.getByRole('radio', { name: '氏名を指定する' }).check();
    await meeting.getByRole('button', { name: '出欠を回答する' }).click();
    await meeting.getByText('委任先の氏名を入力してください。').waitFor();
    await meeting.getByRole('textbox', { name: /委任先の氏名/ }).fill('山田 太郎');
    await meeting.getByRole('button', { name: '出欠を回答する' }).click();
    await page.getByText('「令和9年度 通常総会」の出欠を回答しました').waitFor();
    await page
      .getByRole('list', { name: '会議' })
      .getByRole('listitem', { name: '令和9年度 通常総会' })
      .getByText('欠席し、委任する（委任状）（委任先：山田 太郎）')
      .first()
      .waitFor();
    await checkPage(page, 'web-member-notices-answered');
  });

  it('利用者: the organisation admin invites a user (who gets the e-mail) and removes them', async () => {
    await page
      .getByRole('navigation', { name: '会員ページ' })
      .getByRole('link', { name: '利用者' })
      .click();
    await page.getByRole('heading', { level: 1, name: '利用者' }).waitFor();
    const users = page.getByRole('list', { name: '利用者の一覧' });
    await users.getByText('（あなた）').waitFor();
    await checkPage(page, 'web-member-users');
    const before = (await web.mailbox.list()).length;
    const form = page.getByRole('form', { name: '利用者を招待する' });
    await form.getByRole('textbox', { name: /^氏名/ }).fill('鈴木 一郎');
    await form
      .getByRole('textbox', { name: /メールアドレス/ })
      .fill('suzuki@member-web.example.jp');
    await form.getByRole('button', { name: '招待する' }).click();
    await page
      .getByText('鈴木 一郎 さんを招待しました。サインイン方法をメールでお知らせしました')
      .waitFor();
    await users.getByRole('listitem', { name: '鈴木 一郎' }).waitFor();
    await expect.poll(async () => (await web.mailbox.list()).length).toBeGreaterThan(before);
    // The same address twice: shown at the field.
    await form.getByRole('textbox', { name: /^氏名/ }).fill('鈴木 一郎');
    await form
      .getByRole('textbox', { name: /メールアドレス/ })
      .fill('suzuki@member-web.example.jp');
    await form.getByRole('button', { name: '招待する' }).click();
    await expect
      .poll(() =>
        form.getByRole('textbox', { name: /メールアドレス/ }).getAttribute('aria-invalid'),
      )
      .toBe('true');

    const card = users.getByRole('listitem', { name: '鈴木 一郎' });
    await card.getByRole('button', { name: '鈴木 一郎 さんを削除' }).click();
    await card.getByRole('button', { name: '削除する' }).click();
    await page.getByText('鈴木 一郎 さんを利用者から削除しました').waitFor();
    expect(await users.getByRole('listitem', { name: '鈴木 一郎' }).count()).toBe(0);
    const gone = await web.database.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', 'suzuki@member-web.example.jp')
      .execute();
    expect(gone).toEqual([]);
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
    const foreignUser = await createUser(web.database.db, {
      role: 'MEMBER',
      organizationId: (
        await web.database.db
          .selectFrom('organizations')
          .select('id')
          .where('name', '!=', web.demo.member?.organizationName ?? '')
          .where('status', '=', 'ACTIVE')
          .limit(1)
          .executeTakeFirstOrThrow()
      ).id,
    });
    const removeUser = await api<{ removeOrganizationUser: { __typename: string } }>(
      page,
      'mutation($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }',
      { id: encodeGlobalID('Account', foreignUser.accountId) },
    );
    expect(removeUser.data?.removeOrganizationUser.__typename).toBe('NotFoundError');
    const invite = await api<unknown>(
      page,
      'mutation($id: ID!) { inviteOrganizationUser(input: { organizationId: $id, displayName: "乗っ取り", email: "takeover@example.jp" }) { __typename } }',
      { id: otherId },
    );
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stillThere = await web.database.db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', foreignUser.accountId)
      .execute();
    expect(stillThere).toHaveLength(1);
    const otherContact = await web.database.db
      .selectFrom('contacts')
      .innerJoin('organizations', 'organizations.id', 'contacts.organization_id')
      .select(['contacts.id', 'contacts.name'])
      .where('organizations.name', '!=', web.demo.member?.organizationName ?? '')
      .limit(1)
      .executeTakeFirstOrThrow();
    const contactId = encodeGlobalID('Contact', otherContact.id);
    const edit = await api<{ updateContact: { __typename: string } }>(
      page,
      'mutation($id: ID!) { updateContact(input: { contactId: $id, name: "乗っ取り" }) { __typename } }',
      { id: contactId },
    );
    expect(edit.data?.updateContact.__typename).toBe('NotFoundError');
    const removal = await api<{ removeContact: { __typename: string } }>(
      page,
      'mutation($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }',
      { id: contactId },
    );
    expect(removal.data?.removeContact.__typename).toBe('NotFoundError');
    const added = await api<unknown>(
      page,
      'mutation($id: ID!) { addContact(input: { organizationId: $id, name: "乗っ取り", email: "x@example.jp" }) { __typename } }',
      { id: otherId },
    );
    expect(added.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const still = await web.database.db
      .selectFrom('contacts')
      .select('name')
      .where('id', '=', otherContact.id)
      .executeTakeFirstOrThrow();
    expect(still.name).toBe(otherContact.name);
    const description = await web.database.db
      .selectFrom('organizations')
      .select('description')
      .where('description', '=', '乗っ取り')
      .execute();
    expect(description).toEqual([]);
  });

  describe('入会申請 /apply', () => {
    let visitor: Page;

    async function fill(p: Page, name: string, email: string, kana = 'ひだまりねっと') {
      await p.getByRole('radio', { name: /賛助会員/ }).check();
      await p.getByRole('textbox', { name: /^団体名\s*※必須/ }).fill(name);
      await p.getByRole('textbox', { name: /^団体名のふりがな/ }).fill(kana);
      await p.getByRole('combobox', { name: /団体の種類/ }).selectOption('株式会社');
      await p.getByRole('combobox', { name: /所在地/ }).selectOption({ label: '大阪府' });
      await p.getByRole('radio', { name: '全国', exact: true }).check();
      await p.getByRole('checkbox', { name: '居場所づくり' }).check();
      await p.getByRole('textbox', { name: /^氏名\s*※必須/ }).fill('中村 美咲');
      await p.getByRole('textbox', { name: /メールアドレス/ }).fill(email);
    }

    it('the form shows what is missing at each field and sends nothing', async () => {
      visitor = await web.newPage();
      visitor.setDefaultTimeout(10_000);
      await visitor.goto(web.url('/apply'));
      await visitor.getByRole('heading', { level: 1, name: '入会申請' }).waitFor();
      for (const category of ['正会員', '賛助会員', '協力会員']) {
        await visitor.getByRole('radio', { name: new RegExp(category) }).waitFor();
      }
      await checkPage(visitor, 'web-apply-form');
      await visitor.getByRole('button', { name: '申請内容を送信する' }).click();
      await visitor.getByText('入力内容を確認してください。').waitFor();
      await visitor.getByText('会員種別を選んでください。').waitFor();
      await visitor.getByText('内容を確認し、同意してください。').waitFor();
      expect(
        await visitor
          .getByRole('textbox', { name: /^団体名\s*※必須/ })
          .getAttribute('aria-invalid'),
      ).toBe('true');
    });

    it('an API refusal is shown at its field; a corrected application ends on the confirmation page only', async () => {
      const email = 'apply-web@hidamari.example.jp';
      await fill(visitor, '株式会社 ひだまりネット', email, 'ヒダマリネット');
      await visitor.getByRole('checkbox', { name: /上記の内容に同意します/ }).focus();
      await visitor.keyboard.press('Space');
      await visitor.getByRole('button', { name: '申請内容を送信する' }).click();
      const kana = visitor.getByRole('textbox', { name: /^団体名のふりがな/ });
      await expect.poll(() => kana.getAttribute('aria-invalid')).toBe('true');
      await visitor.getByText('ひらがなで入力してください', { exact: false }).last().waitFor();

      await kana.fill('ひだまりねっと');
      const before = (await web.mailbox.list()).length;
      await visitor.getByRole('button', { name: '申請内容を送信する' }).focus();
      await visitor.keyboard.press('Enter');
      await visitor.getByRole('heading', { level: 1, name: '確認メールを送信しました' }).waitFor();
      // Nothing about the address or the organisation is echoed.
      const text = await visitor.locator('main').innerText();
      expect(text).not.toContain(email);
      expect(text).not.toContain('ひだまりネット');
      expect(text).not.toMatch(/既に|登録済/);
      await expect.poll(async () => (await web.mailbox.list()).length).toBeGreaterThan(before);
      await checkPage(visitor, 'web-apply-sent');
    });

    it('a bot that fills the hidden field sees the same page, and nothing is stored', async () => {
      const bot = await web.newPage();
      await bot.goto(web.url('/apply'));
      await fill(bot, '株式会社 スパムボット', 'bot@spam.example.jp');
      await bot.getByRole('checkbox', { name: /上記の内容に同意します/ }).check();
      // People never see it; a bot fills every input it finds.
      await bot.locator('input[name="homepage"]').fill('http://spam.example.jp', { force: true });
      await bot.getByRole('button', { name: '申請内容を送信する' }).click();
      await bot.getByRole('heading', { level: 1, name: '確認メールを送信しました' }).waitFor();
      const stored = await web.database.db
        .selectFrom('organizations')
        .select('id')
        .where('name', '=', '株式会社 スパムボット')
        .execute();
      expect(stored).toEqual([]);
      await bot.context().close();
    });
  });
});
