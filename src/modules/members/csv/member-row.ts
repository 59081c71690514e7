/**
 * One row of the member CSV → a validated {@link MemberRow}, or every problem in it. Checks that
 * need nothing but the row and the reference data happen here (a zod schema per row); checks
 * against the register (is this a new organisation, does the history extend the stored one) are
 * the import plan's (import-plan.ts).
 *
 * A column the file does not have is `undefined` in the row: import leaves that field as it is.
 * An empty cell clears an optional field and is an error for a required one.
 */
import { z } from 'zod';
import { parseGlobalId, readId } from '../../../lib/global-id.js';
import {
  checkValue,
  emailAddress,
  organizationDescription,
  organizationName,
  organizationReading,
  organizationType,
  personName,
  personReading,
  phone,
  type Rule,
  website,
} from '../rules.js';
import {
  type ColumnRef,
  type ContactFieldKey,
  contactHeader,
  ORGANIZATION_COLUMNS,
  type OrganizationColumnKey,
} from './columns.js';
import { unguardCell } from './csv.js';
import type { CsvReference } from './reference.js';
import {
  formatStatus,
  type Parsed,
  parseCategory,
  parseDate,
  parseDesignatedCity,
  parseFieldsOfActivity,
  parseHistory,
  parseOptedOut,
  parsePrefecture,
  parsePublishedFields,
  parseRoles,
  parseScope,
  parseStatus,
  parseWorkingGroups,
} from './values.js';

/** A problem in the file: the line it is on, the column as headed in the file, and why. */
export interface CsvProblem {
  readonly line: number;
  /** Header of the column (as written in the file), or undefined for a problem of the whole row. */
  readonly column: string | undefined;
  readonly reason: string;
}

export function formatProblem(problem: CsvProblem): string {
  return problem.column === undefined
    ? `line ${problem.line}: ${problem.reason}`
    : `line ${problem.line}, column 「${problem.column}」: ${problem.reason}`;
}

