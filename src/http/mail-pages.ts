/**
 * Pages and endpoints a recipient reaches from an e-mail (unsubscribe, preferences) and the
 * mail engine's own endpoints (preview, bounce intake). Returns false for paths it does not serve.
 *
 *   GET  /unsubscribe/<token>      Japanese confirmation page with a button; changes nothing
 *   POST /unsubscribe/<token>      one-click unsubscribe (RFC 8058): body List-Unsubscribe=One-Click,
 *                                  urlencoded or multipart; no cookies, no sign-in; 200, no redirect
 *   GET  /preferences/<token>      the contact's mail settings per kind
 *   POST /preferences/<token>      saves them
 *   GET  /mailings/<id>/preview    preview for the secretariat (session cookie or bearer); <id>
 *                                  is the mailing's global ID (previewUrl) or its UUID;
 *                                  ?part=html: the rendered HTML part alone, sandboxed, for the
 *                                  console's preview iframe (frame-ancestors 'self')
 *   POST /bounces                  bounce/complaint intake: JSON or a DSN/ARF message
 *                                  (Authorization: Bearer <BOUNCE_WEBHOOK_SECRET>); any other
 *                                  message/rfc822 is mail to the List-Unsubscribe mailto:
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { sha256 } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { html, page, type SafeHtml } from '../lib/html.js';

import {
  type BounceReport,
  type BounceResult,
  parseJsonReports,
  parseReportMessage,
  recordBounce,
  UnidentifiedBounceError,
} from '../mail/engine/bounces.js';
import { verifyLinkToken } from '../mail/engine/links.js';
import { isReportMessage, parseUnsubscribeMail } from '../mail/engine/mail-unsubscribe.js';
import {
  findContactPreferences,
  findUnsubscribeTarget,
  OPTIONAL_KIND_LABELS,
  setPreferences,
  type UnsubscribeOutcome,
  unsubscribeDelivery,
} from '../mail/engine/unsubscribe.js';
import { previewEmail } from '../mail/render/index.js';
import { authenticate, InvalidCredentialsError } from '../modules/accounts/authenticate.js';
import { findMailing } from '../modules/mailings/mailing.repository.js';
import { compiledOf } from '../modules/mailings/mailing.service.js';
import { decodeSegment, idInPath } from './paths.js';
import { type HttpDeps, HttpError, readBody, send } from './respond.js';

const HTML = 'text/html; charset=utf-8';
const KIND_LABELS: Record<string, string> = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
  NOTICE: '事務連絡',
  MEETING_NOTICE: '会議のお知らせ',
};

export async function handleMailPage(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: Context,
): Promise<boolean> {
  const { pathname } = url;
  const unsubscribeMatch = /^\/unsubscribe\/([^/]+)$/.exec(pathname);
  if (unsubscribeMatch) {
    await handleUnsubscribe(deps, req, res, decodeSegment(unsubscribeMatch[1] ?? ''), context);
    return true;
  }
  const preferencesMatch = /^\/preferences\/([^/]+)$/.exec(pathname);
  if (preferencesMatch) {
    await handlePreferences(deps, req, res, decodeSegment(preferencesMatch[1] ?? ''), context);
    return true;
  }
  const previewMatch = /^\/mailings\/([^/]+)\/preview$/.exec(pathname);
  if (previewMatch) {
    const id = idInPath(previewMatch[1], 'Mailing');
    await handlePreview(deps, req, res, id, url.searchParams.get('part'));
    return true;
  }
  if (pathname === '/bounces') {
    await handleBounces(deps, req, res, context);
    return true;
  }
  return false;
}

// ---- unsubscribe -----------------------------------------------------------------------------

function messagePage(title: string, body: SafeHtml | string): string {
  return page(
    title,
    html`<main><h1>${title}</h1>${typeof body === 'string' ? html`<p>${body}</p>` : body}</main>`,
  );
}

const INVALID_LINK = messagePage(
  'リンクが無効です',
  'このリンクは正しくないか、途中で切れています。メールに記載のリンクをそのまま開いてください。設定は変更されていません。',
);

async function handleUnsubscribe(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  context: Context,
): Promise<void> {
  const deliveryId = verifyLinkToken(deps.secretKey, 'unsubscribe', token);
  const target = deliveryId ? await findUnsubscribeTarget(deps.db, deliveryId) : null;
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (!target) return send(res, 400, HTML, INVALID_LINK);
    const label = KIND_LABELS[target.kind] ?? target.kind;
    if (!target.optional) {
      return send(res, 200, HTML, messagePage(`${label}の配信について`, notOptionalText(label)));
    }
    // A GET never changes anything: mail scanners and previews open links.
    return send(
      res,
      200,
      HTML,
      page(
        '配信停止の確認',
        html`<main>
<h1>${label}の配信停止</h1>
<p>${target.organizationName}　${target.recipientName} 様（${target.address}）あての${label}の配信を停止します。</p>
${target.alreadyOptedOut ? html`<p>このアドレスへの${label}の配信はすでに停止しています。</p>` : ''}
<form method="post">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">配信を停止する</button>
</form>
<p class="muted">事務連絡など事務局からの必要なお知らせは、配信停止後も届きます。</p>
</main>`,
      ),
    );
  }
  if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed');
  const body = await readBody(req);
  if (formValue(req.headers['content-type'], body, 'List-Unsubscribe') !== 'One-Click') {
    return send(
      res,
      400,
      HTML,
      messagePage(
        'リクエストが正しくありません',
        '配信停止のリクエストに「List-Unsubscribe=One-Click」がありません。設定は変更されていません。',
      ),
    );
  }
  if (!target) return send(res, 400, HTML, INVALID_LINK);
  const label = KIND_LABELS[target.kind] ?? target.kind;
  if (!target.optional) {
    return send(res, 200, HTML, messagePage(`${label}の配信について`, notOptionalText(label)));
  }
  await unsubscribeDelivery(deps.db, context, target, 'one-click');
  return send(
    res,
    200,
    HTML,
    messagePage(
      '配信を停止しました',
      `${target.address} への${label}の配信を停止しました。配信を再開したいときは、事務局までご連絡いただくか、メール末尾の「配信設定の変更」から設定してください。`,
    ),
  );
}

function notOptionalText(label: string): string {
  return `${label}は、会員団体の指定連絡先に必ずお送りする事務的なお知らせのため、配信停止の対象外です。連絡先の変更は事務局までご連絡ください。`;
}

/**
 * A field of a urlencoded or multipart/form-data body (the two encodings RFC 8058 allows).
 */
