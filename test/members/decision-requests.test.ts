/**
 * The three workflows the secretariat decides — membership applications, held profile changes,
 * working-group join/leave requests — read the same way through the DecisionRequest interface:
 * one `decision` vocabulary, the secretariat's `decisionReason`, `decidedAt` and `decidedBy`.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let orgId: string;
let orgGlobalId: string;
let staffGlobalId: string;

interface Decided {
  __typename: string;
  organization: { id: string };
  requestedAt: string;
  decision: string;
  decidedAt: string | null;
  decisionReason: string | null;
  decidedBy: { id: string } | null;
}

/** The interface's fields, asked for through the interface only. */
const DECIDED = `
  __typename
  ... on DecisionRequest {
    organization { id } requestedAt decision decidedAt decisionReason decidedBy { id }
  }`;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  [orgId] = await twoOrganizations(database.db);
  orgGlobalId = encodeGlobalID('Organization', orgId);
  staffGlobalId = encodeGlobalID('Account', staff.accountId);
  member = await createUser(database.db, { role: 'MEMBER', organizationId: orgId });
});

async function ok<T>(
  document: string,
  variables: Record<string, unknown>,
  user: TestUser,
): Promise<T> {
  const { data, errors } = await server.graphql<T>(document, variables, user.headers);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data;
}

/** An application that reached the secretariat (its address confirmed); its global id. */
async function confirmedApplication(name: string, email: string): Promise<string> {
  const { applyForMembership } = await ok<{ applyForMembership: { organization: { id: string } } }>(
    `mutation($input: ApplyForMembershipInput!) {
      applyForMembership(input: $input) { ... on OrganizationPayload { organization { id } } }
    }`,
    {
      input: {
        organizationName: name,
        organizationNameKana: 'けっていてすと',
        category: 'REGULAR',
        organizationType: 'NPO法人',
        prefectureCode: '13',
        scope: 'REGIONAL',
        fieldsOfActivity: ['ELDERLY'],
        applicantName: '審査 花子',
        applicantEmail: email,
      },
    },
    staff,
  );
  // The confirmation link itself is covered by applications.test.ts.
  await database.db
    .updateTable('membership_applications')
    .set({ confirmed_at: new Date() })
    .where('applicant_email', '=', email)
    .execute();
  return applyForMembership.organization.id;
}

async function holdProfileChange(description: string): Promise<string> {
  const { version } = await database.db
    .selectFrom('organizations')
    .select('version')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  const { updateOrganizationProfile } = await ok<{
    updateOrganizationProfile: { pendingChange: { id: string } };
  }>(
    `mutation($id: ID!, $v: Int!, $d: String!) {
      updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {
        ... on UpdateOrganizationProfilePayload { pendingChange { id } }
      }
    }`,
    { id: orgGlobalId, v: version, d: description },
    member,
  );
  return updateOrganizationProfile.pendingChange.id;
}

async function requestWorkingGroup(group: number): Promise<string> {
  const memberOf = await database.db
    .selectFrom('working_group_memberships')
    .select('id')
    .where('organization_id', '=', orgId)
    .where('working_group_number', '=', group)
    .where('left_on', 'is', null)
    .executeTakeFirst();
  const mutation = memberOf ? 'requestToLeaveWorkingGroup' : 'requestToJoinWorkingGroup';
  const data = await ok<Record<string, { request: { id: string } }>>(
    `mutation($input: WorkingGroupRequestInput!) {
      ${mutation}(input: $input) { ... on WorkingGroupRequestPayload { request { id } } }
    }`,
    { input: { organizationId: orgGlobalId, workingGroup: group, reason: '活動が重なるため' } },
    member,
  );
  return data[mutation]?.request.id ?? '';
}

