/**
 * The demo member register: a deterministic, fictional register for demos and local development.
 *
 * - The 47 prefectures and 20 designated cities are real public bodies (every one of them is a
 *   cooperating member), so they keep their real names. Every other organisation is fictional and
 *   its name ends in 「（デモ）」; e-mail addresses and websites use reserved `example.jp` domains.
 * - The membership history reproduces the published counts exactly: 414 / 49 / 165 (628) active
 *   members on 2025-05-01 and 637 on 2025-06-01, growing from the founding in February 2022 to
 *   October 2026, with a few category changes, suspensions and withdrawals.
 * - Name parts, person names and description phrases live in `seeds/demo/*.json`.
 *
 * Loading is recorded in `seed_runs`, so it happens once per database.
 */
import { readFile } from 'node:fs/promises';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/create-db.js';
import type {
  ContactTable,
  MembershipEventKind,
  MembershipEventTable,
  OrganizationScope,
  OrganizationStatus,
  OrganizationTable,
} from '../db/tables/members.js';
import {
  type ContactRole,
  FIELDS_OF_ACTIVITY,
  type FieldOfActivity,
  PUBLISHABLE_FIELDS,
  type PublishableField,
} from '../db/tables/members.js';
import type { WorkingGroupMembershipTable } from '../db/tables/working-groups.js';
import { foldForSearch } from '../lib/japanese-text.js';

/** The `seed_runs.name` that records the demo register as loaded. */
export const DEMO_REGISTER_SEED_NAME = 'demo-register';

/** The seed used when none is given; the same seed always builds the same register. */
export const DEFAULT_DEMO_SEED = 20220225;

/**
 * Loads the demo register in one transaction, unless `seed_runs` says it is already loaded (then
 * it changes nothing and returns zeros). Needs the reference data (prefectures, designated cities,
 * working groups) to be loaded first. The same `seed` always gives the same rows, ids included.
 */
