/**
 * Who may do what: every role against each query field group and each mutation, and one
 * organisation's user trying another organisation's data by every path (BOLA).
 */

import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

type Role = 'anonymous' | 'partner' | 'memberOwn' | 'memberOther' | 'staff' | 'admin';
const ROLES: Role[] = ['anonymous', 'partner', 'memberOwn', 'memberOther', 'staff', 'admin'];

let database: TestDatabase;
let server: TestServer;
let orgA: string;
let orgB: string;
let orgAId: string;
const headers = {} as Record<Role, Record<string, string>>;
let memberA: TestUser;
let memberB: TestUser;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  [orgA, orgB] = await twoOrganizations(database.db);
  orgAId = encodeGlobalID('Organization', orgA);
  memberA = await createUser(database.db, {
    role: 'MEMBER',
    organizationId: orgA,
    isOrganizationAdmin: true,
  });
  memberB = await createUser(database.db, {
    role: 'MEMBER',
    organizationId: orgB,
    isOrganizationAdmin: true,
  });
  const { key } = await createApiKey(database.db, {
    name: 'partner',
    expiresAt: null,
    createdBy: null,
  });
  headers.anonymous = {};
  headers.partner = { 'x-api-key': key };
  headers.memberOwn = memberA.headers;
  headers.memberOther = memberB.headers;
  headers.staff = (await createUser(database.db, { role: 'SECRETARIAT_STAFF' })).headers;
  headers.admin = (await createUser(database.db, { role: 'SECRETARIAT_ADMIN' })).headers;
});

async function version(): Promise<number> {
  const row = await database.db
    .selectFrom('organizations')
    .select('version')
    .where('id', '=', orgA)
    .executeTakeFirstOrThrow();
  return row.version;
}

interface Case {
  readonly name: string;
  readonly allowed: readonly Role[];
  readonly run: (role: Role) => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>;
}

const q =
  (query: string, variables: Record<string, unknown> = {}) =>
  (role: Role) =>
    server.graphql(query, variables, headers[role]);

const cases: Case[] = [
  {
    name: 'policy catalogue',
    allowed: ROLES,
    run: q('{ policyMeasures(first: 1) { totalCount } ministries { code } }'),
  },
  {
    name: 'member directory',
    allowed: ROLES,
    run: q('{ organizations(first: 3) { totalCount edges { node { name } } } }'),
  },
  { name: 'stats', allowed: ROLES, run: q('{ membershipStats(asOf: "2025-05-01") { total } }') },
  {
    name: 'an organisation’s contacts',
    allowed: ['memberOwn', 'staff', 'admin'],
    run: (role) => server.graphql(NODE, { id: orgAId }, headers[role]),
  },
  {
    name: 'an organisation’s status, version and consent',
    allowed: ['memberOwn', 'staff', 'admin'],
    run: (role) => server.graphql(NODE2, { id: orgAId }, headers[role]),
  },
  {
    name: 'an organisation’s users',
    allowed: ['memberOwn', 'staff', 'admin'],
    run: (role) => server.graphql(NODE3, { id: orgAId }, headers[role]),
  },
  {
    name: 'own sessions',
    allowed: ['memberOwn', 'memberOther', 'staff', 'admin'],
    run: q('{ mySessions { id } }'),
  },
  { name: 'accounts', allowed: ['admin'], run: q('{ accounts(first: 5) { totalCount } }') },
  { name: 'API keys', allowed: ['admin'], run: q('{ apiKeys { id } }') },
  {
    name: 'audit trail',
    allowed: ['staff', 'admin'],
    run: q('{ auditEvents(first: 5) { totalCount } }'),
  },
  {
    name: 'updateOrganizationProfile',
    allowed: ['memberOwn', 'staff', 'admin'],
    run: async (role) =>
      server.graphql(
        UPDATE_ORGANIZATION_PROFILE,
        { id: orgAId, v: await version() },
        headers[role],
      ),
  },
  {
    name: 'inviteOrganizationUser',
    allowed: ['memberOwn', 'admin'],
    run: (role) =>
      server.graphql(
        INVITE_ORGANIZATION_USER,
        { id: orgAId, email: `invite-${role}@perm.example.jp` },
        headers[role],
      ),
  },
  {
    name: 'createAccount',
    allowed: ['admin'],
    run: (role) =>
      server.graphql(CREATE_ACCOUNT, { email: `create-${role}@perm.example.jp` }, headers[role]),
  },
  {
    name: 'createApiKey',
    allowed: ['admin'],
    run: q('mutation { createApiKey(input: { name: "perm" }) { __typename } }'),
  },
];

