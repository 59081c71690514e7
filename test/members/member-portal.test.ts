/** Additions for the 会員ページ: withdrawing a held profile change, a reason with a working-group request. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApplyForMembershipInput } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename, present } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let admin: TestUser;
let staff: TestUser;
let member: TestUser;
let otherMember: TestUser;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  const [own, other] = await twoOrganizations(database.db);
  orgId = own;
  member = await createUser(database.db, { role: 'MEMBER', organizationId: own });
  otherMember = await createUser(database.db, { role: 'MEMBER', organizationId: other });
});

const HOLD = graphql(`
  mutation MemberPortalUpdateOrganizationProfile($id: ID!, $v: Int!) {
  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: "取り下げる説明" }) {
  __typename ... on UpdateOrganizationProfilePayload { pendingChange { id } }
  }
  }
`);
const WITHDRAW = graphql(`
  mutation MemberPortalWithdrawProfileChange($id: ID!) {
  withdrawProfileChange(input: { requestId: $id }) {
  __typename
  ... on DecideProfileChangePayload { request { status } organization { pendingProfileChange { id } } }
  ... on Error { code }
  }
  }
`);
async function status(id: string) {
  const row = await database.db
    .selectFrom('profile_change_requests')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

const UPDATE_SETTINGS = graphql(`
  mutation MemberPortalUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }
`);

const APPROVE_PROFILE_CHANGE = graphql(`
  mutation MemberPortalApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }
`);

const WORKING_GROUP_REQUESTS = graphql(`
  query MemberPortalWorkingGroupRequests { workingGroupRequests(first: 5, status: PENDING) { edges { node { requestReason } } } }
`);

describe('withdrawProfileChange', () => {
  it('withdraws the own pending change once; another organisation and the secretariat cannot', async () => {
    await server.graphql(UPDATE_SETTINGS, {}, admin.headers);
    const { version } = await database.db
      .selectFrom('organizations')
      .select('version')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    const held = await server.graphql(
      HOLD,
      { id: encodeGlobalID('Organization', orgId), v: version },
      member.headers,
    );
    const requestId = present(
      expectTypename(held.data?.updateOrganizationProfile, 'UpdateOrganizationProfilePayload')
        .pendingChange?.id,
      'the held change',
    );
    expect(await status(requestId)).toBe('PENDING');

    // Another organisation's user: not found, nothing changes.
    const foreign = await server.graphql(WITHDRAW, { id: requestId }, otherMember.headers);
    expect(foreign.data?.withdrawProfileChange).toMatchObject({ code: 'NOT_FOUND' });
    // The secretariat decides instead of withdrawing.
    const bySecretariat = await server.graphql(WITHDRAW, { id: requestId }, staff.headers);
    expect(bySecretariat.data?.withdrawProfileChange).toMatchObject({ code: 'NOT_FOUND' });
    expect(await status(requestId)).toBe('PENDING');

    const withdrawn = await server.graphql(WITHDRAW, { id: requestId }, member.headers);
    const decided = expectTypename(
      withdrawn.data?.withdrawProfileChange,
      'DecideProfileChangePayload',
    );
    expect(decided.request.status).toBe('WITHDRAWN');
    expect(decided.organization.pendingProfileChange).toBeNull();
    expect(await status(requestId)).toBe('WITHDRAWN');

    const again = await server.graphql(WITHDRAW, { id: requestId }, member.headers);
    expect(again.data?.withdrawProfileChange).toMatchObject({ code: 'CONFLICT' });

    // Nothing was published, and the secretariat can no longer approve it.
    const approve = await server.graphql(APPROVE_PROFILE_CHANGE, { id: requestId }, staff.headers);
    expect(approve.data?.approveProfileChange.__typename).toBe('ConflictError');
    const org = await database.db
      .selectFrom('organizations')
      .select('description')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    expect(org.description).not.toBe('取り下げる説明');
  });

  it('anonymous callers must sign in', async () => {
    const anonymous = await server.graphql(WITHDRAW, { id: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a working-group request with the organisation’s reason', () => {
  const REQUEST = graphql(`
    mutation MemberPortalRequestToJoinWorkingGroup($id: ID!, $g: Int!, $reason: String) {
    requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g, reason: $reason }) {
    __typename
    ... on WorkingGroupRequestPayload { request { status requestReason reason } }
    }
    }
  `);

  it('keeps the reason for the secretariat and the organisation; a too-long one is refused', async () => {
    const current = await database.db
      .selectFrom('working_group_memberships')
      .select('working_group_number')
      .where('organization_id', '=', orgId)
      .where('left_on', 'is', null)
      .execute();
    const group = [1, 2, 3].find((g) => !current.some((c) => c.working_group_number === g));
    if (!group) throw new Error('organisation is in every group');
    const id = encodeGlobalID('Organization', orgId);

    const tooLong = await server.graphql(
      REQUEST,
      { id, g: group, reason: 'あ'.repeat(1001) },
      member.headers,
    );
    expect(tooLong.errors?.[0]?.message).toContain('1,000文字以内で入力してください');
    const none = await database.db
      .selectFrom('working_group_requests')
      .select('id')
      .where('organization_id', '=', orgId)
      .execute();
    expect(none).toEqual([]);

    const asked = await server.graphql(
      REQUEST,
      { id, g: group, reason: '  居場所づくりの知見を共有したい  ' },
      member.headers,
    );
    expect(
      expectTypename(asked.data?.requestToJoinWorkingGroup, 'WorkingGroupRequestPayload').request,
    ).toEqual({
      status: 'PENDING',
      requestReason: '居場所づくりの知見を共有したい',
      reason: null,
    });
    const listed = await server.graphql(WORKING_GROUP_REQUESTS, {}, staff.headers);
    expect(listed.data?.workingGroupRequests.edges.map((e) => e.node.requestReason)).toContain(
      '居場所づくりの知見を共有したい',
    );
  });
});

describe('the application form’s honeypot', () => {
  const APPLY = graphql(`
    mutation MemberPortalApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) { __typename ... on OrganizationPayload { organization { name } } }
    }
  `);
  const application = (name: string, email: string): ApplyForMembershipInput => ({
    organizationName: name,
    organizationNameKana: 'はにーぽっと',
    category: 'SUPPORTING',
    organizationType: '株式会社',
    prefectureCode: '13',
    scope: 'NATIONAL',
    fieldsOfActivity: ['FUNDING'],
    applicantName: '蜂蜜 太郎',
    applicantEmail: email,
  });

  it('a filled honeypot gets the same answer, but nothing is stored or queued', async () => {
    const jobsBefore = await database.db
      .selectFrom('graphile_worker._private_jobs' as never)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst()
      .catch(() => undefined);
    const bot = await server.graphql(APPLY, {
      input: {
        ...application('株式会社 ボット', 'bot@honeypot.example.jp'),
        honeypot: 'http://spam.example',
      },
    });
    expect(bot.data?.applyForMembership.__typename).toBe('OrganizationPayload');
    const stored = await database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', '株式会社 ボット')
      .execute();
    expect(stored).toEqual([]);
    const contacts = await database.db
      .selectFrom('contacts')
      .select('id')
      .where('email', '=', 'bot@honeypot.example.jp')
      .execute();
    expect(contacts).toEqual([]);
    const jobsAfter = await database.db
      .selectFrom('graphile_worker._private_jobs' as never)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst()
      .catch(() => undefined);
    expect(jobsAfter).toEqual(jobsBefore);

    // An empty honeypot (a person) is an ordinary application.
    const person = await server.graphql(APPLY, {
      input: { ...application('株式会社 ヒト', 'person@honeypot.example.jp'), honeypot: '' },
    });
    expect(person.data?.applyForMembership.__typename).toBe('OrganizationPayload');
    const real = await database.db
      .selectFrom('organizations')
      .select('status')
      .where('name', '=', '株式会社 ヒト')
      .execute();
    expect(real).toEqual([{ status: 'APPLIED' }]);
  });
});
