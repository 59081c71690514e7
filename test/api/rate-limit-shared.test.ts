import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

// Two servers over one database stand for two API processes behind a load balancer.
let database: TestDatabase;
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { RATE_LIMIT_API_KEY_PER_MINUTE: '5' };
  first = await startTestServer({ db: database.db, env });
  second = await startTestServer({ db: database.db, env });
});

const statusOf = async (server: TestServer, key: string) =>
  (
    await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ prefectures { code } }')}`, {
      headers: { accept: 'application/json', 'x-api-key': key },
    })
  ).status;

describe('the API rate limit across processes', () => {
  it('counts a key’s requests to every process against one limit', async () => {
    const { key } = await createApiKey(database.db, {
      name: 'shared',
      expiresAt: null,
      createdBy: null,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push(await statusOf(first, key));
    // Each process adds what it counted to the shared counter at least once a second: wait
    // until the first one has added its three.
    await waitFor(async () => {
      const { rows } = await sql<{ hits: number }>`
        SELECT coalesce(max(hits), 0)::int AS hits FROM rate_limit_counters`.execute(database.db);
      return (rows[0]?.hits ?? 0) >= 3 ? true : undefined;
    });
    for (let i = 0; i < 3; i += 1) statuses.push(await statusOf(second, key));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
