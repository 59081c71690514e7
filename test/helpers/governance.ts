/** Shared set-up of the governance tests: a demo database, a server, and a user per role. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Db } from '../../src/db/create-db.js';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createUser } from './accounts.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { startTestServer, type TestServer } from './server.js';

export type Headers = Record<string, string>;

/** GraphQL results are read loosely in these tests; the assertions pin the shapes that matter. */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Loose = any;

export interface GovernanceWorld {
  readonly database: TestDatabase;
  readonly db: Db;
  readonly server: TestServer;
  readonly staff: Headers;
  readonly partner: Headers;
  readonly anonymous: Headers;
  /** Signs in a member user of the organisation. */
  member(organizationId: string): Promise<Headers>;
  /** Runs a document and fails the test on any GraphQL error. */
  ok<T = Loose>(query: string, variables?: Record<string, unknown>, headers?: Headers): Promise<T>;
  /** Runs a document and returns the codes of its GraphQL errors. */
  denied(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Headers,
  ): Promise<{ codes: unknown[]; data: Loose }>;
}

export async function governanceWorld(
  options: { onQuery?: (sql: string) => void } = {},
): Promise<GovernanceWorld> {
  const database = await createTestDatabase({
    demo: true,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  const { db } = database;
  const server = await startTestServer({ db });
  const staff = (await createUser(db, { role: 'SECRETARIAT_STAFF' })).headers;
  const { key } = await createApiKey(db, { name: 'partner', expiresAt: null, createdBy: null });
  return {
    database,
    db,
    server,
    staff,
    partner: { 'x-api-key': key },
    anonymous: {},
    member: async (organizationId) =>
      (await createUser(db, { role: 'MEMBER', organizationId })).headers,
    async ok(query, variables = {}, headers = staff) {
      const response = await server.graphql<Loose>(query, variables, headers);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return response.data;
    },
    async denied(query, variables = {}, headers = {}) {
      const response = await server.graphql<Loose>(query, variables, headers);
      return {
        codes: (response.errors ?? []).map((e) => e.extensions?.code),
        data: response.data,
      };
    },
  };
}

export const orgId = (id: string) => encodeGlobalID('Organization', id);

/**
 * Organisations that have been active members without a break since `since` (a single JOINED
 * event on or before it), in a stable order.
 */
export async function longStandingMembers(db: Db, count: number, since = '2022-12-31') {
  const { rows } = await sql<{ id: string }>`
    SELECT o.id FROM organizations o
    WHERE o.status = 'ACTIVE'
      AND (SELECT count(*) FROM membership_events e WHERE e.organization_id = o.id) = 1
      AND EXISTS (SELECT 1 FROM membership_events e
                  WHERE e.organization_id = o.id AND e.kind = 'JOINED' AND e.occurred_on <= ${since})
    ORDER BY o.name_kana, o.id
    LIMIT ${count}`.execute(db);
  if (rows.length < count) throw new Error(`only ${rows.length} long-standing members`);
  return rows.map((r) => r.id);
}

/** Number of audit events of an action on a target. */
export async function audits(db: Db, action: string, targetId?: string): Promise<number> {
  let query = db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action);
  if (targetId) query = query.where('target_id', '=', targetId);
  return (await query.executeTakeFirstOrThrow()).n;
}

export function localId(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
