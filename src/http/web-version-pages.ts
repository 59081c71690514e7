/**
 * HTTP: a recipient's own web version of a mailing that is not in the archive — where the
 * 「ブラウザで表示する」 link of such a message leads (public mailings link to their archive page).
 *
 *   GET /web/<token>    the message as it was sent to the delivery behind the token (its
 *                       recipient, its reply button and attachment links), without the parts
 *                       only a mailbox needs (src/mail/render/web-version.ts)
 *
 * The signed token (a delivery id, src/mail/engine/links.ts) is the only credential, like the
 * reply links: whoever holds the link sees that message. A malformed, forged or altered token
 * answers 400, a token of a delivery that no longer exists 404 — Japanese pages either way.
 * Never cached, never indexed, no Referer (the URL holds the token).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, page } from '../lib/html.js';
import { deliveryValues } from '../mail/engine/compose.js';
import { verifyLinkToken } from '../mail/engine/links.js';
import { parseCompiledEmail, renderWebVersion } from '../mail/render/index.js';
import { findDeliveryForWebVersion } from '../modules/mailings/mailing.repository.js';
import { decodeSegment } from './paths.js';
import { type HttpDeps, HttpError, send } from './respond.js';

const HTML = 'text/html; charset=utf-8';

/** Serves the request when the path is `/web/<token>`; false otherwise. */
export async function handleWebVersionPage(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const match = /^\/web\/([^/]+)$/.exec(url.pathname);
  if (!match) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    throw new HttpError(405, 'Method not allowed');
  }
  // Set before any answer: the error pages are behind the same link.
  res.setHeader('x-robots-tag', 'noindex, nofollow');
  res.setHeader('referrer-policy', 'no-referrer');
  const deliveryId = verifyLinkToken(deps.secretKey, 'web', decodeSegment(match[1]));
  if (!deliveryId) {
    send(
      res,
      400,
      HTML,
      messagePage(
        'リンクが無効です',
        'このリンクは正しくないか、途中で切れています。メールの「ブラウザで表示する」のリンクを、そのまま開いてください。',
      ),
    );
    return true;
  }
  const delivery = await findDeliveryForWebVersion(deps.db, deliveryId);
  if (!delivery || delivery.compiledEmail == null) {
    send(
      res,
      404,
      HTML,
      messagePage(
        'メールが見つかりません',
        'このメールのウェブ版は見つかりませんでした。お手元に届いたメールを御覧ください。',
      ),
    );
    return true;
  }
  const base = deps.config.publicUrl.replace(/\/+$/, '');
  const values = deliveryValues(
    { publicUrl: deps.config.publicUrl, secretKey: deps.secretKey },
    { id: delivery.mailingId, isPublic: delivery.isPublic },
    {
      id: delivery.deliveryId,
      address: delivery.address,
      recipientName: delivery.recipientName,
      organizationName: delivery.organizationName,
      contactId: delivery.contactId,
    },
  );
  const web = renderWebVersion(
    parseCompiledEmail(delivery.compiledEmail),
    values,
    `${base}/sign-in`,
  );
  send(res, 200, HTML, withNotice(web.html, delivery));
  return true;
}

/**
 * The message's own HTML document with a line above it saying whose copy this is: its links
 * (reply button, attachments) are that organisation's, so is the page's address.
 */
function withNotice(
  document: string,
  delivery: { organizationName: string; recipientName: string },
): string {
  const notice =
    html`<div role="note" style="background:#fff6e0;border-bottom:1px solid #e6d3a3;color:#1f2933;font-family:'Hiragino Kaku Gothic ProN','Hiragino Sans','BIZ UDPGothic',Meiryo,'Noto Sans JP',sans-serif;"><div style="max-width:640px;margin:0 auto;padding:10px 16px;box-sizing:border-box;font-size:13px;line-height:1.7;overflow-wrap:anywhere;">
<p style="margin:0;">${delivery.organizationName}　${delivery.recipientName} 様にお送りしたメールのウェブ版です。このページのアドレスは貴団体専用です。ほかの方に知らせないでください。</p>
</div></div>`.value;
  return document
    .replace('</head>', '<meta name="robots" content="noindex, nofollow"></head>')
    .replace(/<body([^>]*)>/, (open) => `${open}${notice}`);
}

function messagePage(title: string, text: string): string {
  return page(title, html`<main><h1>${title}</h1><p>${text}</p></main>`);
}
