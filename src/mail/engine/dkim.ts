/**
 * DKIM signing (RFC 6376, rsa-sha256, relaxed/relaxed) of messages the engine composes. The
 * engine builds bodies that are already in relaxed canonical form (base64 lines, no trailing
 * whitespace, one final CRLF), so the body hash is a single SHA-256 over the bytes.
 */
import { createHash, createPrivateKey, type KeyObject, sign } from 'node:crypto';
import type { DkimConfig } from '../../config.js';

/** Headers we sign when present; both List-* headers of RFC 8058 are among them. */
export const DKIM_SIGNED_HEADERS = [
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'list-id',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'mime-version',
  'content-type',
] as const;

export interface DkimSigner {
  /**
   * Returns the `DKIM-Signature: …\r\n` header for a message made of `headers` (complete
   * `Name: value\r\n` lines, possibly folded) and `body` (the bytes after the blank line).
   */
  sign(headers: readonly string[], body: Buffer): string;
}

export function createDkimSigner(config: DkimConfig): DkimSigner {
  const key: KeyObject = createPrivateKey(config.privateKey);
  return {
    sign(headers, body) {
      const bodyHash = createHash('sha256').update(body).digest('base64');
      const byName = new Map<string, string>();
      for (const line of headers) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        // The last instance is signed first (RFC 6376 5.4.2); we write each header once.
        byName.set(name, relaxedValue(line.slice(colon + 1)));
      }
      const signed = DKIM_SIGNED_HEADERS.filter((name) => byName.has(name));
      const tags = [
        'v=1',
        'a=rsa-sha256',
        'c=relaxed/relaxed',
        `d=${config.domain}`,
        `s=${config.selector}`,
        `t=${Math.floor(Date.now() / 1000)}`,
        `h=${signed.join(':')}`,
        `bh=${bodyHash}`,
      ];
      // The signature covers the header as written (folded), with an empty b= value.
      const unsigned = `${tags.join(';\r\n ')};\r\n b=`;
      const canonical = `${signed.map((name) => `${name}:${byName.get(name)}`).join('\r\n')}\r\ndkim-signature:${relaxedValue(unsigned)}`;
      const signature = sign('sha256', Buffer.from(canonical, 'utf8'), key).toString('base64');
      // Whitespace inside b= is ignored by verifiers, so the signature may be folded freely.
      return `DKIM-Signature: ${unsigned}${signature.replace(/(.{72})(?=.)/g, '$1\r\n ')}\r\n`;
    },
  };
}

/** Relaxed header canonicalisation of a value: unfold, collapse whitespace, trim. */
function relaxedValue(value: string): string {
  return value
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
