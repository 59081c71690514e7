/**
 * Links every e-mail carries, followed as a recipient would: mailings created and sent through
 * the GraphQL API over HTTP, received by a real SMTP server, their links opened over HTTP.
 *
 * - The footer's 「ウェブサイト」 goes to the platform's website (PLATFORM_SITE_URL), never to
 *   this server's root (the GraphQL IDE) — in mailings and in service mail alike.
 * - 「ブラウザで表示する」 of a mailing not in the archive opens that recipient's own web version
 *   (a signed link per delivery); a public one's leads to its archive page.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import { addOrganization, PUBLIC_URL, waitForMailing } from '../helpers/mail/harness.js';
import type { SmtpSink } from '../helpers/mail/smtp-sink.js';
import { globalIdOf, localIdOf, startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const SITE_URL = 'https://platform.example.go.jp/kodoku/';
const ORG_ADDRESS = 'soumu@mail-links.example.jp';
const RECIPIENT_NAME = '受信　一郎';

let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let organizationId: string;
let secretKey: Buffer;

beforeAll(async () => {
  ({ database, sink, server, staff, secretKey } = await startMailWorld({
    env: { PLATFORM_SITE_URL: SITE_URL },
  }));
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  // The only active member: every mailing reaches exactly this address.
  await database.db.updateTable('organizations').set({ status: 'WITHDRAWN' }).execute();
  const org = await addOrganization(database.db, {
    name: 'NPO法人 リンクの会',
    contacts: [{ email: ORG_ADDRESS, name: RECIPIENT_NAME }],
  });
  organizationId = org.id;
}, 60_000);

type Payload = {
  __typename: string;
  mailing?: { id: string; version: number; subject: string };
  message?: string;
};
const PAYLOAD = `__typename ... on MailingPayload { mailing { id version subject } } ... on Error { message }`;

async function call(query: string, variables: Record<string, unknown>, user: TestUser) {
  const response = await server.graphql(query, variables, user.headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const payload = Object.values(response.data ?? {})[0] as Payload;
  if (payload.__typename !== 'MailingPayload' && payload.__typename !== 'AccountPayload') {
    throw new Error(JSON.stringify(payload));
  }
  return payload;
}

/** Creates, approves and sends a mailing through the API; returns its id and the message received. */
async function sendThroughApi(content: Record<string, unknown>, isPublic: boolean) {
  const created = await call(
    `mutation($input: CreateMailingInput!) { createMailing(input: $input) { ${PAYLOAD} } }`,
    { input: { content, requiresApproval: true, isPublic } },
    staff,
  );
  const mailing = created.mailing;
  if (!mailing) throw new Error('not created');
  await call(
    `mutation($input: ApproveMailingInput!) { approveMailing(input: $input) { ${PAYLOAD} } }`,
    { input: { mailingId: mailing.id, expectedVersion: mailing.version } },
    admin,
  );
  await call(
    `mutation($input: SendMailingInput!) { sendMailing(input: $input) { ${PAYLOAD} } }`,
    { input: { mailingId: mailing.id } },
    staff,
  );
  const id = localIdOf(mailing.id);
  await waitForMailing(database.db, id, ['SENT']);
  const received = await Promise.all(
    sink.received.filter((m) => m.to === ORG_ADDRESS).map((m) => sink.parse(m)),
  );
  const message = received.find((m) => m.subject === mailing.subject);
  if (!message) throw new Error(`no message received for ${mailing.subject}`);
  return { id, html: String(message.html), text: message.text ?? '' };
}

/** The href of the first link labelled `label` in an HTML part. */
function hrefOf(html: string, label: string): string | undefined {
  return new RegExp(`<a href="([^"]+)"[^>]*>\\s*${label}\\s*</a>`)
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&');
}

const NEWSLETTER = {
  newsletter: {
    issueNumber: 31,
    issueDate: '2025-07-01',
    theme: 'リンクの確認',
    sections: [{ heading: '会員の活動紹介', items: [{ title: '居場所づくりの取組' }] }],
  },
};

