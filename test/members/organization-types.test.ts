import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let member: TestUser;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  const [orgId] = await twoOrganizations(database.db);
  member = await createUser(database.db, { role: 'MEMBER', organizationId: orgId });
});

const QUERY = graphql(`
  query OrganizationTypesOrganizationTypesInUse { organizationTypesInUse }
`);

const ORGANIZATIONS = graphql(`
  query OrganizationTypesOrganizations { organizations(first: 100, filter: { organizationTypes: ["認定NPO法人"] }) { totalCount edges { node { organizationType } } } }
`);

describe('organizationTypesInUse (the console directory’s type filter)', () => {
  it('gives the secretariat each type on the register once, and filtering by one finds its organisations', async () => {
    const result = await server.graphql(QUERY, {}, staff.headers);
    const types = result.data?.organizationTypesInUse ?? [];
    expect(types).toContain('NPO法人');
    expect(types).toContain('認定NPO法人');
    expect(new Set(types).size).toBe(types.length);
    const stored = await database.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.count<string>('organization_type').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(types.length).toBe(Number(stored.n));

    const filtered = await server.graphql(ORGANIZATIONS, {}, staff.headers);
    expect(filtered.data?.organizations.totalCount).toBeGreaterThan(0);
    expect(new Set(filtered.data?.organizations.edges.map((e) => e.node.organizationType))).toEqual(
      new Set(['認定NPO法人']),
    );
  });

  it('is refused to member users and anonymous callers', async () => {
    const asMember = await server.graphql(QUERY, {}, member.headers);
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.graphql(QUERY, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
