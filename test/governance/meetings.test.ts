/**
 * Meetings end to end over HTTP: scheduling with optimistic versions, agenda items and their
 * status transitions, replies and proxies, the quorum before and after attendance, minutes,
 * cancellation, who may do what, the audit event of every mutation, and no N+1 in lists.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  audits,
  type GovernanceWorld,
  governanceWorld,
  type Headers,
  localId,
  longStandingMembers,
  orgId,
} from '../helpers/governance.js';

let world: GovernanceWorld;
const queries: string[] = [];
/** Five board members (s1 chairs) and an active member not on the board. */
let s1: string, s2: string, s3: string, s4: string, s5: string, outsider: string;
let memberS1: Headers;
let memberOutsider: Headers;

const ERROR_FIELDS = `... on Error { code message } ... on ValidationFailedError { problems { path message } }`;
const MEETING_FIELDS = `id version status title startsAt endsAt meetingDate place onlineUrl minutes
  allowsProxy repliesOpen cancellationReason quorumRule { numerator denominator }`;

const MUTATIONS = {
  createMeeting: ['CreateMeetingInput', `... on MeetingPayload { meeting { ${MEETING_FIELDS} } }`],
  updateMeeting: ['UpdateMeetingInput', `... on MeetingPayload { meeting { ${MEETING_FIELDS} } }`],
  cancelMeeting: ['CancelMeetingInput', `... on MeetingPayload { meeting { ${MEETING_FIELDS} } }`],
  recordMinutes: ['RecordMinutesInput', `... on MeetingPayload { meeting { ${MEETING_FIELDS} } }`],
  recordAttendance: [
    'RecordAttendanceInput',
    `... on MeetingPayload { meeting { ${MEETING_FIELDS} } }`,
  ],
  addAgendaItem: [
    'AddAgendaItemInput',
    `... on AgendaItemPayload { agendaItem { id position title status resultNote decidedAt
      proposer { kind organization { id } } meeting { id } } }`,
  ],
  updateAgendaItem: [
    'UpdateAgendaItemInput',
    `... on AgendaItemPayload { agendaItem { id title description status resultNote decidedAt } }`,
  ],
  respondToMeeting: [
    'RespondToMeetingInput',
    `... on RespondToMeetingPayload { response { response proxyHolderName note
      proxyHolder { id } organization { id } } meeting { id } }`,
  ],
} as const;
type MutationName = keyof typeof MUTATIONS;

const AUDIT_ACTION: Record<MutationName, string> = {
  createMeeting: 'meeting.create',
  updateMeeting: 'meeting.update',
  cancelMeeting: 'meeting.cancel',
  recordMinutes: 'meeting.recordMinutes',
  recordAttendance: 'meeting.recordAttendance',
  addAgendaItem: 'agendaItem.add',
  updateAgendaItem: 'agendaItem.update',
  respondToMeeting: 'meeting.respond',
};

function documentOf(name: MutationName): string {
  const [inputType, payload] = MUTATIONS[name];
  return `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename ${payload} ${ERROR_FIELDS} } }`;
}

/**
 * Runs a mutation. A success must add exactly one audit event of its action (in the same
 * transaction as the change); a typed error must add none.
 */
async function mutate(name: MutationName, input: Record<string, unknown>, headers = world.staff) {
  const action = AUDIT_ACTION[name];
  const before = await audits(world.db, action);
  const result = (await world.ok(documentOf(name), { input }, headers))[name];
  const expected = result.__typename.endsWith('Payload') ? before + 1 : before;
  expect(await audits(world.db, action), `${name} audit events`).toBe(expected);
  return result;
}

