/** The member import's plan: what each valid row changes in the register, or why it cannot. */
import type { MembershipEventKind, OrganizationStatus } from '../../../db/tables/members.js';
import { foldForSearch } from '../../../lib/japanese-text.js';
import { type ColumnRef, ORGANIZATION_COLUMNS, type OrganizationColumnKey } from './columns.js';
import type {
  Register,
  StoredContact,
  StoredMembership,
  StoredOrganization,
} from './import-register.js';
import type { ContactRow, CsvProblem, MemberRow } from './member-row.js';
import {
  formatStatus,
  type HistoryEntry,
  normalizeNote,
  type WorkingGroupEntry,
  type WorkingGroupRole,
} from './values.js';

// ---------------------------------------------------------------------------------------------
// Planning: what each row changes

/** Column values of `organizations` an import sets. */
export interface OrganizationValues {
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

export interface ContactChange {
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

export interface MembershipChange {
  readonly kind: 'add' | 'update' | 'end';
  readonly id: string | undefined;
  readonly number: number;
  readonly role: WorkingGroupRole;
  readonly joinedOn: string;
}

export interface OrganizationPlan {
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

export class Planner {
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
