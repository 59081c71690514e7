import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailWorker } from '../../src/jobs/mail-worker.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import type { ApplyForMembershipInput } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestMailWorker } from '../helpers/mail-worker.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const secretKey = randomBytes(32);
let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let mailbox: LocalMailbox;
let mail: MailWorker;
let ipCounter = 0;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-')) });
  server = await startTestServer({
    db: database.db,
    secretKey,
    // Each application below comes from its own client IP unless a test says otherwise.
    env: { PUBLIC_URL: 'https://tsunagari.example.jp', TRUST_PROXY: 'true' },
  });
  mail = await startTestMailWorker({
    database,
    smtpUrl: mailbox.smtpUrl,
    publicUrl: server.url,
    secretKey,
  });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
});

afterAll(async () => {
  await mail?.stop();
  await mailbox?.stop();
});

function fromNewIp(): Record<string, string> {
  ipCounter += 1;
  return { 'x-forwarded-for': `198.51.100.${ipCounter}` };
}

/** Applies; returns the GraphQL answer. */
function apply(input: ApplyForMembershipInput, headers: Record<string, string> = fromNewIp()) {
  return server.graphql(APPLY, { input }, headers);
}

/** The confirmation e-mail that reaches `address` (the newest one): its text and its token. */
async function confirmationTo(
  address: string,
): Promise<{ text: string; html: string; token: string }> {
  const message = await waitFor(async () => {
    for (const entry of await mailbox.list()) {
      const parsed = await simpleParser((await mailbox.raw(entry.id)) ?? Buffer.alloc(0));
      const to = parsed.to && 'text' in parsed.to ? parsed.to.text : '';
      if (to.includes(address) && parsed.subject?.includes('メールアドレスの確認')) return parsed;
    }
    return undefined;
  });
  const text = message.text ?? '';
  const token = /\/apply\/confirm\?token=([A-Za-z0-9_%-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no confirmation link in:\n${text}`);
  return { text, html: String(message.html), token: decodeURIComponent(token) };
}

async function confirmByPage(token: string): Promise<Response> {
  return fetch(`${server.url}/apply/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }),
  });
}

async function listedApplications() {
  const { data } = await server.graphql(MEMBERSHIP_APPLICATIONS, {}, staff.headers);
  return data?.membershipApplications.edges.map((e) => e.node) ?? [];
}

const APPLY = graphql(`
  mutation ApplicationsApplyForMembership($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
  __typename
  ... on OrganizationPayload { organization { id name } }
  ... on Error { code message }
  }
  }
`);
function application(overrides: Partial<ApplyForMembershipInput> = {}): ApplyForMembershipInput {
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

function localId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}

async function emailsTo(address: string) {
  return database.db
    .selectFrom('outbound_emails')
    .select(['purpose', 'subject', 'text', 'html'])
    .where('to_address', '=', address)
    .orderBy('created_at')
    .execute();
}

const MEMBERSHIP_APPLICATIONS = graphql(`
  query ApplicationsMembershipApplications { membershipApplications(first: 100) { edges { node { applicantEmail duplicateAddress } } } }
`);

const APPROVE_APPLICATION = graphql(`
  mutation ApplicationsApproveApplication($id: ID!) { approveApplication(input: { organizationId: $id }) { __typename } }
`);

const ORGANIZATIONS = graphql(`
  query ApplicationsOrganizations { organizations(first: 1, filter: { text: "ひだまりてすと" }) { totalCount } }
`);

const APPROVE_APPLICATION2 = graphql(`
  mutation ApplicationsApproveApplication2($id: ID!) { approveApplication(input: { organizationId: $id, joinedOn: "2026-11-23" }) { __typename ... on OrganizationPayload { organization { status joinedOn } } } }
`);

const MEMBERSHIP_STATS = graphql(`
  query ApplicationsMembershipStats { membershipStats(asOf: "2026-11-23") { total } }
`);

