/**
 * Sign-in tokens, session tokens and API keys never appear in clear in the database or in the
 * logs: after a full sign-in and key creation, both are searched for every secret handed out.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import type pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseApiKey } from '../../src/auth/tokens.js';
import { createLogger } from '../../src/logger.js';
import { insertAccount } from '../../src/modules/accounts/account.repository.js';
import { signInToken } from '../../src/modules/accounts/sign-in.js';
import { graphql } from '../generated/index.js';
import { createUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
let database: TestDatabase;
let server: TestServer;
let logOutput = '';
const secrets: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logOutput += chunk.toString();
      done();
    },
  });
  server = await startTestServer({
    db: database.db,
    secretKey,
    log: createLogger({ logLevel: 'trace' }, sink as unknown as pino.DestinationStream),
  });
});

const REQUEST_SIGN_IN_LINK = graphql(`
  mutation SecretsAtRestRequestSignInLink($e: EmailAddress!) { requestSignInLink(input: { email: $e }) { __typename } }
`);

const REDEEM_SIGN_IN_LINK = graphql(`
  mutation SecretsAtRestRedeemSignInLink($t: String!) { redeemSignInLink(input: { token: $t }) { ... on RedeemSignInLinkPayload { sessionToken } } }
`);

const CREATE_API_KEY = graphql(`
  mutation SecretsAtRestCreateApiKey { createApiKey(input: { name: "secrets" }) { ... on CreateApiKeyPayload { key } } }
`);

const VIEWER = graphql(`
  query SecretsAtRestViewer { viewer { kind } }
`);

describe('secrets at rest', () => {
  it('are stored only as hashes and never logged', async () => {
    const email = 'secret-check@example.jp';
    await insertAccount(database.db, {
      email,
      displayName: '秘密 確認',
      role: 'SECRETARIAT_ADMIN',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    await server.graphql(REQUEST_SIGN_IN_LINK, { e: email });
    const row = await database.db
      .selectFrom('sign_in_tokens')
      .select('id')
      .executeTakeFirstOrThrow();
    const linkToken = signInToken(secretKey, row.id);
    secrets.push(linkToken);
    // The link's landing page carries the token in its query string; the request log must not.
    expect((await fetch(`${server.url}/sign-in?token=${linkToken}`)).status).toBe(200);

    const redeemed = await server.graphql(REDEEM_SIGN_IN_LINK, { t: linkToken });
    const sessionToken = redeemed.data?.redeemSignInLink.sessionToken ?? '';
    expect(sessionToken).toMatch(/^tsu_sess_/);
    secrets.push(sessionToken);

    const created = await server.graphql(
      CREATE_API_KEY,
      {},
      { authorization: `Bearer ${sessionToken}` },
    );
    const apiKey = created.data?.createApiKey.key ?? '';
    expect(apiKey).toMatch(/^tsu_live_/);
    // The secret part alone too (it may itself contain '_', so parse rather than split).
    secrets.push(apiKey, parseApiKey(apiKey)?.secret ?? '');
    // Use the key too, so its verification path is exercised and logged at trace level.
    await server.graphql(VIEWER, {}, { authorization: `Bearer ${apiKey}` });
    await server.graphql(VIEWER, {}, { authorization: 'Bearer tsu_sess_wrong' });
    const member = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
    secrets.push(member.token);

    const dump = await dumpDatabase();
    expect(dump.length).toBeGreaterThan(1000);
    expect(logOutput.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(20);
      expect(dump).not.toContain(secret);
      expect(logOutput).not.toContain(secret);
    }
  });
});

/** Every row of every table, in our schema and the job queue's, as text. */
async function dumpDatabase(): Promise<string> {
  const { rows: tables } = await sql<{ schema: string; name: string }>`
    SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
    WHERE table_schema IN ('public', 'graphile_worker') AND table_type = 'BASE TABLE'`.execute(
    database.db,
  );
  let dump = '';
  for (const table of tables) {
    const { rows } = await sql<{
      row: string;
    }>`SELECT t::text AS row FROM ${sql.table(`${table.schema}.${table.name}`)} t`.execute(
      database.db,
    );
    dump += rows.map((r) => r.row).join('\n');
  }
  return dump;
}
