/**
 * The console's 返信 (/admin/replies) in Chromium: a 事務連絡 asking for a reply, sent by the
 * real worker to three demo organisations through the local mailbox; the list and the
 * per-organisation state; a reply received by phone recorded by the secretariat; the CSV
 * download; a reminder with an added message sent after its preview, reaching only those that
 * have not replied; a reminder of a circular that required approval made as a draft, approved by
 * another admin and sent.
 */
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNotice } from '../../src/mail/render/samples.js';
import { insertAccount } from '../../src/modules/accounts/account.repository.js';
import { addAgendaItem, createMeeting } from '../../src/modules/governance/meeting.service.js';
import type { Mailing } from '../../src/modules/mailings/mailing.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { createMeetingNotice } from '../../src/modules/mailings/meeting-notice.service.js';
import { createUser } from '../helpers/accounts.js';
import { haveChromium } from '../helpers/chromium.js';
import { secretariat, serviceContext, waitForMailing } from '../helpers/mail/harness.js';
import { checkPage, startWebWorld, type WebWorld } from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/replies.test.ts');

const QUESTION = '研修会への参加予定人数を御記入ください';
/** Two paragraphs, with characters that must reach the recipient as text. */
const REMINDER_MESSAGE =
  '回答期限は12月24日です。<未回答の団体へ>\n\nお手数ですが御回答をお願いします。';
const SUBJECT = '研修会の参加予定について（回答のお願い）';

interface Org {
  id: string;
  name: string;
  email: string;
}

