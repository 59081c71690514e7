/**
 * Secrets handed to people: sign-in links, session tokens, API keys. Only SHA-256 hashes are
 * stored; comparisons are constant-time.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function sha256(value: string | Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time equality of two hashes (buffers of any length). */
export function hashesEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A token derived from a row id with HMAC-SHA256 under the service's secret key (256 bits).
 * The sign-in e-mail task re-derives the link from the row it reads, so the token itself is
 * never written anywhere — not to the job queue, not to the database.
 */
export function deriveToken(secretKey: Buffer, purpose: string, id: string): string {
  return createHmac('sha256', secretKey).update(`${purpose}:${id}`).digest('base64url');
}

export const SESSION_TOKEN_PREFIX = 'tsu_sess_';
export const API_KEY_PREFIX = 'tsu_live_';

export function newSessionToken(): string {
  return `${SESSION_TOKEN_PREFIX}${randomToken(32)}`;
}

export interface NewApiKey {
  readonly id: string;
  /** The whole key as shown once to its creator: `tsu_live_<id>_<secret>`. */
  readonly key: string;
  readonly secretHash: Buffer;
}

export function newApiKey(): NewApiKey {
  const id = randomBytes(8).toString('hex');
  const secret = randomToken(32);
  return { id, key: `${API_KEY_PREFIX}${id}_${secret}`, secretHash: sha256(secret) };
}

/** Splits `tsu_live_<16 hex>_<secret>`; null for anything else. */
export function parseApiKey(key: string): { id: string; secret: string } | null {
  const match = /^tsu_live_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/.exec(key);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : null;
}
