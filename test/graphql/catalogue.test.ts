import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createTestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  const { db } = await createTestDatabase();
  server = await startTestServer({ db });
});

const MeasureQuery = graphql(`
  query Measure($number: Int!) {
    policyMeasure(number: $number) {
      id
      number
      title
      page
      ministries { code name }
      subMeasures { title ministries { code } }
      placements { kind basicPolicy { number } subItem { number symbol } }
    }
  }
`);

const MeasuresQuery = graphql(`
  query Measures($first: Int, $after: String, $filter: PolicyMeasureFilter) {
    policyMeasures(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { number placements { kind } } }
    }
  }
`);

async function measure(number: number) {
  const { data, errors } = await server.graphql(MeasureQuery, { number });
  expect(errors).toBeUndefined();
  if (!data?.policyMeasure) throw new Error(`measure ${number} not found`);
  return data.policyMeasure;
}

const NODE = graphql(`
  query CatalogueNode($id: ID!) { node(id: $id) { __typename ... on PolicyMeasure { number title } } }
`);

describe('policy-measure catalogue', () => {
  it('holds all 143 measures with 197 listings, 54 of them re-listings (再掲)', async () => {
    const numbers: number[] = [];
    let relisted = 0;
    let listings = 0;
    let after: string | null | undefined;
    let totalCount = 0;
    do {
      const { data, errors } = await server.graphql(MeasuresQuery, { first: 100, after });
      expect(errors).toBeUndefined();
      const page = data?.policyMeasures;
      if (!page) throw new Error('no page');
      totalCount = page.totalCount;
      for (const { node } of page.edges) {
        numbers.push(node.number);
        listings += node.placements.length;
        relisted += node.placements.filter((p) => p.kind === 'RELISTED').length;
        expect(node.placements.filter((p) => p.kind === 'PRIMARY')).toHaveLength(1);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(143);
    expect(numbers).toEqual(Array.from({ length: 143 }, (_, i) => i + 1));
    expect(listings).toBe(197);
    expect(relisted).toBe(54);
  });

  it('joins No. 080’s title across the page header that interrupts it in the source', async () => {
    const m = await measure(80);
    expect(m.title).toContain('震災復興特別交付税措置');
    expect(m.title).not.toContain('具体的施策');
  });

  it('gives No. 130 four sub-measures, each with its own ministries', async () => {
    const m = await measure(130);
    expect(m.subMeasures).toHaveLength(4);
    expect(m.subMeasures.map((s) => s.ministries.map((x) => x.code))).toEqual([
      ['mhlw'],
      ['mhlw'],
      ['mhlw', 'caa'],
      ['mhlw'],
    ]);
    expect(m.ministries.map((x) => x.code)).toEqual(['mhlw', 'caa']);
  });

  it('names nine ministries for No. 127 and ten for No. 143', async () => {
    expect((await measure(127)).ministries).toHaveLength(9);
    expect((await measure(143)).ministries).toHaveLength(10);
  });

  it('lists No. 006 first under (1)② and again (再掲) under (1)③', async () => {
    const m = await measure(6);
    expect(m.page).toBe(37);
    expect(m.placements[0]).toEqual({
      kind: 'PRIMARY',
      basicPolicy: { number: 1 },
      subItem: { number: 2, symbol: '②' },
    });
    expect(m.placements).toContainEqual({
      kind: 'RELISTED',
      basicPolicy: { number: 1 },
      subItem: { number: 3, symbol: '③' },
    });
  });

  it('filters by sub-item, including re-listed measures, and (4)② has none', async () => {
    const { data } = await server.graphql(MeasuresQuery, {
      first: 100,
      filter: { basicPolicy: 1, subItem: 3 },
    });
    const numbers = data?.policyMeasures.edges.map((e) => e.node.number) ?? [];
    expect(numbers).toContain(6); // re-listed
    expect(numbers).toContain(11); // primary
    const empty = await server.graphql(MeasuresQuery, {
      first: 10,
      filter: { basicPolicy: 4, subItem: 2 },
    });
    expect(empty.data?.policyMeasures.totalCount).toBe(0);
  });

  it('filters by ministry and by text regardless of width and kana', async () => {
    const byMinistry = await server.graphql(MeasuresQuery, {
      first: 100,
      filter: { ministry: 'mofa' },
    });
    expect(byMinistry.data?.policyMeasures.edges.map((e) => e.node.number)).toContain(20);
    // 「ＳＮＳ」 (full width) finds No. 006 「ホームページやSNS等を活用した…」.
    const byText = await server.graphql(MeasuresQuery, { first: 10, filter: { text: 'ＳＮＳ' } });
    expect(byText.data?.policyMeasures.edges.map((e) => e.node.number)).toContain(6);
    const byKana = await server.graphql(MeasuresQuery, {
      first: 10,
      filter: { text: 'ほーむぺーじ' },
    });
    expect(byKana.data?.policyMeasures.edges.map((e) => e.node.number)).toContain(6);
  });

  it('takes `first` between 1 and 100, and gives 20 when it is left out', async () => {
    for (const first of [0, 101]) {
      const { errors } = await server.graphql(MeasuresQuery, { first });
      expect(errors?.[0]?.message).toBe(
        `first は 1 から 100 の範囲で指定してください（${first} が指定されました）。`,
      );
    }
    // `first: Int! = 20`: a query without it gets the default page, continued with `after`.
    const missing = await server.graphql(MeasuresQuery, {});
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.policyMeasures.edges).toHaveLength(20);
    expect(missing.data?.policyMeasures.pageInfo.hasNextPage).toBe(true);
    const next = await server.graphql(MeasuresQuery, {
      after: missing.data?.policyMeasures.pageInfo.endCursor,
    });
    expect(next.data?.policyMeasures.edges[0]?.node.number).toBe(
      (missing.data?.policyMeasures.edges[19]?.node.number ?? 0) + 1,
    );
  });

  it('resolves a measure by its global ID through node(id)', async () => {
    const m = await measure(12);
    const { data } = await server.graphql(NODE, { id: m.id });
    expect(data).toEqual({ node: { __typename: 'PolicyMeasure', number: 12, title: m.title } });
  });
});

describe('reference catalogues', () => {
  it('lists the four basic policies with their sub-items, 47 prefectures and 20 designated cities', async () => {
    const { data, errors } = await server.graphql(
      graphql(`
        query Reference {
          basicPolicies { number subItems { number } }
          prefectures { code name region { name } }
          designatedCities { name prefectureCode }
          membershipCategories { code nameJa }
          ministries { code name }
          workingGroups { number title theme goals }
        }
      `),
    );
    expect(errors).toBeUndefined();
    if (!data) throw new Error('no data');
    expect(data.basicPolicies.map((b) => b.number)).toEqual([1, 2, 3, 4]);
    expect(data.basicPolicies[3]?.subItems.map((s) => s.number)).toContain(2);
    expect(data.prefectures).toHaveLength(47);
    expect(data.prefectures[12]).toEqual({
      code: '13',
      name: '東京都',
      region: { name: '関東地方' },
    });
    expect(data.designatedCities).toHaveLength(20);
    expect(data.designatedCities.find((c) => c.name === '熊本市')?.prefectureCode).toBe('43');
    expect(data.membershipCategories.map((c) => c.nameJa)).toEqual([
      '正会員',
      '賛助会員',
      '協力会員',
    ]);
    expect(data.ministries.map((m) => m.name)).toEqual(
      expect.arrayContaining(['内閣府', 'こども家庭庁', '厚生労働省']),
    );
    expect(data.workingGroups.map((w) => w.number)).toEqual([1, 2, 3]);
    expect(data.workingGroups[0]?.title).toBe(
      '「声を上げやすい・声をかけやすい社会」に向けた取組の在り方',
    );
    expect(data.workingGroups.every((w) => w.goals.length > 0 && w.theme.length > 0)).toBe(true);
  });
});
