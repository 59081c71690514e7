/**
 * The console's 会議 area in Chromium, walked as the secretariat would: the board composition
 * (選任, 任期を終える), registering a board meeting, its agenda, entering replies with a proxy and
 * reading the quorum forecast, generating the 招集通知 and following its link, and — for a
 * meeting that has taken place — attendance and minutes. Every screen is checked with axe and at
 * 375/1280 px.
 */
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveChromium } from '../helpers/chromium.js';
import { checkPage, pathOf, startWebWorld, type WebWorld } from '../helpers/web.js';

const chromiumReady = haveChromium('test/web/meetings.test.ts');

/** A day in Japan, `days` from today, as YYYY-MM-DD. */
function dayInJapan(days: number): string {
  return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** 和暦 as the screens write it. */
function wareki(day: string): string {
  return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(`${day}T00:00:00+09:00`));
}

describe.skipIf(!chromiumReady)('console: 会議', () => {
  let web: WebWorld;
  let page: Page;
  /** Three members since before 2025 that never left and hold no seat yet. */
  let names: string[];
  let futureMeetingPath: string;

  beforeAll(async () => {
    web = await startWebWorld();
    page = await web.newPage();
    const rows = await sql<{ name: string }>`
      SELECT o.name FROM organizations o
      WHERE o.status = 'ACTIVE' AND o.joined_on <= '2025-01-01'
        AND NOT EXISTS (SELECT 1 FROM membership_events e
                        WHERE e.organization_id = o.id AND e.status_after <> 'ACTIVE')
        AND NOT EXISTS (SELECT 1 FROM board_seats s WHERE s.organization_id = o.id)
      ORDER BY o.name_kana LIMIT 3`.execute(web.database.db);
    names = rows.rows.map((r) => r.name);
    expect(names).toHaveLength(3);
  }, 120_000);

  /** The invitee table's row of an organisation. */
  function rowOf(name: string) {
    return page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  }

  /** The number shown in a count box of the quorum section. */
  async function countOf(label: string): Promise<number> {
    const section = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 2, name: /定足数/ }) });
    const box = section
      .locator('dl div')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    return Number((await box.locator('dd').innerText()).replace(/,/g, ''));
  }

  it('shows the board and gives seats for a term (幹事会の構成)', async () => {
    await page.goto(web.url('/admin/meetings/board'));
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await web.signIn(page, web.demo.adminEmail);
    expect(pathOf(page)).toBe('/admin/meetings/board');
    await page.getByRole('heading', { level: 1, name: '幹事会の構成' }).waitFor();
    const caption = page.locator('caption');
    const sizeBefore = Number(/（(\d+)席）/.exec(await caption.innerText())?.[1]);

    for (const name of names) {
      await page.getByLabel('団体名で検索').fill(name);
      await page.getByRole('button', { name: '検索', exact: true }).click();
      await page.getByLabel('団体※必須').selectOption({ label: name });
      await page.getByLabel('役職※必須').selectOption({ label: '幹事' });
      await page.getByLabel('任期の初日※必須').fill('2025-04-01');
      await page.getByRole('button', { name: '選任する' }).click();
      await page.getByText(`${name}を幹事に選任しました。`).waitFor();
    }
    await expect.poll(async () => caption.innerText()).toContain(`（${sizeBefore + 3}席）`);
    const row = page.getByRole('row').filter({ hasText: names[0] });
    await expect.poll(() => row.innerText()).toContain(`${wareki('2025-04-01')} 〜 （定めなし）`);

    // A second seat overlapping the first term is refused, with the API's reason shown.
    await page.getByLabel('団体名で検索').fill(names[0] ?? '');
    await page.getByLabel('団体名で検索').press('Enter');
    await page.getByLabel('団体※必須').selectOption({ label: names[0] ?? '' });
    await page.getByRole('button', { name: '選任する' }).click();
    await page.getByRole('alert').filter({ hasText: '選任できませんでした' }).waitFor();
    expect(await page.getByText(/を幹事に選任しました。/).count()).toBe(0);
    expect(await caption.innerText()).toContain(`（${sizeBefore + 3}席）`);
    await checkPage(page, 'web-admin-meetings-board');
  }, 90_000);

  it('registers a board meeting with the form, then shows it in the list', async () => {
    await page.goto(web.url('/admin/meetings'));
    await page.getByRole('heading', { level: 1, name: '会議' }).waitFor();
    // Keyboard: the link to the form is reachable with Tab and opens with Enter.
    await page.getByRole('link', { name: '会議を登録する' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '会議の登録' }).waitFor();

    // Missing start: the field says so and nothing is created.
    await page.getByLabel('会議名※必須').fill('第9回幹事会');
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await page.getByText('＊開始日時を入力してください。').waitFor();
    expect(pathOf(page)).toBe('/admin/meetings/new');
    // An end before the start: the API's field error is shown at the field.
    const day = dayInJapan(30);
    await page.getByLabel('開始日時※必須').fill(`${day}T14:00`);
    await page.getByLabel('終了予定日時').fill(`${day}T13:00`);
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await page.getByRole('alert').filter({ hasText: '保存できませんでした' }).waitFor();
    await expect
      .poll(() => page.getByLabel('終了予定日時').getAttribute('aria-invalid'))
      .toBe('true');
    await checkPage(page, 'web-admin-meetings-new');

    await page.getByLabel('終了予定日時').fill(`${day}T16:00`);
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await page.getByRole('heading', { level: 1, name: '第9回幹事会' }).waitFor();
    futureMeetingPath = pathOf(page);
    await page.getByText('（出欠の回答を受付中）').waitFor();
    expect(await countOf('招集')).toBeGreaterThanOrEqual(3);

    await page.getByRole('link', { name: '会議', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: '会議' }).waitFor();
    await page.getByRole('button', { name: '幹事会' }).click();
    const row = page.getByRole('row').filter({ hasText: '第9回幹事会' });
    await row.waitFor();
    expect(await row.innerText()).toContain('開催予定');
    await checkPage(page, 'web-admin-meetings-list');
  }, 90_000);

  it('adds and decides agenda items, and edits the meeting (venue)', async () => {
    await page.goto(web.url(futureMeetingPath));
    await page.getByRole('heading', { level: 1, name: '第9回幹事会' }).waitFor();
    // 招集通知 without agenda or venue: refused with the reasons.
    await page.getByRole('button', { name: '招集通知を作成する' }).click();
    const refused = page.getByRole('alert').filter({ hasText: '招集通知を作成できませんでした' });
    await refused.waitFor();
    expect(await refused.innerText()).toContain('議事がありません');

    // Keyboard: type the title and submit with Enter.
    await page.getByRole('textbox', { name: '件名※必須' }).focus();
    await page.keyboard.type('令和8年度事業計画（案）について');
    await page.keyboard.press('Enter');
    await page.getByText('第1号議案　令和8年度事業計画（案）について').waitFor();
    await page.getByRole('textbox', { name: '件名※必須' }).fill('会費規程の改定について');
    await page.getByRole('button', { name: '議案を追加する' }).click();
    await page.getByText('第2号議案　会費規程の改定について').waitFor();

    await page.getByRole('button', { name: '第2号議案を編集・決定する' }).click();
    await page.getByLabel('状態').selectOption({ label: '取り下げ' });
    await page.getByLabel('決定の記録').fill('提案者の申出により');
    await page.getByRole('button', { name: '保存する' }).click();
    const second = page.getByRole('listitem').filter({ hasText: '第2号議案' });
    await expect.poll(() => second.innerText()).toContain('取り下げ（提案者の申出により）');

    await page.getByRole('link', { name: '会議の内容を変更する' }).click();
    await page.getByRole('heading', { level: 1, name: '会議の変更' }).waitFor();
    await expect.poll(() => page.getByLabel('会議体※必須').isDisabled()).toBe(true);
    await page.getByLabel('会場').fill('東京都千代田区 会議室A');
    await page.getByLabel('オンライン参加の URL').fill('https://meet.example.jp/board-9');
    await checkPage(page, 'web-admin-meetings-edit');
    await page.getByRole('button', { name: '変更を保存する' }).click();
    await page.getByRole('heading', { level: 1, name: '第9回幹事会' }).waitFor();
    await page.getByText('東京都千代田区 会議室A').waitFor();
  }, 90_000);

  it('enters replies with a proxy and shows the quorum forecast', async () => {
    const [a = '', b = '', c = ''] = names;
    const invited = await countOf('招集');
    const required = Math.floor(invited / 2) + 1;

    async function reply(name: string, response: string) {
      // Keyboard: the row's button opens the form and focus moves to its heading.
      await page.getByRole('button', { name: `${name}の回答を入力する` }).focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { name: `${name}の回答（事務局が入力）` });
      await heading.waitFor();
      await expect
        .poll(() => heading.evaluate((h) => h === h.ownerDocument.activeElement))
        .toBe(true);
      await page.getByRole('radio', { name: response, exact: true }).check();
    }

    await reply(a, '出席');
    await page.getByLabel('備考').fill('代表理事が出席');
    await page.getByRole('button', { name: '回答を記録する' }).click();
    await page.getByText(`${a}の回答を記録しました。`).waitFor();

    await reply(b, '委任状');
    await page.getByRole('radio', { name: '招集対象の他の団体' }).check();
    await page.getByLabel('委任先の団体').selectOption({ label: a });
    await page.getByRole('button', { name: '回答を記録する' }).click();
    await page.getByText(`${b}の回答を記録しました。`).waitFor();

    await reply(c, '欠席');
    await page.getByRole('button', { name: '回答を記録する' }).click();
    await page.getByText(`${c}の回答を記録しました。`).waitFor();

    // The confirmation shows before the counts are read again: poll each of them (出席 was
    // already 1 before the last reply, so a poll on it alone proves nothing about 欠席).
    const rowB = rowOf(b);
    await expect.poll(() => rowB.innerText()).toContain(`委任先：${a}`);
    await expect.poll(() => countOf('出席')).toBe(1);
    await expect.poll(() => countOf('委任状')).toBe(1);
    await expect.poll(() => countOf('欠席')).toBe(1);
    await expect.poll(() => countOf('未回答')).toBe(invited - 3);
    const forecast = page
      .getByRole(2 >= required ? 'status' : 'alert')
      .filter({ hasText: '定足数' });
    expect(await forecast.innerText()).toContain(
      `出席と委任状の回答が2団体、必要数は${required}団体です（招集${invited}団体）。`,
    );

    await page.getByLabel('表示する団体').selectOption({ label: '未回答のみ' });
    await expect.poll(() => rowOf(a).count()).toBe(0);
    await page.getByLabel('表示する団体').selectOption({ label: 'すべて' });
    await rowOf(a).waitFor();
    await checkPage(page, 'web-admin-meetings-detail');
  }, 90_000);

  it('generates the 招集通知 and links to its mailing page', async () => {
    await page.getByLabel('出欠の回答期限').fill(dayInJapan(20));
    await page.getByRole('button', { name: '招集通知を作成する' }).click();
    const done = page.getByRole('status').filter({ hasText: '招集通知（下書き）を作成しました' });
    await done.waitFor();
    const table = page.getByRole('table', { name: 'この会議の招集通知' });
    await table.getByText('下書き').waitFor();
    const link = done.getByRole('link');
    expect(await link.innerText()).toContain('第9回幹事会');
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/admin/mailings/'));
    const mailingId = decodeURIComponent(pathOf(page).slice('/admin/mailings/'.length));
    const stored = await sql<{ kind: string; status: string }>`
      SELECT m.kind, m.status FROM mailings m JOIN meetings g ON g.id = m.meeting_id
      WHERE g.title = '第9回幹事会'`.execute(web.database.db);
    expect(stored.rows).toEqual([{ kind: 'MEETING_NOTICE', status: 'DRAFT' }]);
    expect(mailingId.length).toBeGreaterThan(0);
  }, 90_000);

  it('cancels a scheduled meeting with a reason; it can no longer be edited', async () => {
    await page.goto(web.url(futureMeetingPath));
    await page.getByRole('heading', { level: 1, name: '第9回幹事会' }).waitFor();
    await page.getByRole('button', { name: 'この会議を中止する' }).click();
    await expect
      .poll(() =>
        page.getByLabel('中止の理由').evaluate((e) => e === e.ownerDocument.activeElement),
      )
      .toBe(true);
    await page.keyboard.type('台風の接近のため');
    await page.getByRole('button', { name: '中止する', exact: true }).click();
    await page.getByText('台風の接近のため').waitFor();
    const status = page.locator('dd').filter({ hasText: /^中止$/ });
    await status.waitFor();
    expect(await page.getByRole('heading', { name: '招集通知' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '会議の内容を変更する' }).count()).toBe(0);
    await page.goto(web.url(`${futureMeetingPath}/edit`));
    await page.getByText('中止した会議は変更できません').waitFor();
  }, 90_000);

  it('records attendance and minutes of a meeting that took place', async () => {
    await page.goto(web.url('/admin/meetings/new'));
    await page.getByRole('heading', { level: 1, name: '会議の登録' }).waitFor();
    await page.getByLabel('会議名※必須').fill('令和7年度第2回幹事会');
    await page.getByLabel('開始日時※必須').fill('2025-06-10T10:00');
    await page.getByLabel('会場').fill('事務局会議室');
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await page.getByRole('heading', { level: 1, name: '令和7年度第2回幹事会' }).waitFor();
    await page.getByText('（開始済み・回答の受付は終了）').waitFor();
    // Attendance: every seat holder that day is listed; tick two of our three.
    const [a = '', b = '', c = ''] = names;
    await page.getByRole('checkbox', { name: `${a}が出席した` }).check();
    await page.getByRole('checkbox', { name: `${b}が出席した` }).check();
    await expect
      .poll(() => page.getByRole('checkbox', { name: `${c}が出席した` }).isChecked())
      .toBe(false);
    await page.getByRole('button', { name: '出席を記録する' }).click();
    await page.getByText(/団体の出席を記録しました。/).waitFor();
    await page.getByRole('heading', { name: '出席と定足数' }).waitFor();
    const rowC = rowOf(c);
    await expect.poll(() => rowC.innerText()).toContain('欠席');
    expect(await rowOf(a).innerText()).toContain('出席');

    await page.getByLabel('議事録').fill('1. 開会\n2. 第1号議案 原案どおり承認');
    await page.getByRole('button', { name: '議事録を保存する' }).click();
    await page.getByText('議事録を保存しました。').waitFor();
    await page.getByText('開催済み').first().waitFor();
    await checkPage(page, 'web-admin-meetings-held');
    await page.reload();
    await expect.poll(() => page.getByLabel('議事録').inputValue()).toContain('原案どおり承認');
  }, 90_000);

  it('ends a seat’s term: held on its last day, gone the day after', async () => {
    const [, , c = ''] = names;
    await page.goto(web.url('/admin/meetings/board'));
    await page.getByRole('button', { name: `${c}の任期を終える` }).click();
    await page.getByLabel('任期の最終日※必須').fill(dayInJapan(0));
    await page.getByRole('button', { name: '任期を終える', exact: true }).click();
    await page.getByText(`${c}の任期を${wareki(dayInJapan(0))}までとしました。`).waitFor();
    const row = rowOf(c);
    await expect.poll(() => row.innerText()).toContain(`〜 ${wareki(dayInJapan(0))}`);
    await page.getByLabel('基準日').fill(dayInJapan(1));
    await page.getByRole('button', { name: 'この日の構成を表示' }).click();
    await expect.poll(() => pathOf(page)).toBe(`/admin/meetings/board?asOf=${dayInJapan(1)}`);
    await expect.poll(() => rowOf(c).count()).toBe(0);
  }, 90_000);
});
