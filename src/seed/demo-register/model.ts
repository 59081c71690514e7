/**
 * What the demo register's builders share: a demo organisation (identity and history), the
 * register they build, the build context, and the current state derived from the history.
 */
import type { Insertable } from 'kysely';
import type {
  ContactTable,
  FieldOfActivity,
  MembershipEventTable,
  OrganizationScope,
  OrganizationStatus,
  OrganizationTable,
  PublishableField,
} from '../../db/tables/members.js';
import type { WorkingGroupMembershipTable } from '../../db/tables/working-groups.js';
import type { Day } from './dates.js';
import type { Category, HistoryEvent } from './history.js';
import type { Rng } from './random.js';
import type { DemoSources, ReferenceRows } from './sources.js';

export interface Identity {
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

export interface DemoOrganization {
  readonly id: string;
  readonly identity: Identity;
  readonly history: readonly HistoryEvent[];
  /** The category it joined or applied in. */
  readonly firstCategory: Category;
}

export interface DemoRegister {
  readonly organizations: Insertable<OrganizationTable>[];
  readonly events: Insertable<MembershipEventTable>[];
  readonly contacts: Insertable<ContactTable>[];
  readonly workingGroupMemberships: Insertable<WorkingGroupMembershipTable>[];
}

/** What the builders share: the random streams, the data files and the reference rows. */
export interface BuildContext {
  readonly rng: Rng;
  /** A separate stream for ids, so ids stay put when the rest of the generator changes. */
  readonly ids: Rng;
  readonly sources: DemoSources;
  readonly reference: ReferenceRows;
  readonly takenNames: Set<string>;
}

// ---------------------------------------------------------------------------------------------
// Current state, derived from the history

export function statusOf(org: DemoOrganization): OrganizationStatus {
  return org.history.at(-1)?.statusAfter ?? 'APPLIED';
}

export function categoryOf(org: DemoOrganization): Category {
  return org.history.at(-1)?.categoryAfter ?? org.firstCategory;
}

export function joinedOn(org: DemoOrganization): Day | null {
  return org.history.find((event) => event.kind === 'JOINED')?.on ?? null;
}

/** The day an organisation that is not active today stopped being active. */
export function inactiveSince(org: DemoOrganization): Day | null {
  let since: Day | null = null;
  for (const event of org.history.toReversed()) {
    if (event.statusAfter === 'ACTIVE') break;
    since = event.on;
  }
  return since;
}
