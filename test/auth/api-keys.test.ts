import { beforeAll, describe, expect, it } from 'vitest';
import { parseApiKey } from '../../src/auth/tokens.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let admin: TestUser;
let staff: TestUser;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ db: database.db });
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
});

const CREATE = graphql(`
  mutation ApiKeysCreateApiKey($name: String!, $expiresAt: DateTime) {
  createApiKey(input: { name: $name, expiresAt: $expiresAt }) {
  ... on CreateApiKeyPayload { apiKey { id name lastUsedAt } key }
  }
  }
`);
async function createKey(name: string, expiresAt?: string) {
  const { data, errors } = await server.graphql(CREATE, { name, expiresAt }, admin.headers);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no key');
  return data.createApiKey;
}

async function viewerWith(headers: Record<string, string>) {
  return server.graphql(VIEWER, {}, headers);
}

const VIEWER = graphql(`
  query ApiKeysViewer { viewer { kind } }
`);

const API_KEYS = graphql(`
  query ApiKeysApiKeys { apiKeys { id lastUsedAt } }
`);

const REVOKE_API_KEY = graphql(`
  mutation ApiKeysRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }
`);

const CREATE_API_KEY2 = graphql(`
  mutation ApiKeysCreateApiKey2($expiresAt: DateTime) {
        createApiKey(input: { name: "past", expiresAt: $expiresAt }) {
          __typename ... on ValidationFailedError { problems { path message } }
        }
      }
`);

describe('partner API keys', () => {
  it('are shown once in a recognisable format and authenticate as PARTNER by Bearer or x-api-key', async () => {
    const { apiKey, key } = await createKey('○○県官民連携プラットフォーム');
    expect(key).toMatch(/^tsu_live_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(key).toContain(apiKey.id);

    expect((await viewerWith({ authorization: `Bearer ${key}` })).data?.viewer.kind).toBe(
      'PARTNER',
    );
    expect((await viewerWith({ 'x-api-key': key })).data?.viewer.kind).toBe('PARTNER');

    const { data } = await server.graphql(API_KEYS, {}, admin.headers);
    expect(data?.apiKeys.find((k) => k.id === apiKey.id)?.lastUsedAt).not.toBeNull();
    // The list never contains the secret.
    expect(JSON.stringify(data)).not.toContain(parseApiKey(key)?.secret);
  });

  it('answers a wrong secret, a revoked key and an expired key with the same 401', async () => {
    const { key } = await createKey('wrong-secret');
    const wrong = `${key.slice(0, -4)}AAAA`;
    const revoked = await createKey('to-revoke');
    await server.graphql(REVOKE_API_KEY, { id: revoked.apiKey.id }, admin.headers);
    // The API refuses a past expiry, so this key is made to expire in the database.
    const expired = await createKey('expired', new Date(Date.now() + 60_000).toISOString());
    await database.db
      .updateTable('api_keys')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', expired.apiKey.id)
      .execute();
    const garbage = 'tsu_live_nonsense';

    const answers = await Promise.all(
      [wrong, revoked.key, expired.key, garbage].map(async (k) => {
        const response = await viewerWith({ authorization: `Bearer ${k}` });
        return { status: response.status, errors: response.errors };
      }),
    );
    expect(answers[0]?.status).toBe(401);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('refuses an expiry that is not in the future with ValidationFailedError at the field', async () => {
    const { data, errors } = await server.graphql(
      CREATE_API_KEY2,
      { expiresAt: new Date(Date.now() - 1000).toISOString() },
      admin.headers,
    );
    expect(errors).toBeUndefined();
    expect(data?.createApiKey).toEqual({
      __typename: 'ValidationFailedError',
      problems: [
        { path: ['input', 'expiresAt'], message: '有効期限には今より後の日時を指定してください。' },
      ],
    });
    const stored = await database.db
      .selectFrom('api_keys')
      .select('id')
      .where('name', '=', 'past')
      .execute();
    expect(stored).toEqual([]);
  });

  it('can be created and revoked by a secretariat admin only', async () => {
    const byStaff = await server.graphql(CREATE, { name: 'x' }, staff.headers);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.graphql(CREATE, { name: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const count = await database.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name', '=', 'x')
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });
});
