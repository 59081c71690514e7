/**
 * The member CSV's building blocks, without a database: decoding, RFC 4180 parsing with line
 * numbers, the formula guard, and the cell values people type into spreadsheets.
 */
import { describe, expect, it } from 'vitest';
import { resolveHeader } from '../../src/modules/members/csv/columns.js';
import { csvLine, decodeCsv, parseCsv, unguardCell } from '../../src/modules/members/csv/csv.js';
import {
  formatWorkingGroups,
  parseDate,
  parseFieldsOfActivity,
  parsePublishedFields,
  parseRoles,
} from '../../src/modules/members/csv/values.js';
import { encodeShiftJis } from '../helpers/cli.js';

describe('decodeCsv', () => {
  const text = '団体名,メモ\r\nつながり,①㈱～\r\n';
  it('reads UTF-8 with and without BOM, Shift_JIS and UTF-16', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(utf8)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text,
      encoding: 'UTF-8 with BOM',
    });
    expect(decodeCsv(encodeShiftJis(text))).toEqual({ text, encoding: 'Shift_JIS (CP932)' });
    const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le');
    expect(decodeCsv(utf16)).toEqual({ text, encoding: 'UTF-16LE' });
  });

  it('refuses bytes that are not the named encoding', () => {
    expect(() => decodeCsv(encodeShiftJis(text), 'utf-8')).toThrow(/not valid UTF-8/);
  });
});

describe('parseCsv', () => {
  it('keeps quoted commas, quotes and line breaks, and the line each record starts on', () => {
    const parsed = parseCsv(
      'a,b\r\n"x, y","say ""hi"""\r\n"one\r\ntwo\nthree",z\r\n,,\r\nlast,row',
    );
    expect(parsed.records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['one\r\ntwo\nthree', 'z'] },
      { line: 7, cells: ['last', 'row'] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads tab-separated text (Excel "Unicode テキスト")', () => {
    expect(parseCsv('団体名\t会員区分\nあ\t正会員\n').records[1]?.cells).toEqual(['あ', '正会員']);
  });

  it('writes what it reads, guarding cells a spreadsheet would run as formulas', () => {
    const cells = ['=HYPERLINK("x")', '+81-3-0000-0000', 'plain', 'with, comma', ' padded '];
    const line = csvLine(cells);
    expect(line).toBe(`"'=HYPERLINK(""x"")",'+81-3-0000-0000,plain,"with, comma"," padded "\r\n`);
    const [record] = parseCsv(line).records;
    expect(record?.cells.map(unguardCell)).toEqual(cells);
  });

  it('guards formulas typed in full width too (＝ ＋ － ＠), and reads them back as typed', () => {
    const cells = ['＝HYPERLINK("https://evil.example/")', '＋1', '－1', '＠SUM(A1)', 'ＮＰＯ'];
    const line = csvLine(cells);
    expect(line).toBe(`"'＝HYPERLINK(""https://evil.example/"")",'＋1,'－1,'＠SUM(A1),ＮＰＯ\r\n`);
    expect(parseCsv(line).records[0]?.cells.map(unguardCell)).toEqual(cells);
  });
});

describe('cell values', () => {
  it.each([
    ['2025-05-01', '2025-05-01'],
    ['2025/5/1', '2025-05-01'],
    ['２０２５／０５／０１', '2025-05-01'],
    ['2025年5月1日', '2025-05-01'],
    ['令和7年5月1日', '2025-05-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R7.5.1', '2025-05-01'],
    ['平成31年4月30日', '2019-04-30'],
  ])('reads the date %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ value: iso });
  });

  it.each(['2025-02-29', '令和1年4月30日', '5/1', 'きのう'])('refuses the date %s', (raw) => {
    expect(parseDate(raw)).toHaveProperty('error');
  });

  it('splits lists on ; and on ・ without breaking labels that contain ・', () => {
    expect(parseFieldsOfActivity('こども・若者・相談支援')).toEqual({
      value: ['CHILDREN', 'CONSULTATION'],
    });
    expect(parseFieldsOfActivity('災害・被災者;健康・医療、ELDERLY')).toEqual({
      value: ['DISASTER', 'HEALTH', 'ELDERLY'],
    });
    expect(parseRoles('孤独・孤立対策担当・代表')).toEqual({
      value: ['孤独・孤立対策担当', '代表'],
    });
    expect(parseFieldsOfActivity('こども・宇宙')).toEqual({
      error: expect.stringMatching(/^「こども」「宇宙」は活動分野にありません/),
    });
    expect(parsePublishedFields('すべて')).toHaveProperty('value.length', 10);
    expect(parsePublishedFields('団体名;website')).toEqual({ value: ['name', 'website'] });
  });

  it('writes working groups in the form it reads', () => {
    expect(
      formatWorkingGroups([
        { number: 3, role: 'MEMBER', joinedOn: '2022-05-09' },
        { number: 1, role: 'CHAIR', joinedOn: '2022-04-15' },
      ]),
    ).toBe('1 座長 2022-04-15; 3 2022-05-09');
  });

  it('matches headers in Japanese or English, in any width or case', () => {
    expect(resolveHeader('団体名')).toEqual({ kind: 'organization', key: 'name' });
    expect(resolveHeader(' NAMEKANA ')).toEqual({ kind: 'organization', key: 'nameKana' });
    expect(resolveHeader('主担当者メールアドレス')).toEqual({
      kind: 'contact',
      position: 1,
      field: 'email',
    });
    expect(resolveHeader('担当者３電話')).toEqual({ kind: 'contact', position: 3, field: 'phone' });
    expect(resolveHeader('contact2Roles')).toEqual({
      kind: 'contact',
      position: 2,
      field: 'roles',
    });
    expect(resolveHeader('メモ')).toBeUndefined();
  });
});
