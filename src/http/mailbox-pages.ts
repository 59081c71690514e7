/**
 * /mailbox: what the local mailbox received, as a recipient would see it.
 *
 *   GET /mailbox?q=&to=&page=        newest first, 50 a page; `q` searches subject, sender and
 *                                     recipients, `to` shows one recipient's mail
 *   GET /mailbox/recipients?q=&page= every address that received mail, with counts
 *   GET /mailbox/<id>                one message: summary, HTML and text parts, decoded headers
 *   GET /mailbox/<id>/html           the HTML part alone (shown in a sandboxed frame)
 *   GET /mailbox/<id>/raw            the message as received (.eml)
 *   GET /mailbox/mailbox.css         the pages' style sheet
 *
 * The pages have no script, no inline style and no <style> block: a strict Content Security
 * Policy can apply to them as it is. The HTML part is served on its own with a policy of its own
 * (sandboxed, no scripts; inline styles allowed, as e-mails need them).
 */
import { escapeHtml, html, type SafeHtml } from '../lib/html.js';
import { decodeHeaderValue } from '../lib/mime-words.js';
import type { MailboxReader, MailboxSummary } from '../mail/local-mailbox.js';

export const MAILBOX_PAGE_SIZE = 50;
const STYLESHEET_PATH = '/mailbox/mailbox.css';

/** What to answer; `null` from {@link mailboxResponse} means "no such page or message" (404). */
export interface MailboxResponse {
  readonly status: number;
  readonly type: string;
  readonly body: string | Buffer;
  readonly headers?: Record<string, string>;
}

const HTML_TYPE = 'text/html; charset=utf-8';

/** Routes a request under /mailbox. */
export async function mailboxResponse(
  mailbox: MailboxReader,
  url: URL,
): Promise<MailboxResponse | null> {
  const parts = url.pathname.split('/').filter(Boolean); // ['mailbox', …]
  const [, first, second] = parts;
  if (parts.length > 3) return null;
  if (first === undefined) return listPage(mailbox, url.searchParams);
  if (first === 'mailbox.css' && second === undefined) {
    return {
      status: 200,
      type: 'text/css; charset=utf-8',
      body: STYLESHEET,
      headers: { 'cache-control': 'public, max-age=3600' },
    };
  }
  if (first === 'recipients' && second === undefined) {
    return recipientsPage(mailbox, url.searchParams);
  }
  if (second === 'raw') {
    const raw = await mailbox.raw(first);
    return raw ? { status: 200, type: 'message/rfc822', body: raw } : null;
  }
  if (second === 'html') {
    const mail = await mailbox.parsed(first);
    if (!mail) return null;
    return {
      status: 200,
      type: HTML_TYPE,
      body: mail.html || '<p>HTML パートはありません。</p>',
      headers: {
        // The message's own HTML: no scripts, no forms, no requests but images; its inline styles
        // are what a mail client would show.
        'content-security-policy':
          "sandbox; default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        // Framed by the message page of the same origin only (every other page: DENY).
        'x-frame-options': 'SAMEORIGIN',
        'x-content-type-options': 'nosniff',
      },
    };
  }
  if (second !== undefined) return null;
  const body = await messagePage(mailbox, first);
  return body ? { status: 200, type: HTML_TYPE, body } : null;
}

// ---------------------------------------------------------------------------------------------
// Pages

async function listPage(mailbox: MailboxReader, params: URLSearchParams): Promise<MailboxResponse> {
  const text = (params.get('q') ?? '').trim();
  const recipient = (params.get('to') ?? '').trim();
  const pageNumber = parsePageNumber(params.get('page'));
  if (pageNumber === null) return badPage(params);
  const { total, messages } = await mailbox.search({
    text,
    recipient,
    offset: (pageNumber - 1) * MAILBOX_PAGE_SIZE,
    limit: MAILBOX_PAGE_SIZE,
  });
  const title = recipient ? `${recipient} 宛てのメール` : 'ローカルメールボックス';
  const rows = messages.map(
    (m) => html`<tr>
      <td>${formatReceived(m.receivedAt)}</td>
      <td>${recipientLinks(m)}</td>
      <td><a href="/mailbox/${m.id}">${m.subject || '（件名なし）'}</a></td>
      <td>${m.from}</td>
    </tr>`,
  );
  const conditions = [text ? `「${text}」を含む` : '', recipient ? `宛先 ${recipient}` : ''].filter(
    Boolean,
  );
  return {
    status: 200,
    type: HTML_TYPE,
    body: shell(
      title,
      html`<h1>${title}</h1>
      <p>SMTP_URL が未設定のため、送信メールは配信されずにここに届きます${mailbox.smtpUrl ? `（${mailbox.smtpUrl}）` : ''}。</p>
      ${searchForm('/mailbox', text, recipient)}
      <p role="status">${summaryLine(total, pageNumber, conditions)}</p>
      ${
        messages.length === 0
          ? html`<p>${total === 0 ? (conditions.length ? '条件に合うメールはありません。' : 'まだメールはありません。') : 'このページにメールはありません。'}</p>`
          : html`<table>
        <caption>受信したメール（新しい順）</caption>
        <thead><tr><th scope="col">受信日時</th><th scope="col">宛先</th><th scope="col">件名</th><th scope="col">差出人</th></tr></thead>
        <tbody>${rows}</tbody>
      </table>`
      }
      ${pager('/mailbox', params, pageNumber, total)}`,
    ),
  };
}

