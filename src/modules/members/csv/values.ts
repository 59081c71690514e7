/**
 * Cell values of the member CSV: parsing what people type into a spreadsheet (labels or codes,
 * several date styles, lists) and formatting what export writes. Every format function's output
 * parses back to the same value, which is what makes export → import a round trip.
 */
import type {
  MembershipEventKind,
  OrganizationScope,
  OrganizationStatus,
} from '../../../db/tables/members.js';
import {
  CONTACT_ROLES,
  FIELDS_OF_ACTIVITY,
  PUBLISHABLE_FIELDS,
} from '../../../db/tables/members.js';
import { STATUS_LABELS } from '../membership.service.js';
import { type ColumnSpec, ORGANIZATION_COLUMNS } from './columns.js';
import { type CsvReference, spelling } from './reference.js';

/** A parsed value, or why the cell cannot be read. */
export type Parsed<T> = { readonly value: T } | { readonly error: string };

const ok = <T>(value: T): Parsed<T> => ({ value });
const fail = (error: string): Parsed<never> => ({ error });

function lookupTable(entries: readonly (readonly [string, string])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of entries) map.set(spelling(from), to);
  return map;
}

// ---------------------------------------------------------------------------------------------
// Dates

const ERAS = [
  { name: '令和', initial: 'r', firstYear: 2019, from: '2019-05-01', to: '9999-12-31' },
  { name: '平成', initial: 'h', firstYear: 1989, from: '1989-01-08', to: '2019-04-30' },
  { name: '昭和', initial: 's', firstYear: 1926, from: '1926-12-25', to: '1989-01-07' },
] as const;

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    year > 2999 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date as `YYYY-MM-DD`. Accepts 2025-05-01, 2025/5/1 (how Excel re-saves a date),
 * 2025.5.1, 2025年5月1日, 令和7年5月1日 (元年 too) and R7.5.1, in full- or half-width digits.
 */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  const reason = `「${raw}」は日付として読めません（例: 2025-05-01、2025/5/1、令和7年5月1日）。`;
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (western) {
    const iso = isoOf(Number(western[1]), Number(western[2]), Number(western[3]));
    return iso ? ok(iso) : fail(`「${raw}」という日付はありません。`);
  }
  const era = /^(令和|平成|昭和|[RrHhSs])(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?$/.exec(text);
  if (era) {
    const name = era[1] as string;
    const spec = ERAS.find((e) => e.name === name || e.initial === name.toLowerCase());
    if (!spec) return fail(reason);
    const year = spec.firstYear - 1 + (era[2] === '元' ? 1 : Number(era[2]));
    const iso = isoOf(year, Number(era[3]), Number(era[4]));
    if (!iso || iso < spec.from || iso > spec.to) return fail(`「${raw}」という日付はありません。`);
    return ok(iso);
  }
  return fail(reason);
}

// ---------------------------------------------------------------------------------------------
// Single values from a vocabulary

const STATUS_SPELLINGS = lookupTable([
  ...(Object.entries(STATUS_LABELS) as [OrganizationStatus, string][]).flatMap(
    ([code, label]) =>
      [
        [code, code],
        [label, code],
      ] as const,
  ),
  ['有効', 'ACTIVE'],
  ['活動中', 'ACTIVE'],
  ['停止', 'SUSPENDED'],
  ['休会', 'SUSPENDED'],
]);

/** ACTIVE, SUSPENDED, WITHDRAWN or APPLIED from a label (会員, 資格停止, 退会, 申請中) or code. */
export function parseStatus(raw: string): Parsed<Exclude<OrganizationStatus, 'REJECTED'>> {
  const status = STATUS_SPELLINGS.get(spelling(raw)) as OrganizationStatus | undefined;
  if (status === 'REJECTED') {
    return fail('不承認の申請は名簿に取り込めません（この行を削除してください）。');
  }
  return status
    ? ok(status)
    : fail(
        `「${raw}」は状態にありません。会員・資格停止・退会・申請中のいずれかを書いてください。`,
      );
}

