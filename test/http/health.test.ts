import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ db: database.db });
});

describe('health endpoints', () => {
  it('/healthz answers while the process is alive', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready when the database answers and migrations are current', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, database: 'ok', pendingMigrations: [] });
  });

  it('/readyz is not ready (503) while a migration is pending', async () => {
    const latest = await database.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    const name = (latest as { name: string }).name;
    await database.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', name as never)
      .execute();
    try {
      const response = await fetch(`${server.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, pendingMigrations: [name] });
    } finally {
      await database.db
        .insertInto('kysely_migration' as never)
        .values({ name, timestamp: new Date().toISOString() } as never)
        .execute();
    }
  });

  it('serves the GraphQL IDE to a browser, with its assets from this server (works offline)', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('GraphiQL');
    const scripts = [...body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    // GraphiQL 5's entry, the React chunk it shares with the web app, its style sheet.
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) {
      expect(src.startsWith('/')).toBe(true); // no CDN
      const asset = await fetch(`${server.url}${src}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(200);
    }
  });

  it('answers 404 for unknown paths', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });
});
