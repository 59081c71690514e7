/**
 * `import members`: spreadsheets as Excel writes them (UTF-8 with or without BOM, Shift_JIS,
 * Japanese or English headers, Excel's date and code mangling), every problem reported by line
 * and column with nothing imported, --skip-invalid, --dry-run, updates that become dated events,
 * and re-imports that change nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_LINE_MESSAGE } from '../../src/lib/single-line.js';
import { importMembers } from '../../src/modules/members/csv/member-import.js';
import { cli, cliProcess, csv, encodeShiftJis, OPERATOR, scratchDir } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { changeMarkers } from '../helpers/register-snapshot.js';

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
});

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const HEADER_JA = [
  '団体名',
  '団体名かな',
  '会員区分',
  '状態',
  '団体種別',
  '都道府県',
  '活動範囲',
  '活動分野',
  'ウェブサイト',
  '入会日',
  '分科会',
  '主担当者名',
  '主担当者メール',
  '主担当者電話',
  '主担当者役割',
];
const HEADER_EN = [
  'name',
  'nameKana',
  'category',
  'status',
  'organizationType',
  'prefecture',
  'scope',
  'fieldsOfActivity',
  'website',
  'joinedOn',
  'workingGroups',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactRoles',
];

/** Three members as a secretariat spreadsheet has them, after a round through Excel. */
const MEMBERS = [
  [
    '特定非営利活動法人 つながりテスト',
    'つながりてすと',
    '正会員',
    '会員',
    'NPO法人',
    '東京都',
    '全国',
    'こども・若者・相談支援', // a label with ・ inside, then another label
    'https://tsunagari-test.example.jp/',
    '2025/5/1', // how Excel re-saves 2025-05-01
    '1;3',
    '山田　太郎',
    'yamada@tsunagari-test.example.jp',
    '03-0000-1111',
    '代表;事務担当',
  ],
  [
    '一般社団法人 ひだまり',
    'ひだまり',
    '賛助会員',
    '', // empty status: an active member
    '一般社団法人',
    '1', // 01 (北海道) after Excel dropped the zero
    '地域',
    '居場所づくり',
    '',
    '令和7年6月2日',
    '',
    '佐藤　花子',
    'sato@hidamari.example.jp',
    '',
    '事務担当',
  ],
  [
    'みなと市',
    'みなとし',
    'COOPERATING',
    'ACTIVE',
    '市区町村',
    '神奈川県',
    'REGIONAL',
    'COMMUNITY;CONSULTATION',
    '',
    '2024-04-01',
    '2 副座長 2024-05-01',
    '鈴木　一郎',
    'kodoku@minato.example.jp',
    '045-000-0000',
    '孤独・孤立対策担当;総会代議員',
  ],
];

async function organizations(db: TestDatabase['db']) {
  return db
    .selectFrom('organizations')
    .select([
      'name',
      'category_code',
      'status',
      'prefecture_code',
      'scope',
      'fields_of_activity',
      'website',
      'joined_on',
      'version',
    ])
    .orderBy('name')
    .execute();
}

