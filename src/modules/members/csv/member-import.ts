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
 */

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../db/create-db.js';
import type {
  MembershipEventKind,
  OrganizationRow,
  OrganizationStatus,
} from '../../../db/tables/members.js';
import { todayInJapan } from '../../../lib/japan-date.js';
import { foldForSearch } from '../../../lib/japanese-text.js';
import {
  type ColumnRef,
  japaneseHeader,
  ORGANIZATION_COLUMNS,
  type OrganizationColumnKey,
  resolveHeader,
} from './columns.js';
import { CsvDecodeError, type CsvEncoding, decodeCsv, parseCsv } from './csv.js';
import { type ContactRow, type CsvProblem, type MemberRow, rowValidator } from './member-row.js';
import { loadCsvReference } from './reference.js';
import {
  formatStatus,
  type HistoryEntry,
  normalizeNote,
  type WorkingGroupEntry,
  type WorkingGroupRole,
} from './values.js';

/** An audit entry the caller records in the import's transaction. */
export interface ImportAuditEntry {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface ImportMembersOptions {
  /** Check everything and report; write nothing. */
  readonly dryRun?: boolean;
  /** Write the valid rows and report the others (default: write nothing if any row is invalid). */
  readonly skipInvalid?: boolean;
  readonly encoding?: CsvEncoding;
  /** The effective date of changes without a date of their own (default: today in Japan). */
  readonly today?: string;
  /** Records audit entries inside the import's transaction. */
  readonly audit?: (db: Db, entries: readonly ImportAuditEntry[]) => Promise<void>;
  /** Called as organisations are written (`done` of `total`). */
  readonly onProgress?: (done: number, total: number) => void;
}

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

/** Imports (or, dry, checks) a member CSV. Never throws for problems in the file: they are reported. */
export async function importMembers(
  db: Db,
  bytes: Uint8Array,
  options: ImportMembersOptions = {},
): Promise<ImportMembersReport> {
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
    await sql`SELECT pg_advisory_xact_lock(hashtext('tsunagari:import-members'))`.execute(trx);
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
    await applyPlans(trx, valid, today, options);
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

// ---------------------------------------------------------------------------------------------
// The register as it is

interface StoredContact {
  readonly id: string;
  readonly name: string;
  readonly nameKana: string | null;
  readonly email: string;
  readonly phone: string | null;
  readonly roles: readonly string[];
  readonly isPrimary: boolean;
  readonly optedOutKinds: readonly string[];
}

interface StoredMembership {
  readonly id: string;
  readonly number: number;
  readonly role: WorkingGroupRole;
  readonly joinedOn: string;
}

interface StoredOrganization {
  readonly row: OrganizationRow;
  readonly events: HistoryEntry[];
  readonly contacts: StoredContact[];
  readonly memberships: StoredMembership[];
}

interface Register {
  readonly byId: ReadonlyMap<string, StoredOrganization>;
  /** Folded name → organisations (rejected applications excluded). */
  readonly byName: ReadonlyMap<string, StoredOrganization[]>;
}

async function readRegister(db: Db, lock: boolean): Promise<Register> {
  let query = db.selectFrom('organizations').selectAll().orderBy('id');
  if (lock) query = query.forUpdate();
  const rows = await query.execute();
  const [events, contacts, memberships] = await Promise.all([
    db
      .selectFrom('membership_events')
      .select(['organization_id', 'kind', 'occurred_on', 'status_after', 'category_after', 'note'])
      .orderBy('organization_id')
      .orderBy('occurred_on')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contacts')
      .select([
        'id',
        'organization_id',
        'name',
        'name_kana',
        'email',
        'phone',
        'roles',
        'is_primary',
        'opted_out_kinds',
      ])
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('working_group_memberships')
      .select(['id', 'organization_id', 'working_group_number', 'role', 'joined_on'])
      .where('left_on', 'is', null)
      .execute(),
  ]);
  const byId = new Map<string, StoredOrganization>();
  const byName = new Map<string, StoredOrganization[]>();
  for (const row of rows) {
    const stored: StoredOrganization = { row, events: [], contacts: [], memberships: [] };
    byId.set(row.id, stored);
    if (row.status === 'REJECTED') continue;
    const folded = foldForSearch(row.name);
    byName.set(folded, [...(byName.get(folded) ?? []), stored]);
  }
  for (const e of events) {
    byId.get(e.organization_id)?.events.push({
      kind: e.kind,
      occurredOn: e.occurred_on,
      statusAfter: e.status_after,
      categoryAfter: e.category_after,
      note: e.note,
    });
  }
  for (const c of contacts) {
    byId.get(c.organization_id)?.contacts.push({
      id: c.id,
      name: c.name,
      nameKana: c.name_kana,
      email: c.email,
      phone: c.phone,
      roles: c.roles,
      isPrimary: c.is_primary,
      optedOutKinds: c.opted_out_kinds,
    });
  }
  for (const m of memberships) {
    byId.get(m.organization_id)?.memberships.push({
      id: m.id,
      number: m.working_group_number,
      role: m.role,
      joinedOn: m.joined_on,
    });
  }
  return { byId, byName };
}

// ---------------------------------------------------------------------------------------------
// Planning: what each row changes

/** Column values of `organizations` an import sets. */
interface OrganizationValues {
  name: string;
  name_kana: string;
  category_code: string;
  status: OrganizationStatus;
  organization_type: string;
  prefecture_code: string | null;
  designated_city_code: string | null;
  scope: 'NATIONAL' | 'REGIONAL';
  fields_of_activity: string[];
  website: string | null;
  description: string | null;
  published_fields: string[];
  joined_on: string | null;
}

interface ContactChange {
  /** undefined: a new contact. */
  readonly id: string | undefined;
  readonly values: {
    name: string;
    name_kana?: string | null;
    email: string;
    phone?: string | null;
    roles?: string[];
    opted_out_kinds?: string[];
    is_primary: boolean;
  };
  readonly before: Partial<StoredContact> | undefined;
}

interface MembershipChange {
  readonly kind: 'add' | 'update' | 'end';
  readonly id: string | undefined;
  readonly number: number;
  readonly role: WorkingGroupRole;
  readonly joinedOn: string;
}

interface OrganizationPlan {
  readonly line: number;
  readonly kind: 'create' | 'update' | 'unchanged';
  readonly id: string | undefined;
  /** All values (create) or only the changed ones (update). */
  readonly values: Partial<OrganizationValues>;
  readonly before: Partial<OrganizationValues>;
  readonly newEvents: readonly HistoryEntry[];
  /** Contacts that stop being primary (before another becomes primary). */
  readonly unsetPrimary: readonly string[];
  readonly contacts: readonly ContactChange[];
  readonly memberships: readonly MembershipChange[];
  /** A new APPLIED organisation gets a pending application, so it can be approved in the API. */
  readonly application: { name: string; email: string } | undefined;
  /** organizations.search_text when the name or reading changes. */
  readonly searchText: string | undefined;
}

const TRANSITIONS: Partial<
  Record<OrganizationStatus, Partial<Record<OrganizationStatus, MembershipEventKind>>>
> = {
  ACTIVE: { SUSPENDED: 'SUSPENDED', WITHDRAWN: 'WITHDRAWN' },
  SUSPENDED: { ACTIVE: 'REINSTATED', WITHDRAWN: 'WITHDRAWN' },
};

/** The note of events an import writes without a 会員履歴 of its own. */
const IMPORT_NOTE = 'CSV取込による変更';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameEvent(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.kind === b.kind &&
    a.occurredOn === b.occurredOn &&
    a.statusAfter === b.statusAfter &&
    a.categoryAfter === b.categoryAfter &&
    normalizeNote(a.note) === normalizeNote(b.note)
  );
}

class Planner {
  /** Folded names and ids claimed by earlier rows of the file, with their line. */
  private readonly namesInFile = new Map<string, number>();
  private readonly idsInFile = new Map<string, number>();

