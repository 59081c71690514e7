/**
 * Header values for composed messages. Everything that reaches a header passes through here:
 * values are checked for CR, LF and NUL (header injection) and rejected with a clear error,
 * never silently cleaned; addresses are structured values ({ name, address }), validated and
 * encoded here rather than pasted into strings.
 */

/** A header value contained CR, LF or NUL, or an address was not a plain mailbox. */
export class HeaderInjectionError extends Error {
  override name = 'HeaderInjectionError';
  readonly code = 'HEADER_INJECTION';
}

export class InvalidAddressError extends Error {
  override name = 'InvalidAddressError';
  readonly code = 'INVALID_ADDRESS';
}

/** Throws {@link HeaderInjectionError} when `value` could end the header or start another. */
export function assertHeaderSafe(header: string, value: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
  const bad = /[\r\n\u0000]/.exec(value);
  if (bad) {
    const what =
      bad[0] === '\r'
        ? 'a carriage return (CR)'
        : bad[0] === '\n'
          ? 'a line feed (LF)'
          : 'a NUL byte';
    throw new HeaderInjectionError(
      `Refusing to write the ${header} header: its value contains ${what} at position ${bad.index}, ` +
        `which could end the header and inject others (value starts ${JSON.stringify(value.slice(0, 60))}). ` +
        'Fix the source data (register entry, mailing content or configuration).',
    );
  }
}

/**
 * A mailbox (RFC 5321) as the engine accepts it: ASCII local part of atext and dots, a domain
 * of LDH labels. Deliberately strict — anything unusual in a header is more likely a mistake.
 * It runs when each message is composed; when an audience is resolved, the cheaper structural
 * check kept in `contacts.address_valid` (migration 0015) decides what is INVALID_ADDRESS.
 */
export const MAILBOX_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function assertMailbox(header: string, address: string): void {
  assertHeaderSafe(header, address);
  if (address.length > 254 || !MAILBOX_PATTERN.test(address)) {
    throw new InvalidAddressError(
      `Refusing to write the ${header} header: ${JSON.stringify(address.slice(0, 100))} is not a plain e-mail address such as info@example.or.jp.`,
    );
  }
}

export interface Mailbox {
  readonly name?: string | undefined;
  readonly address: string;
}

/** Parses `Name <local@domain>` or `local@domain` (MAIL_FROM) into a structured mailbox. */
export function parseMailbox(value: string): Mailbox {
  assertHeaderSafe('From', value);
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[2] ?? match?.[3];
  if (!match || !address) {
    throw new InvalidAddressError(
      `${JSON.stringify(value)} is not "Name <local@domain>" or "local@domain"`,
    );
  }
  assertMailbox('From', address);
  const name = match[1]?.trim();
  return name ? { name, address } : { address };
}

const MAX_ENCODED_BYTES = 45; // 60 base64 characters + "=?UTF-8?B??=" = 72 per line

/**
 * RFC 2047 encoded words (UTF-8, base64) for non-ASCII text, split at character boundaries
 * and folded one word per line. Plain short ASCII stays as is.
 */
export function encodeHeaderText(header: string, value: string): string {
  assertHeaderSafe(header, value);
  if (/^[\u0020-\u007e]*$/.test(value) && value.length <= 70 && !value.includes('=?')) {
    return value;
  }
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const char of value) {
    const bytes = Buffer.byteLength(char);
    if (chunkBytes + bytes > MAX_ENCODED_BYTES) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += char;
    chunkBytes += bytes;
  }
  if (chunk) words.push(chunk);
  return words
    .map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`)
    .join('\r\n ');
}

const ATEXT_PHRASE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/;

/** `Name <address>` with the name encoded or quoted as needed; checked for injection. */
export function formatMailbox(header: string, mailbox: Mailbox): string {
  assertMailbox(header, mailbox.address);
  const name = mailbox.name?.trim();
  if (!name) return `<${mailbox.address}>`;
  assertHeaderSafe(header, name);
  let phrase: string;
  if (/^[\u0020-\u007e]*$/.test(name) && !name.includes('=?')) {
    phrase = ATEXT_PHRASE.test(name) ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`;
  } else {
    phrase = encodeHeaderText(header, name);
  }
  return `${phrase} <${mailbox.address}>`;
}

/** `Name: value` checked for injection; the value must already be encoded/folded. */
export function headerLine(name: string, value: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) {
    throw new HeaderInjectionError(`${JSON.stringify(name)} is not a header name`);
  }
  // Folded values carry CRLF + space continuation lines, which are the only breaks allowed.
  assertHeaderSafe(name, value.replace(/\r\n /g, ''));
  return `${name}: ${value}\r\n`;
}

/** RFC 5322 date in UTC, e.g. `Sun, 23 Nov 2026 09:00:00 +0000`. */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}
