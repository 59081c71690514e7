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

const UPDATE = `mutation($id: ID!, $v: Int!, $d: String!) {
  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {
    __typename
    ... on UpdateOrganizationProfilePayload { organization { description } pendingChange { id status changes { field before after } } }
    ... on Error { code }
  }
}`;
type UpdateResult = {
  updateOrganizationProfile: {
    __typename: string;
    organization?: { description: string };
    pendingChange?: {
      id: string;
      status: string;
      changes: { field: string; before: string; after: string }[];
    } | null;
  };
};

describe('profile changes held for review', () => {
  it('holds a member’s change when the setting is on; the secretariat sees the diff and approves or rejects', async () => {
    const on = await server.graphql<{
      updateSettings: { settings: { profileChangesRequireReview: boolean } };
    }>(
      'mutation { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }',
      {},
      admin.headers,
    );
    expect(on.data?.updateSettings.settings.profileChangesRequireReview).toBe(true);

    const before = await version();
    const held = await server.graphql<UpdateResult>(
      UPDATE,
      { id: orgGlobalId, v: before.version, d: '審査待ちの説明' },
      member.headers,
    );
    const payload = held.data?.updateOrganizationProfile;
    expect(payload?.organization?.description).toBe(before.description); // not published yet
    expect(payload?.pendingChange?.status).toBe('PENDING');
    expect(payload?.pendingChange?.changes).toEqual([
      {
        field: 'description',
        before: JSON.stringify(before.description),
        after: JSON.stringify('審査待ちの説明'),
      },
    ]);
    expect(await version()).toEqual(before);

    const list = await server.graphql<{ profileChangeRequests: { totalCount: number } }>(
      '{ profileChangeRequests(first: 10, status: PENDING) { totalCount } }',
      {},
      staff.headers,
    );
    expect(list.data?.profileChangeRequests.totalCount).toBe(1);

    const approved = await server.graphql<{
      approveProfileChange: { __typename: string; organization?: { description: string } };
    }>(
      'mutation($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename ... on DecideProfileChangePayload { organization { description } } } }',
      { id: payload?.pendingChange?.id },
      staff.headers,
    );
    expect(approved.data?.approveProfileChange.organization?.description).toBe('審査待ちの説明');

    const next = await version();
    const second = await server.graphql<UpdateResult>(
      UPDATE,
      { id: orgGlobalId, v: next.version, d: '却下される説明' },
      member.headers,
    );
    const rejected = await server.graphql<{ rejectProfileChange: { __typename: string } }>(
      'mutation($id: ID!) { rejectProfileChange(input: { requestId: $id, reason: "内容を確認できません" }) { __typename } }',
      { id: second.data?.updateOrganizationProfile.pendingChange?.id },
      staff.headers,
    );
    expect(rejected.data?.rejectProfileChange.__typename).toBe('DecideProfileChangePayload');
    expect((await version()).description).toBe('審査待ちの説明');

    // The secretariat's own edits are never held.
    const direct = await server.graphql<UpdateResult>(
      UPDATE,
      { id: orgGlobalId, v: next.version, d: '事務局が修正' },
      staff.headers,
    );
    expect(direct.data?.updateOrganizationProfile.organization?.description).toBe('事務局が修正');
    await server.graphql(
      'mutation { updateSettings(input: { profileChangesRequireReview: false }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }',
      {},
      admin.headers,
    );
  });
});

