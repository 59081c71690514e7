/**
 * The request log names the route, never the path with the token of an e-mail link in it
 * (reply, meeting reply, settings, unsubscribe, attachment, web version and sign-in links), at
 * any level.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
const lines: string[] = [];
let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({
    db: database.db,
    secretKey,
    env: { LOG_LEVEL: 'debug' },
    log: pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) }),
  });
});

const token = (purpose: Parameters<typeof signLinkToken>[1]) =>
  signLinkToken(secretKey, purpose, randomUUID());

describe('request log', () => {
  it('shows the route pattern of each e-mail link and none of the tokens', async () => {
    const links = [
      { path: `/acknowledge/${token('acknowledge')}`, route: '/acknowledge/:token' },
      {
        path: `/meeting-reply/${token('meeting-reply')}?answer=attend`,
        route: '/meeting-reply/:token',
      },
      { path: `/preferences/${token('preferences')}`, route: '/preferences/:token' },
      { path: `/unsubscribe/${token('unsubscribe')}`, route: '/unsubscribe/:token' },
      { path: `/web/${token('web')}`, route: '/web/:token' },
      {
        path: `/attachments/${token('files')}/${randomUUID()}`,
        route: '/attachments/:token/:file',
      },
      { path: `/sign-in?token=${randomBytes(24).toString('base64url')}`, route: '/sign-in' },
      // Not a real token, but shaped like one: whatever is in the path stays out of the log.
      {
        path: `/unsubscribe/${randomBytes(30).toString('base64url')}`,
        route: '/unsubscribe/:token',
      },
    ];
    for (const { path } of links) {
      await (await fetch(`${server.url}${path}`)).arrayBuffer();
      await (
        await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click&answer=attend',
        })
      ).arrayBuffer();
    }
    const log = lines.join('');
    const requests = lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(links.length * 2);
    for (const { path, route } of links) {
      const secret = path.split('/')[2]?.split('?')[0] ?? path.split('token=')[1] ?? '';
      expect(secret.length).toBeGreaterThan(20);
      expect(log).not.toContain(secret);
      expect(requests.some((r) => r.route === route)).toBe(true);
    }
    expect(requests.every((r) => r.path === undefined)).toBe(true);
  });
});
