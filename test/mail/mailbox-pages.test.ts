/**
 * /mailbox after a newsletter: a newcomer finds one member's mail among many — paging, search by
 * subject and recipient, a per-recipient view, decoded headers — over real HTTP, with messages
 * that went through real SMTP. The pages carry no inline script or style (strict CSP).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAILBOX_PAGE_SIZE } from '../../src/http/mailbox-pages.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { createSmtpTransport, type MailTransport } from '../../src/mail/transport.js';
import { createTestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const FROM = '官民連携プラットフォーム事務局 <secretariat@tsunagari.example.jp>';
const NEWSLETTER = 'メールマガジン 第12号 孤独・孤立対策強化月間を振り返って';
const MEMBER = 'aya.yoshida@demo-414.example.jp';
const MEMBERS = 60;
let mailbox: LocalMailbox;
let transport: MailTransport;
let server: TestServer;

async function deliver(to: string, subject: string, n: number) {
  await transport.send({
    from: FROM,
    to,
    subject,
    html: `<p style="color:#333">${subject}（${n}）</p>`,
    text: `${subject}（${n}）`,
    messageId: `<mailbox-pages-${n}@tsunagari.example.jp>`,
  });
}

beforeAll(async () => {
  const database = await createTestDatabase();
  mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-')) });
  transport = createSmtpTransport(mailbox.smtpUrl);
  server = await startTestServer({ db: database.db, mailbox });
  // The member's sign-in link first, then a newsletter to every member (the member included).
  await deliver(MEMBER, 'ログイン用リンクのお知らせ', 0);
  for (let i = 1; i <= MEMBERS; i += 1) {
    await deliver(i === 17 ? MEMBER : `member${i}@demo.example.jp`, NEWSLETTER, i);
  }
});

afterAll(async () => {
  await transport?.close();
  await mailbox?.stop();
});

async function get(pathAndQuery: string) {
  const response = await fetch(`${server.url}${pathAndQuery}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Links to messages on a list page, in order. */
function messageLinks(page: string): string[] {
  return [...page.matchAll(/href="\/mailbox\/(\d{13}-[0-9a-f-]{36})"/g)].map((m) => m[1] ?? '');
}

function expectNoInlineScriptOrStyle(page: string) {
  expect(page).not.toMatch(/<script/i);
  expect(page).not.toMatch(/<style/i);
  expect(page).not.toMatch(/\sstyle=/i);
  expect(page).not.toMatch(/\son[a-z]+=/i);
}

describe('/mailbox', () => {
  it('pages through every message, newest first, 50 a page', async () => {
    const first = await get('/mailbox');
    expect(first.status).toBe(200);
    expect(messageLinks(first.text)).toHaveLength(MAILBOX_PAGE_SIZE);
    expect(first.text).toContain(`全 ${MEMBERS + 1} 件中 1〜50 件目`);
    expect(first.text).toContain('href="/mailbox?page=2"');
    expectNoInlineScriptOrStyle(first.text);

    const second = await get('/mailbox?page=2');
    expect(messageLinks(second.text)).toHaveLength(MEMBERS + 1 - MAILBOX_PAGE_SIZE);
    expect(second.text).toContain(`全 ${MEMBERS + 1} 件中 51〜${MEMBERS + 1} 件目`);
    expect(second.text).not.toContain('rel="next"');
    // No message on two pages; the oldest (the sign-in link) is last.
    const all = [...messageLinks(first.text), ...messageLinks(second.text)];
    expect(new Set(all).size).toBe(MEMBERS + 1);
    expect(second.text.lastIndexOf('ログイン用リンクのお知らせ')).toBeGreaterThan(
      second.text.lastIndexOf(NEWSLETTER),
    );
  });

  it('finds the member’s own mail by recipient, and lists it on a per-recipient page', async () => {
    const own = await get(`/mailbox?to=${encodeURIComponent(MEMBER.toUpperCase())}`);
    expect(own.status).toBe(200);
    expect(messageLinks(own.text)).toHaveLength(2);
    expect(own.text).toContain('ログイン用リンクのお知らせ');
    expect(own.text).toContain(NEWSLETTER);
    expect(own.text).not.toContain('member1@demo.example.jp');

    const recipients = await get('/mailbox/recipients?q=demo-414');
    expect(recipients.text).toContain(`href="/mailbox?to=${encodeURIComponent(MEMBER)}"`);
    expect(recipients.text).toMatch(/<td class="number">2<\/td>/);
    expectNoInlineScriptOrStyle(recipients.text);
  });

  it('searches subjects and addresses, katakana and hiragana alike, all words', async () => {
    const signIn = await get(`/mailbox?q=${encodeURIComponent('ろぐいん')}`);
    expect(messageLinks(signIn.text)).toHaveLength(1);
    const both = await get(`/mailbox?q=${encodeURIComponent('メールマガジン member17')}`);
    expect(messageLinks(both.text)).toHaveLength(0); // member 17 is the demo member
    const one = await get(`/mailbox?q=${encodeURIComponent('メールマガジン member18@')}`);
    expect(messageLinks(one.text)).toHaveLength(1);
    const none = await get(`/mailbox?q=${encodeURIComponent('存在しない件名')}`);
    expect(none.text).toContain('条件に合うメールはありません。');
  });

  it('shows a message with decoded headers, its parts and links to the recipient’s mail', async () => {
    const own = await get(`/mailbox?to=${encodeURIComponent(MEMBER)}`);
    const [newest] = messageLinks(own.text);
    const message = await get(`/mailbox/${newest}`);
    expect(message.status).toBe(200);
    expect(message.text).toContain(`<h1>${NEWSLETTER}</h1>`);
    expect(message.text).toMatch(new RegExp(`<th scope="row">Subject</th><td>${NEWSLETTER}</td>`));
    expect(message.text).toContain(
      '官民連携プラットフォーム事務局 &lt;secretariat@tsunagari.example.jp&gt;',
    );
    expect(message.text).not.toMatch(/=\?utf-8\?/i);
    expect(message.text).toContain(`href="/mailbox?to=${encodeURIComponent(MEMBER)}"`);
    expectNoInlineScriptOrStyle(message.text);

    // The HTML part is its own sandboxed document, with the e-mail's inline styles.
    expect(message.text).toContain(`<iframe sandbox src="/mailbox/${newest}/html"`);
    const part = await get(`/mailbox/${newest}/html`);
    expect(part.text).toContain('style="color:#333"');
    expect(part.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);

    const css = await get('/mailbox/mailbox.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(message.text).toContain('<link rel="stylesheet" href="/mailbox/mailbox.css">');
  });

  it('answers a wrong page number with a clear error, and unknown paths with 404', async () => {
    for (const page of ['0', 'abc', '-1', '1.5']) {
      const answer = await get(`/mailbox?page=${page}`);
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('page には 1 以上の整数を指定してください');
    }
    const beyond = await get('/mailbox?page=99');
    expect(beyond.status).toBe(200);
    expect(beyond.text).toContain('このページにメールはありません。');
    expect(beyond.text).toContain('rel="prev"');
    expect((await get('/mailbox/recipients/x')).status).toBe(404);
    expect((await get('/mailbox/1234/html')).status).toBe(404);
  });
});