async function create(input: Record<string, unknown>) {
  const result = await mutate('createMeeting', input);
  expect(result.__typename, JSON.stringify(result)).toBe('MeetingPayload');
  return result.meeting as { id: string; version: number } & Record<string, unknown>;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const STATE = `query($id: ID!) { node(id: $id) { ... on Meeting {
  status version
  responses { invited attend absent proxy noReply }
  quorum { invited present required basis reached }
  quorumReached
} } }`;

async function state(meetingId: string) {
  return (await world.ok(STATE, { id: meetingId })).node;
}

beforeAll(async () => {
  // The rate limit's once-a-second flush is not part of any request.
  world = await governanceWorld({
    onQuery: (q) => {
      if (!q.includes('rate_limit_counters')) queries.push(q);
    },
  });
  [s1, s2, s3, s4, s5, outsider] = (await longStandingMembers(world.db, 6)) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  for (const [organizationId, role] of [
    [s1, 'CHAIR'],
    [s2, 'VICE_CHAIR'],
    [s3, 'MEMBER'],
    [s4, 'MEMBER'],
    [s5, 'MEMBER'],
  ] as const) {
    await world.ok(
      `mutation($input: AddBoardSeatInput!) { addBoardSeat(input: $input) { __typename } }`,
      { input: { organizationId: orgId(organizationId), role, startsOn: '2024-04-01' } },
    );
  }
  memberS1 = await world.member(s1);
  memberOutsider = await world.member(outsider);
});

describe('scheduling', () => {
  it('creates a meeting with defaults and validates its input', async () => {
    const meeting = await create({
      body: 'BOARD',
      title: '令和8年度第1回幹事会',
      startsAt: '2027-05-20T14:00:00+09:00',
      endsAt: '2027-05-20T16:00:00+09:00',
      place: '中央合同庁舎第8号館 講堂',
      onlineUrl: 'https://meet.example.jp/kanji',
    });
    expect(meeting).toMatchObject({
      version: 1,
      status: 'SCHEDULED',
      meetingDate: '2027-05-20',
      startsAt: '2027-05-20T05:00:00.000Z',
      allowsProxy: true,
      repliesOpen: true,
      quorumRule: { numerator: 1, denominator: 2 },
    });
    const rejected = [
      { body: 'WORKING_GROUP', title: '分科会', startsAt: inDays(30) },
      { body: 'BOARD', workingGroupNumber: 1, title: '幹事会', startsAt: inDays(30) },
      { body: 'WORKING_GROUP', workingGroupNumber: 9, title: '分科会', startsAt: inDays(30) },
      { body: 'BOARD', title: '幹事会', startsAt: inDays(30), endsAt: inDays(29) },
      {
        body: 'BOARD',
        title: '幹事会',
        startsAt: inDays(30),
        quorum: { numerator: 2, denominator: 2 },
      },
    ];
    for (const input of rejected) {
      const result = await mutate('createMeeting', input);
      expect(result.code, JSON.stringify(input)).toBe('VALIDATION_FAILED');
    }
    const blank = await world.denied(
      documentOf('createMeeting'),
      {
        input: { body: 'BOARD', title: '   ', startsAt: inDays(30) },
      },
      world.staff,
    );
    expect(blank.codes.length).toBeGreaterThan(0);
  });

  it('updates with the version it read; a stale version is a CONFLICT and changes nothing', async () => {
    const meeting = await create({ body: 'BOARD', title: '幹事会（案）', startsAt: inDays(40) });
    const updated = await mutate('updateMeeting', {
      meetingId: meeting.id,
      expectedVersion: 1,
      title: '令和8年度第2回幹事会',
      place: '会議室A',
      quorum: { numerator: 2, denominator: 3 },
    });
    expect(updated.meeting).toMatchObject({
      version: 2,
      title: '令和8年度第2回幹事会',
      place: '会議室A',
      quorumRule: { numerator: 2, denominator: 3 },
    });
    const stale = await mutate('updateMeeting', {
      meetingId: meeting.id,
      expectedVersion: 1,
      title: '上書き',
    });
    expect(stale.__typename).toBe('ConflictError');
    expect(stale.code).toBe('CONFLICT');
    const cleared = await mutate('updateMeeting', {
      meetingId: meeting.id,
      expectedVersion: 2,
      place: null,
      onlineUrl: 'https://meet.example.jp/2',
    });
    expect(cleared.meeting).toMatchObject({
      version: 3,
      title: '令和8年度第2回幹事会',
      place: null,
      onlineUrl: 'https://meet.example.jp/2',
    });
    const event = await world.db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('action', '=', 'meeting.update')
      .where('target_id', '=', localId(meeting.id))
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      before: { place: '会議室A', onlineUrl: null },
      after: { place: null, onlineUrl: 'https://meet.example.jp/2' },
    });
  });

  it('cancels a scheduled meeting once; a cancelled meeting cannot change', async () => {
    const meeting = await create({ body: 'BOARD', title: '臨時幹事会', startsAt: inDays(10) });
    const cancelled = await mutate('cancelMeeting', {
      meetingId: meeting.id,
      reason: '台風接近のため',
    });
    expect(cancelled.meeting).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: '台風接近のため',
      repliesOpen: false,
    });
    expect((await mutate('cancelMeeting', { meetingId: meeting.id })).code).toBe('CONFLICT');
    const v = cancelled.meeting.version;
    expect(
      (await mutate('updateMeeting', { meetingId: meeting.id, expectedVersion: v, title: 'x' }))
        .code,
    ).toBe('VALIDATION_FAILED');
    expect((await mutate('addAgendaItem', { meetingId: meeting.id, title: '議題' })).code).toBe(
      'VALIDATION_FAILED',
    );
    const reply = await mutate(
      'respondToMeeting',
      { meetingId: meeting.id, organizationId: orgId(s1), response: 'ATTEND' },
      memberS1,
    );
    expect(reply.code).toBe('VALIDATION_FAILED');
  });

  it('records minutes only once the meeting has started, and marks it held', async () => {
    const future = await create({ body: 'BOARD', title: '幹事会', startsAt: inDays(5) });
    const early = await mutate('recordMinutes', {
      meetingId: future.id,
      expectedVersion: 1,
      minutes: '議事録',
    });
    expect(early.code).toBe('VALIDATION_FAILED');
    const past = await create({
      body: 'BOARD',
      title: '令和7年度第3回幹事会',
      startsAt: '2025-10-01T14:00:00+09:00',
    });
    const minutes = '1. 開会\n2. 議事\n  (1) 令和8年度事業計画（案）について — 承認\n3. 閉会';
    const recorded = await mutate('recordMinutes', {
      meetingId: past.id,
      expectedVersion: 1,
      minutes,
    });
    expect(recorded.meeting).toMatchObject({ status: 'HELD', minutes, version: 2 });
    const stale = await mutate('recordMinutes', {
      meetingId: past.id,
      expectedVersion: 1,
      minutes: '古い版からの上書き',
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await mutate('cancelMeeting', { meetingId: past.id })).code).toBe('VALIDATION_FAILED');
  });
});