describe('a valid spreadsheet', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });

  it('imports every row, with a JOINED event on the joining date so statistics count it', async () => {
    const file = await fileWith('members.csv', `\uFEFF${csv([HEADER_JA, ...MEMBERS])}`);
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.stderr).not.toMatch(/error|line/);
    expect(result.stdout).toBe(
      `Read ${file}: 3 rows, UTF-8 with BOM.\nImported: 3 new, 0 updated, 0 unchanged.\n`,
    );
    expect(result.code).toBe(0);
    expect(await organizations(db.db)).toEqual([
      {
        name: 'みなと市',
        category_code: 'COOPERATING',
        status: 'ACTIVE',
        prefecture_code: '14',
        scope: 'REGIONAL',
        fields_of_activity: ['COMMUNITY', 'CONSULTATION'],
        website: null,
        joined_on: '2024-04-01',
        version: 1,
      },
      {
        name: '一般社団法人 ひだまり',
        category_code: 'SUPPORTING',
        status: 'ACTIVE',
        prefecture_code: '01',
        scope: 'REGIONAL',
        fields_of_activity: ['PLACE_TO_BELONG'],
        website: null,
        joined_on: '2025-06-02',
        version: 1,
      },
      {
        name: '特定非営利活動法人 つながりテスト',
        category_code: 'REGULAR',
        status: 'ACTIVE',
        prefecture_code: '13',
        scope: 'NATIONAL',
        fields_of_activity: ['CHILDREN', 'CONSULTATION'],
        website: 'https://tsunagari-test.example.jp/',
        joined_on: '2025-05-01',
        version: 1,
      },
    ]);
    const events = await db.db
      .selectFrom('membership_events as e')
      .innerJoin('organizations as o', 'o.id', 'e.organization_id')
      .select(['o.name', 'e.kind', 'e.occurred_on', 'e.status_after', 'e.category_after'])
      .orderBy('o.name')
      .execute();
    expect(events).toEqual([
      {
        name: 'みなと市',
        kind: 'JOINED',
        occurred_on: '2024-04-01',
        status_after: 'ACTIVE',
        category_after: 'COOPERATING',
      },
      {
        name: '一般社団法人 ひだまり',
        kind: 'JOINED',
        occurred_on: '2025-06-02',
        status_after: 'ACTIVE',
        category_after: 'SUPPORTING',
      },
      {
        name: '特定非営利活動法人 つながりテスト',
        kind: 'JOINED',
        occurred_on: '2025-05-01',
        status_after: 'ACTIVE',
        category_after: 'REGULAR',
      },
    ]);
    const contacts = await db.db
      .selectFrom('contacts')
      .select(['name', 'email', 'phone', 'roles', 'is_primary'])
      .orderBy('email')
      .execute();
    expect(contacts).toEqual([
      {
        name: '鈴木　一郎',
        email: 'kodoku@minato.example.jp',
        phone: '045-000-0000',
        roles: ['孤独・孤立対策担当', '総会代議員'],
        is_primary: true,
      },
      {
        name: '佐藤　花子',
        email: 'sato@hidamari.example.jp',
        phone: null,
        roles: ['事務担当'],
        is_primary: true,
      },
      {
        name: '山田　太郎',
        email: 'yamada@tsunagari-test.example.jp',
        phone: '03-0000-1111',
        roles: ['代表', '事務担当'],
        is_primary: true,
      },
    ]);
    const groups = await db.db
      .selectFrom('working_group_memberships as m')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select(['o.name', 'm.working_group_number', 'm.role', 'm.joined_on'])
      .orderBy('o.name')
      .orderBy('m.working_group_number')
      .execute();
    expect(groups.map((g) => [g.name, g.working_group_number, g.role])).toEqual([
      ['みなと市', 2, 'VICE_CHAIR'],
      ['特定非営利活動法人 つながりテスト', 1, 'MEMBER'],
      ['特定非営利活動法人 つながりテスト', 3, 'MEMBER'],
    ]);
    expect(groups[0]?.joined_on).toBe('2024-05-01');
    // Audited as the CLI.
    const audit = await db.db
      .selectFrom('audit_events')
      .select(['actor_kind', 'action'])
      .where('action', '=', 'organization.import')
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actor_kind === 'CLI')).toBe(true);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await changeMarkers(db.db);
    const file = path.join(dir, 'members.csv');
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.stdout).toContain(
      'Nothing to import: all 3 organisations already match the register.',
    );
    expect(result.code).toBe(0);
    expect(await changeMarkers(db.db)).toEqual(before);
  });

  it('reads the same data with English headers, without BOM, matched by name', async () => {
    const file = await fileWith('members-en.csv', csv([HEADER_EN, ...MEMBERS]));
    const before = await changeMarkers(db.db);
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.stdout).toBe(
      `Read ${file}: 3 rows, UTF-8.\nNothing to import: all 3 organisations already match the register.\n`,
    );
    expect(await changeMarkers(db.db)).toEqual(before);
  });

  it('turns changed cells into an update: one version, dated events, audit', async () => {
    const changed = MEMBERS.map((row) => [...row]);
    (changed[0] as string[])[8] = 'https://new.tsunagari-test.example.jp/';
    (changed[0] as string[])[10] = '3'; // leaves working group 1
    (changed[2] as string[])[3] = '資格停止';
    const bytes = new TextEncoder().encode(csv([HEADER_JA, ...changed]));
    const report = await importMembers(db.db, OPERATOR, { bytes, today: '2026-11-20' });
    expect(report).toMatchObject({
      created: 0,
      updated: 2,
      unchanged: 1,
      problems: [],
      applied: true,
    });
    const rows = await organizations(db.db);
    expect(rows.find((r) => r.name.includes('つながり'))).toMatchObject({
      website: 'https://new.tsunagari-test.example.jp/',
      version: 2,
    });
    expect(rows.find((r) => r.name === 'みなと市')).toMatchObject({
      status: 'SUSPENDED',
      version: 2,
    });
    const { rows: latest } = await sql<{ kind: string; occurred_on: string; note: string }>`
      SELECT e.kind, e.occurred_on, e.note FROM membership_events e
      JOIN organizations o ON o.id = e.organization_id
      WHERE o.name = 'みなと市' ORDER BY e.occurred_on DESC, e.created_at DESC LIMIT 1`.execute(
      db.db,
    );
    expect(latest[0]).toEqual({
      kind: 'SUSPENDED',
      occurred_on: '2026-11-20',
      note: 'CSV取込による変更',
    });
    const { rows: groups } = await sql<{ working_group_number: number; left_on: string | null }>`
      SELECT m.working_group_number, m.left_on FROM working_group_memberships m
      JOIN organizations o ON o.id = m.organization_id
      WHERE o.name LIKE '%つながりテスト' ORDER BY 1`.execute(db.db);
    expect(groups).toEqual([
      { working_group_number: 1, left_on: '2026-11-20' },
      { working_group_number: 3, left_on: null },
    ]);
    // The same file again: nothing.
    const before = await changeMarkers(db.db);
    const again = await importMembers(db.db, OPERATOR, { bytes, today: '2026-11-21' });
    expect(again).toMatchObject({ updated: 0, unchanged: 3 });
    expect(await changeMarkers(db.db)).toEqual(before);
  });

  it('refuses a move the membership rules do not allow (退会 → 会員)', async () => {
    const rows = MEMBERS.map((row) => [...row]);
    (rows[2] as string[])[3] = '退会';
    await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(csv([HEADER_JA, ...rows])),
      today: '2026-11-21',
    });
    (rows[2] as string[])[3] = '会員';
    const report = await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(csv([HEADER_JA, ...rows])),
      today: '2026-11-22',
    });
    expect(report.problems).toEqual([
      { line: 4, column: '状態', reason: '「退会」から「会員」へは変えられません。' },
    ]);
    expect(report.applied).toBe(false);
  });
});

