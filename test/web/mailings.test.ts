/**
 * The console's 配信 area in Chromium against the real server, Postgres, worker and local SMTP
 * mailbox: the list, the 事務連絡 editor (field errors, upload, a version conflict), and the
 * full path — staff drafts a circular to working group 2 with an attachment and a reply
 * request, previews it at 375 and 1280 px, asks for approval, a second admin approves, staff
 * sends, every recipient's delivery reaches SENT in the mailbox, a member replies through the
 * link in the e-mail and the reply shows on the mailing page; a new メールマガジン proposed the
 * next issue number and a duplicate confirmed at the field; an unsent draft deleted after a
 * confirmation step.
 */
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../../src/modules/accounts/account.repository.js';
import { haveChromium } from '../helpers/chromium.js';
import { checkPage, pathOf, startWebWorld, type WebWorld } from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/mailings.test.ts');

/** Polls wait long enough for a loaded machine. */
const POLL = { timeout: 15_000, interval: 200 };

const SUBJECT = '第2分科会 研修会の開催について（御案内）';
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe.skipIf(!chromiumReady)('console 配信', { timeout: 120_000 }, () => {
  let web: WebWorld;
  let staff: Page;
  let admin: Page;
  let editor: Page;
  let mailingPath: string;

  beforeAll(async () => {
    web = await startWebWorld();
    staff = await web.newPage();
    admin = await web.newPage();
    // Staff again, on a page of its own for the last tests: the others see uploaded photos the
    // preview cannot load (the world's PUBLIC_URL). Signed in now, while the mailbox is small.
    editor = await web.newPage();
    await web.signIn(editor, web.demo.staffEmail);
  }, 120_000);

  it('lists the demo mailings newest first, narrows by kind, state and subject words', async () => {
    await staff.goto(web.url('/admin/mailings'));
    await staff.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(staff, web.demo.staffEmail);
    await staff.getByRole('heading', { level: 1, name: '配信' }).waitFor();
    expect(pathOf(staff)).toBe('/admin/mailings');
    const table = staff.getByRole('table', { name: '配信の一覧（新しい順）' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    await checkPage(staff, 'web-admin-mailings');

    await staff.getByLabel('種類').selectOption('NOTICE');
    await expect.poll(() => pathOf(staff), POLL).toContain('kind=NOTICE');
    // The demo has one 事務連絡 among its three drafts.
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(1);
    expect(await table.locator('tbody tr').first().innerText()).toContain('事務連絡');
    await staff.getByLabel('件名で検索').fill('存在しない件名のことば');
    await staff.getByRole('button', { name: '検索する' }).click();
    await staff.getByText('条件に合う配信はありません。').waitFor();
    // The dashboard's link: what waits for approval.
    await staff.goto(web.url('/admin/mailings?view=awaiting-approval'));
    await expect.poll(() => staff.getByLabel('状態').inputValue(), POLL).toBe('awaiting-approval');
    // The demo's 事務連絡 and its 幹事会's 招集通知.
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(2);
  });

  it('the editor shows the API’s problems at their fields in Japanese, and the era date', async () => {
    await staff.goto(web.url('/admin/mailings'));
    await staff.getByRole('link', { name: '事務連絡を作成する' }).click();
    await staff.getByRole('heading', { level: 1, name: '事務連絡を作成' }).waitFor();
    await staff.getByLabel('発出日').fill('2026-12-03');
    await staff.getByText('文書には「令和8年12月3日」と記載されます。').waitFor();
    await staff.getByRole('button', { name: '下書きを作成する' }).click();
    await staff.getByText('入力内容に誤りがあります。').waitFor();
    const subject = staff.getByLabel('件名');
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    expect(await staff.getByText('＊入力してください。').count()).toBeGreaterThanOrEqual(1);
    expect(await staff.getByLabel('本文').getAttribute('aria-invalid')).toBe('true');
    await checkPage(staff, 'web-admin-mailing-editor-errors');
  });

  it('staff drafts a 事務連絡 to working group 2 with an attachment and a reply request', async () => {
    await staff.getByRole('checkbox', { name: '内閣府' }).check();
    await staff.getByRole('checkbox', { name: '厚生労働省' }).check();
    await staff.getByLabel('件名').fill(SUBJECT);
    await staff
      .getByLabel('本文')
      .fill(
        '日頃より本プラットフォームの活動に御協力いただき、ありがとうございます。\n\n第2分科会の研修会を下記のとおり開催します。別添の資料を御確認ください。',
      );
    await staff.getByLabel('添付資料の表題').fill('別添1 研修会の御案内');
    await staff.getByLabel('ファイルを選んでアップロード').setInputFiles({
      name: '別添1_研修会.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await staff.getByText('別添1 研修会の御案内（別添1_研修会.pdf').waitFor();
    await staff.getByRole('checkbox', { name: '各団体に回答（確認の連絡）をお願いする' }).check();
    // A deadline before the circular's date: the API refuses it, shown at the field.
    await staff.getByLabel('回答期限').fill('2026-12-01');
    await staff.getByLabel('送信の前に管理者（作成者以外）の承認を必要とする').uncheck();
    await staff.getByRole('button', { name: '下書きを作成する' }).click();
    await staff.getByText('＊回答期限は発出日以降にしてください。').waitFor();
    expect(await staff.getByLabel('回答期限').getAttribute('aria-invalid')).toBe('true');
    await staff.getByLabel('回答期限').fill('2026-12-18');
    await staff.getByText('メールには「令和8年12月18日」と記載されます。').waitFor();
    await staff.getByRole('button', { name: '下書きを作成する' }).click();
    await staff.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await staff.getByText('事務連絡の下書きを作成しました。').waitFor();
    mailingPath = pathOf(staff);
    expect(mailingPath).toMatch(/^\/admin\/mailings\/[^/]+$/);

    // Audience: working group 2 only, with the live count.
    const before = await staff.getByTestId('audience-recipients').innerText();
    await staff.getByRole('checkbox', { name: /^第2分科会/ }).check();
    await expect
      .poll(() => staff.getByTestId('audience-recipients').innerText(), POLL)
      .not.toBe(before);
    // Contacts by role (the API's ContactRole, shown in Japanese) narrow the count; back to all.
    const allContacts = await staff.getByTestId('audience-recipients').innerText();
    await staff.getByRole('radio', { name: '役割で選ぶ' }).check();
    await staff.getByRole('checkbox', { name: '代表', exact: true }).check();
    await expect
      .poll(() => staff.getByTestId('audience-recipients').innerText(), POLL)
      .not.toBe(allContacts);
    await staff.getByRole('radio', { name: '全ての連絡先' }).check();
    await expect
      .poll(() => staff.getByTestId('audience-recipients').innerText(), POLL)
      .toBe(allContacts);
    await staff.getByRole('button', { name: '宛先を保存する' }).click();
    await staff.getByText('宛先を保存しました。').waitFor();
    expect(await staff.getByRole('checkbox', { name: /^第2分科会/ }).isChecked()).toBe(true);
  });

  it('two people editing: the second save gets a clear conflict message and keeps its input', async () => {
    // A second staff member edits at the same time (the admin who approves later must not have
    // edited the draft: four eyes).
    const colleague = 'colleague@secretariat.example.jp';
    await insertAccount(web.database.db, {
      email: colleague,
      displayName: '事務局 同僚',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const other = await web.newPage();
    await other.goto(web.url(`${mailingPath}/edit`));
    await other.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(other, colleague);
    await other.getByRole('heading', { level: 1, name: '事務連絡を編集' }).waitFor();
    await staff.goto(web.url(`${mailingPath}/edit`));
    await staff.getByRole('heading', { level: 1, name: '事務連絡を編集' }).waitFor();
    expect(await staff.getByLabel('件名').inputValue()).toBe(SUBJECT);

    await other.getByLabel('宛先').fill('第2分科会 参加団体 各位');
    await other.getByRole('button', { name: '保存する' }).click();
    await other.getByText('変更を保存しました。').waitFor();

    const typed = '研修会の参加予定人数を御記入ください';
    await staff.getByLabel('質問（任意）').fill(typed);
    await staff.getByRole('button', { name: '保存する' }).click();
    await staff.getByText('ほかの人がこの配信を先に更新しました').waitFor();
    expect(await staff.getByLabel('質問（任意）').inputValue()).toBe(typed);
    await checkPage(staff, 'web-admin-mailing-conflict');
    // Deliberately saving over it keeps staff's version.
    await staff.getByRole('button', { name: '相手の変更を上書きして保存する' }).click();
    await staff.getByText('変更を保存しました。').waitFor();
  });

  it('previews the real e-mail at 375 and 1280 px, HTML and text', async () => {
    const frame = staff.frameLocator('[data-testid="preview-frame"]');
    await frame.getByText(SUBJECT).first().waitFor();
    await frame.getByText('別添1 研修会の御案内').first().waitFor();
    const box = await staff.getByTestId('preview-frame').boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(375);
    await checkPage(staff, 'web-admin-mailing-preview-375');
    await staff.getByLabel('パソコン（1280 px）').check();
    await expect
      .poll(
        async () =>
          Math.round((await staff.getByTestId('preview-frame').boundingBox())?.width ?? 0),
        POLL,
      )
      .toBe(1280);
    await frame.getByText(SUBJECT).first().waitFor();
    await checkPage(staff, 'web-admin-mailing-preview-1280');
    await staff.getByRole('tab', { name: 'テキスト' }).click();
    await staff.getByRole('tabpanel').getByText('研修会の参加予定人数を御記入ください').waitFor();
    await staff.getByRole('tab', { name: 'HTML' }).click();
  });

  it('staff asks for approval and cannot approve; the second admin approves', async () => {
    await staff.getByRole('button', { name: '承認を依頼する' }).click();
    await staff.getByText('承認を依頼しました。').waitFor();
    const approve = staff.getByRole('button', { name: 'この内容で承認する' });
    expect(await approve.isDisabled()).toBe(true);
    await staff.getByText('承認できるのは事務局の管理者です。').waitFor();
    expect(await staff.getByRole('button', { name: '今すぐ送信する' }).isDisabled()).toBe(true);
    await staff.getByText('承認されるまで送信・予約はできません。').waitFor();

    await admin.goto(web.url(mailingPath));
    await admin.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(admin, web.demo.adminEmail);
    await admin.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await admin.getByRole('button', { name: 'この内容で承認する' }).click();
    await admin.getByText('この内容で承認しました。').waitFor();
    await expect
      .poll(() => admin.getByTestId('approval-state').innerText(), POLL)
      .toContain('承認済み');
  });

  it('staff sends; progress reaches SENT for every recipient in the local mailbox', async () => {
    await staff.reload();
    await staff.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await staff.getByRole('button', { name: '今すぐ送信する' }).click();
    await staff.getByRole('button', { name: '送信を開始する' }).click();
    await staff.getByText('送信を開始しました。').waitFor();
    await expect
      .poll(() => staff.getByTestId('mailing-status').innerText(), {
        timeout: 60_000,
        interval: 500,
      })
      .toBe('送信済み');
    const summary = await staff.getByTestId('progress-summary').innerText();
    const [, total, done] = /([\d,]+)件中 ([\d,]+)件/.exec(summary) ?? [];
    expect(Number(total?.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(done).toBe(total);

    // Every delivery the API recorded is SENT and its message is in the mailbox.
    const mailbox = (await web.mailbox.list(1000)).filter((m) => m.subject.includes(SUBJECT));
    const rows = await web.database.db
      .selectFrom('deliveries')
      .innerJoin('mailings', 'mailings.id', 'deliveries.mailing_id')
      .select(['deliveries.address', 'deliveries.status'])
      .where('mailings.subject', 'like', `%${SUBJECT}%`)
      .execute();
    expect(rows.length).toBe(Number(total?.replace(/,/g, '')));
    const sent = rows.filter((r) => r.status === 'SENT').map((r) => r.address.toLowerCase());
    const suppressed = rows.filter((r) => r.status === 'SUPPRESSED');
    expect(sent.length + suppressed.length).toBe(rows.length);
    const received = new Set(mailbox.flatMap((m) => m.envelopeTo.map((a) => a.toLowerCase())));
    for (const address of sent) expect(received.has(address), address).toBe(true);
    await staff.getByRole('table', { name: /^宛先（/ }).waitFor();
    await checkPage(staff, 'web-admin-mailing-sent');
  });

  it('a member replies through the e-mail’s link; the reply shows on the mailing page', async () => {
    const message = (await web.mailbox.list(1000)).find((m) => m.subject.includes(SUBJECT));
    expect(message).toBeDefined();
    const parsed = await simpleParser((await web.mailbox.raw(message?.id ?? '')) ?? '');
    const link = /https?:\/\/\S+\/acknowledge\/[A-Za-z0-9._~%-]+/.exec(parsed.text ?? '')?.[0];
    expect(link, parsed.text).toBeDefined();
    const member = await web.newPage();
    await member.goto(link ?? '');
    await member.getByText(SUBJECT).first().waitFor();
    await member.getByRole('textbox').first().fill('3名');
    await member.getByRole('button', { name: '受領を報告する' }).click();
    await member.getByText('回答を受け付けました').waitFor();

    await staff.reload();
    await staff.getByRole('heading', { name: '回答の状況' }).waitFor();
    expect(await staff.getByTestId('replies-acknowledged').innerText()).toBe('1');
    await staff
      .getByRole('table', { name: /^回答した団体/ })
      .getByText('3名')
      .waitFor();
    await checkPage(staff, 'web-admin-mailing-replies');
  });
  it('edits the demo メールマガジン: items by section, field errors, what the form does not show is kept', async () => {
    const before = await web.database.db
      .selectFrom('mailings')
      .select(['id', 'content'])
      .where('kind', '=', 'NEWSLETTER')
      .executeTakeFirstOrThrow();
    const references = (value: unknown) =>
      (JSON.stringify(value).match(/"(organizationId|visitReportId)"/g) ?? []).length;
    await staff.goto(web.url('/admin/mailings?kind=NEWSLETTER'));
    await staff.getByRole('link', { name: /メールマガジン 第12号/ }).click();
    await staff.getByRole('link', { name: '内容を編集する' }).click();
    await staff.getByRole('heading', { level: 1, name: 'メールマガジンを編集' }).waitFor();
    const title = staff.getByLabel('記事 1-1 の題名');
    await title.fill('');
    await staff.getByRole('button', { name: '保存する' }).click();
    await staff.getByText('入力内容に誤りがあります。').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await checkPage(staff, 'web-admin-newsletter-editor');
    await title.fill('地域の居場所づくり 最新の取組（編集済み）');
    await staff.getByRole('button', { name: '保存する' }).click();
    await staff.getByText('変更を保存しました。').waitFor();
    await staff
      .frameLocator('[data-testid="preview-frame"]')
      .getByText('地域の居場所づくり 最新の取組（編集済み）', { exact: true })
      .first()
      .waitFor();
    const after = await web.database.db
      .selectFrom('mailings')
      .select('content')
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    expect(references(after.content)).toBe(references(before.content));
  });
  it('edits the demo 事務局訪問記: a photo uploaded, its alt text required at the field, shown in the e-mail', async () => {
    await staff.goto(web.url('/admin/mailings?kind=VISIT_REPORT'));
    await staff
      .getByRole('table', { name: '配信の一覧（新しい順）' })
      .getByRole('link')
      .first()
      .click();
    await staff.getByRole('link', { name: '内容を編集する' }).click();
    await staff.getByRole('heading', { level: 1, name: '事務局訪問記を編集' }).waitFor();
    // The heading shows before the draft is loaded: count its photos once the form is there.
    await staff.getByLabel('写真を選んでアップロード').waitFor();
    const before = await staff.getByLabel(/^写真 \d+ の説明/).count();
    await staff.getByLabel('写真を選んでアップロード').setInputFiles({
      name: '配膳の様子.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    const alt = staff.getByLabel(`写真 ${before + 1} の説明（代替テキスト）`);
    await alt.waitFor();
    // The thumbnail comes from /files/<the File's ID>, percent-encoded, and loads.
    const thumbnail = staff.locator('img[src^="/files/"]').last();
    await expect
      .poll(() =>
        thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0);
    await staff.getByRole('button', { name: '保存する' }).click();
    await staff.getByText('入力内容に誤りがあります。').waitFor();
    expect(await alt.getAttribute('aria-invalid')).toBe('true');
    await checkPage(staff, 'web-admin-visit-report-editor');
    await alt.fill('配膳をするボランティアの皆さん');
    await staff.getByRole('button', { name: '保存する' }).click();
    await staff.getByText('変更を保存しました。').waitFor();
    await staff
      .frameLocator('[data-testid="preview-frame"]')
      .getByRole('img', { name: '配膳をするボランティアの皆さん', exact: true })
      .waitFor({ state: 'attached' });
  });
  it('an admin who edited a mailing cannot approve it, and the page says why', async () => {
    // The 事務局訪問記 staff just edited: the admin edits it too and asks for approval.
    const mailingPage = new URL(staff.url()).pathname.replace(/\/edit-visit-report$/, '');
    await admin.goto(web.url(mailingPage));
    await admin.getByRole('link', { name: '内容を編集する' }).click();
    await admin
      .getByRole('checkbox', { name: '送信の前に管理者（作成者以外）の承認を必要とする' })
      .check();
    await admin.getByRole('button', { name: '保存する' }).click();
    await admin.getByText('変更を保存しました。').waitFor();
    await admin.goto(web.url(mailingPage));
    const approve = admin.getByRole('button', { name: 'この内容で承認する' });
    await approve.waitFor();
    expect(await approve.isDisabled()).toBe(true);
    await admin.getByText('この配信を編集した人は承認できません。').waitFor();
  });
  it('a new メールマガジン is proposed the next issue number; a duplicate is refused at the field until confirmed', async () => {
    await editor.goto(web.url('/admin/mailings'));
    await editor.getByRole('link', { name: 'メールマガジンを作成する' }).click();
    await editor.getByRole('heading', { level: 1, name: 'メールマガジンを作成' }).waitFor();
    const issueNumber = editor.getByRole('textbox', { name: /^号数/ });
    // The demo's newsletter is 第12号.
    await expect.poll(() => issueNumber.inputValue(), POLL).toBe('13');
    await issueNumber.fill('12');
    await editor.getByLabel('セクション 1 の見出し').fill('会員の活動紹介');
    await editor.getByLabel('記事 1-1 の題名').fill('重複した号数の記事');
    await editor.getByRole('button', { name: '下書きを作成する' }).click();
    await editor.getByText(/^＊第12号は「.*メールマガジン.*」（下書き）と同じ号数です。/).waitFor();
    expect(await issueNumber.getAttribute('aria-invalid')).toBe('true');
    const confirm = editor.getByRole('checkbox', {
      name: '重複を確認しました。同じ号数（第12号）で保存する',
    });
    expect(await confirm.isChecked()).toBe(false);
    await checkPage(editor, 'web-admin-newsletter-duplicate-issue');
    // Saving again without confirming is refused again: nothing was created.
    await editor.getByRole('button', { name: '下書きを作成する' }).click();
    await editor.getByText('号数がほかのメールマガジンと重複しています。').waitFor();
    const twelves = async () =>
      (
        await web.database.db
          .selectFrom('mailings')
          .select('content')
          .where('kind', '=', 'NEWSLETTER')
          .execute()
      ).filter((r) => (r.content as { issueNumber: number }).issueNumber === 12).length;
    expect(await twelves()).toBe(1);
    await confirm.check();
    await editor.getByRole('button', { name: '下書きを作成する' }).click();
    await editor.getByText('メールマガジンの下書きを作成しました。').waitFor();
    expect(await twelves()).toBe(2);
  });
  it('deletes the unsent draft after a confirmation step and returns to the list with a message', async () => {
    const draftPath = pathOf(editor);
    const subject = await editor.getByRole('heading', { level: 1 }).innerText();
    await editor.getByRole('button', { name: '下書きを削除する' }).click();
    const confirmation = editor.getByRole('region', { name: '下書きの削除の確認' });
    await confirmation.getByText('削除した下書きは元に戻せません。').waitFor();
    await checkPage(editor, 'web-admin-mailing-delete-confirm');
    // Changing one's mind keeps it.
    await confirmation.getByRole('button', { name: 'やめる' }).click();
    expect(await confirmation.count()).toBe(0);
    expect(pathOf(editor)).toBe(draftPath);

    await editor.getByRole('button', { name: '下書きを削除する' }).click();
    await confirmation.getByRole('button', { name: '削除する' }).click();
    await editor.waitForURL((url) => url.pathname === '/admin/mailings');
    await editor.getByText(`下書き「${subject}」を削除しました。`).waitFor();
    const id = draftPath.split('/').pop() ?? '';
    const localId = Buffer.from(decodeURIComponent(id), 'base64').toString().split(':')[1] ?? '';
    const left = await web.database.db
      .selectFrom('mailings')
      .select('id')
      .where('id', '=', localId)
      .execute();
    expect(left).toEqual([]);
    const audit = await web.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', localId)
      .where('action', '=', 'mailing.delete')
      .execute();
    expect(audit).toHaveLength(1);
    // A sent mailing offers no deletion.
    await editor.goto(web.url(mailingPath));
    await editor.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await editor.getByTestId('mailing-status').waitFor();
    expect(await editor.getByRole('button', { name: '下書きを削除する' }).count()).toBe(0);
  });
});
