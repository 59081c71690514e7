import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/create-db.js';
import { compareKana, foldForSearch } from '../../src/lib/japanese-text.js';
import type {
  DirectoryOrganizationsQuery,
  OrganizationFilter,
  OrganizationOrder,
} from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let queries: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({
    demo: true,
    // The rate limit's once-a-second flush is not part of any request.
    onQuery: (sql) => {
      if (!sql.includes('rate_limit_counters')) queries.push(sql);
    },
  });
  server = await startTestServer({ db: database.db });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  await database.db
    .insertInto('organizations')
    .values({
      name: '一般社団法人 ツナガリ研究会（テスト）',
      name_kana: 'つながりけんきゅうかい',
      category_code: 'REGULAR',
      status: 'ACTIVE',
      organization_type: '一般社団法人',
      prefecture_code: '13',
      scope: 'NATIONAL',
      published_fields: ['name', 'nameKana', 'category', 'prefecture'],
      search_text: foldForSearch('一般社団法人 ツナガリ研究会（テスト） つながりけんきゅうかい'),
      joined_on: '2026-11-01',
    })
    .execute();
});

const SEARCH = graphql(`
  query DirectoryOrganizations($f: OrganizationFilter, $o: OrganizationOrder, $n: Int) { organizations(first: $n, filter: $f, orderBy: $o) { totalCount edges { node { name nameKana } } } }
`);

async function search(
  filter: OrganizationFilter,
  orderBy?: OrganizationOrder,
  first = 100,
  headers: Record<string, string> = {},
) {
  const { data, errors } = await server.graphql(
    SEARCH,
    { f: filter, o: orderBy, n: first },
    headers,
  );
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.organizations;
}

const ORGANIZATIONS3 = graphql(`
  query DirectoryOrganizations3 { organizations(first: 100, orderBy: PREFECTURE) { edges { node { prefecture { code } } } } }
`);

const ORGANIZATIONS4 = graphql(`
  query DirectoryOrganizations4 { organizations(first: 100, orderBy: JOINED_ON) { edges { node { joinedOn } } } }
`);

const ORGANIZATIONS5 = graphql(`
  query DirectoryOrganizations5 { organizations(first: 100, filter: { prefectures: ["13"] }) { edges { node { name prefecture { code name } workingGroups { number title } } } } }
`);