describe('a file with bad rows', () => {
  let db: TestDatabase;
  let file: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const rows = [
      HEADER_JA.concat('団体紹介'),
      [...(MEMBERS[0] as string[]), ''], // line 2: fine
      [
        'NPO法人 あおば',
        'あおば',
        '正会',
        '会員',
        'NPO法人',
        '東京都',
        '全国',
        '',
        '',
        '2025-01-10',
        '',
        '青葉　次郎',
        'not-an-email',
        '',
        '',
      ], // line 3
      [
        'NPO法人 みどり',
        'みどり',
        '正会員',
        '会員',
        'NPO法人',
        '東京',
        '全国',
        '',
        'www.midori.example.jp',
        '2025-02-30',
        '',
        '緑　三郎',
        'midori@example.jp',
        '',
        '事務担当',
      ], // line 4
      [
        '',
        'なし',
        '正会員',
        '会員',
        'NPO法人',
        '東京都',
        '全国',
        '宇宙・相談支援',
        '',
        '2025-01-10',
        '',
        '名無し',
        'nanashi@example.jp',
        '',
        '',
      ], // line 5
      [...(MEMBERS[1] as string[]), '一行目\n二行目\n三行目'], // lines 6-8: fine, a cell over three lines
      [
        'NPO法人 さくら',
        'さくら',
        '正会員',
        '会員',
        'NPO法人',
        '東京都',
        '全国',
        '',
        '',
        '2025-03-01',
        '5',
        '桜　四郎',
        'sakura@example.jp',
        '',
        '会長',
      ], // line 9
      [
        '一般社団法人 ひだまり',
        'ひだまり',
        '正会員',
        '',
        '一般社団法人',
        '北海道',
        '地域',
        '',
        '',
        '2025-04-01',
        '',
        '佐藤　花子',
        'sato2@hidamari.example.jp',
        '',
        '',
      ], // line 10: same name as line 6
    ];
    file = await fileWith('bad.csv', csv(rows));
  });

  const expected = [
    [
      'line 3, column 「会員区分」: 「正会」は会員区分にありません。正会員・賛助会員・協力会員のいずれかを書いてください。',
    ],
    [
      'line 3, column 「主担当者メール」: 「not-an-email」はメールアドレスとして正しくありません（例: info@example.or.jp）。',
    ],
    [
      'line 4, column 「都道府県」: 「東京」は都道府県にありません（東京都のような名前か、13のような都道府県コードを書いてください）。',
    ],
    [
      'line 4, column 「ウェブサイト」: 「www.midori.example.jp」は http(s) で始まる URL ではありません（例: https://example.jp/）。',
    ],
    ['line 4, column 「入会日」: 「2025-02-30」という日付はありません。'],
    ['line 5, column 「団体名」: 空欄にはできません。'],
    ['line 5, column 「活動分野」: 「宇宙」は活動分野にありません'],
    ['line 9, column 「分科会」: 「5」の分科会番号がありません'],
    ['line 9, column 「主担当者役割」: 「会長」は担当者の役割にありません'],
    ['line 10, column 「団体名」: 6行目と同じ団体名です。'],
  ];

  it('reports every problem by line and column, and imports nothing', async () => {
    const before = await changeMarkers(db.db);
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.code).toBe(3);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length + 1);
    for (const [index, [start]] of expected.entries()) expect(lines[index]).toContain(start);
    expect(lines.at(-1)).toBe(
      '10 problems in 5 rows; nothing was imported. Fix them, or use --skip-invalid to import the valid rows.',
    );
    expect(result.stdout).toBe(`Read ${file}: 7 rows, UTF-8.\n`);
    expect(await changeMarkers(db.db)).toEqual(before);
  });

  it('reports the same in a dry run, through the real command', async () => {
    const result = await cliProcess(db.url, ['import', 'members', file, '--dry-run']);
    expect(result.code).toBe(3);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('line '))).toHaveLength(10);
    expect(result.stdout).toContain(
      'Dry run: 2 new, 0 updated, 0 unchanged; 10 problems in 5 rows. Nothing was imported.',
    );
  });

  it('imports the valid rows with --skip-invalid and reports the rest', async () => {
    const result = await cli(db.url, ['import', 'members', file, '--skip-invalid']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Imported: 2 new, 0 updated, 0 unchanged; skipped 5 invalid rows (10 problems in 5 rows above).',
    );
    expect(result.stderr.split('\n').filter((l) => l.startsWith('line '))).toHaveLength(10);
    const names = (await organizations(db.db)).map((o) => o.name);
    expect(names).toEqual(['一般社団法人 ひだまり', '特定非営利活動法人 つながりテスト']);
    const description = await db.db
      .selectFrom('organizations')
      .select('description')
      .where('name', '=', '一般社団法人 ひだまり')
      .executeTakeFirstOrThrow();
    expect(description.description).toBe('一行目\n二行目\n三行目');
  });
});

