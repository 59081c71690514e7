/**
 * The page behind a membership application's confirmation e-mail. As for sign-in links, the
 * link opens a page with a button and only the button's POST confirms: mail gateways and link
 * scanners follow GETs.
 *
 *   GET  /apply/confirm?token=…   the button; changes nothing
 *   POST /apply/confirm           confirms the address (form field `token`)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import { ConflictError, InvalidTokenError } from '../errors.js';
import { html, page } from '../lib/html.js';
import { confirmApplication } from '../modules/members/application.service.js';
import { HttpError, readBody, send } from './respond.js';

const HTML = 'text/html; charset=utf-8';
export const APPLICATION_CONFIRM_PATH = '/apply/confirm';

export async function handleApplicationPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: Context,
): Promise<void> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    return send(res, 200, HTML, confirmPage(url.searchParams.get('token') ?? ''));
  }
  if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed');
  const token = new URLSearchParams(await readBody(req)).get('token') ?? '';
  try {
    await confirmApplication(context.db, context, { token }, context.config);
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof ConflictError) {
      return send(res, 400, HTML, messagePage('申請を確定できませんでした', error.message));
    }
    throw error;
  }
  return send(
    res,
    200,
    HTML,
    messagePage(
      '申請を受け付けました',
      '入会申請を確定し、事務局に届けました。受付のお知らせをメールでお送りします。審査の結果は、このメールアドレスにお知らせします。',
    ),
  );
}

function confirmPage(token: string): string {
  return page(
    '入会申請の確定',
    html`<h1>入会申請の確定</h1>
    <p>下のボタンを押すと、入会申請を確定して事務局に届けます。</p>
    <form method="post" action="${APPLICATION_CONFIRM_PATH}">
      <input type="hidden" name="token" value="${token}">
      <button type="submit">申請を確定する</button>
    </form>`,
  );
}

function messagePage(title: string, message: string): string {
  return page(title, html`<h1>${title}</h1><p>${message}</p>`);
}