describe('member directory', () => {
  it('finds 「ツナガリ」 by 「つながり」, 「ツナガリ」 and half-width 「ﾂﾅｶﾞﾘ」', async () => {
    for (const text of ['つながり', 'ツナガリ', 'ﾂﾅｶﾞﾘ']) {
      const page = await search({ text });
      expect(page.edges.map((e) => e.node.name)).toContain('一般社団法人 ツナガリ研究会（テスト）');
    }
  });

  it('filters by category, prefecture, region, field, working group and board, combined', async () => {
    const tokyo = await search({ prefectures: ['13'] }, 'KANA', 100, staff.headers);
    const kanto = await search({ regions: ['kanto'] }, 'KANA', 100, staff.headers);
    expect(tokyo.totalCount).toBeGreaterThan(0);
    expect(kanto.totalCount).toBeGreaterThan(tokyo.totalCount);

    const cooperating = await search({
      categories: ['COOPERATING'],
      organizationTypes: ['都道府県'],
    });
    expect(cooperating.totalCount).toBe(47);

    const wg1 = await search({ workingGroups: [1] });
    const wg1Sql = await database.db
      .selectFrom('working_group_memberships as m')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('m.working_group_number', '=', 1)
      .where('m.left_on', 'is', null)
      .where('o.status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    expect(wg1.totalCount).toBe(wg1Sql.n);

    const children = await search({ fieldsOfActivity: ['CHILDREN'], categories: ['REGULAR'] });
    expect(children.totalCount).toBeGreaterThan(0);

    const [seat] = await database.db
      .selectFrom('organizations')
      .select('id')
      .where('status', '=', 'ACTIVE')
      .limit(1)
      .execute();
    await database.db
      .insertInto('board_seats')
      .values({ organization_id: seat?.id ?? '', role: 'CHAIR', starts_on: '2025-04-01' })
      .execute();
    expect((await search({ onBoard: true })).totalCount).toBe(1);
    const all = await search({});
    expect((await search({ onBoard: false })).totalCount).toBe(all.totalCount - 1);
  });

  it('orders by kana (五十音順), joining date and prefecture', async () => {
    const byKana = await search({ categories: ['REGULAR'] }, 'KANA', 50, staff.headers);
    const kana = byKana.edges.map((e) => e.node.nameKana ?? '');
    expect(kana).toEqual([...kana].sort(compareKana));
    const byPrefecture = await server.graphql(ORGANIZATIONS3, {}, staff.headers);
    const codes = (byPrefecture.data?.organizations.edges ?? []).map(
      (e) => e.node.prefecture?.code ?? '99',
    );
    expect(codes).toEqual([...codes].sort());
    const byJoined = await server.graphql(ORGANIZATIONS4);
    const dates = (byJoined.data?.organizations.edges ?? []).map((e) => e.node.joinedOn ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('shows anonymous callers active members only; the status filter is the secretariat’s', async () => {
    const anonymous = await search({ statuses: ['WITHDRAWN'] });
    const active = await database.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    expect(anonymous.totalCount).toBe(active.n);
    const withdrawn = await search({ statuses: ['WITHDRAWN'] }, 'KANA', 100, staff.headers);
    const withdrawnSql = await database.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'WITHDRAWN')
      .executeTakeFirstOrThrow();
    expect(withdrawn.totalCount).toBe(withdrawnSql.n);
  });

  it('hides fields an organisation did not publish, but shows them to the secretariat', async () => {
    const withheld = await database.db
      .selectFrom('organizations')
      .select(['id', 'website'])
      .where('status', '=', 'ACTIVE')
      .where('website', 'is not', null)
      .where((eb) => eb.not(eb(eb.val('website'), '=', eb.fn.any('published_fields'))))
      .executeTakeFirstOrThrow();
    const q = graphql(`
      query DirectoryNode($id: ID!) { node(id: $id) { __typename ... on Organization { website } } }
    `);
    const id = encodeGlobalID('Organization', withheld.id);
    expect(
      expectTypename((await server.graphql(q, { id })).data?.node, 'Organization').website,
    ).toBeNull();
    expect(
      expectTypename((await server.graphql(q, { id }, staff.headers)).data?.node, 'Organization')
        .website,
    ).toBe(withheld.website);
  });
});

describe('fields an organisation did not publish cannot be found out through the directory', () => {
  let hiddenId = '';
  beforeAll(async () => {
    // Publishes its name only: its reading, type, prefecture, category and fields are private.
    const hidden = await database.db
      .insertInto('organizations')
      .values({
        name: '秘匿テスト会',
        name_kana: 'ぁぁひとくてすと',
        category_code: 'SUPPORTING',
        status: 'ACTIVE',
        organization_type: '秘匿型法人',
        prefecture_code: '01',
        scope: 'REGIONAL',
        fields_of_activity: ['DISASTER'],
        published_fields: ['name'],
        search_text: foldForSearch('秘匿テスト会 ぁぁひとくてすと'),
        joined_on: '2026-11-02',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    hiddenId = hidden.id;
    await database.db
      .insertInto('organizations')
      .values({
        name: '公開テスト会',
        name_kana: 'んんこうかいてすと',
        category_code: 'REGULAR',
        status: 'ACTIVE',
        organization_type: '一般社団法人',
        prefecture_code: '47',
        scope: 'REGIONAL',
        fields_of_activity: ['CHILDREN'],
        published_fields: ['name', 'nameKana', 'category', 'organizationType', 'prefecture'],
        search_text: foldForSearch('公開テスト会 んんこうかいてすと'),
        joined_on: '2026-11-02',
      })
      .execute();
  });

  const names = (page: DirectoryOrganizationsQuery['organizations']) =>
    page.edges.map((e) => e.node.name);

  it('folds the name and reading in SQL exactly as foldForSearch does (every demo organisation)', async () => {
    const rows = await database.db
      .selectFrom('organizations')
      .select(['name', 'name_kana', 'search_name', 'search_kana'])
      .execute();
    expect(rows.length).toBeGreaterThan(600);
    const differing = rows.filter(
      (r) =>
        r.search_name !== foldForSearch(r.name) || r.search_kana !== foldForSearch(r.name_kana),
    );
    expect(differing).toEqual([]);
  });

  it('filters and search match only published values for anonymous callers and other members', async () => {
    const otherMember = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: (
        await database.db
          .selectFrom('organizations')
          .select('id')
          .where('status', '=', 'ACTIVE')
          .where('id', '!=', hiddenId)
          .executeTakeFirstOrThrow()
      ).id,
    });
    const probes: Record<string, unknown>[] = [
      { text: 'ひとくてすと' }, // the hidden reading
      { text: 'テスト会', prefectures: ['01'] },
      { text: 'テスト会', regions: ['hokkaido'] },
      { text: 'テスト会', organizationTypes: ['秘匿型法人'] },
      { text: 'テスト会', categories: ['SUPPORTING'] },
      { text: 'テスト会', fieldsOfActivity: ['DISASTER'] },
    ];
    for (const filter of probes) {
      for (const headers of [{}, otherMember.headers]) {
        const page = await search(filter, 'KANA', 100, headers);
        expect({ filter, names: names(page), total: page.totalCount }).toEqual({
          filter,
          names: [],
          total: 0,
        });
      }
      // The secretariat (and the organisation itself) still find it by every value.
      expect(names(await search(filter, 'KANA', 100, staff.headers))).toEqual(['秘匿テスト会']);
    }
    // The published name is still searchable by anyone.
    expect(names(await search({ text: '秘匿' }))).toEqual(['秘匿テスト会']);
  });

  it('orders a hidden reading or prefecture last, not where the value would put it', async () => {
    const byKana = await search({ text: 'テスト会' }, 'KANA');
    expect(byKana.edges.map((e) => e.node)).toEqual([
      { name: '公開テスト会', nameKana: 'んんこうかいてすと' },
      { name: '秘匿テスト会', nameKana: null },
    ]);
    const byPrefecture = await search({ text: 'テスト会' }, 'PREFECTURE');
    expect(names(byPrefecture)).toEqual(['公開テスト会', '秘匿テスト会']);
    // The secretariat sees the real order.
    expect(names(await search({ text: 'テスト会' }, 'KANA', 100, staff.headers))).toEqual([
      '秘匿テスト会',
      '公開テスト会',
    ]);
    expect(names(await search({ text: 'テスト会' }, 'PREFECTURE', 100, staff.headers))).toEqual([
      '秘匿テスト会',
      '公開テスト会',
    ]);
  });
});

describe('nodes(ids:)', () => {
  it('takes at most 100 ids and refuses more before loading anything', async () => {
    const rows = await database.db
      .selectFrom('organizations')
      .select('id')
      .where('status', '=', 'ACTIVE')
      .limit(101)
      .execute();
    const ids = rows.map((r) => encodeGlobalID('Organization', r.id));
    const q = graphql(`
      query DirectoryNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }
    `);
    const hundred = await server.graphql(q, {
      ids: ids.slice(0, 100),
    });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data?.nodes).toHaveLength(100);
    const tooMany = await server.graphql(q, { ids });
    expect(tooMany.data?.nodes ?? null).toBeNull();
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'nodes に指定できる ID は 100 件までです（101 件指定されました）。',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('no N+1', () => {
  const PAGE = graphql(`
    query DirectoryOrganizations2($n: Int!) { organizations(first: $n) { totalCount edges { node {
    name prefecture { name region { name } } workingGroups { number title } workingGroupMemberships { role }
    boardSeat { role }
    contactCount contacts { email } } } } }
  `);

  async function countQueries(first: number): Promise<number> {
    queries = [];
    const { data, errors } = await server.graphql(PAGE, { n: first }, staff.headers);
    expect(errors).toBeUndefined();
    expect(data?.organizations.edges).toHaveLength(first);
    return queries.length;
  }

  it('a directory page costs the same number of SQL queries for 10 and 100 organisations', async () => {
    // Warm up first: reference data and the rate-limit window are then answered from memory.
    await countQueries(10);
    const ten = await countQueries(10);
    const hundred = await countQueries(100);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThan(15);
  });

  it('shows the same prefectures and working groups whether the reference data is cached or not', async () => {
    // A new database handle starts with an empty reference cache.
    const sql: string[] = [];
    const db = createDb(database.url, { onQuery: (q) => sql.push(q) });
    const fresh = await startTestServer({ db });
    {
      const page = async () => {
        sql.length = 0;
        const { data, errors } = await fresh.graphql(ORGANIZATIONS5, {}, staff.headers);
        expect(errors).toBeUndefined();
        return { nodes: data?.organizations.edges.map((e) => e.node) ?? [], queries: sql.length };
      };
      const cold = await page();
      const warm = await page();
      expect(warm.nodes).toEqual(cold.nodes);
      expect(cold.nodes.find((n) => n.name?.includes('ツナガリ研究会'))?.prefecture).toEqual({
        code: '13',
        name: '東京都',
      });
      expect(cold.nodes.some((n) => n.workingGroups.length > 0)).toBe(true);
      // Warm, the prefectures and working groups come from memory: fewer round trips.
      expect(warm.queries).toBeLessThan(cold.queries);
    }
  });
});