export async function loadDemoRegister(
  db: Db,
  options: { seed?: number } = {},
): Promise<{ organizations: number; contacts: number }> {
  const sources = await readDemoSources();
  return db.transaction().execute(async (trx) => {
    // Claiming the seed run first makes a concurrent second loader wait on the primary key and
    // then find the row, instead of loading a second register.
    const claimed = await trx
      .insertInto('seed_runs')
      .values({ name: DEMO_REGISTER_SEED_NAME })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    if (!claimed) return { organizations: 0, contacts: 0 };

    const reference = await readReferenceRows(trx);
    const register = buildDemoRegister(sources, reference, options.seed ?? DEFAULT_DEMO_SEED);
    await insertRegister(trx, register);
    return { organizations: register.organizations.length, contacts: register.contacts.length };
  });
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Days since 1970-01-01 (UTC): plain integers make date arithmetic and comparison trivial. */
type Day = number;

/** Both ends included. */
interface Span {
  readonly from: Day;
  readonly to: Day;
}

const MS_PER_DAY = 86_400_000;

function day(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

function isoDate(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

function span(from: string, to: string): Span {
  return { from: day(from), to: day(to) };
}

function isWeekend(d: Day): boolean {
  const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday.
  return weekday === 0 || weekday === 6;
}

// ---------------------------------------------------------------------------------------------
// The published counts and the membership stories that reproduce them

type Category = 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
type MemberStatus = Exclude<OrganizationStatus, 'APPLIED' | 'REJECTED'>;

/** 令和7年5月1日: the counts in the source documents. */
const FIRST_COUNT_DAY = day('2025-05-01');
const FIRST_COUNT: Record<Category, number> = { REGULAR: 414, SUPPORTING: 49, COOPERATING: 165 };

/**
 * 令和7年6月1日: only the total (637) is published. Our split: +7 regular (8 joined, 1 withdrew),
 * +1 supporting and +1 cooperating (each joined) in May 2025.
 */
const SECOND_COUNT_DAY = day('2025-06-01');
const SECOND_COUNT: Record<Category, number> = { REGULAR: 421, SUPPORTING: 50, COOPERATING: 166 };

/** A demo founding day within February 2022 (令和4年2月), when the founding members joined. */
const FOUNDING_DAY = day('2022-02-25');
/** The last day the demo history reaches; nothing is dated later. */
const HISTORY_END = day('2026-10-30');

const SPANS = {
  beforeFirstCount: span('2022-03-01', '2025-04-30'),
  firstYear: span('2022-03-01', '2022-12-28'),
  firstTwoYears: span('2022-03-01', '2023-12-28'),
  year2023: span('2023-01-10', '2023-12-28'),
  from2023ToFirstCount: span('2023-03-01', '2025-04-30'),
  from2024ToFirstCount: span('2024-01-09', '2025-04-30'),
  early2024: span('2024-01-09', '2024-09-30'),
  runUpToFirstCount: span('2024-10-01', '2025-04-30'),
  betweenCounts: span('2025-05-02', '2025-05-31'),
  afterSecondCount: { from: day('2025-06-02'), to: HISTORY_END },
  afterSecondCountEarly: span('2025-06-02', '2026-01-30'),
  afterSecondCountLate: { from: day('2026-02-02'), to: HISTORY_END },
  // Prefectures and designated cities had all registered by the end of FY2022.
  publicBodiesJoin: span('2022-03-01', '2023-03-31'),
} as const;

/** Share of the members active on the first count date who joined on the founding day. */
const FOUNDING_SHARE = 0.45;

const EVENT_NOTES = {
  founding: '設立時からの会員',
  categoryChanged: '活動内容の変更に伴う会員区分の変更',
  suspended: ['連絡が取れないため活動を一時停止', '団体からの申出により一時休会'],
  reinstated: ['連絡先の更新により活動を再開', '団体からの申出により活動を再開'],
  withdrawn: [
    '団体の解散により退会',
    '活動終了に伴う退会',
    '団体からの申出により退会',
    '他団体との統合により退会',
  ],
} as const;

interface HistoryEvent {
  readonly kind: MembershipEventKind;
  readonly on: Day;
  readonly statusAfter: MemberStatus;
  readonly categoryAfter: Category;
  readonly note: string | null;
}

/**
 * Writes one organisation's membership history, event by event. Each event falls on a weekday
 * strictly after the previous one: the counting query breaks ties by `created_at`, and all rows
 * of one load share it, so two events of one organisation must never share a date.
 */
class History {
  readonly events: HistoryEvent[] = [];
  private category: Category;
  private readonly rng: Rng;

  constructor(rng: Rng, category: Category) {
    this.rng = rng;
    this.category = category;
  }

  join(within: Span, foundingShare = 0): this {
    if (this.rng.chance(foundingShare))
      return this.push('JOINED', FOUNDING_DAY, 'ACTIVE', EVENT_NOTES.founding);
    return this.push('JOINED', this.weekdayAfterLast(within), 'ACTIVE', null);
  }

  changeCategory(to: Category, within: Span): this {
    this.category = to;
    return this.push(
      'CATEGORY_CHANGED',
      this.weekdayAfterLast(within),
      'ACTIVE',
      EVENT_NOTES.categoryChanged,
    );
  }

  suspend(within: Span): this {
    return this.push(
      'SUSPENDED',
      this.weekdayAfterLast(within),
      'SUSPENDED',
      this.rng.pick(EVENT_NOTES.suspended),
    );
  }

  reinstate(within: Span): this {
    return this.push(
      'REINSTATED',
      this.weekdayAfterLast(within),
      'ACTIVE',
      this.rng.pick(EVENT_NOTES.reinstated),
    );
  }

  withdraw(within: Span): this {
    return this.push(
      'WITHDRAWN',
      this.weekdayAfterLast(within),
      'WITHDRAWN',
      this.rng.pick(EVENT_NOTES.withdrawn),
    );
  }

  private weekdayAfterLast(within: Span): Day {
    const last = this.events.at(-1)?.on;
    return weekdayIn(
      this.rng,
      last === undefined ? within : { from: Math.max(within.from, last + 1), to: within.to },
    );
  }

  private push(
    kind: MembershipEventKind,
    on: Day,
    statusAfter: MemberStatus,
    note: string | null,
  ): this {
    const last = this.events.at(-1);
    if (last && on <= last.on) {
      throw new Error(
        `Demo history bug: ${kind} on ${isoDate(on)} is not after ` +
          `${last.kind} on ${isoDate(last.on)}.`,
      );
    }
    this.events.push({ kind, on, statusAfter, categoryAfter: this.category, note });
    return this;
  }
}

/**
 * A group of organisations that share how their membership unfolded. `category` is the one they
 * joined (or applied) in; `kinds` pins the organisation kinds where the story needs a kind that
 * fits two categories. A story that writes no event leaves the organisation APPLIED.
 */
interface Story {
  readonly category: Category;
  readonly count: number;
  readonly kinds?: readonly KindId[];
  readonly tell: (history: History) => unknown;
}

/** Organisation kinds that can plausibly be both a regular and a supporting member. */
const REGULAR_OR_SUPPORTING_KINDS: readonly KindId[] = [
  'association',
  'publicInterestFoundation',
  'foundation',
];

const steady = (h: History) => h.join(SPANS.beforeFirstCount, FOUNDING_SHARE);
const steadyThen = (then: (h: History) => unknown) => (h: History) => then(steady(h));

/**
 * Every fictional organisation, grouped by story. The counts are chosen so that, with the 67 public
 * bodies, the ACTIVE members are exactly {@link FIRST_COUNT} on 2025-05-01:
 * - regular 414 = 397 steady + 2 changed to regular + 4 paused + 1 + 6 + 2 + 1 + 1 (later events);
 * - supporting 49 = 44 steady + 3 changed to supporting + 1 + 1 (later events);
 * - cooperating 165 = 67 public bodies + 97 steady + 1 withdrawing later;
 * and {@link SECOND_COUNT} on 2025-06-01. `buildDemoRegister` checks both and fails if an edit
 * here breaks them.
 */
const STORIES: readonly Story[] = [
  // Active on 2025-05-01 with nothing else to tell.
  { category: 'REGULAR', count: 397, tell: steady },
  { category: 'SUPPORTING', count: 44, tell: steady },
  { category: 'COOPERATING', count: 97, tell: steady },
  // Active on 2025-05-01 after a change of category.
  {
    category: 'SUPPORTING',
    count: 2,
    kinds: REGULAR_OR_SUPPORTING_KINDS,
    tell: (h) => h.join(SPANS.firstTwoYears, 0.5).changeCategory('REGULAR', SPANS.early2024),
  },
  {
    category: 'REGULAR',
    count: 2,
    kinds: REGULAR_OR_SUPPORTING_KINDS,
    tell: (h) =>
      h.join(SPANS.firstTwoYears, 0.5).changeCategory('SUPPORTING', SPANS.runUpToFirstCount),
  },
  {
    category: 'COOPERATING',
    count: 1,
    kinds: ['economic'],
    tell: (h) => h.join(SPANS.firstTwoYears, 0.5).changeCategory('SUPPORTING', SPANS.early2024),
  },
  // Active on 2025-05-01 after a suspension that ended before it.
  {
    category: 'REGULAR',
    count: 4,
    tell: (h) =>
      h.join(SPANS.firstTwoYears, 0.5).suspend(SPANS.early2024).reinstate(SPANS.runUpToFirstCount),
  },
  // Active on 2025-05-01; something happens later.
  { category: 'REGULAR', count: 1, tell: steadyThen((h) => h.withdraw(SPANS.betweenCounts)) },
  { category: 'REGULAR', count: 6, tell: steadyThen((h) => h.withdraw(SPANS.afterSecondCount)) },
  { category: 'SUPPORTING', count: 1, tell: steadyThen((h) => h.withdraw(SPANS.afterSecondCount)) },
  {
    category: 'COOPERATING',
    count: 1,
    tell: steadyThen((h) => h.withdraw(SPANS.afterSecondCount)),
  },
  { category: 'REGULAR', count: 2, tell: steadyThen((h) => h.suspend(SPANS.afterSecondCount)) },
  {
    category: 'REGULAR',
    count: 1,
    tell: steadyThen((h) =>
      h.suspend(SPANS.afterSecondCountEarly).reinstate(SPANS.afterSecondCountLate),
    ),
  },
  {
    category: 'REGULAR',
    count: 1,
    kinds: REGULAR_OR_SUPPORTING_KINDS,
    tell: steadyThen((h) => h.changeCategory('SUPPORTING', SPANS.afterSecondCount)),
  },
  {
    category: 'SUPPORTING',
    count: 1,
    kinds: REGULAR_OR_SUPPORTING_KINDS,
    tell: steadyThen((h) => h.changeCategory('REGULAR', SPANS.afterSecondCount)),
  },
  // Not active on 2025-05-01: withdrew before it (some after a suspension), or suspended then.
  {
    category: 'REGULAR',
    count: 7,
    tell: (h) => h.join(SPANS.firstYear, 0.5).withdraw(SPANS.from2023ToFirstCount),
  },
  {
    category: 'REGULAR',
    count: 3,
    tell: (h) =>
      h.join(SPANS.firstYear, 0.5).suspend(SPANS.year2023).withdraw(SPANS.from2024ToFirstCount),
  },
  {
    category: 'SUPPORTING',
    count: 2,
    tell: (h) => h.join(SPANS.firstYear, 0.5).withdraw(SPANS.from2023ToFirstCount),
  },
  {
    category: 'COOPERATING',
    count: 1,
    tell: (h) => h.join(SPANS.firstYear, 0.5).withdraw(SPANS.from2023ToFirstCount),
  },
  {
    category: 'REGULAR',
    count: 2,
    tell: (h) =>
      h
        .join(SPANS.firstTwoYears, 0.5)
        .suspend(SPANS.runUpToFirstCount)
        .reinstate(SPANS.afterSecondCount),
  },
  {
    category: 'REGULAR',
    count: 1,
    tell: (h) =>
      h
        .join(SPANS.firstTwoYears, 0.5)
        .suspend(SPANS.runUpToFirstCount)
        .withdraw(SPANS.afterSecondCount),
  },
  // Joined between the two counts (the +9 of 2025-06-01, with the withdrawal above).
  { category: 'REGULAR', count: 8, tell: (h) => h.join(SPANS.betweenCounts) },
  { category: 'SUPPORTING', count: 1, tell: (h) => h.join(SPANS.betweenCounts) },
  { category: 'COOPERATING', count: 1, tell: (h) => h.join(SPANS.betweenCounts) },
  // Joined after the second count.
  { category: 'REGULAR', count: 40, tell: (h) => h.join(SPANS.afterSecondCount) },
  { category: 'SUPPORTING', count: 5, tell: (h) => h.join(SPANS.afterSecondCount) },
  { category: 'COOPERATING', count: 8, tell: (h) => h.join(SPANS.afterSecondCount) },
  // Pending applications: no history yet.
  { category: 'REGULAR', count: 4, tell: () => undefined },
  { category: 'SUPPORTING', count: 1, tell: () => undefined },
];

/** Prefectures and designated cities: founding members or registered during FY2022. */
const tellPublicBody = (h: History) => h.join(SPANS.publicBodiesJoin, 0.6);

/** Active members per category on `on`, computed the way the counting query does. */
function activeCountsOn(
  histories: readonly (readonly HistoryEvent[])[],
  on: Day,
): Record<Category, number> {
  const counts: Record<Category, number> = { REGULAR: 0, SUPPORTING: 0, COOPERATING: 0 };
  for (const history of histories) {
    const latest = history.findLast((event) => event.on <= on);
    if (latest?.statusAfter === 'ACTIVE') counts[latest.categoryAfter] += 1;
  }
  return counts;
}

function assertPublishedCounts(histories: readonly (readonly HistoryEvent[])[]): void {
  const checks = [
    [FIRST_COUNT_DAY, FIRST_COUNT],
    [SECOND_COUNT_DAY, SECOND_COUNT],
  ] as const;
  for (const [on, expected] of checks) {
    const actual = activeCountsOn(histories, on);
    const categories = Object.keys(expected) as Category[];
    if (categories.some((category) => actual[category] !== expected[category])) {
      throw new Error(
        `The demo register does not reproduce the counts on ${isoDate(on)}: expected ` +
          `${JSON.stringify(expected)}, built ${JSON.stringify(actual)}. ` +
          'Adjust the counts in STORIES.',
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Organisation kinds (their profiles and name patterns: seeds/demo/organization-kinds.json)

const KIND_IDS = [
  'npo',
  'certifiedNpo',
  'association',
  'publicInterestAssociation',
  'socialWelfare',
  'foundation',
  'publicInterestFoundation',
  'voluntary',
  'coop',
  'grantFoundation',
  'grantGeneralFoundation',
  'company',
  'businessAssociation',
  'municipality',
  'economic',
  'labour',
  'industryAssociation',
] as const;
type KindId = (typeof KIND_IDS)[number];

const TEMPLATE_IDS = [
  'support',
  'funder',
  'company',
  'economic',
  'coop',
  'labour',
  'municipality',
  'publicBody',
] as const;
type TemplateId = (typeof TEMPLATE_IDS)[number];

type Weighted<T> = readonly (readonly [T, number])[];

// ---------------------------------------------------------------------------------------------
// Data files (seeds/demo)

const demoSeedsDir = new URL('../../seeds/demo/', import.meta.url);

const fieldCode = z.enum(
  Object.keys(FIELDS_OF_ACTIVITY) as [FieldOfActivity, ...FieldOfActivity[]],
);
const hiragana = z.string().regex(/^[\u3041-\u3096ー]+$/, 'must be hiragana');
const namePart = z.tuple([z.string().min(1), hiragana]);
const partSource = z.union([
  z.enum(['STEM', 'PLACE', 'MUNICIPALITY', 'FIELD']),
  z.array(namePart).min(1),
]);
const personName = z.tuple([z.string().min(1), hiragana, z.string().regex(/^[a-z]+$/)]);

/** `{ item: weight }`; items left out are never drawn. */
const weightTable = <K extends z.core.$ZodType<string>>(key: K) =>
  z.partialRecord(key, z.number().positive());

const sourceSchemas = {
  kinds: z.object({
    /** Share of each kind among the fictional organisations of a category. */
    mix: z.record(z.enum(['REGULAR', 'SUPPORTING', 'COOPERATING']), weightTable(z.enum(KIND_IDS))),
    /** How often each field is the main one where a kind says "SUPPORT". */
    supportFieldWeights: weightTable(fieldCode),
    /** Where fictional organisations are based; unlisted prefectures weigh 1. */
    prefectureWeights: z.record(z.string().regex(/^\d{2}$/), z.number().positive()),
    kinds: z.record(
      z.enum(KIND_IDS),
      z.object({
        /** `organizations.organization_type`. */
        type: z.string().min(1),
        template: z.enum(TEMPLATE_IDS),
        /** Probability of a national rather than a regional scope. */
        nationalShare: z.number().min(0).max(1),
        /** Candidates for the main field: listed ones evenly, or the support weights. */
        mainFields: z.union([z.literal('SUPPORT'), z.array(fieldCode).min(1)]),
        /** Local governments get a 孤独・孤立対策担当 mailbox as their primary contact. */
        localGovernment: z.boolean().default(false),
        names: z.array(z.object({ prefix: z.string(), parts: z.array(partSource).min(1) })).min(1),
      }),
    ),
  }),
  names: z.object({
    stems: z.array(namePart).min(1),
    places: z.array(z.tuple([z.string().min(1), hiragana, z.enum(['市', '町', '村'])])).min(1),
    fieldTails: z.record(fieldCode, z.array(namePart).min(1)),
  }),
  people: z.object({
    surnames: z.array(personName).min(1),
    givenNames: z.array(personName).min(1),
  }),
  descriptions: z.object({
    activities: z.record(fieldCode, z.string().min(1)),
    templates: z.record(z.enum(TEMPLATE_IDS), z.string().min(1)),
    closings: z.array(z.string().min(1)).min(1),
  }),
};

type NamePart = z.output<typeof namePart>;
type PartSource = z.output<typeof partSource>;
type PersonName = z.output<typeof personName>;
type KindProfile = z.output<typeof sourceSchemas.kinds>['kinds'][KindId];
interface DemoSources {
  readonly kinds: z.output<typeof sourceSchemas.kinds>;
  readonly names: z.output<typeof sourceSchemas.names>;
  readonly people: z.output<typeof sourceSchemas.people>;
  readonly descriptions: z.output<typeof sourceSchemas.descriptions>;
}

async function readDemoSources(): Promise<DemoSources> {
  const [kinds, names, people, descriptions] = await Promise.all([
    readJson('organization-kinds.json', sourceSchemas.kinds),
    readJson('organization-names.json', sourceSchemas.names),
    readJson('people.json', sourceSchemas.people),
    readJson('descriptions.json', sourceSchemas.descriptions),
  ]);
  return { kinds, names, people, descriptions };
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const raw: unknown = JSON.parse(await readFile(new URL(file, demoSeedsDir), 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new Error(`seeds/demo/${file} is malformed: ${z.prettifyError(result.error)}`);
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Reference rows (from the database, so foreign keys hold)

interface ReferenceRows {
  readonly prefectures: readonly { code: string; name: string; kana: string }[];
  readonly designatedCities: readonly {
    code: string;
    name: string;
    kana: string;
    prefecture_code: string;
  }[];
  readonly workingGroupNumbers: readonly number[];
}

async function readReferenceRows(db: Db): Promise<ReferenceRows> {
  const prefectures = await db
    .selectFrom('prefectures')
    .select(['code', 'name', 'kana'])
    .orderBy('code')
    .execute();
  const designatedCities = await db
    .selectFrom('designated_cities')
    .select(['code', 'name', 'kana', 'prefecture_code'])
    .orderBy('code')
    .execute();
  const workingGroups = await db
    .selectFrom('working_groups')
    .select('number')
    .orderBy('number')
    .execute();
  if (prefectures.length !== 47 || designatedCities.length !== 20 || workingGroups.length === 0) {
    throw new Error(
      `The demo register needs the reference data (found ${prefectures.length} prefectures, ` +
        `${designatedCities.length} designated cities, ${workingGroups.length} working groups; ` +
        'expected 47, 20 and at least 1). Run loadReferenceData(db) first.',
    );
  }
  return { prefectures, designatedCities, workingGroupNumbers: workingGroups.map((w) => w.number) };
}

// ---------------------------------------------------------------------------------------------
// Building the register (pure: no I/O, deterministic for a seed)

interface Identity {
  readonly name: string;
  readonly nameKana: string;
  readonly organizationType: string;
  readonly prefectureCode: string;
  readonly designatedCityCode: string | null;
  readonly scope: OrganizationScope;
  readonly fields: readonly FieldOfActivity[];
  readonly website: string | null;
  readonly description: string;
  readonly publishedFields: readonly PublishableField[];
  /** The reserved domain of the organisation's website and e-mail addresses. */
  readonly domain: string;
  readonly localGovernment: boolean;
}

interface DemoOrganization {
  readonly id: string;
  readonly identity: Identity;
  readonly history: readonly HistoryEvent[];
  /** The category it joined or applied in. */
  readonly firstCategory: Category;
}

interface DemoRegister {
  readonly organizations: Insertable<OrganizationTable>[];
  readonly events: Insertable<MembershipEventTable>[];
  readonly contacts: Insertable<ContactTable>[];
  readonly workingGroupMemberships: Insertable<WorkingGroupMembershipTable>[];
}

/** What the builders share: the random streams, the data files and the reference rows. */
interface BuildContext {
  readonly rng: Rng;
  /** A separate stream for ids, so ids stay put when the rest of the generator changes. */
  readonly ids: Rng;
  readonly sources: DemoSources;
  readonly reference: ReferenceRows;
  readonly takenNames: Set<string>;
}

function buildDemoRegister(
  sources: DemoSources,
  reference: ReferenceRows,
  seed: number,
): DemoRegister {
  const ctx: BuildContext = {
    rng: createRng(seed),
    ids: createRng(seed ^ 0x5eed1d5),
    sources,
    reference,
    takenNames: new Set(),
  };
  const organizations = [...planPublicBodies(ctx), ...planFictionalOrganizations(ctx)];
  assertPublishedCounts(organizations.map((o) => o.history));

  const workingGroups = planWorkingGroups(ctx, organizations);
  const boardOrganizationIds = chooseBoard(ctx, organizations);
  return {
    organizations: organizations.map(organizationRow),
    events: organizations.flatMap((org) =>
      org.history.map((event) => eventRow(ctx, org.id, event)),
    ),
    contacts: planContacts(
      ctx,
      organizations,
      workingGroups.currentMemberIds,
      boardOrganizationIds,
    ),
    workingGroupMemberships: workingGroups.rows,
  };
}

const PUBLIC_BODY_EXTRA_FIELDS: readonly FieldOfActivity[] = [
  'PLACE_TO_BELONG',
  'SUICIDE_PREVENTION',
  'CHILDREN',
  'ELDERLY',
  'POVERTY',
];

function planPublicBodies(ctx: BuildContext): DemoOrganization[] {
  const { prefectures, designatedCities } = ctx.reference;
  const bodies = [
    ...prefectures.map((p) => ({
      name: p.name,
      kana: p.kana,
      type: '都道府県',
      prefectureCode: p.code,
      cityCode: null,
      domain: `pref-${p.code}.example.jp`,
    })),
    ...designatedCities.map((c) => ({
      name: c.name,
      kana: c.kana,
      type: '政令指定都市',
      prefectureCode: c.prefecture_code,
      cityCode: c.code,
      domain: `city-${c.code}.example.jp`,
    })),
  ];
  return bodies.map((body) => {
    const history = new History(ctx.rng, 'COOPERATING');
    tellPublicBody(history);
    const identity: Identity = {
      name: body.name,
      nameKana: body.kana,
      organizationType: body.type,
      prefectureCode: body.prefectureCode,
      designatedCityCode: body.cityCode,
      scope: 'REGIONAL',
      fields: orderFields('CONSULTATION', [
        'COMMUNITY',
        ...ctx.rng.sample(PUBLIC_BODY_EXTRA_FIELDS, ctx.rng.int(1, 2)),
      ]),
      website: `https://www.${body.domain}/`,
      description: fillTemplate(ctx.sources.descriptions.templates.publicBody, { name: body.name }),
      publishedFields: [...PUBLISHABLE_FIELDS],
      domain: body.domain,
      localGovernment: true,
    };
    return { id: ctx.ids.uuid(), identity, history: history.events, firstCategory: 'COOPERATING' };
  });
}

function planFictionalOrganizations(ctx: BuildContext): DemoOrganization[] {
  const planned = STORIES.flatMap((story) =>
    Array.from({ length: story.count }, () => {
      const history = new History(ctx.rng, story.category);
      story.tell(history);
      return { story, history: history.events };
    }),
  );
  const kinds = assignKinds(
    ctx.rng,
    planned.map((p) => p.story),
    ctx.sources.kinds.mix,
  );
  // Shuffled so that the demo numbers in the domains say nothing about an organisation's story.
  const order = ctx.rng.shuffle(planned.map((_, index) => index));
  return order.map((index, position) => {
    const { story, history } = at(planned, index);
    const identity = fictionalIdentity(ctx, at(kinds, index), position + 1);
    return { id: ctx.ids.uuid(), identity, history, firstCategory: story.category };
  });
}

/** A kind per planned organisation: pinned by its story, or dealt from its category's mix. */
function assignKinds(
  rng: Rng,
  stories: readonly Story[],
  mix: DemoSources['kinds']['mix'],
): KindId[] {
  const decks = new Map<Category, KindId[]>();
  for (const category of ['REGULAR', 'SUPPORTING', 'COOPERATING'] as const) {
    const unpinned = stories.filter((s) => s.category === category && !s.kinds).length;
    decks.set(category, rng.shuffle(apportion(unpinned, weightsOf(mix[category]))));
  }
  return stories.map((story) => {
    if (story.kinds) return rng.pick(story.kinds);
    const kind = decks.get(story.category)?.pop();
    if (!kind)
      throw new Error(`Demo register bug: no kind left for a ${story.category} organisation.`);
    return kind;
  });
}

function fictionalIdentity(ctx: BuildContext, kindId: KindId, demoNumber: number): Identity {
  const { rng, sources } = ctx;
  const kind = sources.kinds.kinds[kindId];
  const scope: OrganizationScope = rng.chance(kind.nationalShare) ? 'NATIONAL' : 'REGIONAL';
  const prefectureCode = scope === 'NATIONAL' && rng.chance(0.8) ? '13' : choosePrefecture(ctx);
  const mainField = rng.weighted(mainFieldWeights(sources, kind));
  const extraCandidates = Object.keys(FIELDS_OF_ACTIVITY).filter(
    (f): f is FieldOfActivity => f !== mainField && f !== 'FUNDING',
  );
  const fields = orderFields(
    mainField,
    rng.sample(extraCandidates, rng.weighted(EXTRA_FIELD_COUNTS)),
  );
  const { name, nameKana } = fictionalName(ctx, kind, mainField, scope);
  const domain = `demo-${String(demoNumber).padStart(3, '0')}.example.jp`;
  const area = scope === 'NATIONAL' ? '全国' : prefectureName(ctx, prefectureCode);
  return {
    name,
    nameKana,
    organizationType: kind.type,
    prefectureCode,
    designatedCityCode: null,
    scope,
    fields,
    website: rng.chance(0.85) ? `https://${domain}/` : null,
    description: describe(sources.descriptions, kind.template, fields, area, rng),
    publishedFields: choosePublishedFields(rng),
    domain,
    localGovernment: kind.localGovernment,
  };
}

function mainFieldWeights(sources: DemoSources, kind: KindProfile): Weighted<FieldOfActivity> {
  if (kind.mainFields === 'SUPPORT') return weightsOf(sources.kinds.supportFieldWeights);
  return kind.mainFields.map((field) => [field, 1]);
}

const EXTRA_FIELD_COUNTS: Weighted<number> = [
  [0, 25],
  [1, 40],
  [2, 25],
  [3, 10],
];

/** The main field first, the others in vocabulary order. */
function orderFields(main: FieldOfActivity, others: readonly FieldOfActivity[]): FieldOfActivity[] {
  const vocabulary = Object.keys(FIELDS_OF_ACTIVITY);
  const rest = [...new Set(others)].filter((f) => f !== main);
  return [main, ...rest.sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b))];
}

function choosePrefecture(ctx: BuildContext): string {
  return ctx.rng.weighted(
    ctx.reference.prefectures.map(
      (p) => [p.code, ctx.sources.kinds.prefectureWeights[p.code] ?? 1] as const,
    ),
  );
}

function prefectureName(ctx: BuildContext, code: string): string {
  const prefecture = ctx.reference.prefectures.find((p) => p.code === code);
  if (!prefecture) throw new Error(`Unknown prefecture code ${code}.`);
  return prefecture.name;
}

/** Marks every fictional name, so nobody mistakes a demo organisation for a real one. */
const DEMO_MARKER = '（デモ）';

/**
 * A unique fictional name: legal-form prefix, then the distinctive part built from the kind's
 * pattern, then the demo marker. The reading is that of the distinctive part only, as the
 * directory sorts 五十音順 by it.
 */
function fictionalName(
  ctx: BuildContext,
  kind: KindProfile,
  mainField: FieldOfActivity,
  scope: OrganizationScope,
): { name: string; nameKana: string } {
  const patterns = kind.names;
  // A place name in a national organisation's name would read oddly; use another pattern if any.
  const national = patterns.filter(
    (p) => !p.parts.some((part) => part === 'PLACE' || part === 'MUNICIPALITY'),
  );
  const candidates = scope === 'NATIONAL' && national.length > 0 ? national : patterns;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const pattern = ctx.rng.pick(candidates);
    const parts = pattern.parts.map((source) => resolveNamePart(ctx, source, mainField));
    const distinctive = parts.map(([text]) => text).join('');
    const name = `${pattern.prefix ? `${pattern.prefix} ` : ''}${distinctive}${DEMO_MARKER}`;
    if (ctx.takenNames.has(name)) continue;
    ctx.takenNames.add(name);
    return { name, nameKana: parts.map(([, kana]) => kana).join('') };
  }
  throw new Error(
    `Ran out of distinct demo names of type ${kind.type}: add name parts in seeds/demo.`,
  );
}

const MUNICIPALITY_SUFFIX_KANA = { 市: 'し', 町: 'まち', 村: 'むら' } as const;

function resolveNamePart(
  ctx: BuildContext,
  source: PartSource,
  mainField: FieldOfActivity,
): NamePart {
  const { names } = ctx.sources;
  switch (source) {
    case 'STEM':
      return ctx.rng.pick(names.stems);
    case 'FIELD':
      return ctx.rng.pick(names.fieldTails[mainField]);
    case 'PLACE': {
      const [text, kana] = ctx.rng.pick(names.places);
      return [text, kana];
    }
    case 'MUNICIPALITY': {
      const [text, kana, suffix] = ctx.rng.pick(names.places);
      return [`${text}${suffix}`, `${kana}${MUNICIPALITY_SUFFIX_KANA[suffix]}`];
    }
    default:
      return ctx.rng.pick(source);
  }
}

function describe(
  descriptions: DemoSources['descriptions'],
  template: TemplateId,
  fields: readonly FieldOfActivity[],
  area: string,
  rng: Rng,
): string {
  const mentioned = fields.slice(0, template === 'support' || template === 'coop' ? 2 : 1);
  const activities = mentioned.map((f) => descriptions.activities[f]).join('、');
  const sentence = fillTemplate(descriptions.templates[template], { area, activities });
  return template === 'support' && rng.chance(0.5)
    ? sentence + rng.pick(descriptions.closings)
    : sentence;
}

function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => values[key] ?? placeholder);
}

const WITHHOLDABLE_FIELDS: readonly PublishableField[] = [
  'website',
  'description',
  'fieldsOfActivity',
];

/** Most members publish everything; some leave out a field or two; a few publish very little. */
function choosePublishedFields(rng: Rng): PublishableField[] {
  const roll = rng.next();
  if (roll < 0.65) return [...PUBLISHABLE_FIELDS];
  if (roll < 0.85) {
    const withheld = new Set<PublishableField>(rng.sample(WITHHOLDABLE_FIELDS, rng.int(1, 2)));
    return PUBLISHABLE_FIELDS.filter((f) => !withheld.has(f));
  }
  if (roll < 0.95) return ['name', 'nameKana', 'category', 'prefecture'];
  return ['name', 'category'];
}

// ---------------------------------------------------------------------------------------------
// Current state, derived from the history

function statusOf(org: DemoOrganization): OrganizationStatus {
  return org.history.at(-1)?.statusAfter ?? 'APPLIED';
}

function categoryOf(org: DemoOrganization): Category {
  return org.history.at(-1)?.categoryAfter ?? org.firstCategory;
}

function joinedOn(org: DemoOrganization): Day | null {
  return org.history.find((event) => event.kind === 'JOINED')?.on ?? null;
}

/** The day an organisation that is not active today stopped being active. */
function inactiveSince(org: DemoOrganization): Day | null {
  let since: Day | null = null;
  for (const event of org.history.toReversed()) {
    if (event.statusAfter === 'ACTIVE') break;
    since = event.on;
  }
  return since;
}

// ---------------------------------------------------------------------------------------------
// Working groups and the board

/** Working groups started in FY2022; the first members signed up in its first two months. */
const WORKING_GROUPS_START = day('2022-04-01');
const WORKING_GROUPS_KICKOFF = span('2022-04-01', '2022-05-31');
const WORKING_GROUP_SIZE: Span = { from: 70, to: 110 };

interface WorkingGroupPlan {
  readonly rows: Insertable<WorkingGroupMembershipTable>[];
  /** Organisations with a current membership in at least one group. */
  readonly currentMemberIds: ReadonlySet<string>;
}

function planWorkingGroups(
  ctx: BuildContext,
  organizations: readonly DemoOrganization[],
): WorkingGroupPlan {
  const { rng } = ctx;
  const rows: Insertable<WorkingGroupMembershipTable>[] = [];
  const currentMemberIds = new Set<string>();
  const officers = new Set<string>();
  const eligible = organizations.filter(
    (org) => statusOf(org) === 'ACTIVE' && earliestGroupJoin(org) <= HISTORY_END - 14,
  );

  for (const group of ctx.reference.workingGroupNumbers) {
    const size = rng.int(WORKING_GROUP_SIZE.from, WORKING_GROUP_SIZE.to);
    const members = rng
      .sampleWeighted(eligible, (org) => groupAffinity(org, group), size)
      .map((org) => ({ org, joined: groupJoinDay(rng, org) }))
      .sort((a, b) => a.joined - b.joined);
    const roles = chooseOfficers(
      rng,
      members.map((m) => m.org),
      officers,
    );
    for (const { org, joined } of members) {
      rows.push(membershipRow(ctx, group, org.id, roles.get(org.id) ?? 'MEMBER', joined, null));
      currentMemberIds.add(org.id);
    }
    const memberIds = new Set(members.map((m) => m.org.id));
    rows.push(...pastMemberships(ctx, group, organizations, memberIds));
  }
  return { rows, currentMemberIds };
}

/**
 * Regular members join groups most; local governments lean to group 2 (roles of government and
 * NPOs), consultation bodies to group 3, places-to-belong and community bodies to group 1.
 */
function groupAffinity(org: DemoOrganization, group: number): number {
  const category = categoryOf(org);
  let weight = category === 'REGULAR' ? 1 : category === 'SUPPORTING' ? 0.3 : 0.35;
  if (org.identity.localGovernment && group === 2) weight *= 3;
  const fields = org.identity.fields;
  if (group === 3 && (fields.includes('CONSULTATION') || fields.includes('SUICIDE_PREVENTION')))
    weight *= 2.5;
  if (group === 1 && (fields.includes('PLACE_TO_BELONG') || fields.includes('COMMUNITY')))
    weight *= 1.5;
  return weight;
}

/** A group membership starts after the groups started and after the latest membership event. */
function earliestGroupJoin(org: DemoOrganization): Day {
  return Math.max(WORKING_GROUPS_START, (org.history.at(-1)?.on ?? HISTORY_END) + 1);
}

function groupJoinDay(rng: Rng, org: DemoOrganization): Day {
  const earliest = earliestGroupJoin(org);
  if (earliest === WORKING_GROUPS_START && rng.chance(0.6))
    return weekdayIn(rng, WORKING_GROUPS_KICKOFF);
  return weekdayIn(rng, { from: earliest, to: HISTORY_END });
}

/** A regular member among the earliest to join chairs; one or two others are vice-chairs. */
function chooseOfficers(
  rng: Rng,
  membersByJoinDay: readonly DemoOrganization[],
  alreadyOfficers: Set<string>,
): Map<string, 'CHAIR' | 'VICE_CHAIR'> {
  const roles = new Map<string, 'CHAIR' | 'VICE_CHAIR'>();
  const free = membersByJoinDay.filter((org) => !alreadyOfficers.has(org.id));
  const chair = rng.pick(free.filter((org) => categoryOf(org) === 'REGULAR').slice(0, 15));
  roles.set(chair.id, 'CHAIR');
  const viceCandidates = free
    .filter((org) => org !== chair && categoryOf(org) !== 'SUPPORTING')
    .slice(0, 30);
  for (const vice of rng.sample(viceCandidates, rng.int(1, 2))) roles.set(vice.id, 'VICE_CHAIR');
  for (const id of roles.keys()) alreadyOfficers.add(id);
  return roles;
}

/**
 * Memberships that ended: about half of the organisations no longer active were in the group until
 * they withdrew or were suspended, and a few active members left it.
 */
function pastMemberships(
  ctx: BuildContext,
  group: number,
  organizations: readonly DemoOrganization[],
  currentMemberIds: ReadonlySet<string>,
): Insertable<WorkingGroupMembershipTable>[] {
  const { rng } = ctx;
  const rows: Insertable<WorkingGroupMembershipTable>[] = [];
  for (const org of organizations) {
    const until = inactiveSince(org);
    const joined = joinedOn(org);
    if (
      until === null ||
      joined === null ||
      !rng.chance(0.5 / ctx.reference.workingGroupNumbers.length)
    )
      continue;
    const from = Math.max(WORKING_GROUPS_START, joined + 1);
    if (until - 60 < from) continue;
    rows.push(
      membershipRow(ctx, group, org.id, 'MEMBER', weekdayIn(rng, { from, to: until - 60 }), until),
    );
  }
  const leavers = organizations.filter(
    (org) =>
      statusOf(org) === 'ACTIVE' &&
      !currentMemberIds.has(org.id) &&
      earliestGroupJoin(org) < day('2025-03-01'),
  );
  for (const org of rng.sample(leavers, rng.int(4, 8))) {
    const joined = weekdayIn(rng, { from: earliestGroupJoin(org), to: day('2025-03-31') });
    const left = weekdayIn(rng, { from: joined + 90, to: HISTORY_END });
    rows.push(membershipRow(ctx, group, org.id, 'MEMBER', joined, left));
  }
  return rows;
}

function membershipRow(
  ctx: BuildContext,
  group: number,
  organizationId: string,
  role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER',
  joined: Day,
  left: Day | null,
): Insertable<WorkingGroupMembershipTable> {
  return {
    id: ctx.ids.uuid(),
    working_group_number: group,
    organization_id: organizationId,
    role,
    joined_on: isoDate(joined),
    left_on: left === null ? null : isoDate(left),
  };
}

/** The 幹事会: a dozen regular members, two supporting members and two prefectures. */
function chooseBoard(
  ctx: BuildContext,
  organizations: readonly DemoOrganization[],
): ReadonlySet<string> {
  const active = organizations.filter((org) => statusOf(org) === 'ACTIVE');
  const pick = (count: number, test: (org: DemoOrganization) => boolean) =>
    ctx.rng.sample(active.filter(test), count).map((org) => org.id);
  return new Set([
    ...pick(12, (org) => categoryOf(org) === 'REGULAR'),
    ...pick(2, (org) => categoryOf(org) === 'SUPPORTING'),
    ...pick(2, (org) => org.identity.organizationType === '都道府県'),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Contacts

const CONTACT_COUNTS: Weighted<number> = [
  [1, 25],
  [2, 40],
  [3, 25],
  [4, 10],
];
const ROLE_MAILBOXES = ['info', 'office', 'jimukyoku', 'contact'] as const;
const LOCAL_GOVERNMENT_MAILBOX = 'kodoku-koritsu';

interface ContactDraft {
  readonly person: { readonly name: string; readonly kana: string; readonly romaji: string };
  readonly roles: ContactRole[];
}

function planContacts(
  ctx: BuildContext,
  organizations: readonly DemoOrganization[],
  workingGroupMemberIds: ReadonlySet<string>,
  boardIds: ReadonlySet<string>,
): Insertable<ContactTable>[] {
  const rows = organizations.flatMap((org) => {
    const drafts = draftContacts(ctx, org, workingGroupMemberIds.has(org.id), boardIds.has(org.id));
    const emails = new Set<string>();
    return drafts.map((draft, index) => contactRow(ctx, org, draft, index, emails));
  });
  markUndeliverable(ctx.rng, rows);
  return rows;
}

function draftContacts(
  ctx: BuildContext,
  org: DemoOrganization,
  inWorkingGroup: boolean,
  onBoard: boolean,
): ContactDraft[] {
  const count = org.identity.localGovernment ? 2 : ctx.rng.weighted(CONTACT_COUNTS);
  const people = drawPeople(ctx, count);
  const roles = org.identity.localGovernment
    ? localGovernmentRoles()
    : organisationRoles(ctx.rng, count, inWorkingGroup);
  if (inWorkingGroup && !roles.some((r) => r.includes('分科会担当')))
    at(roles, 0).push('分科会担当');
  // The board seat goes to the 代表 (second contact) of an organisation, to the primary contact of
  // a local government.
  if (onBoard) at(roles, org.identity.localGovernment || roles.length === 1 ? 0 : 1).push('幹事');
  return people.map((person, index) => ({ person, roles: at(roles, index) }));
}

/** Roles by position; the first contact is the primary one, the second usually the 代表. */
function organisationRoles(rng: Rng, count: number, inWorkingGroup: boolean): ContactRole[][] {
  if (count === 1) return [['代表', '事務担当', '総会代議員']];
  const primaryIsDelegate = rng.chance(0.5);
  const roles: ContactRole[][] = [
    primaryIsDelegate ? ['事務担当', '総会代議員'] : ['事務担当'],
    primaryIsDelegate ? ['代表'] : ['代表', '総会代議員'],
    [inWorkingGroup ? '分科会担当' : '事務担当'],
    ['孤独・孤立対策担当'],
  ];
  return roles.slice(0, count);
}

function localGovernmentRoles(): ContactRole[][] {
  return [['孤独・孤立対策担当', '総会代議員'], ['事務担当']];
}

/** `count` fictional people with distinct names. */
function drawPeople(ctx: BuildContext, count: number): ContactDraft['person'][] {
  const { surnames, givenNames } = ctx.sources.people;
  const people = new Map<string, ContactDraft['person']>();
  while (people.size < count) {
    const surname: PersonName = ctx.rng.pick(surnames);
    const given: PersonName = ctx.rng.pick(givenNames);
    const name = `${surname[0]}\u3000${given[0]}`;
    people.set(name, {
      name,
      kana: `${surname[1]}\u3000${given[1]}`,
      romaji: `${given[2]}.${surname[2]}`,
    });
  }
  return [...people.values()];
}

function contactRow(
  ctx: BuildContext,
  org: DemoOrganization,
  draft: ContactDraft,
  index: number,
  takenEmails: Set<string>,
): Insertable<ContactTable> {
  const { rng } = ctx;
  const primary = index === 0;
  let mailbox = draft.person.romaji;
  if (primary && org.identity.localGovernment) mailbox = LOCAL_GOVERNMENT_MAILBOX;
  else if (primary && rng.chance(0.4)) mailbox = rng.pick(ROLE_MAILBOXES);
  return {
    id: ctx.ids.uuid(),
    organization_id: org.id,
    name: draft.person.name,
    name_kana: draft.person.kana,
    email: uniqueEmail(mailbox, org.identity.domain, takenEmails),
    phone: rng.chance(0.65) ? fictionalPhone(rng, org.identity.prefectureCode) : null,
    roles: draft.roles,
    is_primary: primary,
    opted_out_kinds: primary ? [] : chooseOptOuts(rng),
  };
}

function uniqueEmail(mailbox: string, domain: string, taken: Set<string>): string {
  let email = `${mailbox}@${domain}`;
  for (let n = 2; taken.has(email); n += 1) email = `${mailbox}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** The 0000 exchange is not assigned in Japan, so these numbers reach nobody. */
function fictionalPhone(rng: Rng, prefectureCode: string): string {
  const area = prefectureCode === '27' ? '06' : '03';
  return `${area}-0000-${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

function chooseOptOuts(rng: Rng): string[] {
  const roll = rng.next();
  if (roll < 0.004) return ['NEWSLETTER', 'VISIT_REPORT'];
  if (roll < 0.02) return ['NEWSLETTER'];
  return [];
}

/** A few addresses of fictional organisations bounced and one complained, to show e-mail health. */
function markUndeliverable(rng: Rng, contacts: Insertable<ContactTable>[]): void {
  const fictional = contacts.filter((c) => c.email.includes('@demo-'));
  const [complained, ...bounced] = rng.sample(fictional, 4);
  if (complained) complained.email_status = 'COMPLAINED';
  for (const contact of bounced) contact.email_status = 'BOUNCED';
}

// ---------------------------------------------------------------------------------------------
// Rows and inserts

function organizationRow(org: DemoOrganization): Insertable<OrganizationTable> {
  const { identity } = org;
  const joined = joinedOn(org);
  return {
    id: org.id,
    name: identity.name,
    name_kana: identity.nameKana,
    category_code: categoryOf(org),
    status: statusOf(org),
    organization_type: identity.organizationType,
    prefecture_code: identity.prefectureCode,
    designated_city_code: identity.designatedCityCode,
    scope: identity.scope,
    fields_of_activity: [...identity.fields],
    website: identity.website,
    description: identity.description,
    published_fields: [...identity.publishedFields],
    joined_on: joined === null ? null : isoDate(joined),
    search_text: foldForSearch(`${identity.name} ${identity.nameKana}`),
    version: 1,
  };
}

function eventRow(
  ctx: BuildContext,
  organizationId: string,
  event: HistoryEvent,
): Insertable<MembershipEventTable> {
  return {
    id: ctx.ids.uuid(),
    organization_id: organizationId,
    kind: event.kind,
    occurred_on: isoDate(event.on),
    status_after: event.statusAfter,
    category_after: event.categoryAfter,
    note: event.note,
  };
}

/** Rows per INSERT: few round trips, well below Postgres's 65,535 bind parameters. */
const INSERT_CHUNK_SIZE = 500;

async function insertRegister(db: Db, register: DemoRegister): Promise<void> {
  for (const rows of chunked(register.organizations))
    await db.insertInto('organizations').values(rows).execute();
  for (const rows of chunked(register.events))
    await db.insertInto('membership_events').values(rows).execute();
  for (const rows of chunked(register.contacts))
    await db.insertInto('contacts').values(rows).execute();
  for (const rows of chunked(register.workingGroupMemberships)) {
    await db.insertInto('working_group_memberships').values(rows).execute();
  }
}

function* chunked<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_SIZE) {
    yield rows.slice(start, start + INSERT_CHUNK_SIZE);
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: Weighted<T>): T;
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Up to `count` distinct items, each drawn with a chance proportional to its weight. */
  sampleWeighted<T>(items: readonly T[], weight: (item: T) => number, count: number): T[];
  /** A version-4-shaped UUID. */
  uuid(): string;
}

/** mulberry32: tiny, fast and plenty for demo data. */
function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      const item = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = item;
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => at(items, int(0, items.length - 1)),
    weighted: (entries) => {
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [item, w] of entries) {
        roll -= w;
        if (roll < 0) return item;
      }
      return at(entries, entries.length - 1)[0];
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
    // Efraimidis–Spirakis: key u^(1/w), keep the largest keys.
    sampleWeighted: (items, weight, count) =>
      items
        .map((item) => ({ item, key: next() ** (1 / weight(item)) }))
        .sort((a, b) => b.key - a.key)
        .slice(0, count)
        .map(({ item }) => item),
    uuid: () => {
      const hex = Array.from({ length: 4 }, () =>
        int(0, 0xffffffff).toString(16).padStart(8, '0'),
      ).join('');
      const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      const groups = [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`];
      return [...groups, `${variant}${hex.slice(17, 20)}`, hex.slice(20)].join('-');
    },
  };
}

/** A random weekday in `within`; secretariat decisions happen on working days. */
function weekdayIn(rng: Rng, within: Span): Day {
  if (within.from > within.to) {
    throw new Error(
      `Demo register bug: empty date span ${isoDate(within.from)}…${isoDate(within.to)}.`,
    );
  }
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const candidate = rng.int(within.from, within.to);
    if (!isWeekend(candidate)) return candidate;
  }
  for (let d = within.from; d <= within.to; d += 1) if (!isWeekend(d)) return d;
  throw new Error(
    `Demo register bug: no weekday in ${isoDate(within.from)}…${isoDate(within.to)}.`,
  );
}

/**
 * Splits `total` into whole shares proportional to the weights (largest remainder method), so the
 * mix of kinds is the same for every seed.
 */
function apportion<T>(total: number, weights: Weighted<T>): T[] {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const shares = weights.map(([item, w]) => {
    const exact = (total * w) / sum;
    return { item, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let missing = total - shares.reduce((s, share) => s + share.count, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (missing <= 0) break;
    share.count += 1;
    missing -= 1;
  }
  return shares.flatMap(({ item, count }) => Array.from({ length: count }, () => item));
}

/** Weights read from a data file as `{ item: weight }`, in file order. */
function weightsOf<K extends string>(record: Partial<Record<K, number>>): Weighted<K> {
  return Object.entries<number | undefined>(record).flatMap(([item, weight]) =>
    weight === undefined ? [] : [[item as K, weight] as const],
  );
}

/** `items[index]`, failing loudly instead of yielding `undefined`. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined)
    throw new Error(`Demo register bug: index ${index} out of range (${items.length}).`);
  return item;
}