  constructor(
    private readonly register: Register,
    private readonly today: string,
    private readonly headerOf: (ref: ColumnRef) => string,
  ) {}

  plan(row: MemberRow): OrganizationPlan | { problems: CsvProblem[] } {
    const problems: CsvProblem[] = [];
    const problem = (key: OrganizationColumnKey | undefined, reason: string) =>
      problems.push({
        line: row.line,
        column: key ? this.headerOf({ kind: 'organization', key }) : undefined,
        reason,
      });

    // Which organisation the row is.
    let stored: StoredOrganization | undefined;
    const folded = row.name ? foldForSearch(row.name) : undefined;
    if (row.id) {
      const earlier = this.idsInFile.get(row.id);
      if (earlier !== undefined) problem('id', `${earlier}行目と同じ団体IDです。`);
      this.idsInFile.set(row.id, row.line);
      stored = this.register.byId.get(row.id);
      if (stored?.row.status === 'REJECTED') {
        problem('id', 'この団体IDは不承認になった申請です。名簿には取り込めません。');
      }
    } else if (folded) {
      const matches = this.register.byName.get(folded) ?? [];
      if (matches.length > 1) {
        problem(
          'name',
          `この団体名の団体が${matches.length}つ登録されています。「${ORGANIZATION_COLUMNS.id.ja}」の列でどれかを指定してください。`,
        );
      }
      stored = matches[0];
    } else {
      problem(
        'id',
        `「${ORGANIZATION_COLUMNS.id.ja}」か「${ORGANIZATION_COLUMNS.name.ja}」を書いてください。`,
      );
    }
    if (folded) {
      const earlier = this.namesInFile.get(folded);
      if (earlier !== undefined) problem('name', `${earlier}行目と同じ団体名です。`);
      this.namesInFile.set(folded, row.line);
      // A new name (a new organisation, or a renamed one) must not be another's name.
      const renamed = !stored || foldForSearch(stored.row.name) !== folded;
      const other = (this.register.byName.get(folded) ?? []).find((o) => o !== stored);
      if (renamed && other && row.id) {
        problem('name', `同じ名前の団体が登録済みです（団体ID ${other.row.id}）。`);
      }
    }
    if (problems.length > 0) return { problems };

    const plan = stored ? this.planUpdate(row, stored, problem) : this.planCreate(row, problem);
    return problems.length > 0 || !plan ? { problems } : plan;
  }

