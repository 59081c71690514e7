/** A member organisation withdraws its own held profile change (会員ページ). */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
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

const HOLD = `mutation($id: ID!, $v: Int!) {
  updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: "取り下げる説明" }) {
    ... on UpdateOrganizationProfilePayload { pendingChange { id } }
  }
}`;
const WITHDRAW = `mutation($id: ID!) {
  withdrawProfileChange(input: { requestId: $id }) {
    __typename
    ... on DecideProfileChangePayload { request { status } organization { pendingProfileChange { id } } }
    ... on Error { code }
  }
}`;
type Withdrawn = {
  withdrawProfileChange: {
    __typename: string;
    code?: string;
    request?: { status: string };
    organization?: { pendingProfileChange: { id: string } | null };
  };
};

async function status(id: string) {
  const row = await database.db
    .selectFrom('profile_change_requests')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

describe('withdrawProfileChange', () => {
  it('withdraws the own pending change once; another organisation and the secretariat cannot', async () => {
    await server.graphql(
      'mutation { updateSettings(input: { profileChangesRequireReview: true }) { profileChangesRequireReview } }',
      {},
      admin.headers,
    );
    const { version } = await database.db
      .selectFrom('organizations')
      .select('version')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    const held = await server.graphql<{
      updateOrganizationProfile: { pendingChange: { id: string } };
    }>(HOLD, { id: encodeGlobalID('Organization', orgId), v: version }, member.headers);
    const requestId = held.data?.updateOrganizationProfile.pendingChange.id ?? '';
    expect(await status(requestId)).toBe('PENDING');

    // Another organisation's user: not found, nothing changes.
    const foreign = await server.graphql<Withdrawn>(WITHDRAW, { id: requestId }, otherMember.headers);
    expect(foreign.data?.withdrawProfileChange.code).toBe('NOT_FOUND');
    // The secretariat decides instead of withdrawing.
    const bySecretariat = await server.graphql<Withdrawn>(WITHDRAW, { id: requestId }, staff.headers);
    expect(bySecretariat.data?.withdrawProfileChange.code).toBe('NOT_FOUND');
    expect(await status(requestId)).toBe('PENDING');

    const withdrawn = await server.graphql<Withdrawn>(WITHDRAW, { id: requestId }, member.headers);
    expect(withdrawn.data?.withdrawProfileChange.request?.status).toBe('WITHDRAWN');
    expect(withdrawn.data?.withdrawProfileChange.organization?.pendingProfileChange).toBeNull();
    expect(await status(requestId)).toBe('WITHDRAWN');

    const again = await server.graphql<Withdrawn>(WITHDRAW, { id: requestId }, member.headers);
    expect(again.data?.withdrawProfileChange.code).toBe('CONFLICT');

    // Nothing was published, and the secretariat can no longer approve it.
    const approve = await server.graphql<{ approveProfileChange: { __typename: string } }>(
      'mutation($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }',
      { id: requestId },
      staff.headers,
    );
    expect(approve.data?.approveProfileChange.__typename).toBe('ConflictError');
    const org = await database.db
      .selectFrom('organizations')
      .select('description')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    expect(org.description).not.toBe('取り下げる説明');
  });

  it('anonymous callers must sign in', async () => {
    const anonymous = await server.graphql<Withdrawn>(WITHDRAW, { id: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
