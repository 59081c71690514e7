/**
 * The three stories of 会員ページ and 入会申請 end to end, each as the people in it live it, in
 * Chromium and through the local mailbox — no GraphQL typed by hand, no database shortcut:
 *
 * 1. an applicant applies on /apply, confirms the address from the e-mail, the secretariat
 *    approves in the console, and the applicant signs in to the 会員ページ from the approval mail;
 * 2. a member edits the profile while the secretariat reviews changes, sees it pending, the
 *    secretariat approves, and the public directory shows the new text;
 * 3. a member asks to join working group 3, the secretariat approves, the member gets the
 *    e-mail and the group lists the organisation.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveChromium } from '../helpers/chromium.js';
import { waitFor } from '../helpers/wait.js';
import { checkPage, pathOf, startWebWorld, type WebWorld } from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/member-stories.test.ts');

describe.skipIf(!chromiumReady)('会員ページ and 入会申請, end to end', () => {
  let web: WebWorld;
  let admin: Page;

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await web.newPage();
    admin.setDefaultTimeout(15_000);
    await admin.goto(web.url('/admin/'));
    await web.signIn(admin, web.demo.adminEmail);
    await admin.getByRole('heading', { level: 1, name: 'ダッシュボード' }).waitFor();
  }, 120_000);

  /** The newest message to `address` whose subject contains `subject`, once it has arrived. */
  async function mailTo(address: string, subject: string): Promise<ParsedMail> {
    return waitFor(
      async () => {
        for (const summary of await web.mailbox.list()) {
          const parsed = await simpleParser((await web.mailbox.raw(summary.id)) ?? '');
          const to = parsed.to && 'text' in parsed.to ? parsed.to.text : '';
          if (
            to.toLowerCase().includes(address.toLowerCase()) &&
            parsed.subject?.includes(subject)
          ) {
            return parsed;
          }
        }
        return undefined;
      },
      { timeoutMs: 20_000 },
    );
  }

  /**
   * The link in a message's text to `pathname` on the server under test (the e-mail names the
   * configured public address; the test server listens on a port of its own).
   */
  function linkIn(message: ParsedMail, pathname: string): string {
    for (const [found] of (message.text ?? '').matchAll(/https?:\/\/\S+/g)) {
      const url = new URL(found);
      if (url.pathname === pathname) return web.url(`${url.pathname}${url.search}`);
    }
    throw new Error(`no link to ${pathname} in:\n${message.text}`);
  }

  it('apply → confirm the address → the secretariat approves → the applicant signs in to the 会員ページ', async () => {
    const name = 'NPO法人 ものがたり食堂';
    const email = 'story-apply@monogatari.example.jp';
    const applicant = await web.newPage();
    applicant.setDefaultTimeout(15_000);

    await applicant.goto(web.url('/apply'));
    await applicant.getByRole('radio', { name: /正会員/ }).check();
    await applicant.getByRole('textbox', { name: /^団体名\s*※必須/ }).fill(name);
    await applicant
      .getByRole('textbox', { name: /^団体名のふりがな/ })
      .fill('ものがたりしょくどう');
    await applicant.getByRole('combobox', { name: /団体の種類/ }).selectOption('NPO法人');
    await applicant
      .getByRole('combobox', { name: /所在地（都道府県）/ })
      .selectOption({ label: '宮城県' });
    // 宮城県 has a designated city: the form offers it.
    await applicant
      .getByRole('combobox', { name: /所在地（政令指定都市）/ })
      .selectOption({ label: '仙台市' });
    await applicant.getByRole('radio', { name: '地域', exact: true }).check();
    await applicant.getByRole('checkbox', { name: '居場所づくり' }).check();
    await applicant.getByRole('textbox', { name: /^氏名\s*※必須/ }).fill('佐藤 陽子');
    await applicant.getByRole('textbox', { name: /メールアドレス/ }).fill(email);
    await applicant.getByRole('checkbox', { name: /上記の内容に同意します/ }).check();
    await applicant.getByRole('button', { name: '申請内容を送信する' }).click();
    await applicant.getByRole('heading', { level: 1, name: '確認メールを送信しました' }).waitFor();

    // Not confirmed yet: the secretariat does not see it.
    await admin.goto(web.url('/admin/register?view=applications'));
    await admin.getByRole('heading', { level: 1, name: '入会申請' }).waitFor();
    expect(await admin.getByRole('heading', { level: 2, name }).count()).toBe(0);

    // The applicant opens the link from the e-mail and presses the button.
    const confirmation = await mailTo(email, '確認');
    await applicant.goto(linkIn(confirmation, '/apply/confirm'));
    await applicant.getByRole('button', { name: '申請を確定する' }).click();
    await expect.poll(() => applicant.locator('h1').innerText()).not.toBe('入会申請の確定');

    // The secretariat reviews it in the console and approves.
    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /申請を審査する/ }).click();
    await admin.getByRole('heading', { level: 2, name }).waitFor();
    await admin.getByText('宮城県 仙台市').waitFor();
    await admin.getByRole('button', { name: `${name}を承認する` }).click();
    await admin.getByText(`${name}：承認しました。`).waitFor();

    // The approval e-mail leads to the sign-in page; the applicant signs in as the new member.
    const approval = await mailTo(email, '入会申請を承認しました');
    expect(approval.text).toContain(name);
    await applicant.goto(linkIn(approval, '/sign-in'));
    await web.signIn(applicant, email);
    expect(pathOf(applicant)).toBe('/member/');
    await applicant.getByRole('heading', { level: 1, name: '団体情報' }).waitFor();
    await expect.poll(() => applicant.getByText(name).first().isVisible()).toBe(true);
    await checkPage(applicant, 'web-story-new-member');
    await applicant.context().close();
    // A whole story through three parties: more than the default 30 s on a loaded machine.
  }, 90_000);

  it('a member edits the profile under review → pending → the secretariat approves → the directory shows it', async () => {
    const memberAccount = web.demo.member;
    if (!memberAccount) throw new Error('the demo has no member user');
    const text = '毎週土曜日に子ども食堂と学習支援を開いています（物語の読み聞かせつき）。';

    // The secretariat turns on the review of profile changes in 管理.
    await admin.goto(web.url('/admin/settings'));
    await admin.getByRole('heading', { name: '登録内容の変更の審査' }).waitFor();
    const turnOn = admin.getByRole('button', { name: '審査するようにする' });
    if ((await turnOn.count()) > 0) {
      await turnOn.click();
      await admin.getByText('登録内容の変更を審査するようにしました。').waitFor();
    }

    const member = await web.newPage();
    member.setDefaultTimeout(15_000);
    await member.goto(web.url('/member/'));
    await web.signIn(member, memberAccount.email);
    await member.getByRole('heading', { level: 1, name: '団体情報' }).waitFor();
    const consents = member.getByRole('group', { name: '公開名簿に載せる項目（公開への同意）' });
    await consents.getByRole('checkbox', { name: '活動の概要' }).check();
    await member.getByRole('textbox', { name: '活動の概要' }).fill(text);
    await member.getByRole('button', { name: '変更を保存する' }).click();
    await member.getByText('変更を申請しました').waitFor();
    const pending = member.getByRole('table', { name: '申請中の変更内容' });
    await expect.poll(() => pending.innerText()).toContain(text);

    // Not public before the approval.
    const own = await web.database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', memberAccount.organizationName)
      .executeTakeFirstOrThrow();
    // What the public directory shows: the API without a session, as a partner site reads it.
    const directoryText = async () => {
      const { data } = await web.server.graphql<{ node: { description: string | null } | null }>(
        'query($id: ID!) { node(id: $id) { ... on Organization { description } } }',
        { id: encodeGlobalID('Organization', own.id) },
      );
      return data?.node?.description;
    };
    expect(await directoryText()).not.toBe(text);

    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /変更申請を確認する/ }).click();
    const card = admin.getByRole('listitem').filter({ hasText: memberAccount.organizationName });
    await card
      .getByRole('row', { name: /活動の概要|団体の紹介/ })
      .first()
      .waitFor();
    await card.getByRole('button', { name: /を承認する$/ }).click();
    await admin.getByText(`${memberAccount.organizationName}の変更申請：承認しました。`).waitFor();

    await mailTo(memberAccount.email, '団体プロフィールの変更を承認しました');
    await expect.poll(directoryText).toBe(text);
    // And the member sees it as registered, with nothing pending.
    await member.reload();
    await expect
      .poll(() => member.getByRole('textbox', { name: '活動の概要' }).inputValue())
      .toBe(text);
    expect(await member.getByRole('table', { name: '申請中の変更内容' }).count()).toBe(0);
    await member.context().close();
  });

  it('a member asks to join working group 3 → approved → the member gets the e-mail and the group lists the organisation', async () => {
    const memberAccount = web.demo.member;
    if (!memberAccount) throw new Error('the demo has no member user');
    const org = memberAccount.organizationName;
    const member = await web.newPage();
    member.setDefaultTimeout(15_000);
    await member.goto(web.url('/member/working-groups'));
    await member.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(member, memberAccount.email);
    expect(pathOf(member)).toBe('/member/working-groups');
    await member.getByRole('heading', { level: 1, name: '分科会' }).waitFor();
    const groups = member.getByRole('list', { name: '分科会の一覧' });
    const third = groups.getByRole('listitem').filter({ hasText: /第3/ });
    const groupName = (await third.getAttribute('aria-label')) ?? '';
    if ((await third.innerText()).includes('参加していません') === false) {
      throw new Error(`the demo organisation is already in ${groupName}`);
    }
    await third.getByRole('button', { name: `${groupName}への参加を申し出る` }).click();
    await third
      .getByRole('textbox', { name: '参加の理由' })
      .fill('地域の居場所づくりの実践を持ち寄りたいため');
    await third.getByRole('button', { name: '参加を申し出る' }).click();
    await third.getByText('参加の申出：事務局の確認待ち').waitFor();

    await admin.goto(web.url('/admin/'));
    await admin.getByRole('link', { name: /申出を確認する/ }).click();
    await admin.getByRole('button', { name: new RegExp(`^${org}の.*を承認する$`) }).click();
    await admin
      .getByText(/承認しました。/)
      .first()
      .waitFor();

    const mail = await mailTo(memberAccount.email, '分科会への参加申請を承認しました');
    expect(mail.text).toContain('第3分科会');

    // The group lists the organisation: on the member's page and in the public API.
    await member.reload();
    await expect
      .poll(() => groups.getByRole('listitem', { name: groupName }).innerText())
      .not.toContain('参加していません');
    const { data } = await web.server.graphql<{
      workingGroup: { members: { edges: { node: { organization: { name: string } } }[] } };
    }>(
      `{ workingGroup(number: 3) {
          members(first: 100) { edges { node { organization { name } } } }
        } }`,
    );
    expect(data?.workingGroup.members.edges.map((e) => e.node.organization.name)).toContain(org);
    await member.context().close();
  });
});
