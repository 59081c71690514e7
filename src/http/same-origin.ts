/**
 * Form posts from other sites are refused (CSRF, including login CSRF: a foreign page posting
 * its own sign-in token to make the visitor's browser sign in as the attacker). Browsers tell
 * where a request comes from in Sec-Fetch-Site, and in Origin; a request with neither comes
 * from a program, not from a page, and is let through.
 */
import type { IncomingMessage } from 'node:http';

/** Content types a cross-site HTML form (or a no-CORS fetch) can send without a preflight. */
const SIMPLE_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * Whether a POST comes from our own pages or from a program. Only requests a foreign page
 * could make without a CORS preflight are checked: those with a form content type (or none).
 */
export function sameOriginForm(req: IncomingMessage, publicUrl: string): boolean {
  const type = req.headers['content-type'];
  if (type && !SIMPLE_TYPES.test(type)) return true;
  const site = req.headers['sec-fetch-site'];
  // `none`: the person started it (typed, bookmarked); `same-origin`: one of our pages. Pages
  // with Referrer-Policy: no-referrer send `Origin: null`, so this header decides when present.
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  try {
    const host = req.headers.host;
    return origin === new URL(publicUrl).origin || (!!host && new URL(origin).host === host);
  } catch {
    return false;
  }
}
