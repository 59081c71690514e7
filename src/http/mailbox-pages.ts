/** /mailbox: what the local mailbox received, as a recipient would see it. */

import { html, page } from '../lib/html.js';
import type { LocalMailbox } from '../mail/local-mailbox.js';

export async function mailboxListPage(mailbox: LocalMailbox): Promise<string> {
  const messages = await mailbox.list(200);
  const rows = messages.map(
    (m) => html`<tr>
      <td class="muted">${new Date(m.receivedAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}</td>
      <td>${m.envelopeTo.join(', ')}</td>
      <td><a href="/mailbox/${m.id}">${m.subject || '(件名なし)'}</a></td>
    </tr>`,
  );
  return page(
    'ローカルメールボックス',
    html`<h1>ローカルメールボックス</h1>
    <p class="muted">SMTP_URL が未設定のため、送信メールはここに届きます（${mailbox.smtpUrl}）。最新 ${messages.length} 件。</p>
    ${
      messages.length === 0
        ? html`<p>まだメールはありません。</p>`
        : html`<table><thead><tr><th>受信日時</th><th>宛先</th><th>件名</th></tr></thead><tbody>${rows}</tbody></table>`
    }`,
  );
}

export async function mailboxMessagePage(
  mailbox: LocalMailbox,
  id: string,
): Promise<string | null> {
  const mail = await mailbox.parsed(id);
  if (!mail) return null;
  const headers = [...mail.headerLines].map((h) => {
    const colon = h.line.indexOf(':');
    return html`<tr><th>${h.line.slice(0, colon)}</th><td>${h.line.slice(colon + 1).trim()}</td></tr>`;
  });
  return page(
    mail.subject ?? 'メール',
    html`<nav><a href="/mailbox">← 一覧</a><a href="/mailbox/${id}/raw">元のメッセージ (.eml)</a></nav>
    <h1>${mail.subject ?? '(件名なし)'}</h1>
    <h2>HTML パート</h2>
    ${
      mail.html
        ? html`<iframe sandbox title="HTML パート" srcdoc="${mail.html}"></iframe>`
        : html`<p class="muted">HTML パートはありません。</p>`
    }
    <h2>テキストパート</h2>
    <pre>${mail.text ?? '（テキストパートはありません）'}</pre>
    <h2>ヘッダー</h2>
    <table>${headers}</table>`,
  );
}
