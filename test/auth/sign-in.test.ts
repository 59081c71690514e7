import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailWorker } from '../../src/jobs/mail-worker.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { insertAccount } from '../../src/modules/accounts/account.repository.js';
import { graphql } from '../generated/index.js';
import { createUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestMailWorker } from '../helpers/mail-worker.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor, waitForIdleQueue } from '../helpers/wait.js';

const secretKey = randomBytes(32);
const ADDRESS = 'suzuki@sign-in.example.jp';
/** DKIM as configured in production: the sign-in mail is signed by the transport. */
const DKIM_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
let database: TestDatabase;
let mailbox: LocalMailbox;
let mail: MailWorker;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-')) });
  server = await startTestServer({
    db: database.db,
    mailbox,
    secretKey,
    env: { SIGN_IN_LIMIT_PER_ADDRESS: '3', SIGN_IN_LIMIT_PER_IP: '1000' },
  });
  mail = await startTestMailWorker({
    database,
    smtpUrl: mailbox.smtpUrl,
    publicUrl: server.url,
    secretKey,
    env: {
      DKIM_DOMAIN: 'tsunagari.example.jp',
      DKIM_SELECTOR: 'signin2026',
      DKIM_PRIVATE_KEY: DKIM_KEY,
    },
  });
  await insertAccount(database.db, {
    email: ADDRESS,
    displayName: '鈴木 一郎',
    role: 'SECRETARIAT_STAFF',
    organizationId: null,
    isOrganizationAdmin: false,
  });
});

afterAll(async () => {
  await mail?.stop();
  await mailbox?.stop();
});

const REQUEST = graphql(`
  mutation SignInRequestSignInLink($email: EmailAddress!) {
  requestSignInLink(input: { email: $email }) {
  __typename
  ... on RequestSignInLinkPayload { message }
  ... on RateLimitedError { code message retryAfterSeconds }
  }
  }
`);
const REDEEM = graphql(`
  mutation SignInRedeemSignInLink($token: String!) {
  redeemSignInLink(input: { token: $token }) {
  __typename
  ... on RedeemSignInLinkPayload { sessionToken account { email role } }
  ... on Error { code message }
  }
  }
`);
/** Requests a link and returns the token from the e-mail that arrives. */
async function requestAndReceiveToken(email = ADDRESS): Promise<{ token: string; raw: string }> {
  const before = (await mailbox.list()).length;
  const { data } = await server.graphql(REQUEST, { email });
  expect(data?.requestSignInLink.__typename).toBe('RequestSignInLinkPayload');
  const message = await waitFor(async () => {
    const all = await mailbox.list();
    return all.length > before ? all[0] : undefined;
  });
  const raw = (await mailbox.raw(message.id))?.toString('utf8') ?? '';
  const parsed = await simpleParser(raw);
  const link = /https?:\/\/\S+\/sign-in\?token=([A-Za-z0-9_%-]+)/.exec(parsed.text ?? '');
  if (!link?.[1]) throw new Error(`no sign-in link in:\n${parsed.text}`);
  return { token: decodeURIComponent(link[1]), raw };
}

const VIEWER = graphql(`
  query SignInViewer { viewer { kind account { email } } }
`);

const MY_SESSIONS = graphql(`
  query SignInMySessions { mySessions { id current } }
`);

const REVOKE_SESSION = graphql(`
  mutation SignInRevokeSession($id: ID!) { revokeSession(input: { sessionId: $id }) { __typename } }
`);

const VIEWER2 = graphql(`
  query SignInViewer2 { viewer { kind } }
`);

const SIGN_OUT2 = graphql(`
  mutation SignInSignOut2 { signOut { ... on SignOutPayload { revokedSessionId } } }
`);