describe('agenda items (議案)', () => {
  it('defaults the proposer to the board for the general meeting and the secretariat otherwise', async () => {
    const general = await create({
      body: 'GENERAL_MEETING',
      title: '令和8年度総会',
      startsAt: inDays(60),
    });
    const board = await create({ body: 'BOARD', title: '幹事会', startsAt: inDays(30) });
    const first = await mutate('addAgendaItem', {
      meetingId: general.id,
      title: '令和7年度事業報告について',
    });
    const second = await mutate('addAgendaItem', {
      meetingId: general.id,
      title: '会員提案：分科会の新設について',
      description: '第4分科会の新設を提案します。',
      proposer: { kind: 'ORGANIZATION', organizationId: orgId(outsider) },
    });
    const onBoard = await mutate('addAgendaItem', {
      meetingId: board.id,
      title: '総会提出議案の審議',
    });
    expect(first.agendaItem).toMatchObject({
      position: 1,
      status: 'PROPOSED',
      decidedAt: null,
      proposer: { kind: 'BOARD', organization: null },
      meeting: { id: general.id },
    });
    expect(second.agendaItem).toMatchObject({
      position: 2,
      proposer: { kind: 'ORGANIZATION', organization: { id: orgId(outsider) } },
    });
    expect(onBoard.agendaItem.proposer).toEqual({ kind: 'SECRETARIAT', organization: null });
    const missing = await mutate('addAgendaItem', {
      meetingId: general.id,
      title: '提案者なし',
      proposer: { kind: 'ORGANIZATION' },
    });
    expect(missing.code).toBe('VALIDATION_FAILED');
    const extra = await mutate('addAgendaItem', {
      meetingId: general.id,
      title: '余分な団体',
      proposer: { kind: 'BOARD', organizationId: orgId(outsider) },
    });
    expect(extra.code).toBe('VALIDATION_FAILED');
    const listed = await world.ok(
      `query($id: ID!) { node(id: $id) { ... on Meeting { agendaItems { position title } } } }`,
      { id: general.id },
    );
    expect(listed.node.agendaItems).toEqual([
      { position: 1, title: '令和7年度事業報告について' },
      { position: 2, title: '会員提案：分科会の新設について' },
    ]);
  });

  it('moves status only from PROPOSED to APPROVED, REJECTED or WITHDRAWN', async () => {
    const meeting = await create({ body: 'GENERAL_MEETING', title: '総会', startsAt: inDays(70) });
    const item = async (title: string) =>
      (await mutate('addAgendaItem', { meetingId: meeting.id, title })).agendaItem.id as string;
    const update = (agendaItemId: string, changes: Record<string, unknown>) =>
      mutate('updateAgendaItem', { agendaItemId, ...changes });

    const approved = await item('第1号議案 事業計画');
    const rejected = await item('第2号議案 会費');
    const withdrawn = await item('第3号議案 規約改正');

    // PROPOSED → PROPOSED is no change; editing a proposed item is fine.
    const edited = await update(approved, {
      status: 'PROPOSED',
      title: '第1号議案 令和8年度事業計画',
    });
    expect(edited.agendaItem).toMatchObject({ status: 'PROPOSED', decidedAt: null });

    const a = await update(approved, { status: 'APPROVED', resultNote: '賛成多数' });
    expect(a.agendaItem).toMatchObject({ status: 'APPROVED', resultNote: '賛成多数' });
    expect(a.agendaItem.decidedAt).not.toBeNull();
    expect((await update(rejected, { status: 'REJECTED' })).agendaItem.status).toBe('REJECTED');
    expect((await update(withdrawn, { status: 'WITHDRAWN' })).agendaItem.status).toBe('WITHDRAWN');

    for (const [id, status] of [
      [approved, 'REJECTED'],
      [approved, 'PROPOSED'],
      [approved, 'WITHDRAWN'],
      [rejected, 'APPROVED'],
      [withdrawn, 'PROPOSED'],
      [withdrawn, 'APPROVED'],
    ] as const) {
      const result = await update(id, { status });
      expect(result.code, `${status}`).toBe('VALIDATION_FAILED');
      expect(result.problems[0].path).toEqual(['input', 'status']);
    }
    // A decided item keeps its title; the note on the decision can still be corrected.
    expect((await update(approved, { title: '別の件名' })).code).toBe('VALIDATION_FAILED');
    const noted = await update(approved, { status: 'APPROVED', resultNote: '賛成 40、反対 2' });
    expect(noted.agendaItem).toMatchObject({ status: 'APPROVED', resultNote: '賛成 40、反対 2' });

    const rows = await world.db
      .selectFrom('agenda_items')
      .select(['title', 'status'])
      .where('meeting_id', '=', localId(meeting.id))
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      { title: '第1号議案 令和8年度事業計画', status: 'APPROVED' },
      { title: '第2号議案 会費', status: 'REJECTED' },
      { title: '第3号議案 規約改正', status: 'WITHDRAWN' },
    ]);
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    const result = await mutate('updateAgendaItem', {
      agendaItemId: encodeGlobalID('AgendaItem', '00000000-0000-4000-8000-000000000000'),
      status: 'APPROVED',
    });
    expect(result.code).toBe('NOT_FOUND');
  });
});

