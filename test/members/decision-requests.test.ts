/**
 * The three workflows the secretariat decides — membership applications, held profile changes,
 * working-group join/leave requests — read the same way through the DecisionRequest interface:
 * one `decision` vocabulary, the secretariat's `decisionReason`, `decidedAt` and `decidedBy`.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { dataOf, expectTypename, present } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let orgId: string;
let orgGlobalId: string;
let staffGlobalId: string;

/** The interface's fields, asked for through the interface only. */
graphql(`
  fragment DecisionRequestsDecided on DecisionRequest {
    organization { id } requestedAt decision decidedAt decisionReason decidedBy { id }
  }
`);

const INTERFACE = graphql(`
  query DecisionRequestsInterface {
    __type(name: "DecisionRequest") { kind possibleTypes { name } }
  }
`);

const APPLY = graphql(`
  mutation DecisionRequestsApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      __typename
      ... on OrganizationPayload { organization { id } }
    }
  }
`);

const UPDATE_PROFILE = graphql(`
  mutation DecisionRequestsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {
    updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {
      __typename
      ... on UpdateOrganizationProfilePayload { pendingChange { id } }
    }
  }
`);

const REQUEST_TO_JOIN = graphql(`
  mutation DecisionRequestsRequestToJoinWorkingGroup($input: WorkingGroupRequestInput!) {
    requestToJoinWorkingGroup(input: $input) {
      __typename
      ... on WorkingGroupRequestPayload { request { id } }
    }
  }
`);

const REQUEST_TO_LEAVE = graphql(`
  mutation DecisionRequestsRequestToLeaveWorkingGroup($input: WorkingGroupRequestInput!) {
    requestToLeaveWorkingGroup(input: $input) {
      __typename
      ... on WorkingGroupRequestPayload { request { id } }
    }
  }
`);

const APPROVE_APPLICATION = graphql(`
  mutation DecisionRequestsApproveApplication($id: ID!) {
    approveApplication(input: { organizationId: $id }) { __typename }
  }
`);

const REJECT_APPLICATION = graphql(`
  mutation DecisionRequestsRejectApplication($id: ID!, $reason: String!) {
    rejectApplication(input: { organizationId: $id, reason: $reason }) { __typename }
  }
`);

const REQUIRE_REVIEW = graphql(`
  mutation DecisionRequestsRequireReview {
    updateSettings(input: { profileChangesRequireReview: true }) { __typename }
  }
`);

const APPROVE_PROFILE_CHANGE = graphql(`
  mutation DecisionRequestsApproveProfileChange($id: ID!) {
    approveProfileChange(input: { requestId: $id }) { __typename }
  }
`);

const REJECT_PROFILE_CHANGE = graphql(`
  mutation DecisionRequestsRejectProfileChange($id: ID!, $reason: String!) {
    rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename }
  }
`);

const WITHDRAW_PROFILE_CHANGE = graphql(`
  mutation DecisionRequestsWithdrawProfileChange($id: ID!) {
    withdrawProfileChange(input: { requestId: $id }) { __typename }
  }
`);

const APPROVE_WORKING_GROUP_REQUEST = graphql(`
  mutation DecisionRequestsApproveWorkingGroupRequest($id: ID!) {
    approveWorkingGroupRequest(input: { requestId: $id }) { __typename }
  }
`);

const DECLINE_WORKING_GROUP_REQUEST = graphql(`
  mutation DecisionRequestsDeclineWorkingGroupRequest($id: ID!, $reason: String!) {
    declineWorkingGroupRequest(input: { requestId: $id, reason: $reason }) { __typename }
  }
`);

const LISTS = graphql(`
  query DecisionRequestsLists {
    membershipApplications(first: 50) {
      edges { node { org: organization { id } __typename ...DecisionRequestsDecided } }
    }
    profileChangeRequests(first: 50) {
      edges { node { id status __typename ...DecisionRequestsDecided } }
    }
    workingGroupRequests(first: 50) {
      edges { node { id status __typename ...DecisionRequestsDecided } }
    }
  }
`);

const COUNTS = graphql(`
  query DecisionRequestsCounts {
    rejectedRequests: workingGroupRequests(decision: REJECTED, first: 1) { totalCount }
    declinedRequests: workingGroupRequests(status: DECLINED, first: 1) { totalCount }
    supersededRequests: workingGroupRequests(decision: SUPERSEDED, first: 1) { totalCount }
    withdrawnApplications: membershipApplications(decision: WITHDRAWN, first: 1) { totalCount }
    rejectedApplications: membershipApplications(decision: REJECTED, first: 1) { totalCount }
    contradiction: profileChangeRequests(decision: PENDING, status: APPROVED, first: 1) { totalCount }
    pendingChanges: profileChangeRequests(decision: PENDING, first: 1) { totalCount }
    supersededChanges: profileChangeRequests(decision: SUPERSEDED, first: 1) { totalCount }
  }
`);

const OWN_REQUESTS = graphql(`
  query DecisionRequestsOwnRequests {
    viewer { organization { workingGroupRequests { __typename ...DecisionRequestsDecided } } }
  }
`);

const PENDING_REQUESTS = graphql(`
  query DecisionRequestsPendingRequests {
    workingGroupRequests(decision: PENDING, first: 1) { totalCount }
  }
`);

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

/** Runs a document as `user` and fails the test on any GraphQL error. */
async function ok<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  user: TestUser,
): Promise<T> {
  return dataOf(await server.graphql(document, variables, user.headers));
}