describe('DecisionRequest', () => {
  it('is implemented by the three workflows the secretariat decides', async () => {
    const data = await ok<{ __type: { kind: string; possibleTypes: { name: string }[] } }>(
      '{ __type(name: "DecisionRequest") { kind possibleTypes { name } } }',
      {},
      staff,
    );
    expect(data.__type.kind).toBe('INTERFACE');
    expect(data.__type.possibleTypes.map((t) => t.name).sort()).toEqual([
      'MembershipApplication',
      'ProfileChangeRequest',
      'WorkingGroupRequest',
    ]);
  });

  it('reads applications, profile changes and WG requests in one vocabulary after each decision', async () => {
    // Applications: one approved, one rejected.
    const approvedApp = await confirmedApplication('NPO法人 承認テスト', 'ok@decision.example.jp');
    const rejectedApp = await confirmedApplication('NPO法人 却下テスト', 'ng@decision.example.jp');
    await ok(
      `mutation($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }`,
      { id: approvedApp },
      staff,
    );
    await ok(
      `mutation($id: ID!) { rejectApplication(input: { organizationId: $id, reason: "活動実績を確認できません" }) { __typename } }`,
      { id: rejectedApp },
      staff,
    );

    // Profile changes: approved, rejected, withdrawn, superseded and still pending.
    await ok(
      'mutation { updateSettings(input: { profileChangesRequireReview: true }) { __typename } }',
      {},
      admin,
    );
    const approvedChange = await holdProfileChange('承認される説明');
    await ok(
      'mutation($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }',
      { id: approvedChange },
      staff,
    );
    const rejectedChange = await holdProfileChange('却下される説明');
    await ok(
      'mutation($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: "表記を確認してください" }) { __typename } }',
      { id: rejectedChange },
      staff,
    );
    const withdrawnChange = await holdProfileChange('取り下げる説明');
    await ok(
      'mutation($id: ID!) { withdrawProfileChange(input: { requestId: $id }) { __typename } }',
      { id: withdrawnChange },
      member,
    );
    const supersededChange = await holdProfileChange('置き換えられる説明');
    const pendingChange = await holdProfileChange('審査待ちの説明');

    // Working-group requests: one approved, one declined.
    const approvedRequest = await requestWorkingGroup(1);
    const declinedRequest = await requestWorkingGroup(2);
    await ok(
      'mutation($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id }) { __typename } }',
      { id: approvedRequest },
      staff,
    );
    await ok(
      'mutation($id: ID!) { declineWorkingGroupRequest(input: { requestId: $id, reason: "定員に達しています" }) { __typename } }',
      { id: declinedRequest },
      staff,
    );

    const lists = await ok<{
      membershipApplications: { edges: { node: Decided & { org: { id: string } } }[] };
      profileChangeRequests: { edges: { node: Decided & { id: string; status: string } }[] };
      workingGroupRequests: { edges: { node: Decided & { id: string; status: string } }[] };
    }>(
      `{
        membershipApplications(first: 50) { edges { node { org: organization { id } ${DECIDED} } } }
        profileChangeRequests(first: 50) { edges { node { id status ${DECIDED} } } }
        workingGroupRequests(first: 50) { edges { node { id status ${DECIDED} } } }
      }`,
      {},
      staff,
    );
    const application = (id: string) =>
      lists.membershipApplications.edges.find((e) => e.node.org.id === id)?.node;
    const change = (id: string) =>
      lists.profileChangeRequests.edges.find((e) => e.node.id === id)?.node;
    const request = (id: string) =>
      lists.workingGroupRequests.edges.find((e) => e.node.id === id)?.node;
    const decided = (decision: string, decisionReason: string | null) => ({
      decision,
      decisionReason,
      decidedAt: expect.any(String),
      decidedBy: { id: staffGlobalId },
    });

    expect(application(approvedApp)).toMatchObject({
      __typename: 'MembershipApplication',
      organization: { id: approvedApp },
      requestedAt: expect.any(String),
      ...decided('APPROVED', null),
    });
    expect(application(rejectedApp)).toMatchObject(decided('REJECTED', '活動実績を確認できません'));

    expect(change(approvedChange)).toMatchObject({
      __typename: 'ProfileChangeRequest',
      organization: { id: orgGlobalId },
      ...decided('APPROVED', null),
    });
    expect(change(rejectedChange)).toMatchObject(decided('REJECTED', '表記を確認してください'));
    // Nobody of the secretariat decided these: the organisation withdrew or replaced them.
    expect(change(withdrawnChange)).toMatchObject({
      decision: 'WITHDRAWN',
      decidedAt: expect.any(String),
      decidedBy: null,
    });
    expect(change(supersededChange)).toMatchObject({
      decision: 'SUPERSEDED',
      decidedAt: expect.any(String),
      decidedBy: null,
    });
    expect(change(pendingChange)).toMatchObject({
      decision: 'PENDING',
      decidedAt: null,
      decisionReason: null,
      decidedBy: null,
    });

    expect(request(approvedRequest)).toMatchObject({
      __typename: 'WorkingGroupRequest',
      organization: { id: orgGlobalId },
      ...decided('APPROVED', null),
    });
    // Declining a join/leave request is rejecting it; the old status keeps its own word.
    expect(request(declinedRequest)).toMatchObject({
      status: 'DECLINED',
      ...decided('REJECTED', '定員に達しています'),
    });
  });

  it('filters each list by decision state, the old status argument still working', async () => {
    const counts = await ok<Record<string, { totalCount: number }>>(
      `{
        rejectedRequests: workingGroupRequests(decision: REJECTED, first: 1) { totalCount }
        declinedRequests: workingGroupRequests(status: DECLINED, first: 1) { totalCount }
        supersededRequests: workingGroupRequests(decision: SUPERSEDED, first: 1) { totalCount }
        withdrawnApplications: membershipApplications(decision: WITHDRAWN, first: 1) { totalCount }
        rejectedApplications: membershipApplications(decision: REJECTED, first: 1) { totalCount }
        contradiction: profileChangeRequests(decision: PENDING, status: APPROVED, first: 1) { totalCount }
        pendingChanges: profileChangeRequests(decision: PENDING, first: 1) { totalCount }
        supersededChanges: profileChangeRequests(decision: SUPERSEDED, first: 1) { totalCount }
      }`,
      {},
      staff,
    );
    expect(counts.rejectedRequests?.totalCount).toBeGreaterThanOrEqual(1);
    expect(counts.rejectedRequests?.totalCount).toBe(counts.declinedRequests?.totalCount);
    expect(counts.supersededRequests?.totalCount).toBe(0);
    expect(counts.withdrawnApplications?.totalCount).toBe(0);
    expect(counts.rejectedApplications?.totalCount).toBeGreaterThanOrEqual(1);
    expect(counts.contradiction?.totalCount).toBe(0);
    expect(counts.pendingChanges?.totalCount).toBe(1);
    expect(counts.supersededChanges?.totalCount).toBe(1);
  });

  it('shows the organisation its own requests’ decisions, but not the secretariat account', async () => {
    const data = await ok<{
      viewer: { organization: { workingGroupRequests: Decided[] } };
    }>(`{ viewer { organization { workingGroupRequests { ${DECIDED} } } } }`, {}, member);
    const decisions = data.viewer.organization.workingGroupRequests;
    expect(decisions.map((r) => r.decision).sort()).toEqual(['APPROVED', 'REJECTED']);
    expect(decisions.find((r) => r.decision === 'REJECTED')?.decisionReason).toBe(
      '定員に達しています',
    );
    expect(decisions.map((r) => r.decidedBy)).toEqual([null, null]);
  });

  it('keeps the lists secretariat only', async () => {
    const { errors } = await server.graphql(
      '{ workingGroupRequests(decision: PENDING, first: 1) { totalCount } }',
      {},
      member.headers,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
