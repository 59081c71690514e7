/**
 * E-mail addresses and web addresses as every door takes them: the GraphQL scalars
 * (`EmailAddress`, `URL`) and the member CSV import check with these, so one value is accepted
 * or refused, with the same message, whichever way it comes in.
 */

// Deliberately strict (no quoted local parts, no IP literals): these addresses go into mail
// headers, and anything unusual there is more likely a mistake than a real mailbox.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Why `value` is not an e-mail address we accept (Japanese), or undefined when it is one. */
export function emailAddressProblem(value: unknown): string | undefined {
  return typeof value !== 'string' || value.length > 254 || !EMAIL.test(value)
    ? `「${String(value)}」はメールアドレスとして正しくありません（例: info@example.or.jp）。`
    : undefined;
}

/** Why `value` is not an absolute http(s) URL (Japanese), or undefined when it is one. */
export function httpUrlProblem(value: unknown): string | undefined {
  if (
    typeof value === 'string' &&
    URL.canParse(value) &&
    /^https?:$/.test(new URL(value).protocol)
  ) {
    return undefined;
  }
  return `「${String(value)}」は http(s) で始まる URL ではありません（例: https://example.jp/）。`;
}
