/**
 * Turns request credentials into a {@link Viewer}. Accepted: `Authorization: Bearer <token>`
 * (a session token or an API key), `x-api-key: <key>`, or the session cookie set by the sign-in
 * page. Credentials that are present but not valid — wrong, revoked, expired — all fail the same
 * way, so a caller learns nothing about which it was.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { API_KEY_PREFIX } from '../../auth/tokens.js';
import { anonymousViewer, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/create-db.js';
import { verifyApiKey } from './api-keys.js';
import { findLiveSession } from './sessions.js';

export const SESSION_COOKIE = 'tsunagari_session';

export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';
  constructor() {
    super(
      '送られた認証情報（API キーまたはセッション）は使えません。誤っているか、失効または期限切れです。',
    );
  }
}

/**
 * The session cookie counts only on requests a cross-site page cannot forge without a CORS
 * preflight: a POST with a JSON body. (GET /graphql stays open to partners and CDNs; a cookie on it
 * is ignored, so it reads as anonymous.)
 */
export function cookieAllowed(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return (
    method === 'POST' &&
    /^application\/(graphql-response\+)?json\b/i.test(headers['content-type'] ?? '')
  );
}

function credentialsOf(headers: IncomingHttpHeaders, allowCookie: boolean): string | undefined {
  const authorization = headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw new InvalidCredentialsError();
    return match[1];
  }
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey) return apiKey;
  return allowCookie ? readCookie(headers.cookie, SESSION_COOKIE) : undefined;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    const value = rest.join('=');
    try {
      return decodeURIComponent(value);
    } catch {
      // A malformed %-escape is no session token: it is looked up as sent and fails as invalid.
      return value;
    }
  }
  return undefined;
}

export async function authenticate(
  db: Db,
  headers: IncomingHttpHeaders,
  options: { allowCookie: boolean } = { allowCookie: false },
): Promise<Viewer> {
  const credentials = credentialsOf(headers, options.allowCookie);
  if (!credentials) return anonymousViewer;
  if (credentials.startsWith(API_KEY_PREFIX)) {
    const key = await verifyApiKey(db, credentials);
    if (!key) throw new InvalidCredentialsError();
    return { kind: 'PARTNER', apiKeyId: key.id };
  }
  const live = await findLiveSession(db, credentials);
  if (!live) throw new InvalidCredentialsError();
  const { account, session } = live;
  if (account.role === 'MEMBER') {
    if (!account.organizationId) throw new InvalidCredentialsError();
    return {
      kind: 'MEMBER',
      accountId: account.id,
      sessionId: session.id,
      organizationId: account.organizationId,
      isOrganizationAdmin: account.isOrganizationAdmin,
    };
  }
  return { kind: 'SECRETARIAT', accountId: account.id, sessionId: session.id, role: account.role };
}