export function formatStatus(status: OrganizationStatus): string {
  return STATUS_LABELS[status];
}

const SCOPE_LABELS: Record<OrganizationScope, string> = { NATIONAL: '全国', REGIONAL: '地域' };
const SCOPE_SPELLINGS = lookupTable([
  ['NATIONAL', 'NATIONAL'],
  ['REGIONAL', 'REGIONAL'],
  ['全国', 'NATIONAL'],
  ['地域', 'REGIONAL'],
  ['地方', 'REGIONAL'],
]);

export function parseScope(raw: string): Parsed<OrganizationScope> {
  const scope = SCOPE_SPELLINGS.get(spelling(raw)) as OrganizationScope | undefined;
  return scope ? ok(scope) : fail(`「${raw}」は活動範囲にありません。全国か地域を書いてください。`);
}

export function formatScope(scope: OrganizationScope): string {
  return SCOPE_LABELS[scope];
}

export function parseCategory(reference: CsvReference, raw: string): Parsed<string> {
  const code = reference.categoryBySpelling.get(spelling(raw));
  return code
    ? ok(code)
    : fail(
        `「${raw}」は会員区分にありません。${[...reference.categories.values()].join('・')}のいずれかを書いてください。`,
      );
}

export function parsePrefecture(reference: CsvReference, raw: string): Parsed<string> {
  const code = reference.prefectureBySpelling.get(spelling(raw));
  return code
    ? ok(code)
    : fail(
        `「${raw}」は都道府県にありません（東京都のような名前か、13のような都道府県コードを書いてください）。`,
      );
}

export function parseDesignatedCity(reference: CsvReference, raw: string): Parsed<string> {
  const text = spelling(raw);
  // Excel drops the leading zero of 011002 (札幌市): accept the five-digit form.
  const code =
    reference.designatedCityBySpelling.get(text) ??
    (/^\d{5}$/.test(text) ? reference.designatedCityBySpelling.get(`0${text}`) : undefined);
  return code
    ? ok(code)
    : fail(
        `「${raw}」は政令指定都市にありません（141003 のようなコードか、横浜市のような名前を書いてください）。`,
      );
}

// ---------------------------------------------------------------------------------------------
// Lists

/**
 * Splits a list cell into vocabulary codes. Items are separated by `;`, `；`, `、`, `,` or line
 * breaks, and also by `・` — which some labels contain themselves (こども・若者), so a run of
 * `・`-separated words is matched against the vocabulary longest-first.
 */
export function parseList(
  raw: string,
  lookup: ReadonlyMap<string, string>,
  describe: (unknown: string) => string,
): Parsed<string[]> {
  const codes: string[] = [];
  const unknown: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const piece of raw.normalize('NFKC').split(/[;；、,，\r\n]+/)) {
    const item = piece.trim();
    if (!item) continue;
    const whole = lookup.get(spelling(item));
    if (whole) {
      add(whole);
      continue;
    }
    const words = item
      .split('・')
      .map((word) => word.trim())
      .filter(Boolean);
    let start = 0;
    while (start < words.length) {
      let matched = false;
      for (let end = words.length; end > start; end -= 1) {
        const code = lookup.get(spelling(words.slice(start, end).join('・')));
        if (code) {
          add(code);
          start = end;
          matched = true;
          break;
        }
      }
      if (!matched) {
        unknown.push(words[start] as string);
        start += 1;
      }
    }
  }
  if (unknown.length > 0) return fail(describe(unknown.map((u) => `「${u}」`).join('')));
  return ok(codes);
}

const FIELD_SPELLINGS = lookupTable(
  Object.entries(FIELDS_OF_ACTIVITY).flatMap(([code, label]) => [
    [code, code],
    [label, code],
  ]),
);

export function parseFieldsOfActivity(raw: string): Parsed<string[]> {
  return parseList(
    raw,
    FIELD_SPELLINGS,
    (unknown) =>
      `${unknown}は活動分野にありません（使える分野: ${Object.values(FIELDS_OF_ACTIVITY).join('、')}）。`,
  );
}