/** A required cell read by `parse`. */
function requiredParsed<T>(parse: (raw: string) => Parsed<T>, empty = '空欄にはできません。') {
  return z.string().transform((raw, ctx): T => {
    if (raw.trim() === '') {
      ctx.addIssue({ code: 'custom', message: empty });
      return z.NEVER;
    }
    const parsed = parse(raw.trim());
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** An optional cell read by `parse`; empty gives `empty`. */
function optionalParsed<T, E>(parse: (raw: string) => Parsed<T>, empty: E) {
  return z.string().transform((raw, ctx): T | E => {
    if (raw.trim() === '') return empty;
    const parsed = parse(raw.trim());
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** A required cell judged by a register rule (rules.ts, shared with the GraphQL inputs). */
function requiredRule(rule: Rule, empty = '空欄にはできません。') {
  return z.string().transform((raw, ctx): string => {
    if (raw.trim() === '') {
      ctx.addIssue({ code: 'custom', message: empty });
      return z.NEVER;
    }
    const checked = checkValue(rule, raw);
    if ('error' in checked) {
      ctx.addIssue({ code: 'custom', message: checked.error });
      return z.NEVER;
    }
    return checked.value;
  });
}

/** An optional cell judged by a register rule; empty gives null. */
function optionalRule(rule: Rule) {
  return z.string().transform((raw, ctx): string | null => {
    if (raw.trim() === '') return null;
    const checked = checkValue(rule, raw);
    if ('error' in checked) {
      ctx.addIssue({ code: 'custom', message: checked.error });
      return z.NEVER;
    }
    return checked.value;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A 団体ID: the UUID export writes, or the organisation's ID as the API shows it (global ID). */
function parseUuid(raw: string): Parsed<string> {
  const reading = readId(['Organization'], raw);
  if (reading.ok && UUID.test(reading.id)) return { value: reading.id.toLowerCase() };
  if (!reading.ok && parseGlobalId(raw)) return { error: reading.message };
  return {
    error: `「${raw}」は団体IDの形（export が書く UUID、または API の団体の id）ではありません。新しい団体なら空欄にしてください。`,
  };
}

/** The schema of each contact cell (one contact: 主担当者…, 担当者2…, …). */
const contactFields = {
  name: requiredRule(personName, '担当者の名前を書いてください。'),
  nameKana: optionalRule(personReading),
  email: requiredRule(emailAddress, 'メールアドレスを書いてください。'),
  phone: optionalRule(phone),
  roles: optionalParsed(parseRoles, [] as string[]),
  optedOut: optionalParsed(parseOptedOut, [] as string[]),
};

/** The schema of each organisation cell. */
function organizationFields(reference: CsvReference) {
  return {
    id: optionalParsed(parseUuid, null),
    name: requiredRule(organizationName),
    nameKana: requiredRule(organizationReading),
    category: requiredParsed((raw) => parseCategory(reference, raw)),
    status: optionalParsed(parseStatus, null),
    organizationType: requiredRule(organizationType),
    prefecture: optionalParsed((raw) => parsePrefecture(reference, raw), null),
    designatedCityCode: optionalParsed((raw) => parseDesignatedCity(reference, raw), null),
    scope: requiredParsed(parseScope),
    fieldsOfActivity: optionalParsed(parseFieldsOfActivity, [] as string[]),
    website: optionalRule(website),
    description: z.string().transform((raw, ctx) => {
      if (raw.trim() === '') return null;
      const problem = organizationDescription(raw);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
      return raw;
    }),
    publishedFields: optionalParsed(parsePublishedFields, [] as string[]),
    joinedOn: optionalParsed(parseDate, null),
    workingGroups: optionalParsed((raw) => parseWorkingGroups(reference, raw), []),
    membershipHistory: optionalParsed((raw) => parseHistory(reference, raw), null),
  } satisfies Record<OrganizationColumnKey, z.ZodType>;
}

type OrganizationFields = ReturnType<typeof organizationFields>;
type ContactFields = typeof contactFields;

/** A contact as read from its columns; a field whose column the file lacks is undefined. */
export type ContactRow = { -readonly [K in ContactFieldKey]?: z.output<ContactFields[K]> } & {
  readonly name: string;
  readonly email: string;
};

/** A row as read; a column the file lacks is undefined (import leaves that field as it is). */
export type MemberRow = {
  -readonly [K in OrganizationColumnKey]?: z.output<OrganizationFields[K]>;
} & {
  readonly line: number;
  /** By position: '1' is the primary contact. */
  readonly contacts: Readonly<Record<string, ContactRow>>;
};

/** Checks across cells of a row, on the cells that could be read. */
function crossCheck(
  reference: CsvReference,
  row: Omit<MemberRow, 'line'>,
  problem: (path: (string | number)[], message: string) => void,
): void {
  if (row.designatedCityCode && row.prefecture) {
    const city = reference.designatedCities.get(row.designatedCityCode);
    if (city && city.prefectureCode !== row.prefecture) {
      problem(
        ['designatedCityCode'],
        `${city.name}は${reference.prefectures.get(city.prefectureCode)}の市です（都道府県は${reference.prefectures.get(row.prefecture)}）。`,
      );
    }
  }
  const seen = new Map<string, string>();
  for (const [position, c] of Object.entries(row.contacts)) {
    if (!c.email) continue;
    const earlier = seen.get(c.email.toLowerCase());
    if (earlier !== undefined) {
      problem(
        ['contacts', position, 'email'],
        `${c.email} は${earlier === '1' ? '主担当者' : `担当者${earlier}`}と同じアドレスです。`,
      );
    } else seen.set(c.email.toLowerCase(), position);
  }
  const history = row.membershipHistory;
  if (history && history.length > 0) {
    const last = history.at(-1) as (typeof history)[number];
    const joined = history.find((e) => e.kind === 'JOINED')?.occurredOn;
    if (row.status && row.status !== last.statusAfter) {
      problem(
        ['status'],
        `会員履歴の最後は「${formatStatus(last.statusAfter)}」ですが、状態は「${formatStatus(row.status)}」です。`,
      );
    }
    if (row.category && row.category !== last.categoryAfter) {
      problem(
        ['category'],
        `会員履歴の最後の会員区分は「${reference.categories.get(last.categoryAfter)}」ですが、会員区分は「${reference.categories.get(row.category)}」です。`,
      );
    }
    if (row.joinedOn && joined && row.joinedOn !== joined) {
      problem(['joinedOn'], `会員履歴の入会日（${joined}）と違います。`);
    }
  }
  if (row.status === 'APPLIED' && row.joinedOn) {
    problem(['joinedOn'], '申請中の団体に入会日は書けません（承認の日が入会日になります）。');
  }
}

export interface RowValidator {
  /** The validated row, or undefined with its problems. */
  validate(record: { line: number; cells: readonly string[] }): {
    row: MemberRow | undefined;
    problems: CsvProblem[];
  };
}

/**
 * A validator for the rows of a file whose header row resolved to `columns` (one entry per
 * header cell; undefined for a column import does not read). `headers` are the header cells as
 * written, for messages. Every cell is checked on its own (so every problem of a row is
 * reported, not just the first), then the cells that could be read are checked together.
 */
export function rowValidator(
  reference: CsvReference,
  headers: readonly string[],
  columns: readonly (ColumnRef | undefined)[],
): RowValidator {
  const fields = organizationFields(reference);
  const headerOf = (path: readonly (string | number)[]): string | undefined => {
    if (path[0] === 'contacts' && path.length >= 3) {
      const position = Number(path[1]);
      const field = path[2] as ContactFieldKey;
      const index = columns.findIndex(
        (c) => c?.kind === 'contact' && c.position === position && c.field === field,
      );
      return index >= 0 ? headers[index] : contactHeader(position, field, 'ja');
    }
    const key = path[0] as OrganizationColumnKey | undefined;
    if (!key) return undefined;
    const index = columns.findIndex((c) => c?.kind === 'organization' && c.key === key);
    return index >= 0 ? headers[index] : ORGANIZATION_COLUMNS[key]?.ja;
  };
  return {
    validate(record) {
      const problems: CsvProblem[] = [];
      const problem = (path: (string | number)[], reason: string) =>
        problems.push({ line: record.line, column: headerOf(path), reason });
      const parse = (schema: z.ZodType, raw: string, path: (string | number)[]) => {
        const result = schema.safeParse(raw);
        if (result.success) return result.data;
        for (const issue of result.error.issues) problem(path, issue.message);
        return undefined;
      };
      const row: Record<string, unknown> = {};
      const contactCells = new Map<number, Partial<Record<ContactFieldKey, string>>>();
      columns.forEach((column, index) => {
        if (!column) return;
        const raw = unguardCell(record.cells[index] ?? '');
        if (column.kind === 'organization') {
          const value = parse(fields[column.key], raw, [column.key]);
          if (value !== undefined) row[column.key] = value;
        } else {
          const cells = contactCells.get(column.position) ?? {};
          cells[column.field] = raw;
          contactCells.set(column.position, cells);
        }
      });
      const contacts: Record<string, ContactRow> = {};
      for (const [position, cells] of contactCells) {
        // A contact whose cells are all empty is not there.
        if (!Object.values(cells).some((v) => v.trim() !== '')) continue;
        const contact: Record<string, unknown> = {};
        let complete = true;
        for (const field of ['name', 'email'] as const) {
          const value = parse(contactFields[field], cells[field] ?? '', [
            'contacts',
            position,
            field,
          ]);
          if (value === undefined) complete = false;
          else contact[field] = value;
        }
        for (const field of ['nameKana', 'phone', 'roles', 'optedOut'] as const) {
          if (cells[field] === undefined) continue;
          const value = parse(contactFields[field], cells[field], ['contacts', position, field]);
          if (value === undefined) complete = false;
          else contact[field] = value;
        }
        if (complete) contacts[position] = contact as ContactRow;
      }
      const parsed = { ...row, contacts } as Omit<MemberRow, 'line'>;
      crossCheck(reference, parsed, problem);
      if (problems.length > 0) return { row: undefined, problems };
      return { row: { ...parsed, line: record.line }, problems: [] };
    },
  };
}
