/**
 * The designated city (政令指定都市) of an organisation in GraphQL: shown with the same rules as
 * the other profile fields — the organisation's own users and the secretariat always, everyone
 * else only with the organisation's consent `designatedCity` (consent to the prefecture does not
 * cover the finer place) — and given with the prefecture when applying, where it must lie.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatPublishedFields,
  parsePublishedFields,
} from '../../src/modules/members/csv/values.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let member: TestUser;
/** An active member in Yokohama (横浜市, 神奈川県). */
let yokohama: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({
    db: database.db,
    env: { TRUST_PROXY: 'true', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
  });
  const org = await database.db
    .selectFrom('organizations')
    .select('id')
    .where('status', '=', 'ACTIVE')
    .orderBy('name_kana')
    .executeTakeFirstOrThrow();
  yokohama = org.id;
  await database.db
    .updateTable('organizations')
    .set({
      prefecture_code: '14',
      designated_city_code: '141003',
      published_fields: ['name', 'prefecture'],
    })
    .where('id', '=', yokohama)
    .execute();
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  member = await createUser(database.db, { role: 'MEMBER', organizationId: yokohama });
});

const QUERY = graphql(`
  query DesignatedCityNode($id: ID!) { node(id: $id) { ... on Organization {
  prefecture { name }
  designatedCity { code name kana nameEn prefectureCode prefecture { name } }
  } } }
`);

async function seenBy(headers: Record<string, string>) {
  const result = await server.graphql(
    QUERY,
    { id: encodeGlobalID('Organization', yokohama) },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.node;
}

const UPDATE_ORGANIZATION_PROFILE = graphql(`
  mutation DesignatedCityUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {
        updateOrganizationProfile(input: $input) { __typename } }
`);

const APPLY_FOR_MEMBERSHIP = graphql(`
  mutation DesignatedCityApplyForMembership($input: ApplyForMembershipInput!) { applyForMembership(input: $input) {
        __typename
        ... on OrganizationPayload { organization { id } }
        ... on ValidationFailedError { code problems { path message } }
      } }
`);

describe('Organization.designatedCity', () => {
  it('is shown to the organisation and the secretariat, to others only with its consent', async () => {
    const city = {
      code: '141003',
      name: '横浜市',
      kana: 'よこはまし',
      nameEn: 'Yokohama',
      prefectureCode: '14',
      prefecture: { name: '神奈川県' },
    };
    expect((await seenBy(member.headers))?.designatedCity).toEqual(city);
    expect((await seenBy(staff.headers))?.designatedCity).toEqual(city);
    // The prefecture is published, the city is not: anonymous callers see the one only.
    expect(await seenBy({})).toEqual({ prefecture: { name: '神奈川県' }, designatedCity: null });

    // The organisation consents (as it consents to any field) …
    const { version } = await database.db
      .selectFrom('organizations')
      .select('version')
      .where('id', '=', yokohama)
      .executeTakeFirstOrThrow();
    const consent = await server.graphql(
      UPDATE_ORGANIZATION_PROFILE,
      {
        input: {
          organizationId: encodeGlobalID('Organization', yokohama),
          expectedVersion: version,
          publishedFields: ['name', 'prefecture', 'designatedCity'],
        },
      },
      member.headers,
    );
    expect(consent.data?.updateOrganizationProfile.__typename).toBe(
      'UpdateOrganizationProfilePayload',
    );
    // … and then everybody sees it.
    expect((await seenBy({}))?.designatedCity).toEqual(city);
  });

  it('is read and written by the member CSV’s 公開項目 as 政令指定都市コード', () => {
    expect(parsePublishedFields('団体名;政令指定都市コード')).toEqual({
      value: ['name', 'designatedCity'],
    });
    expect(parsePublishedFields('政令指定都市')).toEqual({ value: ['designatedCity'] });
    expect(formatPublishedFields(['prefecture', 'designatedCity'])).toBe(
      '都道府県;政令指定都市コード',
    );
  });
});

describe('applying with a designated city', () => {
  let ip = 0;
  const apply = (overrides: Record<string, unknown>) => {
    ip += 1;
    return server.graphql(
      APPLY_FOR_MEMBERSHIP,
      {
        input: {
          organizationName: `NPO法人 政令市テスト${ip}`,
          organizationNameKana: 'せいれいしてすと',
          category: 'REGULAR',
          organizationType: 'NPO法人',
          prefectureCode: '14',
          scope: 'REGIONAL',
          fieldsOfActivity: ['COMMUNITY'],
          applicantName: '申請 太郎',
          applicantEmail: `city${ip}@apply.example.jp`,
          ...overrides,
        },
      },
      { 'x-forwarded-for': `203.0.113.${ip}` },
    );
  };

  it('stores the city given with its prefecture', async () => {
    const result = await apply({ designatedCityCode: '141500' });
    expect(result.data?.applyForMembership.__typename).toBe('OrganizationPayload');
    const row = await database.db
      .selectFrom('organizations')
      .select(['prefecture_code', 'designated_city_code'])
      .where('name', '=', `NPO法人 政令市テスト${ip}`)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ prefecture_code: '14', designated_city_code: '141500' });
  });

  it('refuses a city outside the prefecture, and a code that is no designated city, in Japanese', async () => {
    const outside = await apply({ prefectureCode: '13', designatedCityCode: '141003' });
    expect(outside.data?.applyForMembership).toEqual({
      __typename: 'ValidationFailedError',
      code: 'VALIDATION_FAILED',
      problems: [
        {
          path: ['input', 'designatedCityCode'],
          message:
            '横浜市は神奈川県の市です。所在地の都道府県と合う政令指定都市を選んでください（政令指定都市でなければ指定しないでください）。',
        },
      ],
    });
    const unknown = await apply({ designatedCityCode: '999999' });
    expect(
      expectTypename(unknown.data?.applyForMembership, 'ValidationFailedError').problems,
    ).toEqual([
      {
        path: ['input', 'designatedCityCode'],
        message:
          '「999999」は政令指定都市のコードではありません（designatedCities で確認できます）。',
      },
    ]);
    const malformed = await apply({ designatedCityCode: '横浜市' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toContain('政令指定都市のコード（6桁、例: 141003）');
  });
});
