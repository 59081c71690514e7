import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({
    db: database.db,
    env: { PUBLIC_URL: 'https://tsunagari.example.jp' },
  });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
});

const APPLY = `mutation($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    __typename
    ... on OrganizationPayload { organization { id name } }
    ... on Error { code message }
  }
}`;
type ApplyResult = {
  applyForMembership: {
    __typename: string;
    organization?: { id: string; name: string };
    code?: string;
    message?: string;
  };
};

function application(overrides: Record<string, unknown> = {}) {
  return {
    organizationName: 'NPO法人 ひだまりテスト',
    organizationNameKana: 'ひだまりてすと',
    category: 'REGULAR',
    organizationType: 'NPO法人',
    prefectureCode: '27',
    scope: 'REGIONAL',
    fieldsOfActivity: ['PLACE_TO_BELONG', 'ELDERLY'],
    website: 'https://hidamari.example.jp/',
    applicantName: '中村 美咲',
    applicantEmail: 'nakamura@hidamari.example.jp',
    message: 'よろしくお願いいたします。',
    ...overrides,
  };
}

async function emailsTo(address: string) {
  return database.db
    .selectFrom('outbound_emails')
    .select(['purpose', 'subject', 'text', 'html'])
    .where('to_address', '=', address)
    .orderBy('created_at')
    .execute();
}

describe('membership applications', () => {
  let applicantId = '';

  it('lets anyone apply; the organisation waits as APPLIED and the applicant gets a receipt', async () => {
    const { data } = await server.graphql<ApplyResult>(APPLY, { input: application() });
    expect(data?.applyForMembership.__typename).toBe('OrganizationPayload');
    applicantId = data?.applyForMembership.organization?.id ?? '';
    const row = await database.db
      .selectFrom('organizations')
      .select(['status', 'joined_on'])
      .where('name', '=', 'NPO法人 ひだまりテスト')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'APPLIED', joined_on: null });
    const [receipt] = await emailsTo('nakamura@hidamari.example.jp');
    expect(receipt?.purpose).toBe('application-received');
    expect(receipt?.subject).toContain('入会申請を受け付けました');
    expect(receipt?.text).toContain('NPO法人 ひだまりテスト');
    expect(receipt?.html).not.toMatch(/List-Unsubscribe|配信停止/);
    // Not in the public directory while applying.
    const directory = await server.graphql<{ organizations: { totalCount: number } }>(
      '{ organizations(first: 1, filter: { text: "ひだまりてすと" }) { totalCount } }',
    );
    expect(directory.data?.organizations.totalCount).toBe(0);
  });

  it('refuses a duplicate by normalised name (width and kana ignored) or by address, and validates input', async () => {
    const sameName = await server.graphql<ApplyResult>(APPLY, {
      input: application({
        organizationName: 'ＮＰＯ法人　ヒダマリテスト',
        applicantEmail: 'other@hidamari.example.jp',
      }),
    });
    expect(sameName.data?.applyForMembership).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    });
    const sameEmail = await server.graphql<ApplyResult>(APPLY, {
      input: application({
        organizationName: '一般社団法人 べつのだんたい',
        applicantEmail: 'NAKAMURA@hidamari.example.jp',
      }),
    });
    expect(sameEmail.data?.applyForMembership.__typename).toBe('ConflictError');
    const bad = await server.graphql<ApplyResult>(APPLY, {
      input: application({
        organizationName: '別団体',
        organizationNameKana: 'カタカナ',
        prefectureCode: '48',
        applicantEmail: 'x@y.example.jp',
      }),
    });
    expect(bad.errors?.[0]?.message).toMatch(/ひらがな|都道府県コード/);
    const count = await database.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name', '=', '別団体')
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('approval makes a member with a JOINED event, invites the primary contact and e-mails the applicant', async () => {
    const { data } = await server.graphql<{
      approveApplication: {
        __typename: string;
        organization?: { status: string; joinedOn: string };
      };
    }>(
      `mutation($id: ID!) { approveApplication(input: { organizationId: $id, joinedOn: "2026-11-23" }) { __typename ... on OrganizationPayload { organization { status joinedOn } } } }`,
      { id: applicantId },
      staff.headers,
    );
    expect(data?.approveApplication).toEqual({
      __typename: 'OrganizationPayload',
      organization: { status: 'ACTIVE', joinedOn: '2026-11-23' },
    });
    const account = await database.db
      .selectFrom('accounts')
      .select(['role', 'is_organization_admin'])
      .where('email', '=', 'nakamura@hidamari.example.jp')
      .executeTakeFirstOrThrow();
    expect(account).toEqual({ role: 'MEMBER', is_organization_admin: true });
    const emails = await emailsTo('nakamura@hidamari.example.jp');
    const approval = emails.find((e) => e.purpose === 'application-approved');
    expect(approval?.subject).toContain('承認しました');
    expect(approval?.text).toContain('https://tsunagari.example.jp/sign-in');
    const stats = await server.graphql<{ membershipStats: { total: number } }>(
      '{ membershipStats(asOf: "2026-11-23") { total } }',
    );
    const before = await server.graphql<{ membershipStats: { total: number } }>(
      '{ membershipStats(asOf: "2026-11-22") { total } }',
    );
    expect(stats.data?.membershipStats.total).toBe((before.data?.membershipStats.total ?? 0) + 1);

    const again = await server.graphql<{ approveApplication: { __typename: string } }>(
      `mutation($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }`,
      { id: applicantId },
      staff.headers,
    );
    expect(again.data?.approveApplication.__typename).toBe('ConflictError');
  });

  it('rejection records the reason and e-mails it to the applicant', async () => {
    const applied = await server.graphql<ApplyResult>(APPLY, {
      input: application({
        organizationName: '株式会社 みらいテスト',
        organizationNameKana: 'みらいてすと',
        organizationType: '株式会社',
        category: 'SUPPORTING',
        applicantEmail: 'sato@mirai.example.jp',
      }),
    });
    const id = applied.data?.applyForMembership.organization?.id;
    const { data } = await server.graphql<{ rejectApplication: { __typename: string } }>(
      `mutation($id: ID!) { rejectApplication(input: { organizationId: $id, reason: "活動内容が確認できませんでした。" }) { __typename } }`,
      { id },
      staff.headers,
    );
    expect(data?.rejectApplication.__typename).toBe('OrganizationPayload');
    const [, decision] = await emailsTo('sato@mirai.example.jp');
    expect(decision?.purpose).toBe('application-rejected');
    expect(decision?.text).toContain('活動内容が確認できませんでした。');
    const list = await server.graphql<{
      membershipApplications: { edges: { node: { status: string; rejectionReason: string } }[] };
    }>(
      '{ membershipApplications(first: 5, status: REJECTED) { edges { node { status rejectionReason } } } }',
      {},
      staff.headers,
    );
    expect(list.data?.membershipApplications.edges[0]?.node).toEqual({
      status: 'REJECTED',
      rejectionReason: '活動内容が確認できませんでした。',
    });
  });

  it('approving is for the secretariat only', async () => {
    const member = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: (
        await database.db
          .selectFrom('organizations')
          .select('id')
          .where('status', '=', 'ACTIVE')
          .executeTakeFirstOrThrow()
      ).id,
    });
    const pending = await database.db
      .selectFrom('organizations')
      .select('id')
      .where('status', '=', 'APPLIED')
      .executeTakeFirstOrThrow();
    const { errors } = await server.graphql(
      `mutation($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }`,
      { id: encodeGlobalID('Organization', pending.id) },
      member.headers,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