  private planCreate(
    row: MemberRow,
    problem: (key: OrganizationColumnKey | undefined, reason: string) => void,
  ): OrganizationPlan | undefined {
    const missing = (key: OrganizationColumnKey) =>
      problem(key, `新しい団体には「${ORGANIZATION_COLUMNS[key].ja}」が必要です。`);
    const history = row.membershipHistory ?? [];
    const last = history.at(-1);
    let events: HistoryEntry[] = history;
    const status: OrganizationStatus = last?.statusAfter ?? row.status ?? 'ACTIVE';
    const category = row.category ?? last?.categoryAfter;
    if (!row.name) missing('name');
    if (!row.nameKana) missing('nameKana');
    if (!category) missing('category');
    if (!row.organizationType) missing('organizationType');
    if (!row.scope) missing('scope');
    if (history.length === 0) {
      if (status === 'ACTIVE') {
        if (row.joinedOn && category) {
          events = [
            {
              kind: 'JOINED',
              occurredOn: row.joinedOn,
              statusAfter: 'ACTIVE',
              categoryAfter: category,
              note: null,
            },
          ];
        } else {
          problem(
            'joinedOn',
            '新しい会員には入会日が必要です（または会員履歴の列に入会からの履歴を書いてください）。',
          );
        }
      } else if (status !== 'APPLIED') {
        problem(
          'membershipHistory',
          `状態が「${formatStatus(status)}」の新しい団体には、日付のある会員履歴が必要です（例: 2022-04-01 入会 正会員; 2025-03-31 退会）。`,
        );
      }
    }
    const primary = row.contacts['1'];
    if (!primary) {
      problem(undefined, '新しい団体には主担当者（主担当者名と主担当者メール）が必要です。');
      return;
    }
    if (!row.name || !row.nameKana || !category || !row.organizationType || !row.scope) return;
    const values: OrganizationValues = {
      name: row.name,
      name_kana: row.nameKana,
      category_code: category,
      status,
      organization_type: row.organizationType,
      prefecture_code: row.prefecture ?? null,
      designated_city_code: row.designatedCityCode ?? null,
      scope: row.scope,
      fields_of_activity: row.fieldsOfActivity ?? [],
      website: row.website ?? null,
      description: row.description ?? null,
      published_fields: row.publishedFields ?? [],
      joined_on: events.find((e) => e.kind === 'JOINED')?.occurredOn ?? null,
    };
    const contacts: ContactChange[] = Object.entries(row.contacts)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([position, c]) => ({
        id: undefined,
        values: contactValues(c, position === '1'),
        before: undefined,
      }));
    const memberships: MembershipChange[] = (row.workingGroups ?? []).map((g) => ({
      kind: 'add',
      id: undefined,
      number: g.number,
      role: g.role ?? 'MEMBER',
      joinedOn: g.joinedOn ?? this.today,
    }));
    return {
      line: row.line,
      kind: 'create',
      id: row.id ?? undefined,
      values,
      before: {},
      newEvents: events,
      unsetPrimary: [],
      contacts,
      memberships,
      application: status === 'APPLIED' ? { name: primary.name, email: primary.email } : undefined,
      searchText: foldForSearch(`${values.name} ${values.name_kana}`),
    };
  }

