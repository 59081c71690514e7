/**
 * Unsubscribe by e-mail: the `mailto:` of List-Unsubscribe (RFC 2369). A mail client that
 * follows `<mailto:unsubscribe@<return-path domain>?subject=unsubscribe%20<token>>` sends a
 * message to that address with that subject; the MTA or relay hands the raw message to
 * `POST /bounces`. The token is the same signed delivery token as the one-click link
 * (`<delivery id>.<HMAC>`), so nothing is stored and a forged or altered token changes nothing.
 * `unsubscribe+<token>@<domain>` (the token in the address) is read too.
 */

/** The signed token shape: `<uuid>.<43 base64url chars>` (links.ts). */
const TOKEN =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/i;

/** Headers that may name the address a message was delivered to (the MTA adds some of them). */
const RECIPIENT_HEADERS = [
  'to',
  'cc',
  'delivered-to',
  'x-original-to',
  'envelope-to',
  'x-envelope-to',
  'x-rcpt-to',
];

export interface UnsubscribeMail {
  /** The message is addressed to `unsubscribe@…` or `unsubscribe+…@…`. */
  readonly addressedToUnsubscribe: boolean;
  /**
   * Token-shaped values found, not yet verified: from the subject first (an MTA may lower-case
   * an address, which breaks the token), then from `unsubscribe+<token>@` addresses.
   */
  readonly tokens: readonly string[];
  /** The decoded Subject, for the response. */
  readonly subject: string;
  /** The sender's address (From), for the audit trail. */
  readonly from: string | null;
}

/** The header block of a raw message as (lower-cased name, unfolded value) pairs, in order. */
export function headerFields(raw: Buffer): [string, string][] {
  const text = raw.toString('latin1');
  const end = /\r?\n\r?\n/.exec(text);
  const block = (end ? text.slice(0, end.index) : text).replace(/\r?\n[ \t]+/g, ' ');
  const fields: [string, string][] = [];
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return fields;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?ISO-2022-JP?Q?…?=`) in a header value. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[BQ]\?[^?\s]*\?=)\s+(?==\?)/gi, '$1') // whitespace between words
    .replace(/=\?([^?\s]+)\?([BQ])\?([^?\s]*)\?=/gi, (word, charset: string, enc, text: string) => {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                  String.fromCharCode(Number.parseInt(hex, 16)),
                ),
              'latin1',
            );
      try {
        return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes);
      } catch {
        return word;
      }
    });
}

/** Whether the raw message is a delivery or feedback report (multipart/report): a bounce. */
export function isReportMessage(raw: Buffer): boolean {
  const type = headerFields(raw).find(([name]) => name === 'content-type')?.[1] ?? '';
  return /^\s*multipart\/report\b/i.test(type);
}

/** Reads an unsubscribe request from a raw RFC 5322 message (the token is verified later). */
export function parseUnsubscribeMail(raw: Buffer): UnsubscribeMail {
  const fields = headerFields(raw);
  const recipients = fields
    .filter(([name]) => RECIPIENT_HEADERS.includes(name))
    .map(([, value]) => decodeEncodedWords(value));
  const local = /(?:^|[\s<,:;"])unsubscribe(\+[^@\s<>,"]*)?@[^\s<>,"]+/i;
  const addressedToUnsubscribe = recipients.some((value) => local.test(value));
  const fromAddresses = recipients.flatMap((value) =>
    [...value.matchAll(/(?:^|[\s<,:;"])unsubscribe\+([^@\s<>,"]+)@/gi)].flatMap(
      (m) => TOKEN.exec(m[1] ?? '')?.[0] ?? [],
    ),
  );
  const subject = decodeEncodedWords(fields.find(([name]) => name === 'subject')?.[1] ?? '');
  const fromSubject = TOKEN.exec(subject)?.[0];
  const fromHeader = decodeEncodedWords(fields.find(([name]) => name === 'from')?.[1] ?? '');
  const from = /<([^<>\s]+@[^<>\s]+)>/.exec(fromHeader)?.[1] ?? /\S+@\S+/.exec(fromHeader)?.[0];
  return {
    addressedToUnsubscribe,
    tokens: [...new Set([...(fromSubject ? [fromSubject] : []), ...fromAddresses])],
    subject,
    from: from ?? null,
  };
}
