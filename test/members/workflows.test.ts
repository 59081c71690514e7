import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename, present } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let orgId: string;
let orgGlobalId: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  [orgId] = await twoOrganizations(database.db);
  orgGlobalId = encodeGlobalID('Organization', orgId);
  member = await createUser(database.db, {
    role: 'MEMBER',
    organizationId: orgId,
    isOrganizationAdmin: true,
  });
});

async function version() {
  return await database.db
    .selectFrom('organizations')
    .select(['version', 'description'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
}

const UPDATE = graphql(`
  mutation WorkflowsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {
  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {
  __typename
  ... on UpdateOrganizationProfilePayload { organization { description } pendingChange { id status changes { field before after } } }
  ... on Error { code }
  }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation WorkflowsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }
`);

const PROFILE_CHANGE_REQUESTS = graphql(`
  query WorkflowsProfileChangeRequests { profileChangeRequests(first: 10, status: PENDING) { totalCount } }
`);

const APPROVE_PROFILE_CHANGE = graphql(`
  mutation WorkflowsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename ... on DecideProfileChangePayload { organization { description } } } }
`);

const REJECT_PROFILE_CHANGE = graphql(`
  mutation WorkflowsRejectProfileChange($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: "内容を確認できません" }) { __typename } }
`);

const UPDATE_SETTINGS2 = graphql(`
  mutation WorkflowsUpdateSettings2 { updateSettings(input: { profileChangesRequireReview: false }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }
`);

const APPROVE_WORKING_GROUP_REQUEST = graphql(`
  mutation WorkflowsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: "2026-11-01" }) { __typename } }
`);

const WORKING_GROUP = graphql(`
  query WorkflowsWorkingGroup($g: Int!) { workingGroup(number: $g) { members(first: 100) { totalCount edges { node { organization { id } role joinedOn } } } } }
`);

const REQUEST_TO_LEAVE_WORKING_GROUP = graphql(`
  mutation WorkflowsRequestToLeaveWorkingGroup($id: ID!, $g: Int!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }
`);

const APPROVE_WORKING_GROUP_REQUEST2 = graphql(`
  mutation WorkflowsApproveWorkingGroupRequest2($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: "2026-11-20" }) { __typename } }
`);

const APPROVE_WORKING_GROUP_REQUEST3 = graphql(`
  mutation WorkflowsApproveWorkingGroupRequest3 { approveWorkingGroupRequest(input: { requestId: "not-a-uuid" }) { __typename } }
`);

const REJECT_PROFILE_CHANGE2 = graphql(`
  mutation WorkflowsRejectProfileChange2 { rejectProfileChange(input: { requestId: "not-a-uuid" }) { __typename } }
`);

const ADD_CONTACT = graphql(`
  mutation WorkflowsAddContact($id: ID!) { addContact(input: { organizationId: $id, name: "高橋 健", email: "takahashi@contact.example.jp", roles: [GENERAL_MEETING_DELEGATE, BOARD_MEMBER] }) { __typename ... on ContactPayload { contact { id isPrimary roles emailStatus optedOutKinds } } } }
`);

const ADD_CONTACT2 = graphql(`
  mutation WorkflowsAddContact2($id: ID!) { addContact(input: { organizationId: $id, name: "重複", email: "TAKAHASHI@contact.example.jp" }) { __typename } }
`);

const UPDATE_CONTACT = graphql(`
  mutation WorkflowsUpdateContact($id: ID!) { updateContact(input: { contactId: $id, isPrimary: true, optedOutKinds: [NEWSLETTER] }) { ... on ContactPayload { contact { isPrimary optedOutKinds } } } }
`);

const REMOVE_CONTACT = graphql(`
  mutation WorkflowsRemoveContact($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }
`);

const NODE = graphql(`
  query WorkflowsNode($id: ID!) { node(id: $id) { id } }
`);

const ADD_CONTACT4 = graphql(`
  mutation WorkflowsAddContact4($id: ID!, $name: String!) { addContact(input: { organizationId: $id, name: $name, email: "crlf@contact.example.jp" }) { __typename } }
`);

const UPDATE_CONTACT2 = graphql(`
  mutation WorkflowsUpdateContact2($id: ID!, $name: String!) { updateContact(input: { contactId: $id, name: $name }) { __typename } }
`);

const UPDATE_SETTINGS3 = graphql(`
  mutation WorkflowsUpdateSettings3 { updateSettings(input: { profileChangesRequireReview: false }) { __typename } }
`);

const NODE2 = graphql(`
  query WorkflowsNode2($id: ID!) {
        node(id: $id) { ... on Organization { membershipHistory { kind statusAfter } } }
        auditEvents(first: 1, action: "settings.update") { edges { node { actorKind } } }
      }
`);

describe('profile changes held for review', () => {
  it('holds a member’s change when the setting is on; the secretariat sees the diff and approves or rejects', async () => {
    const on = await server.graphql(UPDATE_SETTINGS, {}, admin.headers);
    expect(on.data?.updateSettings.settings.profileChangesRequireReview).toBe(true);

    const before = await version();
    const held = await server.graphql(
      UPDATE,
      { id: orgGlobalId, v: before.version, d: '審査待ちの説明' },
      member.headers,
    );
    const payload = expectTypename(
      held.data?.updateOrganizationProfile,
      'UpdateOrganizationProfilePayload',
    );
    expect(payload.organization.description).toBe(before.description); // not published yet
    expect(payload.pendingChange?.status).toBe('PENDING');
    expect(payload.pendingChange?.changes).toEqual([
      {
        field: 'description',
        before: JSON.stringify(before.description),
        after: JSON.stringify('審査待ちの説明'),
      },
    ]);
    expect(await version()).toEqual(before);

    const list = await server.graphql(PROFILE_CHANGE_REQUESTS, {}, staff.headers);
    expect(list.data?.profileChangeRequests.totalCount).toBe(1);

    const approved = await server.graphql(
      APPROVE_PROFILE_CHANGE,
      { id: present(payload.pendingChange?.id, 'the held change') },
      staff.headers,
    );
    expect(
      expectTypename(approved.data?.approveProfileChange, 'DecideProfileChangePayload').organization
        .description,
    ).toBe('審査待ちの説明');

    const next = await version();
    const second = await server.graphql(
      UPDATE,
      { id: orgGlobalId, v: next.version, d: '却下される説明' },
      member.headers,
    );
    const rejected = await server.graphql(
      REJECT_PROFILE_CHANGE,
      {
        id: present(
          expectTypename(second.data?.updateOrganizationProfile, 'UpdateOrganizationProfilePayload')
            .pendingChange?.id,
          'the held change',
        ),
      },
      staff.headers,
    );
    expect(rejected.data?.rejectProfileChange.__typename).toBe('DecideProfileChangePayload');
    expect((await version()).description).toBe('審査待ちの説明');

    // The secretariat's own edits are never held.
    const direct = await server.graphql(
      UPDATE,
      { id: orgGlobalId, v: next.version, d: '事務局が修正' },
      staff.headers,
    );
    expect(
      expectTypename(direct.data?.updateOrganizationProfile, 'UpdateOrganizationProfilePayload')
        .organization.description,
    ).toBe('事務局が修正');
    await server.graphql(UPDATE_SETTINGS2, {}, admin.headers);
  });
});

describe('working groups', () => {
  const REQUEST_JOIN = graphql(`
    mutation WorkflowsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id status } } ... on Error { code } } }
  `);

  it('a member asks to join; the secretariat approves; the group lists it; leaving ends the membership with a date', async () => {
    const current = await database.db
      .selectFrom('working_group_memberships')
      .select('working_group_number')
      .where('organization_id', '=', orgId)
      .where('left_on', 'is', null)
      .execute();
    const group = [1, 2, 3].find((g) => !current.some((c) => c.working_group_number === g));
    if (!group) throw new Error('organisation is in every group');

    const asked = await server.graphql(REQUEST_JOIN, { id: orgGlobalId, g: group }, member.headers);
    const { request } = expectTypename(
      asked.data?.requestToJoinWorkingGroup,
      'WorkingGroupRequestPayload',
    );
    expect(request.status).toBe('PENDING');
    const twice = await server.graphql(REQUEST_JOIN, { id: orgGlobalId, g: group }, member.headers);
    expect(twice.data?.requestToJoinWorkingGroup.__typename).toBe('ConflictError');

    await server.graphql(APPROVE_WORKING_GROUP_REQUEST, { id: request.id }, staff.headers);
    const members = await server.graphql(WORKING_GROUP, { g: group });
    const mine = members.data?.workingGroup?.members.edges.find(
      (e) => e.node.organization.id === orgGlobalId,
    );
    expect(mine?.node).toMatchObject({ role: 'MEMBER', joinedOn: '2026-11-01' });

    const leave = await server.graphql(
      REQUEST_TO_LEAVE_WORKING_GROUP,
      { id: orgGlobalId, g: group },
      member.headers,
    );
    await server.graphql(
      APPROVE_WORKING_GROUP_REQUEST2,
      {
        id: expectTypename(leave.data?.requestToLeaveWorkingGroup, 'WorkingGroupRequestPayload')
          .request.id,
      },
      staff.headers,
    );
    const history = await database.db
      .selectFrom('working_group_memberships')
      .select(['joined_on', 'left_on'])
      .where('organization_id', '=', orgId)
      .where('working_group_number', '=', group)
      .execute();
    expect(history).toContainEqual({ joined_on: '2026-11-01', left_on: '2026-11-20' });
  });

  it('answers a malformed request id with NOT_FOUND, for requests and profile changes alike', async () => {
    const wg = await server.graphql(APPROVE_WORKING_GROUP_REQUEST3, {}, staff.headers);
    expect(wg.data?.approveWorkingGroupRequest.__typename).toBe('NotFoundError');
    const profile = await server.graphql(REJECT_PROFILE_CHANGE2, {}, staff.headers);
    expect(profile.data?.rejectProfileChange.__typename).toBe('NotFoundError');
  });

  it('keeps one chair: a second one is refused, and the secretariat can re-role and remove directly', async () => {
    const SET = graphql(`
      mutation WorkflowsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: "2026-11-22" }) { __typename ... on SetWorkingGroupMembershipPayload { membership { role } } } }
    `);
    const added = await server.graphql(SET, { id: orgGlobalId, g: 2, r: 'MEMBER' }, staff.headers);
    const result = added.data?.setWorkingGroupMembership;
    expect(['MEMBER', undefined]).toContain(
      result?.__typename === 'SetWorkingGroupMembershipPayload'
        ? result.membership?.role
        : undefined,
    );
    const chair = await server.graphql(SET, { id: orgGlobalId, g: 2, r: 'CHAIR' }, staff.headers);
    expect(chair.data?.setWorkingGroupMembership.__typename).toBe('ConflictError'); // the demo group has a chair
    const vice = await server.graphql(
      SET,
      { id: orgGlobalId, g: 2, r: 'VICE_CHAIR' },
      staff.headers,
    );
    expect(
      expectTypename(vice.data?.setWorkingGroupMembership, 'SetWorkingGroupMembershipPayload')
        .membership?.role,
    ).toBe('VICE_CHAIR');
    const removed = await server.graphql(SET, { id: orgGlobalId, g: 2, r: null }, staff.headers);
    expect(
      expectTypename(removed.data?.setWorkingGroupMembership, 'SetWorkingGroupMembershipPayload')
        .membership,
    ).toBeNull();
    const memberTries = await server.graphql(
      SET,
      { id: orgGlobalId, g: 2, r: 'CHAIR' },
      member.headers,
    );
    expect(memberTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('contacts', () => {
  it('an organisation keeps its contacts: add, make primary, set mail preferences, remove', async () => {
    const added = await server.graphql(ADD_CONTACT, { id: orgGlobalId }, member.headers);
    const { contact } = expectTypename(added.data?.addContact, 'ContactPayload');
    expect(contact?.isPrimary).toBe(false);
    // Roles are the ContactRole enum in the API; the register keeps the Japanese role.
    expect(contact).toMatchObject({
      roles: ['GENERAL_MEETING_DELEGATE', 'BOARD_MEMBER'],
      emailStatus: 'OK',
      optedOutKinds: [],
    });
    const stored = await database.db
      .selectFrom('contacts')
      .select('roles')
      .where('email', '=', 'takahashi@contact.example.jp')
      .executeTakeFirstOrThrow();
    expect(stored.roles).toEqual(['総会代議員', '幹事']);
    const duplicate = await server.graphql(ADD_CONTACT2, { id: orgGlobalId }, member.headers);
    expect(duplicate.data?.addContact.__typename).toBe('ConflictError');
    // A string: the document is invalid on purpose (PRESIDENT is no ContactRole).
    const badRole = await server.graphql(
      `mutation($id: ID!) { addContact(input: { organizationId: $id, name: "役割", email: "role@contact.example.jp", roles: [PRESIDENT] }) { __typename } }`,
      { id: orgGlobalId },
      member.headers,
    );
    expect(badRole.errors?.[0]?.message).toBe(
      '「PRESIDENT」は列挙型「ContactRole」の値ではありません。',
    );

    const primary = await server.graphql(UPDATE_CONTACT, { id: contact?.id }, member.headers);
    expect(primary.data?.updateContact.contact).toEqual({
      isPrimary: true,
      optedOutKinds: ['NEWSLETTER'],
    });
    const primaries = await database.db
      .selectFrom('contacts')
      .select('email')
      .where('organization_id', '=', orgId)
      .where('is_primary', '=', true)
      .execute();
    expect(primaries).toEqual([{ email: 'takahashi@contact.example.jp' }]);

    const cannotRemovePrimary = await server.graphql(
      REMOVE_CONTACT,
      { id: contact?.id },
      member.headers,
    );
    expect(cannotRemovePrimary.data?.removeContact.__typename).toBe('ValidationFailedError');

    const other = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: (await twoOrganizations(database.db))[1],
    });
    const foreign = await server.graphql(REMOVE_CONTACT, { id: contact?.id }, other.headers);
    expect(foreign.data?.removeContact.__typename).toBe('NotFoundError');
    const foreignNode = await server.graphql(NODE, { id: contact?.id }, other.headers);
    expect(foreignNode.data?.node).toBeNull();
  });

  it('refuses a name with a line break (it would go into the To header) and stores nothing', async () => {
    const injected = '高橋 健\r\nBcc: everyone@evil.example';
    const contactsBefore = await database.db
      .selectFrom('contacts')
      .select(['id', 'name'])
      .where('organization_id', '=', orgId)
      .orderBy('id')
      .execute();
    const added = await server.graphql(
      ADD_CONTACT4,
      { id: orgGlobalId, name: injected },
      member.headers,
    );
    expect(added.errors?.[0]?.message).toContain('改行');
    const [first] = contactsBefore;
    for (const name of [injected, '高橋\n健', '高橋 健\n']) {
      const updated = await server.graphql(
        UPDATE_CONTACT2,
        { id: encodeGlobalID('Contact', first?.id ?? ''), name },
        member.headers,
      );
      expect(updated.errors?.[0]?.message).toContain('改行');
    }
    const contactsAfter = await database.db
      .selectFrom('contacts')
      .select(['id', 'name'])
      .where('organization_id', '=', orgId)
      .orderBy('id')
      .execute();
    expect(contactsAfter).toEqual(contactsBefore);
  });
});

describe('closed sets as enums', () => {
  it('membership history and the audit trail answer enum values', async () => {
    await server.graphql(UPDATE_SETTINGS3, {}, admin.headers);
    const { data, errors } = await server.graphql(NODE2, { id: orgGlobalId }, admin.headers);
    expect(errors).toBeUndefined();
    expect(data?.node?.membershipHistory[0]).toEqual({ kind: 'JOINED', statusAfter: 'ACTIVE' });
    expect(data?.auditEvents.edges[0]?.node).toEqual({ actorKind: 'SECRETARIAT' });
  });
});
