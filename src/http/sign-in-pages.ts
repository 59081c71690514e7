/**
 * The pages behind a sign-in e-mail. The link in the e-mail opens a page with a button; only the
 * button's POST redeems the token, because mail gateways and link scanners follow GETs.
 *
 *   GET  /sign-in            form to request a link
 *   POST /sign-in/request    sends a link (same answer for any address)
 *   GET  /sign-in?token=…    confirmation page with a button
 *   POST /sign-in            redeems the token, sets the session cookie, and sends the
 *                            browser on: to `next` if one was given, else by role to the
 *                            console /admin/ (secretariat) or the member pages /member/
 *
 * `GET /sign-in?next=/admin/…` (where the app sends someone whose session is missing or lost)
 * keeps that path in a short-lived cookie, since the way back runs through an e-mail.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import { InvalidTokenError, RateLimitedError } from '../errors.js';
import { parseEmailAddress } from '../graphql/scalars.js';
import { html, page } from '../lib/html.js';
import { readCookie, SESSION_COOKIE } from '../modules/accounts/authenticate.js';
import { redeemSignInToken, requestSignInLink } from '../modules/accounts/sign-in.js';
import { SIGN_IN_REQUESTED_MESSAGE } from '../modules/accounts/sign-in-messages.js';
import { type HttpDeps, HttpError, readBody, send } from './respond.js';

const HTML = 'text/html; charset=utf-8';

/** Where to go after signing in, between the request form and the link's button. */
const NEXT_COOKIE = 'tsunagari_next';

/**
 * A path on this site to return to, or undefined: it must be an absolute path (not `//host`,
 * not a backslash trick a browser would read as another host) and no longer than a URL should be.
 */
export function safeNextPath(value: string | null | undefined): string | undefined {
  if (!value || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) return undefined;
  const base = 'http://tsunagari.invalid';
  const url = new URL(value, base);
  if (url.origin !== base) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where an account lands after signing in when no `next` path was given. */
export function landingPath(role: string): string {
  return role === 'MEMBER' ? '/member/' : '/admin/';
}

export async function handleSignInPage(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: Context,
): Promise<void> {
  if (req.method === 'GET' && url.pathname === '/sign-in') {
    const next = safeNextPath(url.searchParams.get('next'));
    if (next) {
      res.setHeader(
        'set-cookie',
        `${NEXT_COOKIE}=${encodeURIComponent(next)}; Path=/sign-in; HttpOnly; SameSite=Lax; Max-Age=3600`,
      );
    }
    const token = url.searchParams.get('token');
    return send(res, 200, HTML, token ? confirmPage(token) : requestPage());
  }
  if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed');
  // Cross-site posts are refused before this (sameOriginForm in ./server.ts).
  const form = new URLSearchParams(await readBody(req));

  if (url.pathname === '/sign-in/request') {
    let email: string;
    try {
      email = parseEmailAddress(form.get('email')?.trim());
    } catch {
      return send(res, 400, HTML, requestPage('メールアドレスの形式が正しくありません。'));
    }
    try {
      await requestSignInLink(
        context.db,
        context,
        { email, clientIp: context.clientIp },
        context.config,
        context.secretKey,
      );
    } catch (error) {
      if (error instanceof RateLimitedError) {
        res.setHeader('retry-after', String(error.retryAfterSeconds));
        return send(res, 429, HTML, requestPage(error.message));
      }
      throw error;
    }
    return send(res, 200, HTML, messagePage('メールを送信しました', SIGN_IN_REQUESTED_MESSAGE));
  }

  if (url.pathname === '/sign-in') {
    try {
      const { token, session, account } = await redeemSignInToken(
        context.db,
        context,
        {
          token: form.get('token') ?? '',
          clientIp: context.clientIp,
          userAgent: context.userAgent,
        },
        context.config,
      );
      const secure = deps.config.publicUrl.startsWith('https:') ? '; Secure' : '';
      const maxAge = Math.floor((session.expiresAt.getTime() - Date.now()) / 1000);
      const next = safeNextPath(readCookie(req.headers.cookie, NEXT_COOKIE));
      res.setHeader('set-cookie', [
        `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`,
        `${NEXT_COOKIE}=; Path=/sign-in; HttpOnly; SameSite=Lax; Max-Age=0`,
      ]);
      // 303: the browser follows with a GET, so a reload does not post the used token again.
      res.writeHead(303, {
        location: next ?? landingPath(account.role),
        'cache-control': 'no-store',
      });
      res.end();
      return;
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        return send(res, 400, HTML, messagePage('リンクが無効です', error.message, true));
      }
      throw error;
    }
  }
  throw new HttpError(404, 'Not found');
}

function requestPage(problem?: string): string {
  return page(
    'サインイン',
    html`<h1>サインイン</h1>
    <p>登録されているメールアドレスを入力してください。サインイン用リンクをメールでお送りします。</p>
    ${problem ? html`<p role="alert" style="color:#b00020">${problem}</p>` : ''}
    <form method="post" action="/sign-in/request">
      <label>メールアドレス <input type="email" name="email" required autocomplete="email" style="width:20rem;max-width:100%"></label>
      <button type="submit">リンクを送る</button>
    </form>`,
  );
}

function confirmPage(token: string): string {
  return page(
    'サインインの確認',
    html`<h1>サインインの確認</h1>
    <p>下のボタンを押すとサインインします。</p>
    <form method="post" action="/sign-in">
      <input type="hidden" name="token" value="${token}">
      <button type="submit">サインインする</button>
    </form>`,
  );
}

function messagePage(title: string, message: string, retry = false): string {
  return page(
    title,
    html`<h1>${title}</h1><p>${message}</p>${retry ? html`<p><a href="/sign-in">リンクを請求し直す</a></p>` : ''}`,
  );
}