  private planUpdate(
    row: MemberRow,
    stored: StoredOrganization,
    problem: (key: OrganizationColumnKey | undefined, reason: string) => void,
  ): OrganizationPlan | undefined {
    const current = stored.row;
    const values: Partial<OrganizationValues> = {};
    const before: Partial<OrganizationValues> = {};
    const set = <K extends keyof OrganizationValues>(key: K, value: OrganizationValues[K]) => {
      const old = current[key] as OrganizationValues[K];
      const same =
        Array.isArray(value) && Array.isArray(old) ? sameList(value, old) : value === old;
      if (!same) {
        values[key] = value;
        before[key] = old;
      }
    };
    if (row.name !== undefined) set('name', row.name);
    if (row.nameKana !== undefined) set('name_kana', row.nameKana);
    if (row.organizationType !== undefined) set('organization_type', row.organizationType);
    if (row.prefecture !== undefined) set('prefecture_code', row.prefecture);
    if (row.designatedCityCode !== undefined) set('designated_city_code', row.designatedCityCode);
    if (row.scope !== undefined) set('scope', row.scope);
    if (row.fieldsOfActivity !== undefined) set('fields_of_activity', row.fieldsOfActivity);
    if (row.website !== undefined) set('website', row.website);
    if (row.description !== undefined) set('description', row.description);
    if (row.publishedFields !== undefined) set('published_fields', row.publishedFields);

    // Membership: the file's history must extend the stored one; without history, a changed
    // status or category becomes an event dated today.
    const newEvents: HistoryEntry[] = [];
    const history = row.membershipHistory;
    if (history && history.length > 0) {
      const stored_ = stored.events;
      const differs = stored_.findIndex((event, i) => !history[i] || !sameEvent(event, history[i]));
      if (differs >= 0) {
        const at = stored_[differs] as HistoryEntry;
        problem(
          'membershipHistory',
          `登録済みの会員履歴の${differs + 1}件目（${at.occurredOn} ${at.kind}）と違います。履歴は書き換えられません（後ろに書き足すことはできます）。`,
        );
        return;
      }
      if (current.status === 'APPLIED' && history.length > 0) {
        problem(
          'membershipHistory',
          '申請中の団体の承認は API（approveApplication）で行ってください。',
        );
        return;
      }
      newEvents.push(...history.slice(stored_.length));
    } else {
      const status = row.status ?? current.status;
      const category = row.category ?? current.category_code;
      if (current.status === 'APPLIED') {
        if (status !== 'APPLIED') {
          problem('status', '申請中の団体の承認は API（approveApplication）で行ってください。');
          return;
        }
        set('category_code', category);
      } else {
        let now = current.status as HistoryEntry['statusAfter'];
        const latest = stored.events.at(-1)?.occurredOn;
        const needsEvent = category !== current.category_code || status !== current.status;
        if (needsEvent && latest && latest > this.today) {
          problem(
            undefined,
            `最後の会員履歴（${latest}）が今日より後なので、状態や会員区分を変えられません。`,
          );
          return;
        }
        if (category !== current.category_code) {
          if (current.status === 'WITHDRAWN') {
            problem('category', '退会した団体の会員区分は変えられません。');
            return;
          }
          newEvents.push({
            kind: 'CATEGORY_CHANGED',
            occurredOn: this.today,
            statusAfter: now,
            categoryAfter: category,
            note: IMPORT_NOTE,
          });
        }
        if (status !== current.status) {
          const kind = TRANSITIONS[current.status]?.[status];
          if (!kind || status === 'APPLIED') {
            problem(
              'status',
              `「${formatStatus(current.status)}」から「${formatStatus(status)}」へは変えられません。`,
            );
            return;
          }
          now = status as HistoryEntry['statusAfter'];
          newEvents.push({
            kind,
            occurredOn: this.today,
            statusAfter: now,
            categoryAfter: category,
            note: IMPORT_NOTE,
          });
        }
      }
    }
    const allEvents = [...stored.events, ...newEvents];
    const last = allEvents.at(-1);
    if (last) {
      set('status', last.statusAfter);
      set('category_code', last.categoryAfter);
      const joined = allEvents.find((e) => e.kind === 'JOINED')?.occurredOn ?? null;
      if (row.joinedOn && row.joinedOn !== joined) {
        problem(
          'joinedOn',
          `登録済みの入会日（${joined ?? 'なし'}）と違います。入会日は会員履歴から決まるため、ここでは変えられません。`,
        );
        return;
      }
      set('joined_on', joined);
    }
    const searchText =
      values.name !== undefined || values.name_kana !== undefined
        ? foldForSearch(`${values.name ?? current.name} ${values.name_kana ?? current.name_kana}`)
        : undefined;

    // Contacts: matched by e-mail address; never deleted by an import.
    const contacts: ContactChange[] = [];
    const unsetPrimary: string[] = [];
    const primaryEmail = row.contacts['1']?.email.toLowerCase();
    if (primaryEmail) {
      for (const c of stored.contacts) {
        if (c.isPrimary && c.email.toLowerCase() !== primaryEmail) unsetPrimary.push(c.id);
      }
    }
    for (const [position, c] of Object.entries(row.contacts).sort(
      ([a], [b]) => Number(a) - Number(b),
    )) {
      const existing = stored.contacts.find((s) => s.email.toLowerCase() === c.email.toLowerCase());
      const isPrimary =
        position === '1' ? true : existing ? existing.isPrimary && !primaryEmail : false;
      const wanted = contactValues(c, isPrimary);
      if (!existing) {
        contacts.push({ id: undefined, values: wanted, before: undefined });
        continue;
      }
      const changed =
        wanted.name !== existing.name ||
        wanted.email !== existing.email ||
        wanted.is_primary !== existing.isPrimary ||
        (wanted.name_kana !== undefined && wanted.name_kana !== existing.nameKana) ||
        (wanted.phone !== undefined && wanted.phone !== existing.phone) ||
        (wanted.roles !== undefined && !sameList(wanted.roles, existing.roles)) ||
        (wanted.opted_out_kinds !== undefined &&
          !sameList(wanted.opted_out_kinds, existing.optedOutKinds));
      if (changed) contacts.push({ id: existing.id, values: wanted, before: existing });
    }

    // Working groups: only when the file has the column; it lists the current memberships.
    const memberships: MembershipChange[] = [];
    if (row.workingGroups !== undefined) {
      memberships.push(...planMemberships(row.workingGroups, stored.memberships, this.today));
    }

    const changed =
      Object.keys(values).length > 0 ||
      newEvents.length > 0 ||
      contacts.length > 0 ||
      unsetPrimary.length > 0 ||
      memberships.length > 0;
    return {
      line: row.line,
      kind: changed ? 'update' : 'unchanged',
      id: current.id,
      values,
      before,
      newEvents,
      unsetPrimary,
      contacts,
      memberships,
      application: undefined,
      searchText,
    };
  }
}