describe('working groups', () => {
  const REQUEST_JOIN = `mutation($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id status } } ... on Error { code } } }`;

  it('a member asks to join; the secretariat approves; the group lists it; leaving ends the membership with a date', async () => {
    const current = await database.db
      .selectFrom('working_group_memberships')
      .select('working_group_number')
      .where('organization_id', '=', orgId)
      .where('left_on', 'is', null)
      .execute();
    const group = [1, 2, 3].find((g) => !current.some((c) => c.working_group_number === g));
    if (!group) throw new Error('organisation is in every group');

    const asked = await server.graphql<{
      requestToJoinWorkingGroup: { __typename: string; request?: { id: string; status: string } };
    }>(REQUEST_JOIN, { id: orgGlobalId, g: group }, member.headers);
    expect(asked.data?.requestToJoinWorkingGroup.request?.status).toBe('PENDING');
    const twice = await server.graphql<{ requestToJoinWorkingGroup: { __typename: string } }>(
      REQUEST_JOIN,
      { id: orgGlobalId, g: group },
      member.headers,
    );
    expect(twice.data?.requestToJoinWorkingGroup.__typename).toBe('ConflictError');

    await server.graphql(
      'mutation($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: "2026-11-01" }) { __typename } }',
      { id: asked.data?.requestToJoinWorkingGroup.request?.id },
      staff.headers,
    );
    const members = await server.graphql<{
      workingGroup: {
        members: {
          totalCount: number;
          edges: { node: { organization: { id: string }; role: string; joinedOn: string } }[];
        };
      };
    }>(
      'query($g: Int!) { workingGroup(number: $g) { members(first: 100) { totalCount edges { node { organization { id } role joinedOn } } } } }',
      { g: group },
    );
    const mine = members.data?.workingGroup.members.edges.find(
      (e) => e.node.organization.id === orgGlobalId,
    );
    expect(mine?.node).toMatchObject({ role: 'MEMBER', joinedOn: '2026-11-01' });

    const leave = await server.graphql<{
      requestToLeaveWorkingGroup: { request?: { id: string } };
    }>(
      'mutation($id: ID!, $g: Int!) { requestToLeaveWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { ... on WorkingGroupRequestPayload { request { id } } } }',
      { id: orgGlobalId, g: group },
      member.headers,
    );
    await server.graphql(
      'mutation($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: "2026-11-20" }) { __typename } }',
      { id: leave.data?.requestToLeaveWorkingGroup.request?.id },
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
    const wg = await server.graphql<{ approveWorkingGroupRequest: { __typename: string } }>(
      'mutation { approveWorkingGroupRequest(input: { requestId: "not-a-uuid" }) { __typename } }',
      {},
      staff.headers,
    );
    expect(wg.data?.approveWorkingGroupRequest.__typename).toBe('NotFoundError');
    const profile = await server.graphql<{ rejectProfileChange: { __typename: string } }>(
      'mutation { rejectProfileChange(input: { requestId: "not-a-uuid" }) { __typename } }',
      {},
      staff.headers,
    );
    expect(profile.data?.rejectProfileChange.__typename).toBe('NotFoundError');
  });

  it('keeps one chair: a second one is refused, and the secretariat can re-role and remove directly', async () => {
    const SET = `mutation($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: "2026-11-22" }) { __typename ... on SetWorkingGroupMembershipPayload { membership { role } } } }`;
    const added = await server.graphql<{
      setWorkingGroupMembership: { membership?: { role: string } | null };
    }>(SET, { id: orgGlobalId, g: 2, r: 'MEMBER' }, staff.headers);
    expect(['MEMBER', undefined]).toContain(added.data?.setWorkingGroupMembership.membership?.role);
    const chair = await server.graphql<{ setWorkingGroupMembership: { __typename: string } }>(
      SET,
      { id: orgGlobalId, g: 2, r: 'CHAIR' },
      staff.headers,
    );
    expect(chair.data?.setWorkingGroupMembership.__typename).toBe('ConflictError'); // the demo group has a chair
    const vice = await server.graphql<{
      setWorkingGroupMembership: { membership?: { role: string } };
    }>(SET, { id: orgGlobalId, g: 2, r: 'VICE_CHAIR' }, staff.headers);
    expect(vice.data?.setWorkingGroupMembership.membership?.role).toBe('VICE_CHAIR');
    const removed = await server.graphql<{ setWorkingGroupMembership: { membership: null } }>(
      SET,
      { id: orgGlobalId, g: 2, r: null },
      staff.headers,
    );
    expect(removed.data?.setWorkingGroupMembership.membership).toBeNull();
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
    const added = await server.graphql<{
      addContact: {
        __typename: string;
        contact?: {
          id: string;
          isPrimary: boolean;
          roles: string[];
          emailStatus: string;
          optedOutKinds: string[];
        };
      };
    }>(
      `mutation($id: ID!) { addContact(input: { organizationId: $id, name: "高橋 健", email: "takahashi@contact.example.jp", roles: [GENERAL_MEETING_DELEGATE, BOARD_MEMBER] }) { __typename ... on ContactPayload { contact { id isPrimary roles emailStatus optedOutKinds } } } }`,
      { id: orgGlobalId },
      member.headers,
    );
    const contact = added.data?.addContact.contact;
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
    const duplicate = await server.graphql<{ addContact: { __typename: string } }>(
      `mutation($id: ID!) { addContact(input: { organizationId: $id, name: "重複", email: "TAKAHASHI@contact.example.jp" }) { __typename } }`,
      { id: orgGlobalId },
      member.headers,
    );
    expect(duplicate.data?.addContact.__typename).toBe('ConflictError');
    const badRole = await server.graphql(
      `mutation($id: ID!) { addContact(input: { organizationId: $id, name: "役割", email: "role@contact.example.jp", roles: [PRESIDENT] }) { __typename } }`,
      { id: orgGlobalId },
      member.headers,
    );
    expect(badRole.errors?.[0]?.message).toBe(
      '「PRESIDENT」は列挙型「ContactRole」の値ではありません。',
    );

    const primary = await server.graphql<{
      updateContact: { contact?: { isPrimary: boolean; optedOutKinds: string[] } };
    }>(
      `mutation($id: ID!) { updateContact(input: { contactId: $id, isPrimary: true, optedOutKinds: [NEWSLETTER] }) { ... on ContactPayload { contact { isPrimary optedOutKinds } } } }`,
      { id: contact?.id },
      member.headers,
    );
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

    const cannotRemovePrimary = await server.graphql<{ removeContact: { __typename: string } }>(
      'mutation($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }',
      { id: contact?.id },
      member.headers,
    );
    expect(cannotRemovePrimary.data?.removeContact.__typename).toBe('ValidationFailedError');

    const other = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: (await twoOrganizations(database.db))[1],
    });
    const foreign = await server.graphql<{ removeContact: { __typename: string } }>(
      'mutation($id: ID!) { removeContact(input: { contactId: $id }) { __typename } }',
      { id: contact?.id },
      other.headers,
    );
    expect(foreign.data?.removeContact.__typename).toBe('NotFoundError');
    const foreignNode = await server.graphql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: contact?.id },
      other.headers,
    );
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
      'mutation($id: ID!, $name: String!) { addContact(input: { organizationId: $id, name: $name, email: "crlf@contact.example.jp" }) { __typename } }',
      { id: orgGlobalId, name: injected },
      member.headers,
    );
    expect(added.errors?.[0]?.message).toContain('改行');
    const [first] = contactsBefore;
    for (const name of [injected, '高橋\n健', '高橋 健\n']) {
      const updated = await server.graphql(
        'mutation($id: ID!, $name: String!) { updateContact(input: { contactId: $id, name: $name }) { __typename } }',
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
    await server.graphql(
      'mutation { updateSettings(input: { profileChangesRequireReview: false }) { __typename } }',
      {},
      admin.headers,
    );
    const { data, errors } = await server.graphql<{
      node: { membershipHistory: { kind: string; statusAfter: string }[] };
      auditEvents: { edges: { node: { actorKind: string } }[] };
    }>(
      `query($id: ID!) {
        node(id: $id) { ... on Organization { membershipHistory { kind statusAfter } } }
        auditEvents(first: 1, action: "settings.update") { edges { node { actorKind } } }
      }`,
      { id: orgGlobalId },
      admin.headers,
    );
    expect(errors).toBeUndefined();
    expect(data?.node.membershipHistory[0]).toEqual({ kind: 'JOINED', statusAfter: 'ACTIVE' });
    expect(data?.auditEvents.edges[0]?.node).toEqual({ actorKind: 'SECRETARIAT' });
  });
});
