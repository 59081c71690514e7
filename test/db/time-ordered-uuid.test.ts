import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { UUID_V7_BEFORE_PG18 } from '../../migrations/2026_11_29_0014_delivery_insert_cost.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

// Delivery ids are UUID version 7: the VERP bounce address carries one, so they must stay
// unguessable (74 random bits), and rows written together must sit together in the primary key.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Milliseconds since 1970 in the first 48 bits. */
const timeOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe.each([
  ['time_ordered_uuid()', 'time_ordered_uuid()'],
  ['the formula used before PostgreSQL 18', UUID_V7_BEFORE_PG18],
])('%s', (_name, expression) => {
  it('gives distinct version-7 UUIDs that carry the current time', async () => {
    const before = Date.now();
    const { rows } = await sql<{ id: string }>`
      SELECT ${sql.raw(expression)} AS id FROM generate_series(1, 2000)`.execute(database.db);
    const after = Date.now();
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) {
      expect(id).toMatch(V7);
      expect(timeOf(id)).toBeGreaterThanOrEqual(before - 1000);
      expect(timeOf(id)).toBeLessThanOrEqual(after + 1000);
    }
    // Later rows never go back in time.
    const times = ids.map(timeOf);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