describe('団体ID as the API shows it', () => {
  it('reads the organisation’s global ID like its UUID, and refuses an ID of another kind', async () => {
    const db = await createTestDatabase();
    const { id } = await db.db
      .insertInto('organizations')
      .values({
        name: 'NPO法人 グローバルID',
        name_kana: 'ぐろーばるあいでぃー',
        category_code: 'REGULAR',
        status: 'ACTIVE',
        organization_type: 'NPO法人',
        scope: 'NATIONAL',
        search_text: 'ぐろーばるあいでぃー',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const global = encodeGlobalID('Organization', id);
    const file = await fileWith(
      'global-id.csv',
      csv([
        ['団体ID', 'ウェブサイト'],
        [global, 'https://global-id.example.jp/'],
      ]),
    );
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.code).toBe(0);
    const row = await db.db
      .selectFrom('organizations')
      .select('website')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.website).toBe('https://global-id.example.jp/');

    const mailing = encodeGlobalID('Mailing', id);
    const wrong = await fileWith(
      'wrong-id.csv',
      csv([
        ['団体ID', 'ウェブサイト'],
        [mailing, 'https://wrong.example.jp/'],
      ]),
    );
    const refused = await cli(db.url, ['import', 'members', wrong]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(
      `line 2, column 「団体ID」: 「${mailing}」はメール（Mailing）の ID です。ここには団体（Organization）の ID を指定してください。`,
    );
  });
});

describe('file-level problems', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });

  it('needs a 団体ID or 団体名 column', async () => {
    const file = await fileWith(
      'no-key.csv',
      csv([
        ['会員区分', 'メモ'],
        ['正会員', 'x'],
      ]),
    );
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      'warning: column 「メモ」 is not a member column and is not read.',
    );
    expect(result.stderr).toContain('line 1: 「団体ID」か「団体名」の列が必要です');
  });

  it('reports a file with a header and no data', async () => {
    const file = await fileWith('header-only.csv', csv([HEADER_JA]));
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: `line 2: データの行がありません（見出し行だけです）。\n${file} cannot be imported; nothing was imported.\n`,
    });
  });

  it('reports a cell whose quote is never closed', async () => {
    const file = await fileWith('quote.csv', `団体名,団体名かな\r\nあ,"い\r\nう,え\r\n`);
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('line 2: 「"」で始まるセルが閉じられていません');
  });

  it('reports a file that is neither UTF-8 nor Shift_JIS', async () => {
    const file = await fileWith('binary.csv', new Uint8Array([0x82, 0xff, 0xfe, 0x00, 0x81]));
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('neither UTF-8 nor Shift_JIS');
  });

  it('reports a missing file as one line with exit code 2', async () => {
    const result = await cli(db.url, ['import', 'members', 'no-such-file.csv']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: cannot read no-such-file.csv: no such file\n',
    });
  });
});

