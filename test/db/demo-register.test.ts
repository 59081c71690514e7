import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegister } from '../../src/seed/demo-register.js';
import { graphql } from '../generated/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
});

const StatsQuery = graphql(`
  query Stats($asOf: Date) {
    membershipStats(asOf: $asOf) { asOf regular supporting cooperating total }
  }
`);

describe('demo register', () => {
  it('has 414 regular, 49 supporting and 165 cooperating members (628) on 2025-05-01', async () => {
    const { data, errors } = await server.graphql(StatsQuery, { asOf: '2025-05-01' });
    expect(errors).toBeUndefined();
    expect(data?.membershipStats).toEqual({
      asOf: '2025-05-01',
      regular: 414,
      supporting: 49,
      cooperating: 165,
      total: 628,
    });
  });

  it('has 637 members on 2025-06-01', async () => {
    const { data } = await server.graphql(StatsQuery, { asOf: '2025-06-01' });
    expect(data?.membershipStats.total).toBe(637);
  });

  it('had no members before the platform was founded in February 2022', async () => {
    const { data } = await server.graphql(StatsQuery, { asOf: '2022-01-31' });
    expect(data?.membershipStats.total).toBe(0);
  });

  it('registers every prefecture and designated city as an active cooperating member', async () => {
    const { rows } = await sql<{ prefectures: number; cities: number }>`
      SELECT count(DISTINCT prefecture_code) FILTER (WHERE organization_type = '都道府県')::int AS prefectures,
             count(DISTINCT designated_city_code)::int AS cities
      FROM organizations WHERE status = 'ACTIVE' AND category_code = 'COOPERATING'`.execute(
      database.db,
    );
    expect(rows[0]).toEqual({ prefectures: 47, cities: 20 });
  });

  it('keeps each organisation’s current status and category equal to its history', async () => {
    const { rows } = await sql<{ mismatches: number }>`
      SELECT count(*)::int AS mismatches
      FROM organizations o
      JOIN LATERAL (
        SELECT status_after, category_after FROM membership_events e
        WHERE e.organization_id = o.id ORDER BY occurred_on DESC, created_at DESC LIMIT 1
      ) latest ON true
      WHERE latest.status_after <> o.status OR latest.category_after <> o.category_code`.execute(
      database.db,
    );
    expect(rows[0]?.mismatches).toBe(0);
  });

  it('gives every organisation exactly one primary contact, all on reserved example domains', async () => {
    const { rows } = await sql<{ without: number; foreign: number }>`
      SELECT
        (SELECT count(*)::int FROM organizations o
          WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = o.id AND c.is_primary)) AS without,
        (SELECT count(*)::int FROM contacts
          WHERE email !~ '@([a-z0-9-]+\\.)*example(\\.[a-z]+)?$') AS foreign`.execute(database.db);
    expect(rows[0]).toEqual({ without: 0, foreign: 0 });
  });

  it('loads only once: a second run changes nothing', async () => {
    const before = await database.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await loadDemoRegister(database.db)).toEqual({ organizations: 0, contacts: 0 });
    const after = await database.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
