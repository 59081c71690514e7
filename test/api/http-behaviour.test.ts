import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../src/graphql/limits.js';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({
    db: database.db,
    env: {
      CORS_ORIGINS: 'https://partner.example.jp',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000',
      RATE_LIMIT_API_KEY_PER_MINUTE: '5',
    },
  });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
});

type Json = { data?: Record<string, unknown[]>; errors?: { extensions?: { code?: string } }[] };
const json = async (r: Response) => (await r.json()) as Json;

const get = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/json', ...headers },
  });

describe('caching', () => {
  it('serves public queries over GET with Cache-Control, an ETag and 304 on revalidation', async () => {
    const first = await get('{ prefectures { code name } }');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=300, public');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await get('{ prefectures { code name } }', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('never lets private data be cached', async () => {
    const signedIn = await get('{ prefectures { code } }', staff.headers);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    const viewer = await get('{ viewer { kind } }');
    expect(viewer.headers.get('cache-control')).toBe('no-store');
    const mutation = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { requestSignInLink(input: { email: "x@example.jp" }) { __typename } }',
      }),
    });
    expect(mutation.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps introspection on and HTTP batching off', async () => {
    const introspection = await get('{ __schema { queryType { name } } }');
    expect(await json(introspection)).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { code } }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('refuses mutations over GET', async () => {
    const response = await get(
      'mutation { signOut { ... on SignOutPayload { revokedSessionId } } }',
    );
    expect(response.status).toBe(405);
  });

  it('accepts automatic persisted queries (hash first, then hash + query)', async () => {
    const query = '{ membershipCategories { code } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
    );
    const miss = await fetch(`${server.url}/graphql?extensions=${extensions}`, {
      headers: { accept: 'application/json' },
    });
    expect((await json(miss)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent(query)}&extensions=${extensions}`,
    );
    expect(register.status).toBe(200);
    const hit = await fetch(`${server.url}/graphql?extensions=${extensions}`, {
      headers: { accept: 'application/json' },
    });
    expect((await json(hit)).data?.membershipCategories).toHaveLength(3);
  });
});

describe('CORS', () => {
  it('allows the configured origin, with a preflight, and no other', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example.jp', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://partner.example.jp');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await get('{ prefectures { code } }', { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('query limits (checked before any resolver runs)', () => {
  async function post(query: string) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
    };
  }

  it('rejects a query nested too deep', async () => {
    let selection = 'number';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i += 1)
      selection = `basicPolicy { subItems { ${selection} } }`;
    const { status, body } = await post(`{ basicPolicies { subItems { ${selection} } } }`);
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.message).join('\n')).toMatch(
      /^クエリの入れ子が深すぎます（深さ \d+、上限 12）。$/m,
    );
    expect(body.data).toBeUndefined(); // rejected before execution
  });

  it('rejects too many aliases, directives and a too costly query', async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: prefectures { code }`,
    ).join(' ');
    expect((await post(`{ ${aliases} }`)).body.errors?.[0]?.message).toBe(
      '別名（alias）が多すぎます（16 個、上限 15 個）。',
    );
    const directives = Array.from(
      { length: QUERY_LIMITS.maxDirectives + 1 },
      () => '@include(if: true)',
    ).join(' ');
    expect((await post(`{ prefectures ${directives} { code } }`)).body.errors?.[0]?.message).toBe(
      'ディレクティブが多すぎます（21 個、上限 20 個）。',
    );
    const wide = Array.from(
      { length: 14 },
      (_, i) =>
        `m${i}: policyMeasures(first: 100) { edges { node { placements { basicPolicy { subItems { placements { measure { ministries { name } } } } } } } } }`,
    ).join(' ');
    expect((await post(`{ ${wide} }`)).body.errors?.[0]?.message).toMatch(
      /^クエリのコストが上限を超えています（コスト \d+、上限 20000）。/,
    );
  });

  it('rejects a query with too many tokens', async () => {
    const long = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'code').join(' ');
    const { status, body } = await post(`{ prefectures { ${long} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('クエリが長すぎます（トークン数の上限は 3000 です）。');
  });

  it('gives no field suggestions, nor a trace of them', async () => {
    const { body } = await post('{ prefecturez { code } }');
    expect(body.errors?.[0]?.message).toBe('型「Query」にフィールド「prefecturez」はありません。');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past a key’s limit, and other keys are unaffected', async () => {
    const a = (await createApiKey(database.db, { name: 'a', expiresAt: null, createdBy: null }))
      .key;
    const b = (await createApiKey(database.db, { name: 'b', expiresAt: null, createdBy: null }))
      .key;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await get('{ prefectures { code } }', { 'x-api-key': a })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await get('{ prefectures { code } }', { 'x-api-key': a });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json(limited)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await get('{ prefectures { code } }', { 'x-api-key': b })).status).toBe(200);
  });
});
