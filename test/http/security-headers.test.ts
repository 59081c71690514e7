/**
 * Every HTML page carries a Content-Security-Policy without inline script, refuses framing,
 * sends no Referer (the URLs of pages behind e-mail links hold tokens) and no MIME sniffing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { createTestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
let server: TestServer;
let mailbox: LocalMailbox;

beforeAll(async () => {
  const database = await createTestDatabase();
  mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'headers-')) });
  server = await startTestServer({ db: database.db, secretKey, mailbox });
});

afterAll(async () => {
  await mailbox?.stop();
});

const link = (purpose: Parameters<typeof signLinkToken>[1]) =>
  signLinkToken(secretKey, purpose, randomUUID());

/** The directives of a Content-Security-Policy header. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  const pages = () => [
    '/sign-in',
    `/sign-in?token=${randomBytes(32).toString('base64url')}`,
    `/unsubscribe/${link('unsubscribe')}`,
    `/preferences/${link('preferences')}`,
    `/acknowledge/${link('acknowledge')}`,
    `/meeting-reply/${link('meeting-reply')}`,
    `/web/${link('web')}`,
    '/web/not-a-token',
    `/attachments/${link('files')}/${randomUUID()}`,
    '/archive',
    '/archive/notices/not-there',
    '/mailbox',
    '/no-such-page',
  ];

  it.each(pages())('GET %s: strict CSP, no framing, no Referer, nosniff', async (page) => {
    const response = await fetch(`${server.url}${page}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBeLessThan(500);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('script-src')).toBe(false); // so default-src 'none': no script at all
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('GET /graphql (the IDE): scripts from our own files only, no inline script', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const body = await response.text();
    // Every <script> loads a file; none has content of its own.
    expect(body.match(/<script[^>]*>[^<]+<\/script>/g)).toBeNull();
    // GraphiQL 5, built by Vite with the web app: one module script from /assets/.
    const entry = /<script type="module"[^>]* src="(\/assets\/graphiql-[^"]+\.js)"><\/script>/.exec(
      body,
    )?.[1];
    expect(entry, body).toBeDefined();
    const script = await fetch(`${server.url}${entry}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
  });

  it('the web app under /admin/ may run its own script files, and nothing inline', async () => {
    for (const page of ['/admin', '/admin/', '/admin/organizations?page=2']) {
      const response = await fetch(`${server.url}${page}`);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('script-src'), page).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    const other = await fetch(`${server.url}/administrator`);
    expect(directives(other.headers.get('content-security-policy')).has('script-src')).toBe(false);
  });
});