export function formValue(
  contentType: string | undefined,
  body: string,
  name: string,
): string | undefined {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
    if (!boundary) return undefined;
    for (const part of body.split(`--${boundary}`)) {
      const split = part.indexOf('\r\n\r\n');
      if (split < 0) continue;
      const head = part.slice(0, split);
      const field = /content-disposition:\s*form-data;[^\r\n]*\bname="([^"]*)"/i.exec(head)?.[1];
      if (field === name) return part.slice(split + 4).replace(/\r\n$/, '');
    }
    return undefined;
  }
  return new URLSearchParams(body).get(name) ?? undefined;
}

// ---- preferences -----------------------------------------------------------------------------

async function handlePreferences(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  context: Context,
): Promise<void> {
  const contactId = verifyLinkToken(deps.secretKey, 'preferences', token);
  const contact = contactId ? await findContactPreferences(deps.db, contactId) : null;
  if (!contact) return send(res, 400, HTML, INVALID_LINK);
  let saved = false;
  let current = contact;
  if (req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    if (form.get('form') !== 'preferences') throw new HttpError(400, 'Bad request');
    const receive = new Set(form.getAll('receive'));
    await deps.db.transaction().execute(async (trx) => {
      const optedOut = await setPreferences(trx, contact, receive);
      await recordAudit(trx, context, {
        action: 'contact.setMailPreferences',
        targetType: 'Contact',
        targetId: contact.contactId,
        before: { optedOut: [...contact.optedOut] },
        after: { optedOut },
      });
    });
    saved = true;
    current = (await findContactPreferences(deps.db, contact.contactId)) ?? contact;
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, 'Method not allowed');
  }
  return send(
    res,
    200,
    HTML,
    page(
      '配信設定',
      html`<main>
<h1>メールの配信設定</h1>
<p>${current.organizationName}　${current.name} 様（${current.email}）</p>
${saved ? html`<p role="status"><strong>設定を保存しました。</strong></p>` : ''}
<form method="post">
<input type="hidden" name="form" value="preferences">
<fieldset>
<legend>受け取るメール</legend>
${OPTIONAL_KIND_LABELS.map(
  ({ kind, label }) =>
    html`<p><label><input type="checkbox" name="receive" value="${kind}"${current.optedOut.has(kind) ? '' : html` checked`}> ${label}</label></p>`,
)}
</fieldset>
<button type="submit">保存する</button>
</form>
<p class="muted">事務連絡・会議のお知らせは、会員団体の指定連絡先に必ずお送りする事務的なお知らせのため、この設定にかかわらず届きます。</p>
</main>`,
    ),
  );
}