describe('a Shift_JIS file (Excel "CSV (コンマ区切り)")', () => {
  it('is detected and imported correctly', async () => {
    const db = await createTestDatabase();
    const rows = [
      HEADER_JA.concat('団体紹介'),
      [...(MEMBERS[0] as string[]), '①～③の活動（髙橋代表）㈱協力'], // CP932 extensions
      [...(MEMBERS[1] as string[]), 'ﾊﾝｶｸｶﾅもそのまま'],
    ];
    const bytes = encodeShiftJis(csv(rows));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const file = await fileWith('sjis.csv', bytes);
    const result = await cli(db.url, ['import', 'members', file]);
    expect(result.stdout).toBe(
      `Read ${file}: 2 rows, Shift_JIS (CP932).\nImported: 2 new, 0 updated, 0 unchanged.\n`,
    );
    const imported = await db.db
      .selectFrom('organizations')
      .select(['name', 'name_kana', 'description'])
      .orderBy('name')
      .execute();
    expect(imported).toEqual([
      { name: '一般社団法人 ひだまり', name_kana: 'ひだまり', description: 'ﾊﾝｶｸｶﾅもそのまま' },
      {
        name: '特定非営利活動法人 つながりテスト',
        name_kana: 'つながりてすと',
        description: '①～③の活動（髙橋代表）㈱協力',
      },
    ]);
    const contact = await db.db
      .selectFrom('contacts')
      .select('name')
      .where('email', '=', 'yamada@tsunagari-test.example.jp')
      .executeTakeFirstOrThrow();
    expect(contact.name).toBe('山田　太郎');
    // --encoding names it explicitly too; the re-import is a no-op.
    const again = await cli(db.url, ['import', 'members', file, '--encoding', 'cp932']);
    expect(again.stdout).toContain('Nothing to import');
  });
});

