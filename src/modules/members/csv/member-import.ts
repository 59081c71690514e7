/**
 * `import members FILE.csv`: reads a member CSV, checks every row, compares it with the register
 * and applies the differences in ONE transaction.
 *
 * - Nothing is written unless every row is valid; with `skipInvalid` the valid rows are written
 *   and the others reported. A dry run reports the same problems and writes nothing.
 * - An organisation is identified by 団体ID when the row has one (export writes it), else by its
 *   name (folded: full/half width and kana differences do not matter). A row naming an unknown
 *   団体ID creates the organisation with that id, so an export imported into an empty database
 *   keeps its ids.
 * - A row whose values equal the register changes nothing (no version bump, no event, no audit
 *   entry), so re-importing a file is a no-op.
 * - Membership changes are dated events, as everywhere else: a new active member gets a JOINED
 *   event on its 入会日; a 会員履歴 column brings the whole history; a changed 状態 or 会員区分
 *   without history becomes an event dated on the import day.
 *
 * This file reads and checks the file and builds the report; `import-register.ts` reads the
 * register, `import-plan.ts` plans what each row changes, `import-apply.ts` writes the plans, and
 * `import-options.ts` holds what the caller passes in.
 */

import type { Actor } from '../../../auth/actor.js';
import type { Db } from '../../../db/create-db.js';
import { todayInJapan } from '../../../lib/japan-date.js';
import { type ColumnRef, japaneseHeader, ORGANIZATION_COLUMNS, resolveHeader } from './columns.js';
import { CsvDecodeError, decodeCsv, parseCsv } from './csv.js';
import { applyPlans } from './import-apply.js';
import type { ImportMembersInput } from './import-options.js';
import { type OrganizationPlan, Planner } from './import-plan.js';
import { lockImports, readRegister } from './import-register.js';
import { type CsvProblem, type MemberRow, rowValidator } from './member-row.js';
import { loadCsvReference } from './reference.js';

export type { ImportMembersInput, ImportMembersOptions } from './import-options.js';

export interface ImportMembersReport {
  /** The encoding the file was read as. */
  readonly encoding: string | undefined;
  /** Data rows in the file (header and empty rows excluded). */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows not imported because of problems. */
  readonly invalidRows: number;
  readonly problems: readonly CsvProblem[];
  /** Notes that do not stop the import (columns that are not read). */
  readonly warnings: readonly string[];
  /** Problems with the file as a whole: nothing can be imported, whatever the options. */
  readonly fatal: boolean;
  /** Whether anything was written. */
  readonly applied: boolean;
}

/**
 * Imports (or, dry, checks) a member CSV. Never throws for problems in the file: they are
 * reported. Each organisation written gets an audit entry under `actor`.
 */
export async function importMembers(
  db: Db,
  actor: Actor,
  input: ImportMembersInput,
): Promise<ImportMembersReport> {
  const { bytes, ...options } = input;
  const empty = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    invalidRows: 0,
    warnings: [],
    applied: false,
  };
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeCsv(bytes, options.encoding));
  } catch (error) {
    if (!(error instanceof CsvDecodeError)) throw error;
    return {
      ...empty,
      encoding: undefined,
      problems: [{ line: 1, column: undefined, reason: error.message }],
      fatal: true,
    };
  }
  const parsed = parseCsv(text);
  const [header, ...records] = parsed.records;
  const fileProblems: CsvProblem[] = parsed.problems.map((p) => ({ ...p, column: undefined }));
  if (!header) {
    fileProblems.push({
      line: 1,
      column: undefined,
      reason: 'ファイルが空です（見出し行がありません）。',
    });
    return { ...empty, encoding, problems: fileProblems, fatal: true };
  }
  const headers = header.cells.map((cell) => cell.trim());
  const { columns, warnings, problems: headerProblems } = resolveColumns(headers, header.line);
  fileProblems.push(...headerProblems);
  if (records.length === 0 && fileProblems.length === 0) {
    fileProblems.push({
      line: header.line + 1,
      column: undefined,
      reason: 'データの行がありません（見出し行だけです）。',
    });
  }
  if (fileProblems.length > 0) {
    return {
      ...empty,
      encoding,
      rows: records.length,
      warnings,
      problems: fileProblems,
      fatal: true,
    };
  }

  const reference = await loadCsvReference(db);
  const validator = rowValidator(reference, headers, columns);
  const problems: CsvProblem[] = [];
  const rows: MemberRow[] = [];
  for (const record of records) {
    const result = validator.validate(record);
    problems.push(...result.problems);
    if (result.row) rows.push(result.row);
  }
  const headerOf = (ref: ColumnRef) => {
    const index = columns.findIndex(
      (c) =>
        c !== undefined &&
        c.kind === ref.kind &&
        (c.kind === 'organization'
          ? c.key === (ref as { key: string }).key
          : ref.kind === 'contact' && c.position === ref.position && c.field === ref.field),
    );
    return index >= 0 ? (headers[index] as string) : japaneseHeader(ref);
  };

  const today = options.today ?? todayInJapan();
  return db.transaction().execute(async (trx) => {
    // One import at a time; the API's writes to the rows we change wait for us (FOR UPDATE).
    await lockImports(trx);
    const register = await readRegister(trx, !options.dryRun);
    const planner = new Planner(register, today, headerOf);
    const plans: OrganizationPlan[] = [];
    for (const row of rows) {
      const plan = planner.plan(row);
      if ('problems' in plan) problems.push(...plan.problems);
      else plans.push(plan);
    }
    problems.sort((a, b) => a.line - b.line);
    const invalidLines = new Set(problems.map((p) => p.line));
    const valid = plans.filter((p) => !invalidLines.has(p.line));
    const count = (kind: OrganizationPlan['kind']) => valid.filter((p) => p.kind === kind).length;
    const report = {
      encoding,
      rows: records.length,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      invalidRows: invalidLines.size,
      problems,
      warnings,
      fatal: false,
    };
    if (options.dryRun || (problems.length > 0 && !options.skipInvalid)) {
      return { ...report, applied: false };
    }
    await applyPlans(trx, actor, valid, today, options);
    return { ...report, applied: valid.some((p) => p.kind !== 'unchanged') };
  });
}

function resolveColumns(headers: readonly string[], line: number) {
  const columns: (ColumnRef | undefined)[] = [];
  const warnings: string[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, string>();
  for (const header of headers) {
    const ref = header === '' ? undefined : resolveHeader(header);
    if (header !== '' && !ref)
      warnings.push(`column 「${header}」 is not a member column and is not read.`);
    if (ref) {
      const id = ref.kind === 'organization' ? ref.key : `contact${ref.position}.${ref.field}`;
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        problems.push({
          line,
          column: header,
          reason: `列「${earlier}」と同じ項目です。どちらか一方にしてください。`,
        });
      }
      seen.set(id, header);
    }
    columns.push(ref);
  }
  if (!seen.has('id') && !seen.has('name')) {
    problems.push({
      line,
      column: undefined,
      reason: `「${ORGANIZATION_COLUMNS.id.ja}」か「${ORGANIZATION_COLUMNS.name.ja}」の列が必要です（団体を見分けるため）。見出し行: ${headers.join(',')}`,
    });
  }
  return { columns, warnings, problems };
}