/** An application that reached the secretariat (its address confirmed); its global id. */
async function confirmedApplication(name: string, email: string): Promise<string> {
  const { applyForMembership } = await ok(
    APPLY,
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
  return expectTypename(applyForMembership, 'OrganizationPayload').organization.id;
}

async function holdProfileChange(description: string): Promise<string> {
  const { version } = await database.db
    .selectFrom('organizations')
    .select('version')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  const { updateOrganizationProfile } = await ok(
    UPDATE_PROFILE,
    { id: orgGlobalId, v: version, d: description },
    member,
  );
  const payload = expectTypename(updateOrganizationProfile, 'UpdateOrganizationProfilePayload');
  return present(payload.pendingChange, 'the held profile change').id;
}

async function requestWorkingGroup(group: number): Promise<string> {
  const memberOf = await database.db
    .selectFrom('working_group_memberships')
    .select('id')
    .where('organization_id', '=', orgId)
    .where('working_group_number', '=', group)
    .where('left_on', 'is', null)
    .executeTakeFirst();
  const input = { organizationId: orgGlobalId, workingGroup: group, reason: '活動が重なるため' };
  const result = memberOf
    ? (await ok(REQUEST_TO_LEAVE, { input }, member)).requestToLeaveWorkingGroup
    : (await ok(REQUEST_TO_JOIN, { input }, member)).requestToJoinWorkingGroup;
  return expectTypename(result, 'WorkingGroupRequestPayload').request.id;
}

describe('DecisionRequest', () => {
  it('is implemented by the three workflows the secretariat decides', async () => {
    const data = await ok(INTERFACE, {}, staff);
    const type = present(data.__type, 'the DecisionRequest type');
    expect(type.kind).toBe('INTERFACE');
    expect(
      present(type.possibleTypes, 'its possible types')
        .map((t) => t.name)
        .sort(),
    ).toEqual(['MembershipApplication', 'ProfileChangeRequest', 'WorkingGroupRequest']);
  });

  it('reads applications, profile changes and WG requests in one vocabulary after each decision', async () => {
    // Applications: one approved, one rejected.
    const approvedApp = await confirmedApplication('NPO法人 承認テスト', 'ok@decision.example.jp');
    const rejectedApp = await confirmedApplication('NPO法人 却下テスト', 'ng@decision.example.jp');
    const approvedApplication = await ok(APPROVE_APPLICATION, { id: approvedApp }, staff);
    expectTypename(approvedApplication.approveApplication, 'OrganizationPayload');
    const rejectedApplication = await ok(
      REJECT_APPLICATION,
      { id: rejectedApp, reason: '活動実績を確認できません' },
      staff,
    );
    expectTypename(rejectedApplication.rejectApplication, 'OrganizationPayload');

    // Profile changes: approved, rejected, withdrawn, superseded and still pending.
    expectTypename((await ok(REQUIRE_REVIEW, {}, admin)).updateSettings, 'SettingsPayload');
    const approvedChange = await holdProfileChange('承認される説明');
    const approval = await ok(APPROVE_PROFILE_CHANGE, { id: approvedChange }, staff);
    expectTypename(approval.approveProfileChange, 'DecideProfileChangePayload');
    const rejectedChange = await holdProfileChange('却下される説明');
    const rejection = await ok(
      REJECT_PROFILE_CHANGE,
      { id: rejectedChange, reason: '表記を確認してください' },
      staff,
    );
    expectTypename(rejection.rejectProfileChange, 'DecideProfileChangePayload');
    const withdrawnChange = await holdProfileChange('取り下げる説明');
    const withdrawal = await ok(WITHDRAW_PROFILE_CHANGE, { id: withdrawnChange }, member);
    expectTypename(withdrawal.withdrawProfileChange, 'DecideProfileChangePayload');
    const supersededChange = await holdProfileChange('置き換えられる説明');
    const pendingChange = await holdProfileChange('審査待ちの説明');

    // Working-group requests: one approved, one declined.
    const approvedRequest = await requestWorkingGroup(1);
    const declinedRequest = await requestWorkingGroup(2);
    const approvedWg = await ok(APPROVE_WORKING_GROUP_REQUEST, { id: approvedRequest }, staff);
    expectTypename(approvedWg.approveWorkingGroupRequest, 'WorkingGroupRequestPayload');
    const declinedWg = await ok(
      DECLINE_WORKING_GROUP_REQUEST,
      { id: declinedRequest, reason: '定員に達しています' },
      staff,
    );
    expectTypename(declinedWg.declineWorkingGroupRequest, 'WorkingGroupRequestPayload');

    const lists = await ok(LISTS, {}, staff);
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
    const counts = await ok(COUNTS, {}, staff);
    expect(counts.rejectedRequests.totalCount).toBeGreaterThanOrEqual(1);
    expect(counts.rejectedRequests.totalCount).toBe(counts.declinedRequests.totalCount);
    expect(counts.supersededRequests.totalCount).toBe(0);
    expect(counts.withdrawnApplications.totalCount).toBe(0);
    expect(counts.rejectedApplications.totalCount).toBeGreaterThanOrEqual(1);
    expect(counts.contradiction.totalCount).toBe(0);
    expect(counts.pendingChanges.totalCount).toBe(1);
    expect(counts.supersededChanges.totalCount).toBe(1);
  });

  it('shows the organisation its own requests’ decisions, but not the secretariat account', async () => {
    const data = await ok(OWN_REQUESTS, {}, member);
    const decisions = present(
      data.viewer.organization,
      'the member’s organisation',
    ).workingGroupRequests;
    expect(decisions.map((r) => r.decision).sort()).toEqual(['APPROVED', 'REJECTED']);
    expect(decisions.find((r) => r.decision === 'REJECTED')?.decisionReason).toBe(
      '定員に達しています',
    );
    expect(decisions.map((r) => r.decidedBy)).toEqual([null, null]);
  });

  it('keeps the lists secretariat only', async () => {
    const { errors } = await server.graphql(PENDING_REQUESTS, {}, member.headers);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
