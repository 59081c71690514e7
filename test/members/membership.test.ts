import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemberStatusChange } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
});

async function organizationWith(status: string, category = 'REGULAR') {
  const row = await database.db
    .selectFrom('organizations')
    .select(['id', 'version', 'category_code'])
    .where('status', '=', status as 'ACTIVE')
    .where('category_code', '=', category)
    .orderBy('name_kana')
    .executeTakeFirstOrThrow();
  return { ...row, globalId: encodeGlobalID('Organization', row.id) };
}

const CHANGE_STATUS = graphql(`
  mutation MembershipChangeMembershipStatus($id: ID!, $status: MemberStatusChange!, $v: Int!, $on: Date) {
  changeMembershipStatus(input: { organizationId: $id, status: $status, expectedVersion: $v, effectiveOn: $on }) {
  __typename
  ... on OrganizationPayload { organization { status version } }
  ... on Error { code message }
  }
  }
`);
async function stats(asOf: string) {
  const { data } = await server.graphql(MEMBERSHIP_STATS, { d: asOf });
  return data?.membershipStats;
}

const MEMBERSHIP_STATS = graphql(`
  query MembershipMembershipStats($d: Date) { membershipStats(asOf: $d) { regular total } }
`);

const CHANGE_MEMBERSHIP_CATEGORY = graphql(`
  mutation MembershipChangeMembershipCategory($id: ID!, $v: Int!) { changeMembershipCategory(input: { organizationId: $id, category: REGULAR, expectedVersion: $v, effectiveOn: "2026-11-05" }) { __typename } }
`);

const MEMBERSHIP_SERIES = graphql(`
  query MembershipMembershipSeries { membershipSeries(from: "2025-04-01", to: "2025-06-30") { asOf regular supporting total } }
`);

const MEMBERSHIP_STATS2 = graphql(`
  query MembershipMembershipStats2 { membershipStats(asOf: "2025-05-31") { regular supporting total } }
`);

const MEMBERSHIP_SERIES2 = graphql(`
  query MembershipMembershipSeries2 { membershipSeries(from: "2010-01-01", to: "2025-06-30") { asOf } }
`);

describe('membership status', () => {
  it('moves a member through suspension, reinstatement and withdrawal, each a dated event the stats follow', async () => {
    const org = await organizationWith('ACTIVE');
    const change = async (status: MemberStatusChange, v: number, on: string) =>
      (await server.graphql(CHANGE_STATUS, { id: org.globalId, status, v, on }, staff.headers)).data
        ?.changeMembershipStatus;

    const before = await stats('2026-11-10');
    const suspended = await change('SUSPENDED', org.version, '2026-11-10');
    expect(expectTypename(suspended, 'OrganizationPayload').organization).toEqual({
      status: 'SUSPENDED',
      version: org.version + 1,
    });
    expect((await stats('2026-11-10'))?.regular).toBe((before?.regular ?? 0) - 1);
    expect((await stats('2026-11-09'))?.regular).toBe(before?.regular); // history, not the current row

    const reinstated = await change('ACTIVE', org.version + 1, '2026-11-15');
    expect(expectTypename(reinstated, 'OrganizationPayload').organization.status).toBe('ACTIVE');
    const withdrawn = await change('WITHDRAWN', org.version + 2, '2026-11-20');
    expect(expectTypename(withdrawn, 'OrganizationPayload').organization.status).toBe('WITHDRAWN');

    const events = await database.db
      .selectFrom('membership_events')
      .select(['kind', 'occurred_on'])
      .where('organization_id', '=', org.id)
      .where('occurred_on', '>=', '2026-11-10')
      .orderBy('occurred_on')
      .execute();
    expect(events).toEqual([
      { kind: 'SUSPENDED', occurred_on: '2026-11-10' },
      { kind: 'REINSTATED', occurred_on: '2026-11-15' },
      { kind: 'WITHDRAWN', occurred_on: '2026-11-20' },
    ]);

    // 退会 is final: back to 会員 is refused and nothing changes.
    const refused = await change('ACTIVE', org.version + 3, '2026-11-21');
    expect(refused).toMatchObject({
      __typename: 'ValidationFailedError',
      code: 'VALIDATION_FAILED',
    });
    expect(expectTypename(refused, 'ValidationFailedError').message).toContain(
      '「退会」から「会員」へは変更できません',
    );
    const row = await database.db
      .selectFrom('organizations')
      .select(['status', 'version'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'WITHDRAWN', version: org.version + 3 });
  });

  it('refuses a status change for an applicant (applications are approved, not re-statused)', async () => {
    const org = await organizationWith('APPLIED');
    const { data } = await server.graphql(
      CHANGE_STATUS,
      { id: org.globalId, status: 'SUSPENDED', v: org.version },
      staff.headers,
    );
    expect(expectTypename(data?.changeMembershipStatus, 'ValidationFailedError').message).toContain(
      '申請の承認',
    );
  });

  it('answers a stale version with CONFLICT and writes nothing', async () => {
    const org = await organizationWith('ACTIVE', 'SUPPORTING');
    const { data } = await server.graphql(
      CHANGE_STATUS,
      { id: org.globalId, status: 'SUSPENDED', v: org.version - 1 },
      staff.headers,
    );
    expect(data?.changeMembershipStatus).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    });
    const events = await database.db
      .selectFrom('membership_events')
      .select('kind')
      .where('organization_id', '=', org.id)
      .where('kind', '=', 'SUSPENDED')
      .execute();
    expect(events).toEqual([]);
  });

  it('changes a category with an event; the series shows month-end counts', async () => {
    const org = await organizationWith('ACTIVE', 'SUPPORTING');
    const { data } = await server.graphql(
      CHANGE_MEMBERSHIP_CATEGORY,
      { id: org.globalId, v: org.version },
      staff.headers,
    );
    expect(data?.changeMembershipCategory.__typename).toBe('OrganizationPayload');
    const series = await server.graphql(MEMBERSHIP_SERIES);
    expect(series.data?.membershipSeries.map((m) => m.asOf)).toEqual([
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
    ]);
    const mayEnd = series.data?.membershipSeries[1];
    const direct = await server.graphql(MEMBERSHIP_STATS2);
    expect(mayEnd).toMatchObject(direct.data?.membershipStats ?? {});
    const tooLong = await server.graphql(MEMBERSHIP_SERIES2);
    expect(tooLong.errors?.[0]?.message).toMatch(/120 か月分まで/);
  });
});
