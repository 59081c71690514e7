/**
 * Signed per-recipient links. A token is `<row id>.<HMAC-SHA256(secret key, purpose:id)>`:
 * nothing is stored, the id says which row it is about, and a forged or altered token fails
 * the constant-time comparison. Purposes keep a token for one link from working for another.
 */
import { timingSafeEqual } from 'node:crypto';
import { deriveToken } from '../../auth/tokens.js';

export type LinkPurpose =
  | 'unsubscribe'
  | 'preferences'
  | 'acknowledge'
  | 'meeting-reply'
  /** Downloads of a mailing's attachments by the delivery's organisation (/attachments/…). */
  | 'files'
  /** The delivery's own web version (/web/…): 「ブラウザで表示する」 of a mailing not in the archive. */
  | 'web';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<id>.<mac>` for `purpose`. */
export function signLinkToken(secretKey: Buffer, purpose: LinkPurpose, id: string): string {
  return `${id}.${deriveToken(secretKey, `mail-link:${purpose}`, id)}`;
}

/** The id inside a genuine token for `purpose`, or null (malformed, forged, other purpose). */
export function verifyLinkToken(
  secretKey: Buffer,
  purpose: LinkPurpose,
  token: string,
): string | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const id = token.slice(0, dot);
  const mac = token.slice(dot + 1);
  if (!UUID.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(mac)) return null;
  const expected = Buffer.from(deriveToken(secretKey, `mail-link:${purpose}`, id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** The links a delivery's message carries (its placeholders' `link.*` values). */
export interface DeliveryLinks {
  readonly unsubscribe: string;
  readonly preferences: string;
  readonly acknowledge: string;
  readonly meetingReply: string;
  /** Base of the delivery's attachment links: `<files>/<file uuid>`. */
  readonly files: string;
  /** The web version of what this delivery was sent (src/http/web-version-pages.ts). */
  readonly web: string;
}

export function deliveryLinks(
  publicUrl: string,
  secretKey: Buffer,
  delivery: { readonly id: string; readonly contactId: string | null },
): DeliveryLinks {
  const base = publicUrl.replace(/\/+$/, '');
  const deliveryToken = (purpose: LinkPurpose) => signLinkToken(secretKey, purpose, delivery.id);
  return {
    unsubscribe: `${base}/unsubscribe/${deliveryToken('unsubscribe')}`,
    // Per contact; a delivery whose contact was deleted gets the unsubscribe page instead.
    preferences: delivery.contactId
      ? `${base}/preferences/${signLinkToken(secretKey, 'preferences', delivery.contactId)}`
      : `${base}/unsubscribe/${deliveryToken('unsubscribe')}`,
    acknowledge: `${base}/acknowledge/${deliveryToken('acknowledge')}`,
    meetingReply: `${base}/meeting-reply/${deliveryToken('meeting-reply')}`,
    files: `${base}/attachments/${deliveryToken('files')}`,
    web: `${base}/web/${deliveryToken('web')}`,
  };
}
