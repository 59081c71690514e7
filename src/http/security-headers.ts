/**
 * Headers every response carries. The pages run no script at all (the GraphQL IDE and the web
 * app run only their own files from /assets/), cannot be framed by another site, and send no Referer: the
 * URLs of the pages behind e-mail links hold their tokens.
 */
import type { ServerResponse } from 'node:http';

/** The policy of every page but the IDE: no script, no plugin, no framing, forms to us only. */
export function pagePolicy(publicUrl: string): string {
  return [
    "default-src 'none'",
    // Photos in e-mails' web versions are served at PUBLIC_URL, which may be another host name.
    `img-src 'self' data: https: ${new URL(publicUrl).origin}`,
    "style-src 'unsafe-inline'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * Pages that run our own scripts — the GraphQL IDE (web/graphiql.html, served by src/http/web-app.ts) and the web app under
 * /admin/: script, style and fonts from this server only, fetches to this server only, still no
 * inline script.
 */
export const APP_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** The policy for a request path: the app policy under /admin, the page policy elsewhere. */
export function policyFor(url: string | undefined, pagePolicyText: string): string {
  return url === '/admin' || url?.startsWith('/admin/') || url?.startsWith('/admin?')
    ? APP_POLICY
    : pagePolicyText;
}

/** Sets the headers; a handler may replace the policy (the IDE, stored files). */
export function setSecurityHeaders(res: ServerResponse, policy: string): void {
  res.setHeader('content-security-policy', policy);
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}
