/** The demo register's working-group memberships (current and past) and its board. */
import type { Insertable } from 'kysely';
import type { WorkingGroupMembershipTable } from '../../db/tables/working-groups.js';
import { type Day, day, isoDate, type Span, span } from './dates.js';
import { HISTORY_END } from './history.js';
import {
  type BuildContext,
  categoryOf,
  type DemoOrganization,
  inactiveSince,
  joinedOn,
  statusOf,
} from './model.js';
import { type Rng, weekdayIn } from './random.js';

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

export function planWorkingGroups(
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
export function chooseBoard(
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