describe('sign-in by e-mail link', () => {
  it('e-mails a single-use link; the page’s GET does not use it, its POST signs the browser in', async () => {
    const { token, raw } = await requestAndReceiveToken();
    expect(token.length).toBeGreaterThanOrEqual(43); // ≥ 256 bits, base64url
    expect(raw).not.toMatch(/^List-Unsubscribe/im); // transactional mail
    expect(raw).toMatch(/^DKIM-Signature:[\s\S]*?\bs=signin2026;/im);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toContain('サインイン用リンク');
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toContain(ADDRESS);

    // A link scanner's GET shows the button and changes nothing.
    const landing = await fetch(`${server.url}/sign-in?token=${encodeURIComponent(token)}`);
    expect(landing.status).toBe(200);
    const page = await landing.text();
    expect(page).toContain('method="post"');
    expect(page).toContain('サインインする');

    const post = await fetch(`${server.url}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
      redirect: 'manual',
    });
    // A secretariat account lands on the console.
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe('/admin/');
    const cookie = post.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^tsunagari_session=tsu_sess_[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const session = cookie.split(';')[0] ?? '';

    const { data } = await server.graphql(VIEWER, {}, { cookie: session });
    expect(data?.viewer).toEqual({ kind: 'SECRETARIAT', account: { email: ADDRESS } });

    // Used once: a second redemption fails.
    const again = await server.graphql(REDEEM, { token });
    expect(again.data?.redeemSignInLink).toMatchObject({
      __typename: 'InvalidTokenError',
      code: 'INVALID_TOKEN',
    });
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const before = (await mailbox.list()).length;
    const known = await server.graphql(REQUEST, { email: ADDRESS });
    const unknown = await server.graphql(REQUEST, {
      email: 'nobody@sign-in.example.jp',
    });
    expect(unknown.status).toBe(known.status);
    expect(unknown.data).toEqual(known.data);
    const tokens = await database.db
      .selectFrom('sign_in_tokens as t')
      .innerJoin('accounts as a', 'a.id', 't.account_id')
      .select('a.email')
      .execute();
    expect(tokens.every((t) => t.email === ADDRESS)).toBe(true);
    // Every job the two requests queued has been worked: what they sent is in the mailbox.
    await waitForIdleQueue(database.db);
    const after = await mailbox.list();
    expect(after.slice(0, after.length - before).every((m) => m.envelopeTo[0] === ADDRESS)).toBe(
      true,
    );
  });

  it('refuses expired and forged tokens', async () => {
    await insertAccount(database.db, {
      email: 'expired@sign-in.example.jp',
      displayName: '期限 切れ',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const { token } = await requestAndReceiveToken('expired@sign-in.example.jp');
    await database.db
      .updateTable('sign_in_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('redeemed_at', 'is', null)
      .execute();
    const expired = await server.graphql(REDEEM, { token });
    expect(expired.data?.redeemSignInLink.__typename).toBe('InvalidTokenError');

    const forged = await server.graphql(REDEEM, {
      token: randomBytes(32).toString('base64url'),
    });
    expect(forged.data?.redeemSignInLink.__typename).toBe('InvalidTokenError');
  });

  it('gives exactly one session when the same link is redeemed five times at once', async () => {
    await insertAccount(database.db, {
      email: 'race@sign-in.example.jp',
      displayName: '同時 太郎',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const { token } = await requestAndReceiveToken('race@sign-in.example.jp');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => server.graphql(REDEEM, { token })),
    );
    const kinds = results.map((r) => r.data?.redeemSignInLink.__typename).sort();
    expect(kinds).toEqual([
      'InvalidTokenError',
      'InvalidTokenError',
      'InvalidTokenError',
      'InvalidTokenError',
      'RedeemSignInLinkPayload',
    ]);
  });

  it('a new link makes the older unused ones of that account useless', async () => {
    const email = 'newer-link@sign-in.example.jp';
    await insertAccount(database.db, {
      email,
      displayName: '新 しい',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const older = await requestAndReceiveToken(email);
    const newer = await requestAndReceiveToken(email);
    const redeem = (token: string) => server.graphql(REDEEM, { token });
    expect((await redeem(older.token)).data?.redeemSignInLink).toMatchObject({
      __typename: 'InvalidTokenError',
      code: 'INVALID_TOKEN',
    });
    expect((await redeem(newer.token)).data?.redeemSignInLink.__typename).toBe(
      'RedeemSignInLinkPayload',
    );
  });

  it('limits link requests per address with a clear error, for unknown addresses too', async () => {
    const email = 'limit@sign-in.example.jp';
    for (let i = 0; i < 3; i += 1) {
      const { data } = await server.graphql(REQUEST, { email });
      expect(data?.requestSignInLink.__typename).toBe('RequestSignInLinkPayload');
    }
    const { data } = await server.graphql(REQUEST, { email });
    expect(data?.requestSignInLink).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'RATE_LIMITED',
    });
    expect(data?.requestSignInLink.message).toMatch(/分ほど待って/);
  });
});

describe('sessions', () => {
  const email = 'sessions@sign-in.example.jp';
  beforeAll(async () => {
    await insertAccount(database.db, {
      email,
      displayName: '佐藤 花子',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
  });

  async function signIn(): Promise<string> {
    const { token } = await requestAndReceiveToken(email);
    const { data } = await server.graphql(REDEEM, { token });
    return expectTypename(data?.redeemSignInLink, 'RedeemSignInLinkPayload').sessionToken;
  }

  it('lists and revokes sessions; a revoked or signed-out token gets 401', async () => {
    const first = await signIn();
    const second = await signIn();
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });
    const { data } = await server.graphql(MY_SESSIONS, {}, auth(first));
    const sessions = data?.mySessions ?? [];
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current);
    if (!other) throw new Error('expected two sessions');

    const revoked = await server.graphql(REVOKE_SESSION, { id: other.id }, auth(first));
    expect(revoked.data?.revokeSession.__typename).toBe('SignOutPayload');
    const withRevoked = await server.graphql(VIEWER2, {}, auth(second));
    expect(withRevoked.status).toBe(401);

    await server.graphql(SIGN_OUT2, {}, auth(first));
    const afterSignOut = await server.graphql(VIEWER2, {}, auth(first));
    expect(afterSignOut.status).toBe(401);
    expect(afterSignOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('signOut returns SignOutResult: the second of two at the same moment gets CONFLICT', async () => {
    const user = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
    const SIGN_OUT = graphql(`
      mutation SignInSignOut { signOut { __typename ... on Error { code message } } }
    `);
    // Hold the session's row, so that both requests are past authentication before either ends it.
    const requests = await database.db.transaction().execute(async (trx) => {
      await sql`SELECT id FROM sessions WHERE account_id = ${user.accountId} FOR UPDATE`.execute(
        trx,
      );
      const both = [1, 2].map(() => server.graphql(SIGN_OUT, {}, user.headers));
      await waitFor(async () => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE 'update "sessions"%'`.execute(database.db);
        return rows[0]?.n === 2 ? true : undefined;
      });
      return both;
    });
    const answers = (await Promise.all(requests)).map((r) => r.data?.signOut);
    expect(answers.map((a) => a?.__typename).sort()).toEqual(['ConflictError', 'SignOutPayload']);
    expect(answers.find((a) => a?.__typename === 'ConflictError')).toEqual({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: 'このセッションは既に終了しています（サインアウト済みです）。',
    });
    const audited = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('actor_id', '=', user.accountId)
      .execute();
    expect(audited).toEqual([{ action: 'session.revoke' }]);
  });
});

