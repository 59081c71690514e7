/**
 * The derived invitees of each kind of meeting, compared with SQL written independently here,
 * and who may see a meeting: the secretariat all, a member user those its organisation is
 * invited to, nobody else any.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingInvitees } from '../../src/modules/governance/meeting.service.js';
import {
  type GovernanceWorld,
  governanceWorld,
  type Headers,
  type Loose,
  localId,
  longStandingMembers,
  orgId,
} from '../helpers/governance.js';

let world: GovernanceWorld;
let seatHolders: string[];

const CREATE = `mutation($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MeetingPayload { meeting { id meetingDate } }
    ... on Error { code message }
  }
}`;

const INVITEES = `query($id: ID!, $after: String) {
  node(id: $id) {
    ... on Meeting {
      invitees(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { organization { id } } }
      }
    }
  }
}`;

async function createMeeting(input: Record<string, unknown>): Promise<string> {
  const result = (await world.ok(CREATE, { input })).createMeeting;
  expect(result.__typename, JSON.stringify(result)).toBe('MeetingPayload');
  return result.meeting.id;
}

/** Every invitee through the GraphQL connection, paging with `after`. */
async function inviteesOverGraphql(meetingId: string): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const data: Loose = await world.ok(INVITEES, { id: meetingId, after });
    const page: Loose = data.node.invitees;
    total = page.totalCount;
    ids.push(
      ...page.edges.map((e: { node: { organization: { id: string } } }) =>
        localId(e.node.organization.id),
      ),
    );
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { total, ids };
}

/** The same invitees from the service the mail engine calls. */
const serviceInvitees = (meetingId: string) => meetingInvitees(world.db, localId(meetingId));

// Independent formulations of the rules (a correlated "latest event" instead of DISTINCT ON).
async function activeOn(date: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT o.id FROM organizations o
    WHERE (SELECT e.status_after FROM membership_events e
           WHERE e.organization_id = o.id AND e.occurred_on <= ${date}::date
           ORDER BY e.occurred_on DESC, e.created_at DESC LIMIT 1) = 'ACTIVE'`.execute(world.db);
  return rows.map((r) => r.id).sort();
}

async function seatedOn(date: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT organization_id AS id FROM board_seats
    WHERE ${date}::date BETWEEN starts_on AND coalesce(ends_on, 'infinity'::date)`.execute(
    world.db,
  );
  return rows.map((r) => r.id).sort();
}