describe.skipIf(!chromiumReady)('console: 返信', () => {
  let web: WebWorld;

  /** The text part of the first message in the mailbox whose subject is `subject`. */
  async function reminderText(subject: string): Promise<string> {
    const found = (await web.mailbox.list(1000)).find((m) => m.subject.includes(subject));
    if (!found) throw new Error(`no message 「${subject}」 in the mailbox`);
    return (await simpleParser((await web.mailbox.raw(found.id)) ?? '')).text ?? '';
  }

  let admin: Page;
  let orgs: Org[];
  let circular: Mailing;

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await web.newPage();
    admin.setDefaultTimeout(20_000);
    orgs = await web.database.db
      .selectFrom('organizations as o')
      .innerJoin('contacts as c', (j) =>
        j.onRef('c.organization_id', '=', 'o.id').on('c.is_primary', '=', true),
      )
      .select(['o.id', 'o.name', 'c.email'])
      .where('o.status', '=', 'ACTIVE')
      .orderBy('o.name_kana')
      .limit(3)
      .execute();
    const { ctx } = await secretariat(web.database.db);
    circular = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({
          ...sampleNotice,
          subject: SUBJECT,
          reply: { deadline: '2099-12-24', question: QUESTION },
        }),
        audience: {
          categories: ['SUPPORTING'],
          organizationTypes: ['(nobody)'],
          includeOrganizations: orgs.map((o) => o.id),
          contacts: { selection: 'PRIMARY' },
        },
      },
      ctx.config,
    );
    await service.sendMailing(ctx.db, ctx, { mailingId: circular.id });
    await waitForMailing(web.database.db, circular.id, ['SENT'], 60_000);
  }, 180_000);

  it('lists the circular with its counts, and opens it: every organisation not yet replied', async () => {
    await admin.goto(web.url('/admin/replies'));
    await admin.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(admin, web.demo.adminEmail);
    await admin.getByRole('heading', { level: 1, name: '返信' }).waitFor();
    const row = admin.getByRole('row', { name: new RegExp(SUBJECT) });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      expect.any(String),
      expect.stringContaining(SUBJECT),
      '3',
      '0',
      '0',
      '3',
      '0',
    ]);
    await checkPage(admin, 'web-admin-replies');

    await row.getByRole('link', { name: SUBJECT }).click();
    await admin.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    const table = admin.getByRole('table', { name: /団体ごとの回答/ });
    for (const org of orgs) {
      const orgRow = table.getByRole('row').filter({ hasText: org.name });
      expect(await orgRow.getByRole('cell').nth(1).innerText()).toBe('未回答');
    }
    expect(await admin.getByText(`質問：${QUESTION}`).isVisible()).toBe(true);
    await checkPage(admin, 'web-admin-replies-mailing');
  });

  it('records a reply received by phone (a note is required) and shows it', async () => {
    const [first] = orgs as [Org];
    await admin.getByRole('button', { name: `${first.name}の回答を記録する` }).click();
    const form = admin.getByRole('form', { name: `${first.name}の回答を記録する` });
    await form.getByLabel('回答').fill('3名');
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('＊受け付けた方法や相手を入力してください。').waitFor();
    expect(await web.database.db.selectFrom('acknowledgements').select('id').execute()).toEqual([]);

    await form.getByLabel('備考').fill('12月5日 電話で事務担当者より');
    await form.getByRole('button', { name: '記録する' }).click();
    await admin.getByText(`${first.name}の回答を記録しました。`).waitFor();
    const row = admin
      .getByRole('table', { name: /団体ごとの回答/ })
      .getByRole('row')
      .filter({ hasText: first.name });
    await expect.poll(() => row.getByRole('cell').nth(1).innerText()).toBe('回答済み');
    expect(await row.getByRole('cell').nth(3).innerText()).toContain('3名');
    expect(await row.getByRole('cell').nth(4).innerText()).toBe('事務局が記録');
    const stored = await web.database.db
      .selectFrom('acknowledgements')
      .select(['organization_id', 'channel', 'answer'])
      .execute();
    expect(stored).toEqual([{ organization_id: first.id, channel: 'SECRETARIAT', answer: '3名' }]);

    await admin.getByRole('link', { name: '未回答', exact: true }).click();
    await admin.waitForURL((url) => url.searchParams.get('state') === 'NOT_YET');
    await expect
      .poll(() => admin.getByRole('table', { name: /団体ごとの回答（五十音順、2団体）/ }).count())
      .toBe(1);
  });

  it('exports every organisation as CSV (BOM, one row each, the recorded answer)', async () => {
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'CSVを書き出す' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^回答状況_.*\.csv$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF"団体名","状態"')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + orgs.length);
    const firstLine = lines.find((l) => l.includes((orgs[0] as Org).name)) ?? '';
    expect(firstLine).toContain('"回答済み"');
    expect(firstLine).toContain('"3名"');
    expect(firstLine).toContain('"事務局が記録"');
  });

  it('sends a reminder with an added message after its preview, only to the organisations that have not replied', async () => {
    // With the keyboard: focus the button and press Enter.
    await admin.getByRole('button', { name: '督促を送る（プレビュー）' }).focus();
    await admin.keyboard.press('Enter');
    const preview = admin.getByRole('region', { name: '督促のプレビュー' });
    await preview.getByText(new RegExp(`^【再送・回答のお願い】.*${SUBJECT}`)).waitFor();
    expect(await preview.getByText('今は2団体').isVisible()).toBe(true);
    expect(await preview.getByTestId('reminder-approval').innerText()).toContain('不要です');
    // Too long a message is refused at its field before anything is sent.
    const message = preview.getByLabel('督促に添える文（任意）');
    await message.fill('あ'.repeat(401));
    await preview.getByRole('button', { name: 'この内容で督促を送信する' }).click();
    await preview
      .getByText('＊督促に添える文は400文字以内で入力してください（401文字あります）。')
      .waitFor();
    expect(await message.getAttribute('aria-invalid')).toBe('true');
    await message.fill(REMINDER_MESSAGE);
    await preview
      .getByTestId('reminder-message-preview')
      .getByText('回答期限は12月24日です。')
      .waitFor();
    await checkPage(admin, 'web-admin-replies-reminder-preview');
    await preview.getByRole('button', { name: 'この内容で督促を送信する' }).click();
    await admin.getByText(/督促「【再送・回答のお願い】.*」の送信を始めました。/).waitFor();

    const reminder = await web.database.db
      .selectFrom('mailings')
      .select('id')
      .where('reminder_of', '=', circular.id)
      .executeTakeFirstOrThrow();
    await waitForMailing(web.database.db, reminder.id, ['SENT'], 60_000);
    const delivered = await web.database.db
      .selectFrom('deliveries')
      .select('address')
      .where('mailing_id', '=', reminder.id)
      .execute();
    expect(delivered.map((d) => d.address).sort()).toEqual(
      orgs
        .slice(1)
        .map((o) => o.email)
        .sort(),
    );
    // The message is in the e-mail, above the circular's own text, escaped.
    const text = await reminderText(`【再送・回答のお願い】【事務連絡・要回答】${SUBJECT}`);
    expect(text.indexOf('回答期限は12月24日です。<未回答の団体へ>')).toBeGreaterThan(
      text.indexOf('事務局より'),
    );
    expect(text.indexOf('回答期限は12月24日です。')).toBeLessThan(
      text.indexOf(sampleNotice.paragraphs[0] as string),
    );
  });

  it('a reminder of a circular that required approval is a draft: another admin approves it, then it is sent', async () => {
    const subject = '承認が必要な事務連絡（督促のテスト）';
    const { ctx } = await secretariat(web.database.db);
    const approverAccount = await createUser(web.database.db, { role: 'SECRETARIAT_ADMIN' });
    const approverCtx = {
      ...serviceContext(web.database.db, approverAccount.accountId),
      viewer: {
        kind: 'SECRETARIAT' as const,
        accountId: approverAccount.accountId,
        sessionId: 'test',
        role: 'SECRETARIAT_ADMIN' as const,
      },
    };
    const approvedCircular = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({
          ...sampleNotice,
          subject,
          reply: { deadline: '2099-12-24' },
        }),
        audience: {
          categories: ['SUPPORTING'],
          organizationTypes: ['(nobody)'],
          includeOrganizations: orgs.map((o) => o.id),
          contacts: { selection: 'PRIMARY' },
        },
        requiresApproval: true,
      },
      ctx.config,
    );
    await service.approveMailing(approverCtx.db, approverCtx, {
      mailingId: approvedCircular.id,
      expectedVersion: approvedCircular.version,
    });
    await service.sendMailing(ctx.db, ctx, { mailingId: approvedCircular.id });
    await waitForMailing(web.database.db, approvedCircular.id, ['SENT'], 60_000);

    await admin.goto(web.url('/admin/replies'));
    await admin.getByRole('link', { name: subject }).click();
    await admin.getByRole('heading', { level: 1, name: subject }).waitFor();
    await admin.getByRole('button', { name: '督促を送る（プレビュー）' }).click();
    const preview = admin.getByRole('region', { name: '督促のプレビュー' });
    expect(await preview.getByTestId('reminder-approval').innerText()).toContain(
      '元の事務連絡が承認を必要としたため',
    );
    await preview.getByLabel('督促に添える文（任意）').fill('承認を経て送る督促です。');
    await preview.getByRole('button', { name: 'この内容で督促の下書きを作成する' }).click();
    await admin.getByText(/督促「【再送・回答のお願い】.*」の下書きを作成しました。/).waitFor();
    const reminder = await web.database.db
      .selectFrom('mailings')
      .select(['id', 'status'])
      .where('reminder_of', '=', approvedCircular.id)
      .executeTakeFirstOrThrow();
    expect(reminder.status).toBe('DRAFT');
    await admin.getByRole('link', { name: '督促の下書きを開く（承認と送信）' }).waitFor();

    // Coming back to the replies later, the draft is still listed under 督促, awaiting approval.
    await admin.reload();
    const reminders = admin.getByRole('region', { name: /^督促（1件）$/ });
    await expect
      .poll(() => reminders.getByTestId('reminders').innerText())
      .toContain('下書き（承認待ち。作成者以外の管理者が承認してから送信します）');

    // Its page: the circular it follows up, waiting for approval the creator cannot give.
    await reminders.getByRole('link', { name: /^【再送・回答のお願い】/ }).click();
    await admin.getByText('この配信は事務連絡の督促です').waitFor();
    expect(await admin.getByTestId('approval-state').innerText()).toBe('承認待ち');
    expect(await admin.getByRole('button', { name: 'この内容で承認する' }).isDisabled()).toBe(true);
    await admin.getByText('この配信を作成した本人は承認できません。').waitFor();
    expect(await admin.getByRole('link', { name: '内容を編集する' }).count()).toBe(0);
    await admin
      .frameLocator('[data-testid="preview-frame"]')
      .getByText('承認を経て送る督促です。')
      .waitFor();
    await checkPage(admin, 'web-admin-reminder-draft');
    const reminderPath = new URL(admin.url()).pathname;

    // Another admin approves and sends it.
    const secondAdminEmail = 'second-admin@secretariat.example.jp';
    await insertAccount(web.database.db, {
      email: secondAdminEmail,
      displayName: '事務局 第二管理者',
      role: 'SECRETARIAT_ADMIN',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const second = await web.newPage();
    second.setDefaultTimeout(20_000);
    await second.goto(web.url(reminderPath));
    await second.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(second, secondAdminEmail);
    await second.getByText('この配信は事務連絡の督促です').waitFor();
    await second.getByRole('button', { name: 'この内容で承認する' }).click();
    await second.getByText('この内容で承認しました。').waitFor();
    await second.getByRole('button', { name: '今すぐ送信する' }).click();
    await second.getByRole('button', { name: '送信を開始する' }).click();
    await second.getByText('送信を開始しました。').waitFor();
    await waitForMailing(web.database.db, reminder.id, ['SENT'], 60_000);
    const text = await reminderText(`【再送・回答のお願い】【事務連絡・要回答】${subject}`);
    expect(text).toContain('承認を経て送る督促です。');
  });

  it("a 招集通知's replies per invited organisation; an answer by phone is recorded", async () => {
    const { ctx } = await secretariat(web.database.db);
    const meeting = await createMeeting(web.database.db, ctx, {
      body: 'WORKING_GROUP',
      workingGroupNumber: 1,
      title: '第1分科会 臨時会合（返信テスト）',
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: null,
      place: '中央合同庁舎第8号館',
      onlineUrl: null,
      quorum: null,
      allowsProxy: true,
    });
    await addAgendaItem(web.database.db, ctx, {
      meetingId: meeting.id,
      title: '活動報告',
      description: null,
      proposer: null,
    });
    const notice = await createMeetingNotice(
      ctx.db,
      ctx,
      {
        meetingId: meeting.id,
        contacts: { selection: 'PRIMARY' },
      },
      ctx.config,
    );
    await service.sendMailing(ctx.db, ctx, { mailingId: notice.id });
    await waitForMailing(web.database.db, notice.id, ['SENT'], 60_000);

    await admin.goto(web.url('/admin/replies'));
    const table = admin.getByRole('table', { name: '会議の招集通知（新しい順）' });
    await table.getByRole('link', { name: notice.subject }).click();
    await admin.getByRole('heading', { level: 1, name: notice.subject }).waitFor();
    const invitees = admin.getByRole('table', { name: /団体ごとの回答/ });
    const first = invitees.getByRole('row').nth(1);
    const name = await first.getByRole('cell').nth(0).innerText();
    expect(await first.getByRole('cell').nth(1).innerText()).toBe('未回答');
    await checkPage(admin, 'web-admin-replies-meeting');

    await first.getByRole('button', { name: `${name}の回答を記録する` }).click();
    const form = admin.getByRole('form', { name: `${name}の回答を記録する` });
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('＊回答を選んでください。').waitFor();
    await form.getByLabel('回答').selectOption({ label: '欠席' });
    await form.getByLabel('備考').fill('電話で欠席の連絡');
    await form.getByRole('button', { name: '記録する' }).click();
    await admin.getByText(`${name}の回答を記録しました。`).waitFor();
    const row = invitees.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row.getByRole('cell').nth(1).innerText()).toBe('欠席');
    const stored = await web.database.db
      .selectFrom('meeting_responses')
      .select(['response'])
      .where('meeting_id', '=', meeting.id)
      .execute();
    expect(stored).toEqual([{ response: 'ABSENT' }]);
  });
});
