/**
 * /metrics cannot be grown by callers (every label comes from a fixed set) and is not served
 * to anyone who reaches the port.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observability/metrics.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer } from '../helpers/server.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

describe('metric labels', () => {
  it('1,000 requests with random operation names and paths leave /metrics under 100 KB', async () => {
    const server = await startTestServer({
      db: database.db,
      metrics: createMetrics(database.db),
      env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
    });
    const randomName = () => `Op_${randomBytes(96).toString('hex')}`;
    for (let batch = 0; batch < 100; batch += 1) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const response =
            i % 5 === 4
              ? await fetch(`${server.url}/${randomName()}/${randomName()}`, {
                  method: randomBytes(4).toString('hex').toUpperCase(),
                })
              : await fetch(`${server.url}/graphql`, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify({ query: `query ${randomName()} { regions { code } }` }),
                });
          await response.arrayBuffer();
        }),
      );
    }
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text.length).toBeLessThan(100 * 1024);
    expect(text).not.toMatch(/Op_/);
    expect(text).toMatch(
      /tsunagari_graphql_operations_total\{operation="other",type="query"\} 800/,
    );
  });

  it('counts the service’s own operations and those of METRICS_OPERATIONS by name', async () => {
    const server = await startTestServer({
      db: database.db,
      metrics: createMetrics(database.db, { operationNames: ['Regions'] }),
      env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
    });
    await server.graphql('query Regions { regions { code } }');
    await server.graphql('query Overview { regions { code } }');
    await server.graphql('{ regions { code } }');
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain(
      'tsunagari_graphql_operations_total{operation="Regions",type="query"} 1',
    );
    expect(text).toContain(
      'tsunagari_graphql_operations_total{operation="Overview",type="query"} 1',
    );
    expect(text).toContain(
      'tsunagari_graphql_operations_total{operation="(anonymous)",type="query"} 1',
    );
  });
});

describe('access to /metrics', () => {
  it('needs the METRICS_TOKEN bearer secret when one is set', async () => {
    const token = randomBytes(24).toString('base64url');
    const server = await startTestServer({
      db: database.db,
      metrics: createMetrics(database.db),
      env: { METRICS_TOKEN: token },
    });
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(await none.text()).not.toContain('tsunagari_');
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${token}x` },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('tsunagari_http_requests_total');
  });

  it('is off without METRICS_TOKEN on a server other hosts can reach', async () => {
    for (const env of [{ HOST: '0.0.0.0' }, { TRUST_PROXY: '1' }] as Record<string, string>[]) {
      const server = await startTestServer({
        db: database.db,
        metrics: createMetrics(database.db),
        env,
      });
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).toContain('METRICS_TOKEN');
      expect(text).not.toContain('tsunagari_');
    }
  });
});
