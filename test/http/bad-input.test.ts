/**
 * Bad input never answers 500 or an internal error, and the server stays healthy after each.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({
    db: database.db,
    env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
  });
});

const globalId = (text: string) => Buffer.from(text).toString('base64');
const gql = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

interface Case {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Expected status (never 500). */
  readonly status: number;
}

const CASES: Case[] = [
  { name: 'a request target that is no URL path', path: '//', status: 400 },
  { name: 'malformed %-escape in an unsubscribe link', path: '/unsubscribe/%E0%A4%A', status: 400 },
  {
    name: 'malformed %-escape in a one-click unsubscribe POST',
    method: 'POST',
    path: '/unsubscribe/abc%',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
    status: 400,
  },
  { name: 'malformed %-escape in a settings link', path: '/preferences/%ZZ', status: 400 },
  { name: 'malformed %-escape in a reply link', path: '/acknowledge/%E3%81', status: 404 },
  { name: 'malformed %-escape in a meeting reply link', path: '/meeting-reply/%', status: 404 },
  {
    name: 'malformed %-escape in an attachment link',
    path: '/attachments/%C3%28%/00000000-0000-0000-0000-000000000000',
    status: 404,
  },
  { name: 'malformed %-escape in an archive link', path: '/archive/notices/%E0%A4%A', status: 404 },
  {
    name: 'malformed %-escape in the session cookie',
    ...gql({ query: '{ viewer { kind } }' }, { cookie: 'tsunagari_session=%E0%A4%A' }),
    status: 401,
  },
  {
    name: 'NUL byte in search text',
    ...gql({
      query: 'query($t: String) { organizations(first: 10, filter: { text: $t }) { totalCount } }',
      variables: { t: 'こども\u0000食堂' },
    }),
    status: 400,
  },
  {
    name: 'NUL byte in a search text literal',
    ...gql({ query: '{ organizations(first: 10, filter: { text: "a\\u0000b" }) { totalCount } }' }),
    status: 400,
  },
  {
    name: 'non-numeric policy-measure id',
    ...gql({ query: `{ node(id: "${globalId('PolicyMeasure:abc')}") { id } }` }),
    status: 200,
  },
  {
    name: 'non-numeric policy-measure id among others',
    ...gql({
      query: `{ nodes(ids: ["${globalId('PolicyMeasure:1')}", "${globalId('PolicyMeasure:1e999')}"]) { id } }`,
    }),
    status: 200,
  },
  {
    name: 'non-numeric working-group id',
    ...gql({ query: `{ node(id: "${globalId('WorkingGroup:x')}") { id } }` }),
    status: 200,
  },
  {
    name: 'organisation id that is not a UUID',
    ...gql({ query: `{ node(id: "${globalId('Organization:not-a-uuid')}") { id } }` }),
    status: 200,
  },
  {
    name: 'id of an unknown type',
    ...gql({ query: `{ node(id: "${globalId('Nope:1')}") { id } }` }),
    status: 200,
  },
  {
    name: 'wrong persisted-query hash',
    ...gql({
      query: '{ prefectures { code } }',
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: createHash('sha256').update('other').digest('hex'),
        },
      },
    }),
    status: 400,
  },
  {
    name: 'malformed persisted-query hash',
    ...gql({ extensions: { persistedQuery: { version: 1, sha256Hash: 'zz' } } }),
    status: 200,
  },
  {
    name: 'subscription operation',
    ...gql({ query: 'subscription { prefectures { code } }' }),
    status: 400,
  },
];

describe('bad input', () => {
  it.each(CASES)('$name: a clear error, never 500', async (c) => {
    const response = await fetch(`${server.url}${c.path}`, {
      method: c.method ?? 'GET',
      headers: c.headers,
      body: c.body,
    });
    const text = await response.text();
    expect(response.status).toBe(c.status);
    expect(text).not.toMatch(/Internal server error|INTERNAL_SERVER_ERROR|サーバー内部でエラー/i);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ prefectures { code } }' }),
    });
    expect(ready.status).toBe(200);
  });
});