// ---- preview ---------------------------------------------------------------------------------

async function handlePreview(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  mailingId: string | undefined,
  part: string | null,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
  let viewer: Awaited<ReturnType<typeof authenticate>>;
  try {
    // A read-only GET: the (SameSite=Lax) session cookie is enough, so it opens in a browser.
    viewer = await authenticate(deps.db, req.headers, { allowCookie: true });
  } catch (error) {
    if (error instanceof InvalidCredentialsError) throw new HttpError(401, error.message);
    throw error;
  }
  if (viewer.kind === 'ANONYMOUS') {
    return send(
      res,
      401,
      HTML,
      messagePage('サインインが必要です', '事務局のアカウントでサインインしてから開いてください。'),
    );
  }
  if (viewer.kind !== 'SECRETARIAT') throw new HttpError(403, 'Forbidden');
  const mailing = mailingId ? await findMailing(deps.db, mailingId) : undefined;
  if (!mailing) throw new HttpError(404, 'Not found');
  const preview = previewEmail(await compiledOf(deps.db, mailing.id));
  if (part === 'html') {
    // The HTML part alone, for the console's preview iframe (/admin/mailings/<id>): the message's own
    // inline styles may apply, nothing else — no script, no form, no plugin; framed by this
    // origin only. (The rest of the site keeps frame-ancestors 'none'.)
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; font-src 'self' https: data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox allow-popups allow-popups-to-escape-sandbox",
    );
    res.setHeader('x-frame-options', 'SAMEORIGIN');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    return send(res, 200, HTML, preview.html);
  }
  return send(
    res,
    200,
    HTML,
    page(
      `プレビュー: ${preview.subject}`,
      html`<main>
<h1>プレビュー</h1>
<p class="muted">見本の宛先（山田　太郎 / NPO法人 サンプル（デモ））で差し込んだ表示です。状態: ${mailing.status}</p>
<table><tr><th>件名</th><td>${preview.subject}</td></tr><tr><th>種類</th><td>${KIND_LABELS[mailing.kind] ?? mailing.kind}</td></tr></table>
<h2>HTML パート</h2>
<iframe sandbox title="HTML パート" srcdoc="${preview.html}"></iframe>
<h2>テキストパート</h2>
<pre>${preview.text}</pre>
</main>`,
    ),
  );
}

// ---- bounces ---------------------------------------------------------------------------------