const NODE = graphql(`
  query PermissionsNode($id: ID!) { node(id: $id) { ... on Organization { contacts { email phone } } } }
`);

const NODE2 = graphql(`
  query PermissionsNode2($id: ID!) { node(id: $id) { ... on Organization { status version publishedFields } } }
`);

const NODE3 = graphql(`
  query PermissionsNode3($id: ID!) { node(id: $id) { ... on Organization { users { email } } } }
`);

const UPDATE_ORGANIZATION_PROFILE = graphql(`
  mutation PermissionsUpdateOrganizationProfile($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: "更新しました" }) { __typename } }
`);

const INVITE_ORGANIZATION_USER = graphql(`
  mutation PermissionsInviteOrganizationUser($id: ID!, $email: EmailAddress!) { inviteOrganizationUser(input: { organizationId: $id, email: $email, displayName: "招待 花子" }) { __typename } }
`);

const CREATE_ACCOUNT = graphql(`
  mutation PermissionsCreateAccount($email: EmailAddress!) { createAccount(input: { email: $email, displayName: "新規", role: SECRETARIAT_STAFF }) { __typename } }
`);

const NODE4 = graphql(`
  query PermissionsNode4($id: ID!) { node(id: $id) { ... on Organization { name contacts { email } } } }
`);

const ORGANIZATIONS = graphql(`
  query PermissionsOrganizations { organizations(first: 100) { edges { node { id contacts { email } } } } }
`);

const NODE5 = graphql(`
  query PermissionsNode5($id: ID!) { node(id: $id) { id ... on Account { email } } }
`);

const UPDATE_ORGANIZATION_PROFILE2 = graphql(`
  mutation PermissionsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, website: "https://evil.example.com/" }) { __typename } }
`);

const REMOVE_ORGANIZATION_USER2 = graphql(`
  mutation PermissionsRemoveOrganizationUser2($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }
`);

const UPDATE_ORGANIZATION_PROFILE3 = graphql(`
  mutation PermissionsUpdateOrganizationProfile3($id: ID!, $v: Int!, $d: String!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) { __typename ... on Error { code } } }
`);

const AUDIT_EVENTS = graphql(`
  query PermissionsAuditEvents($id: String!) { auditEvents(first: 1, targetId: $id) { edges { node { action actorId before after } } } }
`);