describe('replies, proxies and the quorum', () => {
  let meeting: { id: string; version: number };
  const reply = (organizationId: string, response: string, extra = {}, headers = world.staff) =>
    mutate(
      'respondToMeeting',
      { meetingId: meeting.id, organizationId: orgId(organizationId), response, ...extra },
      headers,
    );

  beforeAll(async () => {
    meeting = await create({ body: 'BOARD', title: '第5回幹事会', startsAt: inDays(14) });
  });

  it('counts replies over the invitees and reaches the quorum at more than half', async () => {
    expect(await state(meeting.id)).toMatchObject({
      responses: { invited: 5, attend: 0, absent: 0, proxy: 0, noReply: 5 },
      quorum: { invited: 5, present: 0, required: 3, basis: 'RESPONSES', reached: false },
      quorumReached: false,
    });
    const own = await reply(s1, 'ATTEND', { note: '代表理事が出席' }, memberS1);
    expect(own.response).toMatchObject({
      response: 'ATTEND',
      note: '代表理事が出席',
      organization: { id: orgId(s1) },
    });
    // A paper 委任状 the secretariat enters: the proxy goes to another invited organisation.
    const proxy = await reply(s2, 'PROXY', { proxyHolderOrganizationId: orgId(s1) });
    expect(proxy.response).toMatchObject({ response: 'PROXY', proxyHolder: { id: orgId(s1) } });
    await reply(s3, 'ABSENT');
    expect(await state(meeting.id)).toMatchObject({
      responses: { invited: 5, attend: 1, absent: 1, proxy: 1, noReply: 2 },
      quorum: { present: 2, required: 3, reached: false },
      quorumReached: false,
    });
    // No holder named: the proxy goes to the chair.
    const toChair = await reply(s4, 'PROXY');
    expect(toChair.response).toMatchObject({ proxyHolder: null, proxyHolderName: null });
    expect(await state(meeting.id)).toMatchObject({
      responses: { attend: 1, absent: 1, proxy: 2, noReply: 1 },
      quorum: { present: 3, required: 3, reached: true },
      quorumReached: true,
    });
    // Changing a reply before the start counts the new one only.
    await reply(s1, 'ABSENT', {}, memberS1);
    expect(await state(meeting.id)).toMatchObject({
      responses: { attend: 0, absent: 2, proxy: 2, noReply: 1 },
      quorumReached: false,
    });
    await reply(s1, 'ATTEND', {}, memberS1);
    expect((await state(meeting.id)).quorumReached).toBe(true);
    const mine = await world.ok(
      `query($id: ID!) { node(id: $id) { ... on Meeting { ownResponse { response } } } }`,
      { id: meeting.id },
      memberS1,
    );
    expect(mine.node.ownResponse).toEqual({ response: 'ATTEND' });
  });

  it('rejects proxy holders that are not invited, oneself, or details without PROXY', async () => {
    for (const extra of [
      { response: 'PROXY', proxyHolderOrganizationId: orgId(outsider) },
      { response: 'PROXY', proxyHolderOrganizationId: orgId(s5) },
    ]) {
      const { response, ...rest } = extra;
      const result = await reply(s5, response, rest);
      expect(result.code).toBe('VALIDATION_FAILED');
    }
    expect((await reply(s5, 'ATTEND', { proxyHolderName: '議長' })).code).toBe('VALIDATION_FAILED');
    const noProxy = await create({
      body: 'BOARD',
      title: '委任不可の幹事会',
      startsAt: inDays(20),
      allowsProxy: false,
    });
    const result = await mutate('respondToMeeting', {
      meetingId: noProxy.id,
      organizationId: orgId(s5),
      response: 'PROXY',
    });
    expect(result.code).toBe('VALIDATION_FAILED');
  });

  it('lets a member reply only for its own organisation, and only if it is invited', async () => {
    const forOther = await world.denied(
      documentOf('respondToMeeting'),
      { input: { meetingId: meeting.id, organizationId: orgId(s5), response: 'ATTEND' } },
      memberS1,
    );
    expect(forOther.codes).toEqual(['FORBIDDEN']);
    // Not on the board: the meeting is not visible to it, so it is not found.
    const uninvited = await mutate(
      'respondToMeeting',
      { meetingId: meeting.id, organizationId: orgId(outsider), response: 'ATTEND' },
      memberOutsider,
    );
    expect(uninvited.code).toBe('NOT_FOUND');
    // The secretariat is told why.
    expect((await reply(outsider, 'ATTEND')).code).toBe('VALIDATION_FAILED');
    for (const headers of [world.anonymous, world.partner]) {
      const denied = await world.denied(
        documentOf('respondToMeeting'),
        { input: { meetingId: meeting.id, organizationId: orgId(s5), response: 'ATTEND' } },
        headers,
      );
      expect(denied.codes).toEqual([headers === world.anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
    const rows = await world.db
      .selectFrom('meeting_responses')
      .select('organization_id')
      .where('meeting_id', '=', localId(meeting.id))
      .execute();
    expect(rows.map((r) => r.organization_id).sort()).toEqual([s1, s2, s3, s4].sort());
  });

  it('a member of another organisation cannot read the meeting', async () => {
    const read = `query($id: ID!) { node(id: $id) { ... on Meeting { title minutes responses { attend } } } }`;
    expect((await world.ok(read, { id: meeting.id }, memberOutsider)).node).toBeNull();
    expect((await world.ok(read, { id: meeting.id }, memberS1)).node.title).toBe('第5回幹事会');
    const item = (await mutate('addAgendaItem', { meetingId: meeting.id, title: '報告事項' }))
      .agendaItem.id;
    const itemQuery = `query($id: ID!) { node(id: $id) { ... on AgendaItem { title } } }`;
    expect((await world.ok(itemQuery, { id: item }, memberOutsider)).node).toBeNull();
    expect((await world.ok(itemQuery, { id: item }, memberS1)).node.title).toBe('報告事項');
  });

  it('closes replies at the start and counts recorded attendance plus proxies afterwards', async () => {
    const { version } = await state(meeting.id);
    // The meeting is moved to an hour ago (the board is the same that day).
    const moved = await mutate('updateMeeting', {
      meetingId: meeting.id,
      expectedVersion: version,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(moved.meeting.repliesOpen).toBe(false);
    expect((await reply(s5, 'ATTEND')).code).toBe('VALIDATION_FAILED');
    expect((await reply(s1, 'ABSENT', {}, memberS1)).code).toBe('VALIDATION_FAILED');

    const stranger = await mutate('recordAttendance', {
      meetingId: meeting.id,
      entries: [{ organizationId: orgId(outsider), attended: true }],
    });
    expect(stranger.code).toBe('VALIDATION_FAILED');
    expect(stranger.problems[0].path).toEqual(['input', 'entries', '0', 'organizationId']);
    const twice = await mutate('recordAttendance', {
      meetingId: meeting.id,
      entries: [
        { organizationId: orgId(s1), attended: true },
        { organizationId: orgId(s1), attended: false },
      ],
    });
    expect(twice.code).toBe('VALIDATION_FAILED');

    // s1 said ATTEND but did not come; s2 and s4 gave proxies; s3 (ABSENT) came after all.
    const recorded = await mutate('recordAttendance', {
      meetingId: meeting.id,
      entries: [
        { organizationId: orgId(s1), attended: false },
        { organizationId: orgId(s3), attended: true },
      ],
    });
    expect(recorded.meeting.status).toBe('HELD');
    expect(await state(meeting.id)).toMatchObject({
      responses: { attend: 1, absent: 1, proxy: 2, noReply: 1 },
      quorum: { invited: 5, present: 3, required: 3, basis: 'ATTENDANCE', reached: true },
    });
    await mutate('recordAttendance', {
      meetingId: meeting.id,
      entries: [{ organizationId: orgId(s3), attended: false }],
    });
    expect((await state(meeting.id)).quorum).toMatchObject({ present: 2, reached: false });
    // A proxy-giver who came in person counts once.
    await mutate('recordAttendance', {
      meetingId: meeting.id,
      entries: [
        { organizationId: orgId(s2), attended: true },
        { organizationId: orgId(s5), attended: true },
      ],
    });
    expect((await state(meeting.id)).quorum).toMatchObject({ present: 3, reached: true });

    const invitees = await world.ok(
      `query($id: ID!) { node(id: $id) { ... on Meeting {
        all: invitees(first: 10) { totalCount edges { node { organization { id } attended response { response } } } }
        silent: invitees(first: 10, responded: false) { totalCount edges { node { organization { id } } } }
      } } }`,
      { id: meeting.id },
    );
    expect(invitees.node.all.totalCount).toBe(5);
    const byOrg = new Map(
      invitees.node.all.edges.map(
        (e: {
          node: { organization: { id: string }; attended: boolean | null; response: unknown };
        }) => [
          localId(e.node.organization.id),
          { attended: e.node.attended, response: e.node.response },
        ],
      ),
    );
    expect(byOrg.get(s1)).toEqual({ attended: false, response: { response: 'ATTEND' } });
    expect(byOrg.get(s4)).toEqual({ attended: null, response: { response: 'PROXY' } });
    expect(byOrg.get(s5)).toEqual({ attended: true, response: null });
    expect(invitees.node.silent.totalCount).toBe(1);
    expect(localId(invitees.node.silent.edges[0].node.organization.id)).toBe(s5);
  });

  it('refuses attendance before the meeting starts', async () => {
    const future = await create({ body: 'BOARD', title: '次回幹事会', startsAt: inDays(3) });
    const result = await mutate('recordAttendance', {
      meetingId: future.id,
      entries: [{ organizationId: orgId(s1), attended: true }],
    });
    expect(result.code).toBe('VALIDATION_FAILED');
  });
});

describe('permissions', () => {
  it('lets only the secretariat schedule and record meetings', async () => {
    const meeting = await create({ body: 'BOARD', title: '権限確認', startsAt: inDays(9) });
    const item = (await mutate('addAgendaItem', { meetingId: meeting.id, title: '議題' }))
      .agendaItem.id;
    const inputs: Record<Exclude<MutationName, 'respondToMeeting'>, Record<string, unknown>> = {
      createMeeting: { body: 'BOARD', title: '不正', startsAt: inDays(9) },
      updateMeeting: { meetingId: meeting.id, expectedVersion: 1, title: '不正' },
      cancelMeeting: { meetingId: meeting.id },
      recordMinutes: { meetingId: meeting.id, expectedVersion: 1, minutes: '不正' },
      recordAttendance: {
        meetingId: meeting.id,
        entries: [{ organizationId: orgId(s1), attended: true }],
      },
      addAgendaItem: { meetingId: meeting.id, title: '不正' },
      updateAgendaItem: { agendaItemId: item, status: 'APPROVED' },
    };
    const auditBefore = await world.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const [name, input] of Object.entries(inputs)) {
      for (const [headers, code] of [
        [world.anonymous, 'UNAUTHENTICATED'],
        [world.partner, 'FORBIDDEN'],
        [memberS1, 'FORBIDDEN'],
      ] as const) {
        const denied = await world.denied(documentOf(name as MutationName), { input }, headers);
        expect(denied.codes, `${name}`).toEqual([code]);
      }
    }
    const auditAfter = await world.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n);
    expect((await state(meeting.id)).version).toBe(1);
    const { node } = await world.ok(
      `query($id: ID!) { node(id: $id) { ... on Meeting { title agendaItems { status } } } }`,
      { id: meeting.id },
    );
    expect(node).toEqual({ title: '権限確認', agendaItems: [{ status: 'PROPOSED' }] });
  });

  it('hides the version from members', async () => {
    const { data, codes } = await world.denied(
      `{ meetings(first: 1, body: BOARD) { edges { node { title version } } } }`,
      {},
      memberS1,
    );
    expect(codes).toContain('FORBIDDEN');
    expect(JSON.stringify(data)).not.toMatch(/"version":\d/);
  });
});

describe('meeting lists', () => {
  it('filters by body, working group and day, in either order', async () => {
    await create({
      body: 'WORKING_GROUP',
      workingGroupNumber: 3,
      title: '第3分科会',
      startsAt: '2026-07-01T10:00:00+09:00',
    });
    await create({
      body: 'WORKING_GROUP',
      workingGroupNumber: 1,
      title: '第1分科会',
      startsAt: '2026-07-02T10:00:00+09:00',
    });
    const list = async (args: string) =>
      (
        await world.ok(
          `{ meetings(first: 100, ${args}) { totalCount edges { node { title meetingDate } } } }`,
        )
      ).meetings;
    const wg3 = await list('body: WORKING_GROUP, workingGroupNumber: 3');
    expect(wg3.totalCount).toBe(1);
    expect(wg3.edges[0].node.title).toBe('第3分科会');
    const july = await list('from: "2026-07-01", to: "2026-07-02", order: STARTS_AT_DESC');
    expect(july.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      '第1分科会',
      '第3分科会',
    ]);
  });

  it('costs the same number of SQL queries for 2 and 10 meetings', async () => {
    // Alike meetings, so both pages need the same loaders.
    for (let i = 0; i < 10; i += 1) {
      const meeting = await create({
        body: 'WORKING_GROUP',
        workingGroupNumber: (i % 3) + 1,
        title: `分科会 ${i + 1}`,
        startsAt: `2030-0${(i % 9) + 1}-1${i % 10}T10:00:00+09:00`,
      });
      await mutate('addAgendaItem', {
        meetingId: meeting.id,
        title: '会員からの報告',
        proposer: { kind: 'ORGANIZATION', organizationId: orgId(i % 2 ? s1 : outsider) },
      });
    }
    const count = async (first: number) => {
      queries.length = 0;
      const data = await world.ok(
        `query($first: Int!) { meetings(first: $first, from: "2030-01-01") { edges { node {
          title workingGroup { title } agendaItems { title proposer { organization { name } } }
          responses { attend noReply } quorum { present reached } quorumReached
        } } } }`,
        { first },
      );
      expect(data.meetings.edges).toHaveLength(first);
      return queries.filter((q) => !/sessions|accounts/.test(q)).length;
    };
    await count(2); // warm-up: reference data (working groups) is then answered from memory
    expect(await count(10)).toBe(await count(2));
  });
});

describe('notices generated from a meeting (Meeting.notices)', () => {
  const NOTICES = `query($id: ID!) { node(id: $id) { ... on Meeting {
    notices { id kind status subject meeting { id } } } } }`;
  const CREATE_NOTICE = `mutation($input: CreateMeetingNoticeInput!) {
    createMeetingNotice(input: $input) { __typename ... on MailingPayload { mailing { id } } } }`;

  it('lists the 招集通知 made from this meeting only, newest first, for the secretariat', async () => {
    const meeting = await create({
      body: 'BOARD',
      title: '招集通知の一覧',
      startsAt: inDays(20),
      place: '事務局会議室',
    });
    const other = await create({
      body: 'BOARD',
      title: '別の会議',
      startsAt: inDays(21),
      place: '事務局会議室',
    });
    for (const m of [meeting, other]) {
      await mutate('addAgendaItem', { meetingId: m.id, title: '事業計画' });
    }
    expect((await world.ok(NOTICES, { id: meeting.id })).node.notices).toEqual([]);

    const ids: string[] = [];
    for (const meetingId of [meeting.id, other.id, meeting.id]) {
      const made = (await world.ok(CREATE_NOTICE, { input: { meetingId } })).createMeetingNotice;
      expect(made.__typename).toBe('MailingPayload');
      ids.push(made.mailing.id);
    }
    const { notices } = (await world.ok(NOTICES, { id: meeting.id })).node;
    expect(notices.map((n: { id: string }) => n.id)).toEqual([ids[2], ids[0]]);
    expect(notices[0]).toMatchObject({
      kind: 'MEETING_NOTICE',
      status: 'DRAFT',
      subject: expect.stringContaining('招集通知の一覧'),
      meeting: { id: meeting.id },
    });

    // A member user invited to the meeting sees the meeting but not its mailings.
    const denied = await world.denied(NOTICES, { id: meeting.id }, memberS1);
    expect(denied.codes).toEqual(['FORBIDDEN']);
  });
});