const MEMBERSHIP_STATS2 = graphql(`
  query ApplicationsMembershipStats2 { membershipStats(asOf: "2026-11-22") { total } }
`);

const REJECT_APPLICATION = graphql(`
  mutation ApplicationsRejectApplication($id: ID!) { rejectApplication(input: { organizationId: $id, reason: "活動内容が確認できませんでした。" }) { __typename } }
`);

const MEMBERSHIP_APPLICATIONS2 = graphql(`
  query ApplicationsMembershipApplications2 { membershipApplications(first: 5, status: REJECTED) { edges { node { status rejectionReason } } } }
`);

describe('membership applications', () => {
  let applicantId = '';

  it('lets anyone apply; the address is confirmed by a link first, then the secretariat sees it and the applicant gets a receipt', async () => {
    // Free text that a mail program would turn into links must not come back in any e-mail.
    const { data } = await apply(
      application({
        organizationName: 'NPO法人 ひだまりテスト https://evil.example/login',
        applicantName: '中村 美咲 www.evil.example',
      }),
    );
    applicantId = expectTypename(data?.applyForMembership, 'OrganizationPayload').organization.id;
    await database.db
      .updateTable('organizations')
      .set({ name: 'NPO法人 ひだまりテスト' })
      .where('id', '=', localId(applicantId))
      .execute();

    const confirmation = await confirmationTo('nakamura@hidamari.example.jp');
    for (const part of [confirmation.text, confirmation.html]) {
      expect(part).not.toMatch(/evil\.example|中村|ひだまり/);
    }
    // Before confirmation: not in the secretariat's queue, cannot be decided, no receipt.
    expect(await listedApplications()).toEqual([]);
    const early = await server.graphql(APPROVE_APPLICATION, { id: applicantId }, staff.headers);
    expect(early.data?.approveApplication.__typename).toBe('NotFoundError');
    expect(await emailsTo('nakamura@hidamari.example.jp')).toEqual([]);

    // The link's GET only shows the button; the POST confirms, once.
    const landing = await fetch(
      `${server.url}/apply/confirm?token=${encodeURIComponent(confirmation.token)}`,
    );
    expect(await landing.text()).toContain('申請を確定する');
    expect(await listedApplications()).toEqual([]);
    const confirmed = await confirmByPage(confirmation.token);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('申請を受け付けました');
    expect((await confirmByPage(confirmation.token)).status).toBe(400);
    expect(await listedApplications()).toEqual([
      { applicantEmail: 'nakamura@hidamari.example.jp', duplicateAddress: false },
    ]);

    const row = await database.db
      .selectFrom('organizations')
      .select(['status', 'joined_on'])
      .where('name', '=', 'NPO法人 ひだまりテスト')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'APPLIED', joined_on: null });
    const [receipt] = await emailsTo('nakamura@hidamari.example.jp');
    expect(receipt?.purpose).toBe('application-received');
    expect(receipt?.subject).toContain('入会申請を受け付けました');
    expect(`${receipt?.text}${receipt?.html}`).not.toMatch(/evil\.example|中村|ひだまり/);
    expect(receipt?.html).not.toMatch(/List-Unsubscribe|配信停止/);
    // Not in the public directory while applying.
    const directory = await server.graphql(ORGANIZATIONS);
    expect(directory.data?.organizations.totalCount).toBe(0);
  });

  it('refuses a duplicate by normalised name (width and kana ignored) and validates input', async () => {
    const sameName = await apply(
      application({
        organizationName: 'ＮＰＯ法人　ヒダマリテスト',
        applicantEmail: 'other@hidamari.example.jp',
      }),
    );
    expect(sameName.data?.applyForMembership).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    });
    const bad = await server.graphql(APPLY, {
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
    const { data } = await server.graphql(APPROVE_APPLICATION2, { id: applicantId }, staff.headers);
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
    const stats = await server.graphql(MEMBERSHIP_STATS);
    const before = await server.graphql(MEMBERSHIP_STATS2);
    expect(stats.data?.membershipStats.total).toBe((before.data?.membershipStats.total ?? 0) + 1);

    const again = await server.graphql(APPROVE_APPLICATION, { id: applicantId }, staff.headers);
    expect(again.data?.approveApplication.__typename).toBe('ConflictError');
  });

  it('answers an address already on the register exactly like a new one, and marks it for the secretariat', async () => {
    const known = await database.db
      .selectFrom('contacts as c')
      .innerJoin('organizations as o', 'o.id', 'c.organization_id')
      .select('c.email')
      .where('o.status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    const answers = [];
    for (const [name, kana, email] of [
      ['一般社団法人 きそんテスト', 'きそんてすと', known.email],
      ['一般社団法人 しんきテスト', 'しんきてすと', 'new-applicant@shinki.example.jp'],
    ] as const) {
      const { data, errors } = await apply(
        application({ organizationName: name, organizationNameKana: kana, applicantEmail: email }),
      );
      expect(errors).toBeUndefined();
      const answer = data?.applyForMembership;
      answers.push({
        typename: answer?.__typename,
        keys: Object.keys(
          (answer?.__typename === 'OrganizationPayload' && answer.organization) || {},
        ),
      });
      expect((await confirmByPage((await confirmationTo(email)).token)).status).toBe(200);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.typename).toBe('OrganizationPayload');
    const listed = await listedApplications();
    expect(listed).toContainEqual({ applicantEmail: known.email, duplicateAddress: true });
    expect(listed).toContainEqual({
      applicantEmail: 'new-applicant@shinki.example.jp',
      duplicateAddress: false,
    });
  });

  it('limits applications per address and per client IP, known addresses or not', async () => {
    const email = 'many@limit.example.jp';
    const results = [];
    for (let i = 0; i < 4; i += 1) {
      const { data } = await apply(
        application({
          organizationName: `一般社団法人 せいげん${i}`,
          organizationNameKana: 'せいげん',
          applicantEmail: email,
        }),
      );
      results.push(data?.applyForMembership.__typename);
    }
    expect(results).toEqual([
      'OrganizationPayload',
      'OrganizationPayload',
      'OrganizationPayload',
      'RateLimitedError',
    ]);
    const sameIp = fromNewIp();
    const byIp = [];
    for (let i = 0; i < 11; i += 1) {
      const { data } = await apply(
        application({
          organizationName: `一般社団法人 あいぴー${i}`,
          organizationNameKana: 'あいぴー',
          applicantEmail: `ip${i}@limit.example.jp`,
        }),
        sameIp,
      );
      byIp.push(data?.applyForMembership.__typename);
    }
    expect(byIp.at(-1)).toBe('RateLimitedError');
    expect(byIp.slice(0, 10).every((t) => t === 'OrganizationPayload')).toBe(true);
  });

  it('rejection records the reason and e-mails it to the applicant', async () => {
    const applied = await apply(
      application({
        organizationName: '株式会社 みらいテスト',
        organizationNameKana: 'みらいてすと',
        organizationType: '株式会社',
        category: 'SUPPORTING',
        applicantEmail: 'sato@mirai.example.jp',
      }),
    );
    const id = expectTypename(applied.data?.applyForMembership, 'OrganizationPayload').organization
      .id;
    expect(
      (await confirmByPage((await confirmationTo('sato@mirai.example.jp')).token)).status,
    ).toBe(200);
    const { data } = await server.graphql(REJECT_APPLICATION, { id }, staff.headers);
    expect(data?.rejectApplication.__typename).toBe('OrganizationPayload');
    const [, decision] = await emailsTo('sato@mirai.example.jp');
    expect(decision?.purpose).toBe('application-rejected');
    expect(decision?.text).toContain('活動内容が確認できませんでした。');
    const list = await server.graphql(MEMBERSHIP_APPLICATIONS2, {}, staff.headers);
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
      APPROVE_APPLICATION,
      { id: encodeGlobalID('Organization', pending.id) },
      member.headers,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