describe('permission matrix', () => {
  for (const testCase of cases) {
    for (const role of ROLES) {
      const allowed = testCase.allowed.includes(role);
      it(`${testCase.name}: ${role} is ${allowed ? 'allowed' : 'denied'}`, async () => {
        const auditBefore = await auditCount();
        const result = await testCase.run(role);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (allowed) {
          expect(codes).toEqual([]);
        } else {
          expect(codes.length).toBeGreaterThan(0);
          expect(
            codes.every((c) => c === (role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')),
          ).toBe(true);
          // A denied mutation writes nothing, so it leaves no audit event either.
          expect(await auditCount()).toBe(auditBefore);
        }
      });
    }
  }
});

async function auditCount(): Promise<number> {
  const row = await database.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

describe('one organisation’s user and another organisation’s data (BOLA)', () => {
  it('node(id): sees only published directory fields, never contacts, status or version', async () => {
    const { data, errors } = await server.graphql(NODE4, { id: orgAId }, memberB.headers);
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(data)).not.toMatch(/@/);
  });

  it('nested edges: the directory reveals only the own organisation’s contacts', async () => {
    const { data } = await server.graphql(ORGANIZATIONS, {}, memberB.headers);
    const withContacts = (data?.organizations.edges ?? [])
      .map((e) => e.node)
      .filter((n) => n?.contacts && n.contacts.length > 0);
    for (const node of withContacts) {
      expect(node?.id).toBe(encodeGlobalID('Organization', orgB));
    }
  });

  it('node(id) of another organisation’s user account is null', async () => {
    const { data } = await server.graphql(
      NODE5,
      { id: encodeGlobalID('Account', memberA.accountId) },
      memberB.headers,
    );
    expect(data?.node).toBeNull();
  });

  it('mutation input: updating another organisation is refused and changes nothing', async () => {
    const before = await database.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', orgA)
      .executeTakeFirstOrThrow();
    const { errors } = await server.graphql(
      UPDATE_ORGANIZATION_PROFILE2,
      { id: orgAId, v: before.version },
      memberB.headers,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await database.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', orgA)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('no mass assignment: a member cannot set its own category or status', async () => {
    const v = await version();
    // A string: the document is invalid on purpose (the input has no category or status).
    const { errors } = await server.graphql(
      'mutation($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, category: SUPPORTING, status: ACTIVE }) { __typename } }',
      { id: orgAId, v },
      memberA.headers,
    );
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await version()).toBe(v);
  });

  it('removing another organisation’s user is refused as not found', async () => {
    const { data } = await server.graphql(
      REMOVE_ORGANIZATION_USER2,
      { id: encodeGlobalID('Account', memberA.accountId) },
      memberB.headers,
    );
    expect(data?.removeOrganizationUser.__typename).toBe('NotFoundError');
    const still = await database.db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', memberA.accountId)
      .executeTakeFirst();
    expect(still).toBeDefined();
  });
});

describe('managing an organisation’s users is for secretariat admins and its own admins', () => {
  const REMOVE = graphql(`
    mutation PermissionsRemoveOrganizationUser($id: ID!) { removeOrganizationUser(input: { accountId: $id }) { __typename } }
  `);
  const exists = async (id: string) =>
    (await database.db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()) !== undefined;

  it('secretariat staff cannot remove a member organisation’s admin; nothing changes', async () => {
    const orgAdmin = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: orgA,
      isOrganizationAdmin: true,
    });
    const auditBefore = await auditCount();
    const { errors } = await server.graphql(
      REMOVE,
      { id: encodeGlobalID('Account', orgAdmin.accountId) },
      headers.staff,
    );
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await exists(orgAdmin.accountId)).toBe(true);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('a secretariat admin and the organisation’s own admin can remove users', async () => {
    for (const as of [headers.admin, memberA.headers]) {
      const user = await createUser(database.db, { role: 'MEMBER', organizationId: orgA });
      const { data } = await server.graphql(
        REMOVE,
        { id: encodeGlobalID('Account', user.accountId) },
        as,
      );
      expect(data?.removeOrganizationUser.__typename).toBe('RemoveOrganizationUserPayload');
      expect(await exists(user.accountId)).toBe(false);
    }
  });
});

describe('profile updates', () => {
  it('a stale version gets CONFLICT and overwrites nothing; every change is audited', async () => {
    const v = await version();
    const update = (description: string, expectedVersion: number) =>
      server.graphql(
        UPDATE_ORGANIZATION_PROFILE3,
        { id: orgAId, v: expectedVersion, d: description },
        memberA.headers,
      );
    expect((await update('一回目', v)).data?.updateOrganizationProfile.__typename).toBe(
      'UpdateOrganizationProfilePayload',
    );
    expect((await update('古い版', v)).data?.updateOrganizationProfile).toEqual({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    });
    const row = await database.db
      .selectFrom('organizations')
      .select(['description', 'version'])
      .where('id', '=', orgA)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ description: '一回目', version: v + 1 });

    const { data } = await server.graphql(AUDIT_EVENTS, { id: orgA }, headers.staff);
    const event = data?.auditEvents.edges[0]?.node;
    expect(event?.action).toBe('organization.updateProfile');
    // IDs are shown as the API shows them everywhere: the account's global ID.
    expect(event?.actorId).toBe(encodeGlobalID('Account', memberA.accountId));
    expect(JSON.parse(event?.after ?? '{}')).toEqual({ description: '一回目' });
  });
});