async function recipientsPage(
  mailbox: MailboxReader,
  params: URLSearchParams,
): Promise<MailboxResponse> {
  const text = (params.get('q') ?? '').trim().toLowerCase();
  const pageNumber = parsePageNumber(params.get('page'));
  if (pageNumber === null) return badPage(params);
  const all = (await mailbox.recipients()).filter((r) => !text || r.address.includes(text));
  const shown = all.slice((pageNumber - 1) * MAILBOX_PAGE_SIZE, pageNumber * MAILBOX_PAGE_SIZE);
  const rows = shown.map(
    (r) => html`<tr>
      <td><a href="/mailbox?to=${encodeURIComponent(r.address)}">${r.address}</a></td>
      <td class="number">${r.count}</td>
      <td>${formatReceived(r.lastReceivedAt)}</td>
    </tr>`,
  );
  return {
    status: 200,
    type: HTML_TYPE,
    body: shell(
      '宛先ごとのメール',
      html`<h1>宛先ごとのメール</h1>
      <p>メールを受け取ったアドレスの一覧です（最近受け取った順）。アドレスを選ぶと、そのアドレス宛てのメールだけを表示します。</p>
      <form role="search" method="get" action="/mailbox/recipients">
        <p><label for="q">アドレスの一部</label>
        <input type="search" id="q" name="q" value="${params.get('q') ?? ''}" autocomplete="off">
        <button type="submit">絞り込む</button></p>
      </form>
      <p role="status">${summaryLine(all.length, pageNumber, text ? [`「${text}」を含む`] : [], 'アドレス')}</p>
      ${
        shown.length === 0
          ? html`<p>該当するアドレスはありません。</p>`
          : html`<table>
        <caption>宛先アドレス</caption>
        <thead><tr><th scope="col">アドレス</th><th scope="col">件数</th><th scope="col">最後に受け取った日時</th></tr></thead>
        <tbody>${rows}</tbody>
      </table>`
      }
      ${pager('/mailbox/recipients', params, pageNumber, all.length)}`,
    ),
  };
}