function contactValues(c: ContactRow, isPrimary: boolean): ContactChange['values'] {
  return {
    name: c.name,
    email: c.email,
    is_primary: isPrimary,
    ...(c.nameKana !== undefined ? { name_kana: c.nameKana } : {}),
    ...(c.phone !== undefined ? { phone: c.phone } : {}),
    ...(c.roles !== undefined ? { roles: c.roles } : {}),
    ...(c.optedOut !== undefined ? { opted_out_kinds: c.optedOut } : {}),
  };
}

function planMemberships(
  wanted: readonly WorkingGroupEntry[],
  current: readonly StoredMembership[],
  today: string,
): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (const entry of wanted) {
    const existing = current.find((m) => m.number === entry.number);
    if (!existing) {
      changes.push({
        kind: 'add',
        id: undefined,
        number: entry.number,
        role: entry.role ?? 'MEMBER',
        joinedOn: entry.joinedOn ?? today,
      });
    } else if (
      (entry.role !== undefined && entry.role !== existing.role) ||
      (entry.joinedOn !== undefined && entry.joinedOn !== existing.joinedOn)
    ) {
      changes.push({
        kind: 'update',
        id: existing.id,
        number: entry.number,
        role: entry.role ?? existing.role,
        joinedOn: entry.joinedOn ?? existing.joinedOn,
      });
    }
  }
  for (const m of current) {
    if (!wanted.some((entry) => entry.number === m.number)) {
      changes.push({ kind: 'end', id: m.id, number: m.number, role: m.role, joinedOn: m.joinedOn });
    }
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Rows per INSERT: few round trips, well below Postgres's 65,535 bind parameters. */
const CHUNK = 500;

function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

async function applyPlans(
  db: Db,
  plans: readonly OrganizationPlan[],
  today: string,
  options: ImportMembersOptions,
): Promise<void> {
  const work = plans.filter((p) => p.kind !== 'unchanged');
  const audit: ImportAuditEntry[] = [];
  // Events of one organisation written in one statement would share created_at, which orders
  // events of the same day: give each a distinct, increasing timestamp.
  const base = Date.now();
  let sequence = 0;
  const stamp = () => new Date(base + sequence++);
  let done = 0;
  const progress = () => options.onProgress?.(done, work.length);

  const creates = work.filter((p) => p.kind === 'create');
  // Batches of 100: few statements, and progress the reader can follow.
  for (const batch of chunks(creates, 100)) {
    // Ids chosen here, so nothing depends on the order RETURNING gives rows back in.
    const ids = batch.map((plan) => plan.id ?? randomUUID());
    await db
      .insertInto('organizations')
      .values(
        batch.map((plan, i) => ({
          id: ids[i] as string,
          ...(plan.values as OrganizationValues),
          search_text: plan.searchText as string,
        })),
      )
      .execute();
    const events = batch.flatMap((plan, i) =>
      plan.newEvents.map((e) => eventRow(ids[i] as string, e, stamp())),
    );
    for (const rows of chunks(events))
      await db.insertInto('membership_events').values(rows).execute();
    // Distinct created_at too, so contacts keep the file's order (export lists them by it).
    const contacts = batch.flatMap((plan, i) =>
      plan.contacts.map((c) => ({
        organization_id: ids[i] as string,
        ...c.values,
        created_at: stamp(),
      })),
    );
    for (const rows of chunks(contacts)) await db.insertInto('contacts').values(rows).execute();
    const memberships = batch.flatMap((plan, i) =>
      plan.memberships.map((m) => ({
        organization_id: ids[i] as string,
        working_group_number: m.number,
        role: m.role,
        joined_on: m.joinedOn,
      })),
    );
    for (const rows of chunks(memberships)) {
      await db.insertInto('working_group_memberships').values(rows).execute();
    }
    const applications = batch.flatMap((plan, i) =>
      plan.application
        ? [
            {
              organization_id: ids[i] as string,
              applicant_name: plan.application.name,
              applicant_email: plan.application.email,
              normalized_name: foldForSearch((plan.values as OrganizationValues).name),
              // Entered by the secretariat: nobody's address to confirm.
              confirmed_at: new Date(),
            },
          ]
        : [],
    );
    if (applications.length > 0) {
      await db.insertInto('membership_applications').values(applications).execute();
    }
    batch.forEach((plan, i) => {
      audit.push({
        action: 'organization.import',
        targetType: 'Organization',
        targetId: ids[i] as string,
        after: {
          ...plan.values,
          events: plan.newEvents.length,
          contacts: plan.contacts.length,
          workingGroups: plan.memberships.map((m) => m.number),
        },
      });
    });
    done += batch.length;
    progress();
  }

  for (const plan of work.filter((p) => p.kind === 'update')) {
    const id = plan.id as string;
    const v = plan.values;
    if (Object.keys(v).length > 0) {
      await db
        .updateTable('organizations')
        .set((eb) => ({
          ...v,
          ...(plan.searchText !== undefined ? { search_text: plan.searchText } : {}),
          version: eb('version', '+', 1),
          updated_at: sql`now()`,
        }))
        .where('id', '=', id)
        .execute();
    }
    if (plan.newEvents.length > 0) {
      await db
        .insertInto('membership_events')
        .values(plan.newEvents.map((e) => eventRow(id, e, stamp())))
        .execute();
    }
    if (plan.unsetPrimary.length > 0) {
      await db
        .updateTable('contacts')
        .set({ is_primary: false, updated_at: sql`now()` })
        .where('id', 'in', plan.unsetPrimary)
        .execute();
    }
    // Contacts losing the primary flag first, so the one-primary index never sees two.
    const ordered = [...plan.contacts].sort(
      (a, b) => Number(a.values.is_primary) - Number(b.values.is_primary),
    );
    for (const c of ordered) {
      if (c.id) {
        await db
          .updateTable('contacts')
          .set({ ...c.values, updated_at: sql`now()` })
          .where('id', '=', c.id)
          .execute();
      } else {
        await db
          .insertInto('contacts')
          .values({ organization_id: id, ...c.values, created_at: stamp() })
          .execute();
      }
    }
    for (const m of plan.memberships) {
      if (m.kind === 'add') {
        await db
          .insertInto('working_group_memberships')
          .values({
            organization_id: id,
            working_group_number: m.number,
            role: m.role,
            joined_on: m.joinedOn,
          })
          .execute();
      } else if (m.kind === 'update') {
        await db
          .updateTable('working_group_memberships')
          .set({ role: m.role, joined_on: m.joinedOn })
          .where('id', '=', m.id as string)
          .execute();
      } else {
        await db
          .updateTable('working_group_memberships')
          .set({ left_on: today })
          .where('id', '=', m.id as string)
          .execute();
      }
    }
    audit.push({
      action: 'organization.import',
      targetType: 'Organization',
      targetId: id,
      before: {
        ...plan.before,
        ...(plan.contacts.some((c) => c.before)
          ? {
              contacts: plan.contacts
                .filter((c) => c.before)
                .map((c) => ({ email: c.before?.email })),
            }
          : {}),
      },
      after: {
        ...plan.values,
        ...(plan.newEvents.length > 0
          ? { events: plan.newEvents.map((e) => `${e.occurredOn} ${e.kind}`) }
          : {}),
        ...(plan.contacts.length > 0
          ? { contacts: plan.contacts.map((c) => ({ email: c.values.email, new: !c.id })) }
          : {}),
        ...(plan.memberships.length > 0
          ? { workingGroups: plan.memberships.map((m) => `${m.kind} ${m.number}`) }
          : {}),
      },
    });
    done += 1;
    if (done % 25 === 0 || done === work.length) progress();
  }
  if (options.audit && audit.length > 0) await options.audit(db, audit);
}

function eventRow(organizationId: string, e: HistoryEntry, createdAt: Date) {
  return {
    organization_id: organizationId,
    kind: e.kind,
    occurred_on: e.occurredOn,
    status_after: e.statusAfter,
    category_after: e.categoryAfter,
    note: e.note,
    created_at: createdAt,
  };
}