export function formatFieldsOfActivity(codes: readonly string[]): string {
  return codes
    .map((code) => FIELDS_OF_ACTIVITY[code as keyof typeof FIELDS_OF_ACTIVITY] ?? code)
    .join(';');
}

/** The column a publishable field is in (its header names it in 公開項目). */
function publishedColumn(field: (typeof PUBLISHABLE_FIELDS)[number]): ColumnSpec {
  return ORGANIZATION_COLUMNS[field === 'designatedCity' ? 'designatedCityCode' : field];
}

const PUBLISHED_SPELLINGS = lookupTable(
  PUBLISHABLE_FIELDS.flatMap((field) => {
    const column = publishedColumn(field);
    return [
      [field, field],
      [column.ja, field],
      // 「政令指定都市」 reads as well as the column's name 「政令指定都市コード」.
      ...(field === 'designatedCity' ? ([['政令指定都市', field]] as const) : []),
    ] as const;
  }),
);

export function parsePublishedFields(raw: string): Parsed<string[]> {
  const all = spelling(raw);
  if (all === 'すべて' || all === '全て' || all === 'all') return ok([...PUBLISHABLE_FIELDS]);
  return parseList(
    raw,
    PUBLISHED_SPELLINGS,
    (unknown) =>
      `${unknown}は公開項目にありません（使える項目: ${PUBLISHABLE_FIELDS.map((f) => publishedColumn(f).ja).join('、')}、またはすべて）。`,
  );
}

export function formatPublishedFields(fields: readonly string[]): string {
  return fields
    .map((field) =>
      (PUBLISHABLE_FIELDS as readonly string[]).includes(field)
        ? publishedColumn(field as (typeof PUBLISHABLE_FIELDS)[number]).ja
        : field,
    )
    .join(';');
}

const ROLE_SPELLINGS = lookupTable(CONTACT_ROLES.map((role) => [role, role]));

export function parseRoles(raw: string): Parsed<string[]> {
  return parseList(
    raw,
    ROLE_SPELLINGS,
    (unknown) =>
      `${unknown}は担当者の役割にありません（使える役割: ${CONTACT_ROLES.join('、')}）。`,
  );
}

export function formatRoles(roles: readonly string[]): string {
  return roles.join(';');
}

/** Mail kinds a contact may opt out of, and their labels. */
export const OPT_OUT_LABELS = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
} as const;

const OPT_OUT_SPELLINGS = lookupTable([
  ...Object.entries(OPT_OUT_LABELS).flatMap(([code, label]) => [
    [code, code] as const,
    [label, code] as const,
  ]),
  ['メルマガ', 'NEWSLETTER'],
  ['訪問記', 'VISIT_REPORT'],
]);

export function parseOptedOut(raw: string): Parsed<string[]> {
  return parseList(
    raw,
    OPT_OUT_SPELLINGS,
    (unknown) => `${unknown}は配信停止できるメールにありません（メールマガジン、事務局訪問記）。`,
  );
}

export function formatOptedOut(kinds: readonly string[]): string {
  return kinds.map((kind) => OPT_OUT_LABELS[kind as keyof typeof OPT_OUT_LABELS] ?? kind).join(';');
}

// ---------------------------------------------------------------------------------------------
// Working groups: `1;3` or `1 座長 2022-04-15; 3 2022-05-09`

export type WorkingGroupRole = 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';

export interface WorkingGroupEntry {
  readonly number: number;
  /** undefined: not written (a new membership is MEMBER; an existing one keeps its role). */
  readonly role: WorkingGroupRole | undefined;
  /** undefined: not written (a new membership starts on the import day). */
  readonly joinedOn: string | undefined;
}

const WG_ROLE_LABELS: Record<WorkingGroupRole, string> = {
  CHAIR: '座長',
  VICE_CHAIR: '副座長',
  MEMBER: '委員',
};
const WG_ROLE_SPELLINGS = lookupTable([
  ...(Object.entries(WG_ROLE_LABELS) as [WorkingGroupRole, string][]).flatMap(([code, label]) => [
    [code, code] as const,
    [label, code] as const,
  ]),
  ['メンバー', 'MEMBER'],
  ['構成員', 'MEMBER'],
  ['vice-chair', 'VICE_CHAIR'],
]);

