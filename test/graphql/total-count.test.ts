import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createTestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// totalCount is counted with the page (one query) when selected; these are the edges of that.
let server: TestServer;
beforeAll(async () => {
  const { db } = await createTestDatabase({ demo: true });
  server = await startTestServer({ db, env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' } });
});

const offsetCursor = (offset: number) =>
  Buffer.from(`OffsetConnection:${offset}`).toString('base64');

const POLICY_MEASURES2 = graphql(`
  query TotalCountPolicyMeasures2 { policyMeasures(first: 1) { ...Counted } } fragment Counted on QueryPolicyMeasuresConnection { totalCount }
`);

const ORGANIZATIONS = graphql(`
  query TotalCountOrganizations { organizations(first: 100, filter: { prefectures: ["13"] }) { totalCount edges { node { id } } } }
`);

const ORGANIZATIONS2 = graphql(`
  query TotalCountOrganizations2 { organizations(first: 1) { totalCount } }
`);

const ORGANIZATIONS3 = graphql(`
  query TotalCountOrganizations3($after: String) { organizations(first: 100, after: $after, filter: { prefectures: ["13"] }) { totalCount edges { node { id } } } }
`);

describe('totalCount', () => {
  it('is the size of the whole list on every page, also past its end and through fragments', async () => {
    const query = graphql(`
      query TotalCountPolicyMeasures($after: String) { policyMeasures(first: 100, after: $after) { totalCount edges { cursor } } }
    `);
    const first = await server.graphql(query);
    const second = await server.graphql(query, { after: offsetCursor(99) });
    const beyond = await server.graphql(query, { after: offsetCursor(999) });
    expect(first.data?.policyMeasures).toMatchObject({ totalCount: 143 });
    expect(first.data?.policyMeasures.edges).toHaveLength(100);
    expect(second.data?.policyMeasures).toMatchObject({ totalCount: 143 });
    expect(second.data?.policyMeasures.edges).toHaveLength(43);
    expect(beyond.data?.policyMeasures).toEqual({ totalCount: 143, edges: [] });

    const viaFragment = await server.graphql(POLICY_MEASURES2);
    expect(viaFragment.data?.policyMeasures.totalCount).toBe(143);
  });

  it('follows the filter', async () => {
    const tokyo = await server.graphql(ORGANIZATIONS);
    const all = await server.graphql(ORGANIZATIONS2);
    const count = tokyo.data?.organizations.totalCount ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all.data?.organizations.totalCount ?? 0);
    const rest = await server.graphql(ORGANIZATIONS3, { after: offsetCursor(99) });
    // Every organisation counted is on one of the pages.
    expect(
      (tokyo.data?.organizations.edges.length ?? 0) + (rest.data?.organizations.edges.length ?? 0),
    ).toBe(count);
    expect(rest.data?.organizations.totalCount).toBe(count);
  });
});
