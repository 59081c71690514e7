/**
 * The client address behind proxies (TRUST_PROXY): per-IP limits must not be escaped by writing
 * a made-up address into X-Forwarded-For.
 */
import type { IncomingMessage } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { clientIp } from '../../src/http/client-ip.js';
import { graphql } from '../generated/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer } from '../helpers/server.js';

function request(peer: string, forwardedFor?: string | string[]): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;

const REGIONS = graphql(`
  query ClientIpRegions { regions { code } }
`);

describe('clientIp', () => {
  it.each([
    // [TRUST_PROXY, socket peer, X-Forwarded-For, client]
    ['false', '198.51.100.1', '203.0.113.9', '198.51.100.1'],
    ['false', '::ffff:198.51.100.1', undefined, '198.51.100.1'],
    ['true', '10.0.0.2', '1.2.3.4, 203.0.113.9', '203.0.113.9'],
    ['1', '10.0.0.2', '1.2.3.4, 203.0.113.9', '203.0.113.9'],
    ['1', '10.0.0.2', undefined, '10.0.0.2'],
    ['2', '10.0.0.2', '1.2.3.4, 203.0.113.9, 10.0.0.7', '203.0.113.9'],
    ['2', '10.0.0.2', '203.0.113.9', '203.0.113.9'],
    ['1', '10.0.0.2', ['1.2.3.4', '203.0.113.9'], '203.0.113.9'],
    ['10.0.0.0/8', '10.0.0.2', '1.2.3.4, 203.0.113.9, 10.0.0.7', '203.0.113.9'],
    ['10.0.0.0/8', '10.0.0.2', '10.9.9.9, 10.0.0.7', '10.9.9.9'],
    // A peer that is not a trusted proxy: its header is not believed at all.
    ['10.0.0.0/8', '198.51.100.1', '203.0.113.9', '198.51.100.1'],
    [
      'loopback,uniquelocal',
      '::ffff:127.0.0.1',
      'spoofed, 2001:db8::5, 192.168.1.1',
      '2001:db8::5',
    ],
    ['loopback', '::1', 'junk', 'junk'],
  ] as const)('TRUST_PROXY=%s, peer %s, X-Forwarded-For %j → %s', (value, peer, xff, client) => {
    expect(clientIp(request(peer, xff as string | string[] | undefined), trust(value))).toBe(
      client,
    );
  });
});

describe('per-IP limits behind a proxy', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });

  for (const value of ['true', '1', 'loopback']) {
    it(`TRUST_PROXY=${value}: a spoofed first X-Forwarded-For entry does not escape the limit`, async () => {
      const server = await startTestServer({
        db: database.db,
        env: { TRUST_PROXY: value, RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' },
      });
      // The proxy (the test's own loopback socket) appended the real client, 203.0.113.x.
      const client = `203.0.113.${['true', '1', 'loopback'].indexOf(value) + 10}`;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await server.graphql(
          REGIONS,
          {},
          {
            'x-forwarded-for': `198.18.${i}.${i + 1}, ${client}`,
          },
        );
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      // Another client behind the same proxy is not affected.
      const other = await server.graphql(
        REGIONS,
        {},
        {
          'x-forwarded-for': `${client}, 198.51.100.${statuses.length}`,
        },
      );
      expect(other.status).toBe(200);
    });
  }
});