export function parseWorkingGroups(
  reference: CsvReference,
  raw: string,
): Parsed<WorkingGroupEntry[]> {
  const entries: WorkingGroupEntry[] = [];
  const numbers = [...reference.workingGroupNumbers].join('・');
  for (const piece of raw.normalize('NFKC').split(/[;；、,，\r\n]+/)) {
    const tokens = piece
      .replace(/[()（）[\]「」]/g, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (tokens.length === 0) continue;
    const groupToken = (tokens[0] as string).replace(/^第|分科会$/g, '').replace(/^分科会/, '');
    const number = /^\d+$/.test(groupToken) ? Number(groupToken) : Number.NaN;
    if (!reference.workingGroupNumbers.has(number)) {
      return fail(
        `「${piece.trim()}」の分科会番号がありません（使える番号: ${numbers}。例: 1;3 または 1 座長 2022-04-15）。`,
      );
    }
    let role: WorkingGroupRole | undefined;
    let joinedOn: string | undefined;
    for (const token of tokens.slice(1)) {
      const asRole = WG_ROLE_SPELLINGS.get(spelling(token)) as WorkingGroupRole | undefined;
      if (asRole && role === undefined) {
        role = asRole;
        continue;
      }
      const asDate = parseDate(token);
      if ('value' in asDate && joinedOn === undefined) {
        joinedOn = asDate.value;
        continue;
      }
      return fail(
        `分科会「${piece.trim()}」の「${token}」が読めません（役割は座長・副座長、日付は 2022-04-15 の形）。`,
      );
    }
    if (entries.some((e) => e.number === number)) {
      return fail(`分科会${number}が2回書かれています。`);
    }
    entries.push({ number, role, joinedOn });
  }
  return ok(entries);
}

/** Current memberships as export writes them: `1 座長 2022-04-15; 3 2022-05-09`. */
export function formatWorkingGroups(
  memberships: readonly { number: number; role: WorkingGroupRole; joinedOn: string }[],
): string {
  return [...memberships]
    .sort((a, b) => a.number - b.number)
    .map((m) =>
      [String(m.number), m.role === 'MEMBER' ? '' : WG_ROLE_LABELS[m.role], m.joinedOn]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ');
}

// ---------------------------------------------------------------------------------------------
// Membership history: one event per line, `2024-04-01 区分変更 賛助会員 note`

export interface HistoryEntry {
  readonly kind: MembershipEventKind;
  readonly occurredOn: string;
  readonly statusAfter: 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';
  readonly categoryAfter: string;
  readonly note: string | null;
}

const EVENT_LABELS: Record<MembershipEventKind, string> = {
  JOINED: '入会',
  CATEGORY_CHANGED: '区分変更',
  SUSPENDED: '資格停止',
  REINSTATED: '再開',
  WITHDRAWN: '退会',
};
const EVENT_SPELLINGS = lookupTable([
  ...(Object.entries(EVENT_LABELS) as [MembershipEventKind, string][]).flatMap(([code, label]) => [
    [code, code] as const,
    [label, code] as const,
  ]),
  ['会員区分変更', 'CATEGORY_CHANGED'],
  ['停止', 'SUSPENDED'],
  ['休会', 'SUSPENDED'],
  ['資格回復', 'REINSTATED'],
  ['復帰', 'REINSTATED'],
]);

/** Which event may follow which status, and the status it leaves. */
const EVENT_RULES: Record<
  MembershipEventKind,
  {
    from: readonly (HistoryEntry['statusAfter'] | 'NONE')[];
    to: HistoryEntry['statusAfter'] | 'SAME';
  }
> = {
  JOINED: { from: ['NONE'], to: 'ACTIVE' },
  CATEGORY_CHANGED: { from: ['ACTIVE', 'SUSPENDED'], to: 'SAME' },
  SUSPENDED: { from: ['ACTIVE'], to: 'SUSPENDED' },
  REINSTATED: { from: ['SUSPENDED'], to: 'ACTIVE' },
  WITHDRAWN: { from: ['ACTIVE', 'SUSPENDED'], to: 'WITHDRAWN' },
};

/** Collapses white space so a note survives being written on one line of a cell. */
export function normalizeNote(note: string | null | undefined): string | null {
  const text = (note ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * Reads a 会員履歴 cell: events one per line (or separated by `;` before a date), each
 * `date kind [category] [note]`. The category may be left out except on 入会 and 区分変更 (it
 * stays what it was). Checks the order of dates and that each event may follow the previous one.
 */
export function parseHistory(reference: CsvReference, raw: string): Parsed<HistoryEntry[]> {
  const lines = raw
    .split(/\r?\n|\r|[;；](?=\s*[0-9０-９RrHhSs令平昭])/)
    .map((line) => line.trim())
    .filter(Boolean);
  const entries: HistoryEntry[] = [];
  let status: HistoryEntry['statusAfter'] | 'NONE' = 'NONE';
  let category: string | undefined;
  for (const [index, line] of lines.entries()) {
    const at = `会員履歴の${index + 1}行目「${line}」`;
    const match = /^(\S+)\s+(\S+)(?:\s+(.*))?$/.exec(line);
    if (!match) return fail(`${at}が読めません（例: 2022-02-25 入会 正会員）。`);
    const date = parseDate(match[1] as string);
    if ('error' in date) return fail(`${at}: ${date.error}`);
    const kind = EVENT_SPELLINGS.get(spelling(match[2] as string)) as
      | MembershipEventKind
      | undefined;
    if (!kind) {
      return fail(
        `${at}: 「${match[2]}」は履歴の種類にありません（${Object.values(EVENT_LABELS).join('・')}）。`,
      );
    }
    let rest = (match[3] ?? '').trim();
    const firstWord = /^\S+/.exec(rest)?.[0];
    const named = firstWord ? reference.categoryBySpelling.get(spelling(firstWord)) : undefined;
    if (named) rest = rest.slice((firstWord as string).length).trim();
    const rule = EVENT_RULES[kind];
    if (!rule.from.includes(status)) {
      return fail(
        status === 'NONE'
          ? `${at}: 履歴は「入会」から始めてください。`
          : `${at}: 「${formatStatus(status)}」の団体に「${EVENT_LABELS[kind]}」はできません。`,
      );
    }
    const previous = entries.at(-1);
    if (previous && date.value < previous.occurredOn) {
      return fail(
        `${at}: 日付が前の行（${previous.occurredOn}）より前です。古い順に書いてください。`,
      );
    }
    if ((kind === 'JOINED' || kind === 'CATEGORY_CHANGED') && !named) {
      return fail(
        `${at}: 「${EVENT_LABELS[kind]}」には会員区分（${[...reference.categories.values()].join('・')}）を書いてください。`,
      );
    }
    if (kind === 'CATEGORY_CHANGED' && named === category) {
      return fail(`${at}: 会員区分が変わっていません。`);
    }
    if (kind !== 'JOINED' && kind !== 'CATEGORY_CHANGED' && named && named !== category) {
      return fail(`${at}: 会員区分を変えるには「区分変更」の行を書いてください。`);
    }
    category = named ?? category;
    status = rule.to === 'SAME' ? (status as HistoryEntry['statusAfter']) : rule.to;
    entries.push({
      kind,
      occurredOn: date.value,
      statusAfter: status,
      categoryAfter: category as string,
      note: normalizeNote(rest),
    });
  }
  return ok(entries);
}

export function formatHistory(reference: CsvReference, entries: readonly HistoryEntry[]): string {
  return entries
    .map((e) =>
      [
        e.occurredOn,
        EVENT_LABELS[e.kind],
        reference.categories.get(e.categoryAfter) ?? e.categoryAfter,
        normalizeNote(e.note) ?? '',
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('\n');
}
