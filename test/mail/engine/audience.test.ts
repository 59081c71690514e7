/**
 * Audiences resolve to the right recipients: criteria (categories, working groups, board,
 * organisation types, prefectures, regions, fields of activity, include/exclude), contact
 * selection (PRIMARY / ALL / BY_ROLE), one message per distinct address, suppressions and
 * opt-outs recorded as SUPPRESSED (NOTICE ignores newsletter opt-outs), unreached
 * organisations reported — the same in the preview and in the resolved deliveries.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MailingKind } from '../../../src/db/tables/mailings.js';
import {
  type AudienceInput,
  audienceSchema,
  previewAudience,
} from '../../../src/mail/engine/audience.js';
import * as service from '../../../src/modules/mailings/mailing.service.js';
import type { AudienceInput as AudienceVariables } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { createUser } from '../../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import { expectTypename } from '../../helpers/graphql.js';
import {
  addOrganization,
  createMailing,
  type SeededOrganization,
  type ServiceCaller,
  secretariat,
  startTestWorker,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import { type SmtpSink, startSmtpSink } from '../../helpers/mail/smtp-sink.js';
import { startTestServer } from '../../helpers/server.js';

let database: TestDatabase;
let sink: SmtpSink;
let ctx: ServiceCaller;
const orgs: Record<string, SeededOrganization> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
  await startTestWorker(database.url, database.db, sink.url, { secretKey: randomBytes(32) });
  ({ ctx } = await secretariat(database.db));
  const db = database.db;
  orgs.A = await addOrganization(db, {
    name: 'A 子ども支援',
    category: 'REGULAR',
    type: 'NPO法人',
    prefecture: '13',
    fields: ['CHILDREN'],
    workingGroups: [1],
    contacts: [
      { email: 'shared@aud.example.jp', roles: ['代表'] },
      { email: 'a-staff@aud.example.jp', roles: ['事務担当'] },
    ],
  });
  orgs.B = await addOrganization(db, {
    name: 'B 高齢者協会',
    category: 'SUPPORTING',
    type: '一般社団法人',
    prefecture: '27',
    fields: ['ELDERLY'],
    workingGroups: [2],
    contacts: [
      { email: 'b-primary@aud.example.jp', roles: ['代表'] },
      { email: 'b2@aud.example.jp', roles: ['総会代議員'] },
    ],
  });
  orgs.C = await addOrganization(db, {
    name: 'C 北海道',
    category: 'COOPERATING',
    type: '都道府県',
    prefecture: '01',
    contacts: [
      { email: 'c-primary@aud.example.jp', roles: ['孤独・孤立対策担当'] },
      // The same person as A's primary contact, registered again here (not primary).
      { email: 'SHARED@aud.example.jp', primary: false },
    ],
  });
  orgs.D = await addOrganization(db, {
    name: 'D 資格停止中',
    status: 'SUSPENDED',
    contacts: ['d@aud.example.jp'],
  });
  orgs.E = await addOrganization(db, { name: 'E 連絡先なし', prefecture: '14' });
  orgs.F = await addOrganization(db, {
    name: 'F 主担当なし',
    prefecture: '12',
    contacts: [{ email: 'f@aud.example.jp', primary: false, roles: ['事務担当'] }],
  });
  orgs.G = await addOrganization(db, {
    name: 'G 停止だらけ',
    prefecture: '11',
    contacts: ['g-optout@aud.example.jp', { email: 'g-supp@aud.example.jp', primary: false }],
  });
  await db
    .updateTable('contacts')
    .set({ opted_out_kinds: ['NEWSLETTER'] })
    .where('email', '=', 'g-optout@aud.example.jp')
    .execute();
  await db
    .insertInto('suppressions')
    .values({ address: 'g-supp@aud.example.jp', reason: 'HARD_BOUNCE', source: 'manual' })
    .execute();
  // B holds a board seat now; A's seat ended last year.
  await sql`INSERT INTO board_seats (organization_id, role, starts_on, ends_on) VALUES
    (${orgs.B.id}, 'MEMBER', '2024-04-01', NULL),
    (${orgs.A.id}, 'MEMBER', '2022-04-01', '2024-03-31')`.execute(db);
});

function id(name: string): string {
  const org = orgs[name];
  if (!org) throw new Error(`no organisation ${name}`);
  return org.id;
}

async function preview(input: AudienceInput, kind: MailingKind = 'NEWSLETTER') {
  const result = await previewAudience(database.db, audienceSchema.parse(input), kind);
  return {
    recipients: result.recipientCount,
    organizations: result.organizationCount,
    unreached: result.unreachedOrganizationCount,
    suppressed: Object.fromEntries(result.suppressed.map((s) => [s.reason, s.count])),
    sample: result.sample.map((r) => r.address.toLowerCase()).sort(),
  };
}

describe('audience definitions', () => {
  it.each<
    [
      string,
      AudienceInput,
      {
        recipients: string[];
        organizations: number;
        unreached: number;
        suppressed?: Record<string, number>;
      },
    ]
  >([
    [
      'a category, primary contacts: suspended members left out, opt-outs and empty organisations reported',
      { categories: ['REGULAR'], contacts: { selection: 'PRIMARY' } },
      {
        recipients: ['shared@aud.example.jp'],
        organizations: 4,
        unreached: 3,
        suppressed: { OPTED_OUT: 1 },
      },
    ],
    [
      'a prefecture, all contacts',
      { prefectures: ['13'], contacts: { selection: 'ALL' } },
      {
        recipients: ['a-staff@aud.example.jp', 'shared@aud.example.jp'],
        organizations: 1,
        unreached: 0,
      },
    ],
    [
      'a region (関東: Tokyo, Kanagawa, Chiba, Saitama)',
      { regions: ['kanto'], contacts: { selection: 'PRIMARY' } },
      {
        recipients: ['shared@aud.example.jp'],
        organizations: 4,
        unreached: 3,
        suppressed: { OPTED_OUT: 1 },
      },
    ],
    [
      'a working group',
      { workingGroups: [2], contacts: { selection: 'ALL' } },
      {
        recipients: ['b-primary@aud.example.jp', 'b2@aud.example.jp'],
        organizations: 1,
        unreached: 0,
      },
    ],
    [
      'the board (current seats only)',
      { board: true, contacts: { selection: 'PRIMARY' } },
      { recipients: ['b-primary@aud.example.jp'], organizations: 1, unreached: 0 },
    ],
    [
      'fields of activity (any of them)',
      { fieldsOfActivity: ['CHILDREN', 'ELDERLY'], contacts: { selection: 'PRIMARY' } },
      {
        recipients: ['b-primary@aud.example.jp', 'shared@aud.example.jp'],
        organizations: 2,
        unreached: 0,
      },
    ],
    [
      'an organisation type, contacts by role',
      {
        organizationTypes: ['都道府県'],
        contacts: { selection: 'BY_ROLE', roles: ['孤独・孤立対策担当'] },
      },
      { recipients: ['c-primary@aud.example.jp'], organizations: 1, unreached: 0 },
    ],
    [
      'criteria combine with AND: a category in a region',
      { categories: ['SUPPORTING'], regions: ['kanto'], contacts: { selection: 'ALL' } },
      { recipients: [], organizations: 0, unreached: 0 },
    ],
    [
      'one message per address across organisations, suppressed addresses recorded',
      { categories: ['REGULAR', 'COOPERATING'], contacts: { selection: 'ALL' } },
      {
        recipients: [
          'a-staff@aud.example.jp',
          'c-primary@aud.example.jp',
          'f@aud.example.jp',
          'shared@aud.example.jp',
        ],
        organizations: 5,
        unreached: 2,
        suppressed: { HARD_BOUNCE: 1, OPTED_OUT: 1 },
      },
    ],
    [
      'roles across every active member (no other criterion = all members)',
      { contacts: { selection: 'BY_ROLE', roles: ['代表'] } },
      {
        recipients: ['b-primary@aud.example.jp', 'shared@aud.example.jp'],
        organizations: 6,
        unreached: 4,
      },
    ],
  ])('%s', async (_name, input, expected) => {
    const result = await preview(input);
    expect(result.sample).toEqual(expected.recipients);
    expect(result.recipients).toBe(expected.recipients.length);
    expect(result.organizations).toBe(expected.organizations);
    expect(result.unreached).toBe(expected.unreached);
    expect(result.suppressed).toEqual(expected.suppressed ?? {});
  });

  it('include and exclude organisations win over the criteria (include reaches a suspended member)', async () => {
    const result = await preview({
      categories: ['REGULAR'],
      excludeOrganizations: [id('A')],
      includeOrganizations: [id('D'), id('B')],
      contacts: { selection: 'PRIMARY' },
    });
    expect(result.sample).toEqual(['b-primary@aud.example.jp', 'd@aud.example.jp']);
    expect(result.organizations).toBe(5); // B, D, E, F, G
  });

  it('NOTICE (事務連絡) ignores newsletter opt-outs but not hard-bounce suppressions', async () => {
    const input: AudienceInput = { categories: ['REGULAR'], contacts: { selection: 'ALL' } };
    expect((await preview(input, 'NEWSLETTER')).suppressed).toEqual({
      HARD_BOUNCE: 1,
      OPTED_OUT: 1,
    });
    const notice = await preview(input, 'NOTICE');
    expect(notice.suppressed).toEqual({ HARD_BOUNCE: 1 });
    expect(notice.sample).toContain('g-optout@aud.example.jp');
  });
});

describe('resolution at send time', () => {
  it('writes one delivery per address with the same recipients as the preview, and reports unreached organisations', async () => {
    const input: AudienceInput = {
      categories: ['REGULAR', 'COOPERATING'],
      contacts: { selection: 'ALL' },
    };
    const mailing = await createMailing(ctx, input);
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    const deliveries = await database.db
      .selectFrom('deliveries')
      .select(['address', 'status', 'suppression_reason', 'organization_name', 'message_id'])
      .where('mailing_id', '=', mailing.id)
      .orderBy('id')
      .execute();
    expect(
      deliveries
        .filter((d) => d.status === 'SENT')
        .map((d) => d.address.toLowerCase())
        .sort(),
    ).toEqual((await preview(input)).sample);
    // The shared address went once, attributed to the organisation where it is the primary contact.
    const shared = deliveries.filter((d) => d.address.toLowerCase() === 'shared@aud.example.jp');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.organization_name).toBe('A 子ども支援');
    expect(
      deliveries
        .filter((d) => d.status === 'SUPPRESSED')
        .map((d) => [d.address, d.suppression_reason])
        .sort(),
    ).toEqual([
      ['g-optout@aud.example.jp', 'OPTED_OUT'],
      ['g-supp@aud.example.jp', 'HARD_BOUNCE'],
    ]);
    expect(new Set(deliveries.map((d) => d.message_id)).size).toBe(deliveries.length);
    const issues = await database.db
      .selectFrom('mailing_issues')
      .select(['organization_name', 'reason'])
      .where('mailing_id', '=', mailing.id)
      .orderBy('organization_name')
      .execute();
    expect(issues).toEqual([
      { organization_name: 'E 連絡先なし', reason: 'NO_CONTACTS' },
      { organization_name: 'G 停止だらけ', reason: 'ALL_SUPPRESSED' },
    ]);
    const row = await database.db
      .selectFrom('mailings')
      .select(['recipient_count', 'organization_count', 'issue_count'])
      .where('id', '=', mailing.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ recipient_count: 6, organization_count: 5, issue_count: 2 });
    const received = sink.accepted().map((m) => m.to.toLowerCase());
    expect(received.filter((a) => a === 'shared@aud.example.jp')).toHaveLength(1);
    expect(received).not.toContain('g-optout@aud.example.jp');
  });

  it('records what is plainly not an address as INVALID_ADDRESS, and compares addresses trimmed and case-blind', async () => {
    const db = database.db;
    const checked = await addOrganization(db, {
      name: 'H アドレス検査',
      // Outside the categories the other tests target.
      category: 'SUPPORTING',
      prefecture: '47',
      type: 'アドレス検査',
      contacts: [
        { email: '  Mixed.Case@AUD.example.jp ', roles: ['代表'] },
        { email: 'not-an-address', roles: ['事務担当'] },
        { email: 'two@at@aud.example.jp', roles: ['事務担当'] },
        { email: 'spa ce@aud.example.jp', roles: ['事務担当'] },
      ],
    });
    await addOrganization(db, {
      name: 'I アドレス検査',
      category: 'SUPPORTING',
      prefecture: '47',
      type: 'アドレス検査',
      contacts: [{ email: 'mixed.case@aud.example.jp', roles: ['代表'] }],
    });
    const input: AudienceInput = {
      organizationTypes: ['アドレス検査'],
      contacts: { selection: 'ALL' },
    };
    const resolved = async () => {
      const mailing = await createMailing(ctx, input);
      await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
      await waitForMailing(db, mailing.id, ['SENT']);
      const issues = await db
        .selectFrom('mailing_issues')
        .select('organization_name')
        .where('mailing_id', '=', mailing.id)
        .execute();
      // I's only address is H's (spelt differently): the one message to it reaches I too.
      expect(issues).toEqual([]);
      return db
        .selectFrom('deliveries')
        .select(['address', 'status', 'suppression_reason', 'organization_name'])
        .where('mailing_id', '=', mailing.id)
        .orderBy('address')
        .execute();
    };
    const previewed = await preview(input);
    expect(previewed.suppressed).toEqual({ INVALID_ADDRESS: 3 });
    expect(previewed).toMatchObject({ organizations: 2, unreached: 0 });
    expect(await resolved()).toEqual([
      // One message for the two spellings of one address, to the trimmed address, attributed
      // to the organisation where it comes first (both are primary: 五十音順).
      {
        address: 'Mixed.Case@AUD.example.jp',
        status: 'SENT',
        suppression_reason: null,
        organization_name: 'H アドレス検査',
      },
      {
        address: 'not-an-address',
        status: 'SUPPRESSED',
        suppression_reason: 'INVALID_ADDRESS',
        organization_name: 'H アドレス検査',
      },
      {
        address: 'spa ce@aud.example.jp',
        status: 'SUPPRESSED',
        suppression_reason: 'INVALID_ADDRESS',
        organization_name: 'H アドレス検査',
      },
      {
        address: 'two@at@aud.example.jp',
        status: 'SUPPRESSED',
        suppression_reason: 'INVALID_ADDRESS',
        organization_name: 'H アドレス検査',
      },
    ]);
    // Corrected in the register, the address is checked again.
    await db
      .updateTable('contacts')
      .set({ email: 'fixed@aud.example.jp' })
      .where('organization_id', '=', checked.id)
      .where('email', '=', 'not-an-address')
      .execute();
    const after = await resolved();
    expect(after.find((d) => d.address === 'fixed@aud.example.jp')?.status).toBe('SENT');
    expect(after.filter((d) => d.suppression_reason === 'INVALID_ADDRESS')).toHaveLength(2);
  });

  it('organisations without a matching contact are reported as NO_MATCHING_CONTACT', async () => {
    const mailing = await createMailing(ctx, {
      prefectures: ['12'],
      contacts: { selection: 'PRIMARY' },
    });
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);
    const issues = await database.db
      .selectFrom('mailing_issues')
      .select(['organization_name', 'reason'])
      .where('mailing_id', '=', mailing.id)
      .execute();
    expect(issues).toEqual([{ organization_name: 'F 主担当なし', reason: 'NO_MATCHING_CONTACT' }]);
  });
});

const AUDIENCE_PREVIEW = graphql(`
  query AudiencePreview($audience: AudienceInput!) {
    audiencePreview(audience: $audience, kind: NOTICE) {
      __typename
      ... on AudiencePreview { recipientCount organizationCount unreachedOrganizationCount
        suppressed { reason count } sample { address organizationName organization { id } }
        unreachedOrganizations { organizationName reason organization { id } } }
      ... on ValidationFailedError { problems { path message } }
    }
  }
`);

describe('audiencePreview (GraphQL)', () => {
  it('gives counts and a sample to the secretariat only', async () => {
    const server = await startTestServer({ db: database.db });
    const staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
    const audience: AudienceVariables = {
      categories: ['REGULAR', 'COOPERATING'],
      contacts: { selection: 'ALL' },
    };
    const response = await server.graphql(AUDIENCE_PREVIEW, { audience }, staff.headers);
    expect(response.data?.audiencePreview).toMatchObject({
      __typename: 'AudiencePreview',
      recipientCount: 5,
      organizationCount: 5,
      unreachedOrganizationCount: 1,
      suppressed: [{ reason: 'HARD_BOUNCE', count: 1 }],
    });
    const preview = expectTypename(response.data?.audiencePreview, 'AudiencePreview');
    const { sample } = preview;
    expect(sample).toHaveLength(5);
    expect(sample.every((s) => s.organization?.id)).toBe(true);
    // The organisation no address reaches is named, with why.
    expect(preview.unreachedOrganizations).toEqual([
      {
        organizationName: 'E 連絡先なし',
        reason: 'NO_CONTACTS',
        organization: { id: expect.any(String) },
      },
    ]);
    const bad = await server.graphql(
      AUDIENCE_PREVIEW,
      { audience: { regions: ['atlantis'], contacts: { selection: 'ALL' } } },
      staff.headers,
    );
    expect(
      expectTypename(bad.data?.audiencePreview, 'ValidationFailedError').problems[0]?.path,
    ).toEqual(['audience', 'regions', '0']);
    const anonymous = await server.graphql(AUDIENCE_PREVIEW, { audience });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