describe('per-IP limit', () => {
  it('stops link requests from one client IP past the limit, across addresses', async () => {
    const limited = await startTestServer({
      db: database.db,
      // Two proxies in front: this loopback socket and 10.0.0.1.
      env: { SIGN_IN_LIMIT_PER_IP: '2', TRUST_PROXY: 'loopback,10.0.0.0/8' },
    });
    const from = (ip: string, n: number) =>
      limited
        .graphql(
          REQUEST,
          { email: `ip${n}@sign-in.example.jp` },
          { 'x-forwarded-for': `${ip}, 10.0.0.1` },
        )
        .then((r) => r.data?.requestSignInLink.__typename);
    const results = [
      await from('203.0.113.7', 1),
      await from('203.0.113.7', 2),
      await from('203.0.113.7', 3),
    ];
    expect(results).toEqual([
      'RequestSignInLinkPayload',
      'RequestSignInLinkPayload',
      'RateLimitedError',
    ]);
    // Another client is not affected.
    expect(await from('198.51.100.9', 4)).toBe('RequestSignInLinkPayload');
  });
});

describe('login CSRF', () => {
  it('refuses a sign-in form posted from another site or an opaque origin, and accepts our own page', async () => {
    const email = 'csrf@sign-in.example.jp';
    await insertAccount(database.db, {
      email,
      displayName: '佐藤 花子',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const { token } = await requestAndReceiveToken(email);
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ token }).toString(),
        // A successful sign-in answers 303 to the console: look at that answer, not its target.
        redirect: 'manual',
      });
    for (const headers of [
      { origin: 'null' },
      { origin: 'https://evil.example.com' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: server.url, 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.sign-in.example.jp', 'sec-fetch-site': 'same-site' },
    ] as Record<string, string>[]) {
      const refused = await post(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect(await refused.text()).toContain('別のサイトからのフォーム送信は受け付けていません');
    }
    // Our own confirmation page (Referrer-Policy: no-referrer makes its Origin "null").
    const accepted = await post({ origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('set-cookie')).toMatch(/^tsunagari_session=/);
  });
});

// Last: its links would count in the tests above that look at every token.
describe('where sign-in leads', () => {
  it('after sign-in the browser goes to the safe `next` path the app asked for, or else by role', async () => {
    const email = 'next@sign-in.example.jp';
    await insertAccount(database.db, {
      email,
      displayName: '佐藤 花子',
      role: 'SECRETARIAT_STAFF',
      organizationId: null,
      isOrganizationAdmin: false,
    });
    const signIn = async (next?: string) => {
      let cookie = '';
      if (next !== undefined) {
        const form = await fetch(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
        cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      }
      const { token } = await requestAndReceiveToken(email);
      const post = await fetch(`${server.url}/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ token }),
        redirect: 'manual',
      });
      expect(post.status).toBe(303);
      return post.headers.get('location');
    };
    expect(await signIn()).toBe('/admin/');
    expect(await signIn('/admin/replies?id=1')).toBe('/admin/replies?id=1');
    // Another site is never a way back.
    expect(await signIn('//evil.example/x')).toBe('/admin/');
  });
});
