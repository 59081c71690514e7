/** Membership histories: the published counts and the membership stories that reproduce them. */
import type { MembershipEventKind, OrganizationStatus } from '../../db/tables/members.js';
import { type Day, day, isoDate, type Span, span } from './dates.js';
import { type Rng, weekdayIn } from './random.js';
import type { KindId } from './sources.js';

// ---------------------------------------------------------------------------------------------
// The published counts and the membership stories that reproduce them

export type Category = 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
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
export const HISTORY_END = day('2026-10-30');

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

export interface HistoryEvent {
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
export class History {
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
export interface Story {
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
export const STORIES: readonly Story[] = [
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
export const tellPublicBody = (h: History) => h.join(SPANS.publicBodiesJoin, 0.6);

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

export function assertPublishedCounts(histories: readonly (readonly HistoryEvent[])[]): void {
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
