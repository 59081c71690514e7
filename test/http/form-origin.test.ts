/**
 * Every state-changing form post is refused when a browser says it comes from another site
 * (Sec-Fetch-Site, Origin); RFC 8058's one-click unsubscribe is the exception it must be.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { createTestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
let server: TestServer;

beforeAll(async () => {
  const database = await createTestDatabase();
  server = await startTestServer({ db: database.db, secretKey });
});

const FORMS = [
  ['/sign-in/request', 'email=someone%40example.jp'],
  ['/sign-in', 'token=abc'],
  [`/preferences/${signLinkToken(secretKey, 'preferences', randomUUID())}`, 'form=preferences'],
  [`/acknowledge/${signLinkToken(secretKey, 'acknowledge', randomUUID())}`, 'answer=ok'],
  [`/meeting-reply/${signLinkToken(secretKey, 'meeting-reply', randomUUID())}`, 'answer=attend'],
] as const;

const CROSS_SITE: Record<string, string>[] = [
  { origin: 'null' },
  { origin: 'https://evil.example.com' },
  { 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site', origin: 'https://other.localhost' },
];

const post = (path: string, body: string, headers: Record<string, string>, type?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': type ?? 'application/x-www-form-urlencoded', ...headers },
    body,
  });

describe('form posts', () => {
  it.each(FORMS)('POST %s from another site is refused', async (path, body) => {
    for (const headers of CROSS_SITE) {
      for (const type of [
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'text/plain',
      ]) {
        const response = await post(path, body, headers, type);
        expect(response.status, `${JSON.stringify(headers)} ${type}`).toBe(403);
      }
    }
  });

  it.each(FORMS)('POST %s from our own page or a program is not refused', async (path, body) => {
    for (const headers of [
      {},
      { origin: server.url },
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
    ] as Record<string, string>[]) {
      const response = await post(path, body, headers);
      expect(response.status, JSON.stringify(headers)).not.toBe(403);
      expect(response.status).toBeLessThan(500);
    }
  });

  it('accepts the one-click unsubscribe POST from anywhere (RFC 8058: the token is the credential)', async () => {
    const path = `/unsubscribe/${signLinkToken(secretKey, 'unsubscribe', randomUUID())}`;
    for (const headers of CROSS_SITE) {
      const response = await post(path, 'List-Unsubscribe=One-Click', headers);
      // No such delivery: the invalid-link page, not a refusal of the request itself.
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('リンクが無効です');
    }
  });
});