async function messagePage(mailbox: MailboxReader, id: string): Promise<string | null> {
  const mail = await mailbox.parsed(id);
  if (!mail) return null;
  const summary = await mailbox.summary(id);
  const subject = mail.subject || '（件名なし）';
  const headers = mail.headerLines.map((h) => {
    const colon = h.line.indexOf(':');
    return html`<tr><th scope="row">${h.line.slice(0, colon)}</th><td>${decodeHeaderValue(h.line.slice(colon + 1).trim())}</td></tr>`;
  });
  const recipients = summary?.envelopeTo ?? [];
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text;
  const attachments = mail.attachments.map(
    (a) =>
      html`<li>${a.filename ?? '（名前なし）'}（${a.contentType}、${a.size.toLocaleString('ja-JP')} バイト）</li>`,
  );
  return shell(
    subject,
    html`<nav aria-label="このメール">
      <ul>
        <li><a href="/mailbox">← メールの一覧</a></li>
        ${recipients.map((r) => html`<li><a href="/mailbox?to=${encodeURIComponent(r)}">${r} 宛てのメール</a></li>`)}
        <li><a href="/mailbox/${id}/raw">元のメッセージ（.eml）</a></li>
      </ul>
    </nav>
    <h1>${subject}</h1>
    <dl>
      <dt>差出人</dt><dd>${mail.from?.text ?? ''}</dd>
      <dt>宛先</dt><dd>${to ?? ''}</dd>
      ${recipients.length ? html`<dt>配送先（エンベロープ）</dt><dd>${recipients.join(', ')}</dd>` : ''}
      <dt>日時</dt><dd>${mail.date ? formatReceived(mail.date.toISOString()) : ''}</dd>
      ${summary ? html`<dt>受信日時</dt><dd>${formatReceived(summary.receivedAt)}</dd>` : ''}
    </dl>
    <h2>HTML パート</h2>
    ${
      mail.html
        ? html`<iframe sandbox src="/mailbox/${id}/html" title="HTML パート: ${subject}"></iframe>`
        : html`<p>HTML パートはありません。</p>`
    }
    <h2>テキストパート</h2>
    <pre>${mail.text ?? '（テキストパートはありません）'}</pre>
    ${attachments.length ? html`<h2>添付ファイル</h2><ul>${attachments}</ul>` : ''}
    <h2>ヘッダー</h2>
    <table>
      <caption>ヘッダー（エンコードされた語は復号して表示。元の形は .eml を御覧ください）</caption>
      <tbody>${headers}</tbody>
    </table>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Pieces

function searchForm(action: string, text: string, recipient: string): SafeHtml {
  return html`<form role="search" method="get" action="${action}">
    <p><label for="q">件名・差出人・宛先で検索</label>
    <input type="search" id="q" name="q" value="${text}" autocomplete="off"></p>
    <p><label for="to">宛先アドレス（完全一致）</label>
    <input type="text" inputmode="email" id="to" name="to" value="${recipient}" autocomplete="off"></p>
    <p><button type="submit">検索</button> <a href="/mailbox">条件を外す</a></p>
  </form>`;
}

function recipientLinks(m: MailboxSummary): SafeHtml {
  const addresses = m.envelopeTo.length ? m.envelopeTo : [m.to];
  return html`${addresses.map(
    (a, i) =>
      html`${i > 0 ? ', ' : ''}<a href="/mailbox?to=${encodeURIComponent(a)}" title="${a} 宛てのメールをすべて表示">${a}</a>`,
  )}`;
}

function summaryLine(
  total: number,
  pageNumber: number,
  conditions: readonly string[],
  noun = 'メール',
): string {
  const first = (pageNumber - 1) * MAILBOX_PAGE_SIZE + 1;
  const last = Math.min(total, pageNumber * MAILBOX_PAGE_SIZE);
  const where = conditions.length ? `${conditions.join('、')}の` : '';
  return total === 0 || first > total
    ? `${where}${noun} 全 ${total} 件`
    : `${where}${noun} 全 ${total} 件中 ${first}〜${last} 件目`;
}

function pager(
  path: string,
  params: URLSearchParams,
  pageNumber: number,
  total: number,
): SafeHtml | string {
  const pages = Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE));
  if (pages === 1 && pageNumber === 1) return '';
  const link = (n: number) => {
    const next = new URLSearchParams(params);
    if (n === 1) next.delete('page');
    else next.set('page', String(n));
    const query = next.toString();
    return `${path}${query ? `?${query}` : ''}`;
  };
  return html`<nav aria-label="ページ">
    <ul>
      ${pageNumber > 1 ? html`<li><a rel="prev" href="${link(Math.min(pageNumber - 1, pages))}">← 前のページ</a></li>` : ''}
      <li aria-current="page">${pageNumber} / ${pages} ページ</li>
      ${pageNumber < pages ? html`<li><a rel="next" href="${link(pageNumber + 1)}">次のページ →</a></li>` : ''}
    </ul>
  </nav>`;
}

/** `page` is 1 when absent; null for anything but a whole number from 1. */
function parsePageNumber(value: string | null): number | null {
  if (value === null || value === '') return 1;
  if (!/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}

function badPage(params: URLSearchParams): MailboxResponse {
  return {
    status: 400,
    type: HTML_TYPE,
    body: shell(
      'ページ番号が正しくありません',
      html`<h1>ページ番号が正しくありません</h1>
      <p>page には 1 以上の整数を指定してください（指定された値: 「${params.get('page') ?? ''}」）。</p>
      <p><a href="/mailbox">メールの一覧へ</a></p>`,
    ),
  };
}

const receivedFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'medium',
  timeStyle: 'medium',
});

function formatReceived(iso: string): SafeHtml {
  return html`<time datetime="${iso}">${receivedFormat.format(new Date(iso))}</time>`;
}

/** The page shell: no inline style or script, one linked style sheet. */
function shell(title: string, body: SafeHtml): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | ローカルメールボックス | Tsunagari</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header>
<p><a href="/mailbox">ローカルメールボックス</a></p>
<nav aria-label="メールボックス">
<ul>
<li><a href="/mailbox">すべてのメール</a></li>
<li><a href="/mailbox/recipients">宛先ごと</a></li>
</ul>
</nav>
</header>
<main>
${body.value}
</main>
</body>
</html>`;
}

const STYLESHEET = `body {
  font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "BIZ UDPGothic", Meiryo, "Noto Sans JP", sans-serif;
  line-height: 1.7; margin: 0 auto; max-width: 76rem; padding: 1rem; color: #222;
}
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; border-bottom: 1px solid #ccc; }
header p { margin: 0; font-weight: bold; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; margin: .5rem 0; }
a { color: #0645ad; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f90; outline-offset: 2px; }
form p { margin: .4rem 0; }
label { display: inline-block; min-width: 14rem; }
input { font: inherit; padding: .2rem .4rem; min-width: 18rem; }
button { font: inherit; padding: .2rem .9rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: .4rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.number { text-align: right; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: .75rem; }
iframe { width: 100%; min-height: 36rem; border: 1px solid #ccc; background: #fff; }
[aria-current="page"] { font-weight: bold; }
`;