async function groupMembersOn(group: number, date: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT organization_id AS id FROM working_group_memberships
    WHERE working_group_number = ${group}
      AND joined_on <= ${date}::date AND (left_on IS NULL OR left_on > ${date}::date)`.execute(
    world.db,
  );
  return rows.map((r) => r.id).sort();
}

async function expectInvitees(meetingId: string, expected: string[]) {
  const graphql = await inviteesOverGraphql(meetingId);
  expect(graphql.total).toBe(expected.length);
  expect([...graphql.ids].sort()).toEqual(expected);
  expect(new Set(graphql.ids).size).toBe(graphql.ids.length);
  expect(await serviceInvitees(meetingId)).toEqual(expected);
}

beforeAll(async () => {
  world = await governanceWorld();
  seatHolders = await longStandingMembers(world.db, 6);
  const [s1, s2, s3, s4, s5, s6] = seatHolders as [string, string, string, string, string, string];
  const seat = (organizationId: string, role: string, startsOn: string, endsOn?: string) =>
    world.ok(
      `mutation($input: AddBoardSeatInput!) { addBoardSeat(input: $input) { __typename } }`,
      { input: { organizationId: orgId(organizationId), role, startsOn, endsOn } },
    );
  await seat(s1, 'CHAIR', '2023-04-01');
  await seat(s2, 'VICE_CHAIR', '2023-04-01');
  await seat(s3, 'MEMBER', '2023-04-01', '2025-03-31');
  await seat(s4, 'MEMBER', '2025-04-01');
  await seat(s5, 'MEMBER', '2024-04-01');
  await seat(s6, 'MEMBER', '2026-12-01');
});

describe('derived invitees', () => {
  it('general meeting: every organisation active that day, from the membership history', async () => {
    const may = await createMeeting({
      body: 'GENERAL_MEETING',
      title: '令和7年度 総会',
      startsAt: '2025-05-01T14:00:00+09:00',
      place: '中央合同庁舎第8号館',
    });
    const june = await createMeeting({
      body: 'GENERAL_MEETING',
      title: '臨時総会',
      // 01:00 on 1 June in Japan is still 31 May in UTC: the day in Japan decides.
      startsAt: '2025-05-31T16:00:00Z',
      onlineUrl: 'https://meet.example.jp/soukai',
    });
    const mayActive = await activeOn('2025-05-01');
    const juneActive = await activeOn('2025-06-01');
    // The published member counts (令和7年5月1日 628, 6月1日 637).
    expect(mayActive).toHaveLength(628);
    expect(juneActive).toHaveLength(637);
    await expectInvitees(may, mayActive);
    await expectInvitees(june, juneActive);
    const date = await world.ok(
      'query($id: ID!) { node(id: $id) { ... on Meeting { meetingDate } } }',
      {
        id: june,
      },
    );
    expect(date.node.meetingDate).toBe('2025-06-01');
  });

  it('board meeting: the organisations holding a seat that day', async () => {
    const days = ['2023-03-31', '2024-06-01', '2025-03-31', '2025-04-01', '2027-01-15'];
    for (const day of days) {
      const meeting = await createMeeting({
        body: 'BOARD',
        title: `幹事会 ${day}`,
        startsAt: `${day}T10:00:00+09:00`,
      });
      const expected = await seatedOn(day);
      await expectInvitees(meeting, expected);
    }
    expect(await seatedOn('2023-03-31')).toEqual([]);
    expect(await seatedOn('2025-03-31')).toHaveLength(4);
    expect(await seatedOn('2025-04-01')).toHaveLength(4);
    expect(await seatedOn('2025-04-01')).not.toEqual(await seatedOn('2025-03-31'));
    expect(await seatedOn('2027-01-15')).toHaveLength(5);
  });

  it('working-group meeting: the group’s members that day', async () => {
    for (const group of [1, 2, 3]) {
      for (const day of ['2022-05-01', '2024-10-01', '2026-11-20']) {
        const meeting = await createMeeting({
          body: 'WORKING_GROUP',
          workingGroupNumber: group,
          title: `第${group}分科会 ${day}`,
          startsAt: `${day}T15:00:00+09:00`,
        });
        const expected = await groupMembersOn(group, day);
        expect(expected.length).toBeGreaterThan(0);
        await expectInvitees(meeting, expected);
      }
    }
    // History matters: some organisations had left group 2 by late 2026 or joined since 2022.
    expect(await groupMembersOn(2, '2022-05-01')).not.toEqual(
      await groupMembersOn(2, '2026-11-20'),
    );
  });

  it('meetingInvitees rejects an unknown meeting', async () => {
    await expect(
      meetingInvitees(world.db, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('who sees a meeting', () => {
  const LIST = `{ meetings(first: 100) { totalCount edges { node { id title } } } }`;
  const NODE = `query($id: ID!) { node(id: $id) { id ... on Meeting { title agendaItems { title } } } }`;
  let allIds: string[];

  async function visibleIds(headers: Headers): Promise<string[]> {
    const data = await world.ok(LIST, {}, headers);
    expect(data.meetings.totalCount).toBe(data.meetings.edges.length);
    return data.meetings.edges.map((e: { node: { id: string } }) => e.node.id).sort();
  }

  beforeAll(async () => {
    allIds = await visibleIds(world.staff);
    expect(allIds.length).toBeGreaterThanOrEqual(16);
  });

  it('a member user sees exactly the meetings its organisation is invited to', async () => {
    const [chair] = seatHolders as [string];
    const wg2Member = (await groupMembersOn(2, '2026-11-20')).find(
      (id) => !seatHolders.includes(id),
    ) as string;
    for (const organizationId of [chair, wg2Member]) {
      const headers = await world.member(organizationId);
      const expected: string[] = [];
      for (const id of allIds) {
        if ((await serviceInvitees(id)).includes(organizationId)) expected.push(id);
      }
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(allIds.length);
      expect(await visibleIds(headers)).toEqual(expected);
      for (const id of allIds) {
        const { node } = await world.ok(NODE, { id }, headers);
        expect(node === null ? null : node.id).toBe(expected.includes(id) ? id : null);
      }
    }
  });

  it('anonymous callers and partner sites see no meeting', async () => {
    const id = allIds[0] as string;
    expect((await world.denied(LIST, {}, world.anonymous)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await world.denied(LIST, {}, world.partner)).codes).toEqual(['FORBIDDEN']);
    for (const headers of [world.anonymous, world.partner]) {
      expect((await world.ok(NODE, { id }, headers)).node).toBeNull();
    }
  });

  it('only the secretariat reads the invitee list', async () => {
    const [chair] = seatHolders as [string];
    const headers = await world.member(chair);
    const data = await world.ok(LIST, {}, headers);
    const id = data.meetings.edges[0].node.id;
    const denied = await world.denied(
      `query($id: ID!) { node(id: $id) { ... on Meeting { invitees(first: 5) { totalCount } } } }`,
      { id },
      headers,
    );
    expect(denied.codes).toEqual(['FORBIDDEN']);
  });
});
