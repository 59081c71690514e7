/**
 * `mailings send` from the CLI: the mailing goes through the mail engine (a worker in the CLI
 * process, --worker, delivering to the local mailbox), the progress is drawn on stderr and the
 * summary printed on stdout — tested by what the output streams receive, on a pipe and on a
 * terminal. Then `queue status` and `export deliveries` on the sent mailing.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { sampleNewsletter } from '../../src/mail/render/samples.js';
import { createMailing } from '../../src/modules/mailings/mailing.service.js';
import { importMembers } from '../../src/modules/members/csv/member-import.js';
import { cli, csv, OPERATOR, scratchDir } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

const TYPE = 'CLI送信テスト';
const KANA_DIGITS = ['れい', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
const ENV = {
  MAIL_FROM: '孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>',
  PUBLIC_URL: 'https://tsunagari.example.jp',
  // 30 messages a second: 60 recipients take two seconds, long enough to see the progress.
  MAIL_RATE_PER_SECOND: '30',
};

let database: TestDatabase;
let dataDir: string;
let env: Record<string, string>;
let secretariatId: string;

/** A draft newsletter to every organisation of the test type (their primary contacts). */
async function draftMailing(): Promise<string> {
  const mailing = await createMailing(
    database.db,
    {
      viewer: {
        kind: 'SECRETARIAT',
        accountId: secretariatId,
        sessionId: randomUUID(),
        role: 'SECRETARIAT_ADMIN',
      },
      requestId: `test-${randomUUID()}`,
    },
    {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify(sampleNewsletter),
      audience: { organizationTypes: [TYPE], contacts: { selection: 'PRIMARY' } },
      // The same sample issue each time: the duplicate issue number is deliberate.
      confirmDuplicateIssueNumber: true,
    },
    loadConfig({ NODE_ENV: 'test', ...ENV }),
  );
  return mailing.id;
}

async function subjectOf(id: string): Promise<string> {
  const row = await database.db
    .selectFrom('mailings')
    .select('subject')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.subject;
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await scratchDir();
  env = { ...ENV, DATA_DIR: dataDir };
  // The recipients come in through the member import.
  const header = [
    '団体名',
    '団体名かな',
    '会員区分',
    '団体種別',
    '活動範囲',
    '入会日',
    '主担当者名',
    '主担当者メール',
  ];
  const rows = Array.from({ length: 60 }, (_, i) => [
    `送信試験団体${i + 1}`,
    // Readings are hiragana only: the number is spelt out.
    `そうしんしけんだんたい${[...String(i + 1).padStart(3, '0')].map((d) => KANA_DIGITS[Number(d)]).join('')}`,
    '正会員',
    TYPE,
    '全国',
    '2024-04-01',
    `受信者${i + 1}`,
    `r${i + 1}@cli-send.example.jp`,
  ]);
  const report = await importMembers(database.db, OPERATOR, {
    bytes: new TextEncoder().encode(csv([header, ...rows])),
  });
  expect(report.created).toBe(60);
  const created = await cli(database.url, [
    'accounts',
    'create',
    '--email',
    'sender@example.go.jp',
    '--name',
    '送信 担当',
    '--role',
    'secretariat-staff',
  ]);
  expect(created.code).toBe(0);
  // The CLI shows the account's ID as the API does (its global ID).
  const shown = (created.stdout.match(/^Created account (\S+):/) as RegExpMatchArray)[1] ?? '';
  secretariatId = Buffer.from(shown, 'base64')
    .toString()
    .replace(/^Account:/, '');
});

