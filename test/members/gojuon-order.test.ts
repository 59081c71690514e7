/**
 * 五十音順 is Japanese dictionary order (JIS X 4061, ICU's `ja` collation), not code-point
 * order: the long-vowel mark ー, small kana and voiced marks sort where a dictionary puts them —
 * in the directory (paged with cursors), in the CSV export and in JS (compareKana).
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareKana, foldForSearch } from '../../src/lib/japanese-text.js';
import type { GojuonOrderOrganizationsQuery } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { cli } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { type GraphqlResponse, startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;

/** Dictionary order, as ICU's ja collation (and a Japanese dictionary) gives it. */
const DICTIONARY_ORDER = [
  'あーと', // ー reads as the vowel before it: あーと ≈ ああと, and comes first
  'ああと',
  'かーど',
  'かあど',
  'かこう',
  'かっこう', // small っ right after the plain-kana word
  'がっこう', // voiced: right after かっこう, before かど
  'かど',
  'はは',
  'ばば',
  'ぱぱ',
  'ひいろ',
];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ db: database.db });
  // Inserted in code-point order, so an index or a table scan in insertion order is not enough.
  const readings = [...DICTIONARY_ORDER].sort();
  await database.db
    .insertInto('organizations')
    .values(
      readings.map((kana, i) => ({
        name: `団体${i}（テスト）`,
        name_kana: kana,
        category_code: 'REGULAR',
        status: 'ACTIVE' as const,
        organization_type: '一般社団法人',
        prefecture_code: '13',
        scope: 'NATIONAL' as const,
        published_fields: ['name', 'nameKana', 'category', 'prefecture'],
        search_text: foldForSearch(`団体${i}（テスト） ${kana}`),
        joined_on: '2026-11-01',
      })),
    )
    .execute();
});

const ORGANIZATIONS = graphql(`
  query GojuonOrderOrganizations($after: String) { organizations(first: 5, after: $after, orderBy: KANA) { edges { node { nameKana } } pageInfo { hasNextPage endCursor } } }
`);

describe('五十音順', () => {
  it('is not code-point order for these readings', () => {
    expect([...DICTIONARY_ORDER].sort()).not.toEqual(DICTIONARY_ORDER);
    expect([...DICTIONARY_ORDER].reverse().sort(compareKana)).toEqual(DICTIONARY_ORDER);
  });

  it('orders the directory in dictionary order, page by page with cursors', async () => {
    const seen: (string | null)[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response: GraphqlResponse<GojuonOrderOrganizationsQuery> = await server.graphql(
        ORGANIZATIONS,
        { after },
      );
      const { data, errors } = response;
      expect(errors).toBeUndefined();
      const page = data?.organizations;
      seen.push(...(page?.edges ?? []).map((e) => e.node.nameKana));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(DICTIONARY_ORDER);
  });

  it('orders the CSV export the same way', async () => {
    const result = await cli(database.url, ['export', 'members']);
    expect(result.code, result.stderr).toBe(0);
    const order = DICTIONARY_ORDER.map((kana) => result.stdout.indexOf(`,${kana},`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps the directory index on the reading, with the ja-JP collation', async () => {
    const { rows } = await sql<{ collation: string; definition: string }>`
      SELECT c.collname AS collation, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid AND t.relname = 'organizations'
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
      JOIN pg_collation c ON c.oid = i.indcollation[0]
      WHERE a.attname = 'name_kana'`.execute(database.db);
    expect(rows).toEqual([
      expect.objectContaining({
        collation: 'ja_jp',
        definition: expect.stringContaining('(name_kana, id)'),
      }),
    ]);
  });
});
