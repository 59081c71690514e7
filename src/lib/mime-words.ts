/**
 * Decoding of header lines for display: unfolds continuation lines and decodes RFC 2047
 * encoded words (`=?UTF-8?B?…?=`, `=?ISO-2022-JP?Q?…?=`), joining adjacent encoded words as the
 * RFC says (the white space between them is not part of the text).
 */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
const BETWEEN_ENCODED_WORDS =
  /(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/g;

/** A header value as a person reads it; undecodable words are left as they are. */
export function decodeHeaderValue(value: string): string {
  const unfolded = value.replace(/\r?\n[ \t]+/g, ' ');
  return decodeRuns(unfolded.replace(BETWEEN_ENCODED_WORDS, '$1'));
}

/** Decodes encoded words, joining the bytes of consecutive words of one charset first. */
function decodeRuns(text: string): string {
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Buffer[] } | undefined;
  const flush = () => {
    if (!pending) return;
    out += decodeBytes(pending.charset, Buffer.concat(pending.bytes));
    pending = undefined;
  };
  for (const match of text.matchAll(ENCODED_WORD)) {
    const [word, rawCharset = '', encoding = '', payload = ''] = match;
    const start = match.index ?? 0;
    if (start > last) {
      flush();
      out += text.slice(last, start);
    }
    // RFC 2231 allows a language after '*': UTF-8*ja.
    const charset = rawCharset.split('*')[0]?.toLowerCase() ?? '';
    const bytes =
      encoding.toUpperCase() === 'B'
        ? Buffer.from(payload, 'base64')
        : Buffer.from(
            payload
              .replace(/_/g, ' ')
              .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          );
    if (!isKnownCharset(charset)) {
      flush();
      out += word;
    } else {
      if (pending && pending.charset !== charset) flush();
      pending ??= { charset, bytes: [] };
      pending.bytes.push(bytes);
    }
    last = start + word.length;
  }
  flush();
  return out + text.slice(last);
}

function isKnownCharset(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}

function decodeBytes(charset: string, bytes: Buffer): string {
  return new TextDecoder(charset).decode(bytes);
}