describe('mailings send', () => {
  let mailingId: string;

  it('sends, drawing progress on stderr and a summary on stdout', async () => {
    mailingId = await draftMailing();
    const result = await cli(
      database.url,
      ['mailings', 'send', mailingId, '--as', 'sender@example.go.jp', '--worker'],
      { env },
    );
    expect(result.code).toBe(0);
    const progress = result.stderr.split('\n').filter((line) => line.startsWith('['));
    // A line per tenth on a pipe: some before the end with messages remaining, then 100%.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress[0]).toMatch(
      /^\[[#-]{24}\] \d+% {2}sent \d+ · failed 0 · remaining [1-9]\d* · \d+\.\d\/s · ETA (\d+:\d\d|--:--)$/,
    );
    expect(progress.at(-1)).toMatch(
      /^\[#{24}\] 100% {2}sent 60 · failed 0 · remaining 0 · \d+\.\d\/s · ETA 0:00$/,
    );
    expect(result.stderr).toContain(
      `Sending 「${await subjectOf(mailingId)}」 (${encodeGlobalID('Mailing', mailingId)}).`,
    );
    expect(result.stdout).toMatch(
      /^Mailing 「.+」 was sent: 60 recipients in \d+:\d\d \(\d+\.\d\/s\)\.\n {2}sent {7}60\n {2}failed {6}0\n {2}total {6}60\n$/,
    );
    // Delivered: the local mailbox under DATA_DIR holds the 60 messages.
    const messages = (await readdir(path.join(dataDir, 'mailbox'))).filter((f) =>
      f.endsWith('.eml'),
    );
    expect(messages).toHaveLength(60);
  });

  it('refuses to send the same mailing twice (one error line, exit 1)', async () => {
    const result = await cli(
      database.url,
      ['mailings', 'send', mailingId, '--as', 'sender@example.go.jp'],
      { env },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: このメールは.+のため、この操作（配信開始）はできません。\n$/,
    );
  });

  it('needs the approving secretariat account', async () => {
    const result = await cli(database.url, ['mailings', 'send', mailingId], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: missing --as');
  });

  it('redraws one line in place on a terminal', async () => {
    const id = await draftMailing();
    const result = await cli(
      database.url,
      // The ID as the CLI and the API show it (the UUID works as well, as above).
      [
        'mailings',
        'send',
        encodeGlobalID('Mailing', id),
        '--as',
        'sender@example.go.jp',
        '--worker',
      ],
      { env, stderrTTY: true },
    );
    expect(result.code).toBe(0);
    const draws = result.stderr.split('\r\x1b[2K').slice(1);
    expect(draws.length).toBeGreaterThanOrEqual(3);
    expect(draws.at(-1)).toMatch(/^\[#{24}\] 100% {2}sent 60 · failed 0 · remaining 0 · .*\n$/);
    expect(result.stdout).toContain('was sent: 60 recipients');
  });

  it('queue status shows the queue and no mailing in flight', async () => {
    const result = await cli(database.url, ['queue', 'status'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Mailings in flight: none.');
    expect(result.stdout).toMatch(/Mail senders active in the last minute: /);
  });

  it('export deliveries writes every recipient with its status (UTF-8 with BOM)', async () => {
    const result = await cli(database.url, ['export', 'deliveries', mailingId], { env });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF団体ID,団体名,宛先名,メールアドレス,状態,送らなかった理由,試行回数,送信日時,最後の応答,エラー',
    );
    expect(lines.filter((line) => line.includes('@cli-send.example.jp'))).toHaveLength(60);
    expect(lines[1]).toMatch(/,送信済み,,1,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);
    expect(result.stderr).toBe(`Exported 60 deliveries of 「${await subjectOf(mailingId)}」.\n`);
  });

  it('export mailing writes the record of a sent mailing into a new directory', async () => {
    const dir = path.join(dataDir, '記録', 'メールマガジン');
    const result = await cli(database.url, ['export', 'mailing', mailingId, '--dir', dir], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('(60 deliveries)');
    expect((await readdir(dir)).sort()).toEqual([
      'deliveries.csv',
      'mailing.json',
      'message.html',
      'message.txt',
    ]);
    const record = JSON.parse(await readFile(path.join(dir, 'mailing.json'), 'utf8'));
    expect(record).toMatchObject({
      id: encodeGlobalID('Mailing', mailingId),
      kind: 'NEWSLETTER',
      status: 'SENT',
      subject: await subjectOf(mailingId),
      deliveries: { total: 60, SENT: 60 },
      content: { issueNumber: sampleNewsletter.issueNumber },
    });
    expect(record.startedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await readFile(path.join(dir, 'message.txt'), 'utf8')).toContain(
      sampleNewsletter.sections[0]?.heading ?? '',
    );
    const csvText = await readFile(path.join(dir, 'deliveries.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFF団体ID')).toBe(true);

    // Never overwrites: the same directory again is refused with one clear line.
    const again = await cli(database.url, ['export', 'mailing', mailingId, '--dir', dir], { env });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
  });
});