describe('「ウェブサイト」 in the footer', () => {
  it('goes to PLATFORM_SITE_URL in a sent mailing (HTML and text), not to the GraphQL IDE', async () => {
    const { html, text } = await sendThroughApi(NEWSLETTER, true);
    expect(hrefOf(html, 'ウェブサイト')).toBe(SITE_URL);
    expect(text).toContain(`ウェブサイト: ${SITE_URL}`);
    // This server's root is the IDE; no footer link points there.
    expect(html).not.toMatch(new RegExp(`href="${PUBLIC_URL}/?"`));
    expect(text).not.toMatch(new RegExp(`ウェブサイト: ${PUBLIC_URL}/?$`, 'm'));
  });

  it('goes to PLATFORM_SITE_URL in service mail too (an invitation)', async () => {
    const address = 'new-user@mail-links.example.jp';
    await call(
      `mutation($input: InviteOrganizationUserInput!) { inviteOrganizationUser(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          organizationId: globalIdOf('Organization', organizationId),
          email: address,
          displayName: '新規　花子',
        },
      },
      admin,
    );
    const message = await waitFor(async () => sink.received.find((m) => m.to === address));
    const parsed = await sink.parse(message);
    expect(hrefOf(String(parsed.html), 'ウェブサイト')).toBe(SITE_URL);
  });
});

const NOTICE = {
  notice: {
    date: '2025-07-10',
    issuerCodes: ['cao'],
    addressee: '会員 各位',
    subject: '非公開の調査への御協力のお願い',
    paragraphs: ['会員団体の皆様に限ってお知らせします。'],
    reply: { deadline: '2030-07-31' },
  },
};

/** A link of the received message, pointed at the test server. */
const local = (href: string) => href.replace(PUBLIC_URL, server.url);

/** Every link to this service in an HTML document (the platform website aside). */
const serviceLinks = (page: string) =>
  [...page.matchAll(/href="([^"]+)"/g)]
    .map((m) => (m[1] ?? '').replaceAll('&amp;', '&'))
    .filter((href) => href.startsWith(PUBLIC_URL));

describe('「ブラウザで表示する」 of a mailing not in the archive', () => {
  let notice: { id: string; html: string; text: string };
  let link: string;

  beforeAll(async () => {
    notice = await sendThroughApi(NOTICE, false);
    link = hrefOf(notice.html, 'ブラウザで表示する') ?? '';
  });

  it('is a signed link of this delivery, in both parts of the message', () => {
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/web/[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}$`));
    expect(notice.text).toContain(`ブラウザで表示する: ${link}`);
  });

  it('opens the message as it was sent to this recipient, without the mail-only parts', async () => {
    const response = await fetch(local(link));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('非公開の調査への御協力のお願い');
    expect(page).toContain('会員団体の皆様に限ってお知らせします。');
    // Whose copy it is …
    expect(page).toContain(
      `NPO法人 リンクの会　${RECIPIENT_NAME} 様にお送りしたメールのウェブ版です。`,
    );
    // … with the delivery's own reply button, which works from here.
    const acknowledge = hrefOf(page, '受領を報告する');
    expect(acknowledge).toBe(hrefOf(notice.html, '受領を報告する'));
    expect(acknowledge).toMatch(/\/acknowledge\//);
    const reply = await fetch(local(acknowledge ?? ''));
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain('非公開の調査への御協力のお願い');
    // Every link to this service on the page is one the e-mail itself carries.
    const inMail = new Set(serviceLinks(notice.html));
    for (const href of serviceLinks(page)) expect(inMail, href).toContain(href);
    // No footer note, 連絡先 link or 「ブラウザで表示する」 on the web.
    expect(page).not.toMatch(/確認・変更|配信停止|ブラウザで表示する|お送りしています/);
    expect(page).not.toContain('/preferences/');
    expect(page).not.toContain('mail-only.invalid');
    expect(hrefOf(page, 'ウェブサイト')).toBe(SITE_URL);
  });

  it('is a private page: not cached, not indexed, no Referer, no script', async () => {
    const response = await fetch(local(link));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('script-src');
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('answers a wrong, altered or borrowed token with a Japanese 400, an unknown delivery with 404', async () => {
    const token = link.slice(link.lastIndexOf('/') + 1);
    const [id, mac = ''] = token.split('.');
    const flipped = `${id}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    for (const bad of [
      flipped,
      `${randomUUID()}.${mac}`,
      'not-a-token',
      '%E0%A4%A',
      // A genuine token of the same delivery, for another link.
      signLinkToken(secretKey, 'acknowledge', id ?? ''),
    ]) {
      const response = await fetch(`${server.url}/web/${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const page = await response.text();
      expect(page).toContain('リンクが無効です');
      expect(page).not.toContain('非公開の調査');
    }
    const missing = await fetch(
      `${server.url}/web/${signLinkToken(secretKey, 'web', randomUUID())}`,
    );
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('メールが見つかりません');
    expect((await fetch(local(link), { method: 'POST' })).status).toBe(405);
  });

  it('a public mailing’s link stays its archive page', async () => {
    const newsletter = await sendThroughApi(
      { newsletter: { ...NEWSLETTER.newsletter, issueNumber: 32 } },
      true,
    );
    const web = hrefOf(newsletter.html, 'ブラウザで表示する');
    expect(web).toBe(`${PUBLIC_URL}/mailings/${newsletter.id}/web`);
    const hop = await fetch(local(web ?? ''), { redirect: 'manual' });
    expect(hop.status).toBe(302);
    expect(hop.headers.get('location')).toBe(`/archive/newsletters/${newsletter.id}`);
  });
});