describe('membership history', () => {
  it('imports a dated history and refuses one that rewrites the stored history', async () => {
    const db = await createTestDatabase();
    const header = [
      '団体名',
      '団体名かな',
      '会員区分',
      '状態',
      '団体種別',
      '活動範囲',
      '会員履歴',
      '主担当者名',
      '主担当者メール',
    ];
    const history =
      '2022-02-25 入会 正会員 設立時からの会員\n2024-04-01 区分変更 賛助会員\n2024-10-01 資格停止 連絡が取れない\n2025-01-06 再開';
    const row = [
      'NPO法人 れきし',
      'れきし',
      '賛助会員',
      '会員',
      'NPO法人',
      '全国',
      history,
      '歴史　太郎',
      'rekishi@example.jp',
    ];
    const first = await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(csv([header, row])),
    });
    expect(first).toMatchObject({ created: 1, problems: [] });
    const events = await db.db
      .selectFrom('membership_events')
      .select(['kind', 'occurred_on', 'status_after', 'category_after', 'note'])
      .orderBy('occurred_on')
      .execute();
    expect(events).toEqual([
      {
        kind: 'JOINED',
        occurred_on: '2022-02-25',
        status_after: 'ACTIVE',
        category_after: 'REGULAR',
        note: '設立時からの会員',
      },
      {
        kind: 'CATEGORY_CHANGED',
        occurred_on: '2024-04-01',
        status_after: 'ACTIVE',
        category_after: 'SUPPORTING',
        note: null,
      },
      {
        kind: 'SUSPENDED',
        occurred_on: '2024-10-01',
        status_after: 'SUSPENDED',
        category_after: 'SUPPORTING',
        note: '連絡が取れない',
      },
      {
        kind: 'REINSTATED',
        occurred_on: '2025-01-06',
        status_after: 'ACTIVE',
        category_after: 'SUPPORTING',
        note: null,
      },
    ]);
    // One more line at the end is appended; a changed line is refused.
    const appended = [...row];
    appended[6] = `${history}\n2026-03-31 退会 賛助会員 活動終了`;
    appended[3] = '退会';
    expect(
      await importMembers(db.db, OPERATOR, {
        bytes: new TextEncoder().encode(csv([header, appended])),
      }),
    ).toMatchObject({
      updated: 1,
      problems: [],
    });
    const rewritten = [...appended];
    rewritten[6] = (appended[6] as string).replace('2024-04-01', '2024-05-01');
    const refused = await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(csv([header, rewritten])),
    });
    expect(refused.problems).toEqual([
      {
        line: 2,
        column: '会員履歴',
        reason:
          '登録済みの会員履歴の2件目（2024-04-01 CATEGORY_CHANGED）と違います。履歴は書き換えられません（後ろに書き足すことはできます）。',
      },
    ]);
    // A history that breaks the rules is reported with the line of the cell at fault.
    const broken = [...row];
    broken[0] = 'NPO法人 べつ';
    broken[8] = 'betsu@example.jp';
    broken[6] = '2022-02-25 入会 正会員\n2023-01-10 再開';
    const report = await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(csv([header, broken])),
    });
    expect(report.problems).toEqual([
      {
        line: 2,
        column: '会員履歴',
        reason: '会員履歴の2行目「2023-01-10 再開」: 「会員」の団体に「再開」はできません。',
      },
    ]);
  });

  it('refuses line breaks in names (they go into mail headers) and imports nothing', async () => {
    const db = await createTestDatabase();
    const header = [
      '団体名',
      '団体名かな',
      '会員区分',
      '団体種別',
      '活動範囲',
      '主担当者名',
      '主担当者メール',
    ];
    const report = await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(
        csv([
          header,
          [
            '改行団体',
            'かいぎょう',
            '正会員',
            'NPO法人',
            '地域',
            '山田\r\nBcc: all@evil.example',
            'a@example.jp',
          ],
          ['改行\n団体2', 'かいぎょう', '正会員', 'NPO法人', '地域', '山田 花子', 'b@example.jp'],
        ]),
      ),
    });
    expect(report.problems).toEqual([
      { line: 2, column: '主担当者名', reason: SINGLE_LINE_MESSAGE },
      { line: 4, column: '団体名', reason: SINGLE_LINE_MESSAGE },
    ]);
    expect(await organizations(db.db)).toEqual([]);
  });

  it('needs a date for a new member that is not active', async () => {
    const db = await createTestDatabase();
    const header = [
      '団体名',
      '団体名かな',
      '会員区分',
      '状態',
      '団体種別',
      '活動範囲',
      '主担当者名',
      '主担当者メール',
    ];
    const report = await importMembers(db.db, OPERATOR, {
      bytes: new TextEncoder().encode(
        csv([
          header,
          [
            '退会済み団体',
            'たいかい',
            '正会員',
            '退会',
            'NPO法人',
            '地域',
            '退会　花子',
            'taikai@example.jp',
          ],
        ]),
      ),
    });
    expect(report.problems).toEqual([
      {
        line: 2,
        column: '会員履歴',
        reason:
          '状態が「退会」の新しい団体には、日付のある会員履歴が必要です（例: 2022-04-01 入会 正会員; 2025-03-31 退会）。',
      },
    ]);
  });
});
