/**
 * Public answers served from memory (src/graphql/response-cache.ts): what a partner reading the
 * directory gets, how soon a change shows, and that nobody else is ever answered from the cache.
 * The database is changed behind the API's back (plain SQL) so that only a cached answer can
 * still show the old value.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { sleep } from '../helpers/wait.js';

const Directory = graphql(`
  query CachedDirectory {
    organizations(first: 3) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const OneOrganization = graphql(`
  query CachedOrganization($id: ID!) {
    node(id: $id) {
      ... on Organization {
        name
      }
    }
  }
`);

const SaveSettings = graphql(`
  mutation CacheEmptyingSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      __typename
    }
  }
`);

let database: TestDatabase;
let server: TestServer;
let partner: Record<string, string>;
let staff: TestUser;
let firstId: string;
let firstGlobalId: string;
let metrics: Metrics;

/** Renames the first organisation of the directory directly in the database. */
async function renameFirst(name: string): Promise<void> {
  await sql`UPDATE organizations SET name = ${name} WHERE id = ${firstId}`.execute(database.db);
}

async function firstName(headers: Record<string, string> = {}) {
  const response = await server.graphql(Directory, {}, headers);
  expect(response.errors).toBeUndefined();
  return {
    name: response.data?.organizations.edges[0]?.node.name,
    age: response.headers.get('age'),
  };
}

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  metrics = createMetrics(database.db);
  server = await startTestServer({
    db: database.db,
    metrics,
    env: { RESPONSE_CACHE_SECONDS: '60', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
  });
  const { key } = await createApiKey(database.db, {
    name: 'cache',
    expiresAt: null,
    createdBy: null,
  });
  partner = { 'x-api-key': key };
  staff = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  const first = await server.graphql(Directory);
  const node = first.data?.organizations.edges[0]?.node;
  if (!node) throw new Error('the demo directory is empty');
  firstGlobalId = node.id;
  // The global ID's organisation, as the database knows it.
  const row = await database.db
    .selectFrom('organizations')
    .select('id')
    .where('name', '=', node.name)
    .executeTakeFirstOrThrow();
  firstId = row.id;
});

describe('a public answer', () => {
  it('is served again from memory to anonymous callers and partners alike, with its age', async () => {
    const hits = async () => (await metrics.graphqlCacheHits.get()).values[0]?.value ?? 0;
    const before = await firstName();
    const hitsBefore = await hits();
    await renameFirst('キャッシュ確認用の新しい名前');
    const anonymous = await firstName();
    expect(anonymous.name).toBe(before.name);
    expect(anonymous.age).not.toBeNull();
    const partnerView = await firstName(partner);
    expect(partnerView.name).toBe(before.name);
    // Operators see it on /metrics: two more answers from memory.
    expect(await hits()).toBe(hitsBefore + 2);
  });

  it('is never given to the secretariat, who sees the database as it is', async () => {
    const secretariat = await server.graphql(Directory, {}, staff.headers);
    expect(secretariat.headers.get('age')).toBeNull();
    const own = await server.graphql(OneOrganization, { id: firstGlobalId }, staff.headers);
    expect(own.data?.node).toEqual({ name: 'キャッシュ確認用の新しい名前' });
    expect(own.headers.get('age')).toBeNull();
  });

  it('is dropped by any mutation, so a change made through the API shows at once', async () => {
    await renameFirst('ミューテーション後の名前');
    expect((await firstName()).name).not.toBe('ミューテーション後の名前');
    const saved = await server.graphql(
      SaveSettings,
      { input: { profileChangesRequireReview: true } },
      staff.headers,
    );
    expect(saved.errors).toBeUndefined();
    const after = await firstName(partner);
    expect(after.name).toBe('ミューテーション後の名前');
    expect(after.age).toBeNull();
  });
});

describe('with a short lifetime', () => {
  let shortLived: TestServer;
  beforeAll(async () => {
    shortLived = await startTestServer({
      db: database.db,
      env: { RESPONSE_CACHE_SECONDS: '1', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
    });
  });

  it('a change made outside the API shows once the answer has expired', async () => {
    await renameFirst('期限前の名前');
    const read = async () => (await shortLived.graphql(Directory)).data?.organizations.edges;
    expect((await read())?.[0]?.node.name).toBe('期限前の名前');
    await renameFirst('期限後の名前');
    expect((await read())?.[0]?.node.name).toBe('期限前の名前');
    // The lifetime is the behaviour under test: one second.
    await sleep(1100);
    expect((await read())?.[0]?.node.name).toBe('期限後の名前');
  });
});

describe('when turned off (RESPONSE_CACHE_SECONDS=0)', () => {
  it('every public query runs against the database', async () => {
    const uncached = await startTestServer({ db: database.db });
    await renameFirst('キャッシュなしの名前');
    const read = await uncached.graphql(Directory);
    expect(read.data?.organizations.edges[0]?.node.name).toBe('キャッシュなしの名前');
    await renameFirst('キャッシュなしの次の名前');
    const again = await uncached.graphql(Directory);
    expect(again.data?.organizations.edges[0]?.node.name).toBe('キャッシュなしの次の名前');
  });
});