async function handleBounces(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  context: Context,
) {
  const secret = deps.config.mail.bounceWebhookSecret;
  const json = (status: number, body: unknown) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  if (!secret) {
    return json(404, { error: 'Bounce intake is off: set BOUNCE_WEBHOOK_SECRET to enable it.' });
  }
  if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed');
  const given = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  if (!timingSafeEqual(sha256(given), sha256(secret))) {
    res.setHeader('www-authenticate', 'Bearer');
    return json(401, { error: 'A valid bearer secret is required.' });
  }
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  let reports: BounceReport[];
  try {
    if (type.includes('json')) {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return json(400, { error: 'The body is not valid JSON.' });
      }
      reports = parseJsonReports(body);
    } else if (type.startsWith('message/rfc822') || type.startsWith('multipart/report')) {
      const raw = await readRawBody(req);
      // Any other message (not a report) is mail to the List-Unsubscribe mailto: address.
      if (type.startsWith('message/rfc822') && !isReportMessage(raw)) {
        return handleUnsubscribeMail(deps, raw, context, json);
      }
      // A report posted as multipart/report (not wrapped) needs its own header back.
      const message = type.startsWith('multipart/report')
        ? Buffer.concat([Buffer.from(`Content-Type: ${req.headers['content-type']}\r\n\r\n`), raw])
        : raw;
      reports = await parseReportMessage(message);
    } else {
      return json(415, {
        error: 'Send application/json, or a DSN/ARF report as message/rfc822 or multipart/report.',
      });
    }
  } catch (error) {
    if (error instanceof ZodError) {
      return json(422, {
        error: 'Invalid report.',
        problems: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      });
    }
    if (error instanceof UnidentifiedBounceError) return json(422, { error: error.message });
    throw error;
  }
  let results: BounceResult[];
  try {
    results = await deps.db.transaction().execute(async (trx) => {
      const out: BounceResult[] = [];
      for (const report of reports) out.push(await recordBounce(trx, report));
      return out;
    });
  } catch (error) {
    if (error instanceof UnidentifiedBounceError) return json(422, { error: error.message });
    throw error;
  }
  return json(200, { accepted: results.length, results });
}

/**
 * A message sent to the List-Unsubscribe `mailto:` address (raw RFC 5322, as the MTA pipes it):
 * the signed token in its subject (or `unsubscribe+<token>@` address) unsubscribes exactly as
 * the one-click POST does. 200 with the outcome; 422 when it carries no genuine token.
 */
async function handleUnsubscribeMail(
  deps: HttpDeps,
  raw: Buffer,
  context: Context,
  json: (status: number, body: unknown) => void,
): Promise<void> {
  const mail = parseUnsubscribeMail(raw);
  if (!mail.addressedToUnsubscribe) {
    return json(422, {
      error:
        'Neither a report (multipart/report) nor a message to the unsubscribe address (unsubscribe@… in To, Delivered-To or X-Original-To); nothing was changed.',
    });
  }
  let deliveryId: string | null = null;
  for (const token of mail.tokens) {
    deliveryId ??= verifyLinkToken(deps.secretKey, 'unsubscribe', token);
  }
  const target = deliveryId ? await findUnsubscribeTarget(deps.db, deliveryId) : null;
  if (!target) {
    return json(422, {
      unsubscribe: 'INVALID_TOKEN',
      error:
        mail.tokens.length === 0
          ? 'The message carries no unsubscribe token (expected the subject "unsubscribe <token>" of the List-Unsubscribe mailto:); nothing was changed.'
          : 'The unsubscribe token is not genuine (altered, forged or for another purpose); nothing was changed.',
      subject: mail.subject.slice(0, 200),
    });
  }
  const outcome: UnsubscribeOutcome = await unsubscribeDelivery(deps.db, context, target, 'mailto');
  return json(200, {
    unsubscribe: outcome,
    deliveryId: target.deliveryId,
    kind: target.kind,
    address: target.address,
  });
}

async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5 * 1024 * 1024) throw new HttpError(413, 'Request body is larger than 5 MiB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
