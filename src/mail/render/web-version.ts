/**
 * The web version of a compiled e-mail: its HTML part as a page, without what only makes sense
 * in a mailbox — the footer note with its 配信停止 / 配信設定 / 連絡先の確認 links and the
 * 「ブラウザで表示する」 line (the page would link to itself). Used by the public archive (neutral
 * values) and by a recipient's own web version (their delivery's values).
 *
 * The blocks are found by their links, not by a class added to the templates, so mailings
 * rendered and stored before this module existed lose them too: the mail-only links are filled
 * with a sentinel URL, and each rendered text block (an MJML `mj-text`, one table row) that
 * holds the sentinel is removed.
 */
import { isArchiveKind } from '../../db/tables/mailings.js';
import { escapeHtml } from '../../lib/html.js';
import { type CompiledEmail, personalize } from './compile.js';
import type { PlaceholderKey, RecipientValues } from './placeholders.js';
import { htmlToPlainText } from './text.js';

/** Placeholders whose links only an e-mail has a use for. */
export const MAIL_ONLY_LINKS: readonly PlaceholderKey[] = [
  'link.unsubscribe',
  'link.preferences',
  'link.web',
];

/** A URL no page links to (`.invalid` is reserved, RFC 2606); marks the blocks to remove. */
const SENTINEL = 'https://mail-only.invalid/';

/**
 * One `<tr><td …>…</td></tr>` row (an `mj-text`) holding the sentinel. The parts around it may
 * not cross another `td` tag, so the match is the innermost row, never an enclosing column.
 */
const MAIL_ONLY_ROW =
  /<tr>\s*<td\b[^>]*>(?:(?!<\/?td\b)[\s\S])*?https:\/\/mail-only\.invalid\/(?:(?!<\/?td\b)[\s\S])*<\/td>\s*<\/tr>/g;

export interface WebVersion {
  readonly subject: string;
  /** A complete HTML document. */
  readonly html: string;
}

/**
 * The web version filled with `values` (mail-only links need none). `fallbackUrl` replaces a
 * mail-only link found outside the blocks this module knows (a template changed later), so a
 * page never shows a dead link.
 */
export function renderWebVersion(
  compiled: CompiledEmail,
  values: RecipientValues,
  fallbackUrl: string,
): WebVersion {
  const filled: Partial<Record<PlaceholderKey, string>> = { ...values };
  for (const key of MAIL_ONLY_LINKS) filled[key] = SENTINEL;
  const { subject, html } = personalize(compiled, filled);
  return {
    subject,
    html: html.replace(MAIL_ONLY_ROW, '').replaceAll(SENTINEL, escapeHtml(fallbackUrl)),
  };
}

/** The web version as plain text (converted on demand: the archive's `text` field). */
export function webVersionText(version: WebVersion): string {
  return htmlToPlainText(version.html);
}

/** Whether a kind's e-mails carry the 「ブラウザで表示する」 line (kinds that can be published). */
export function offersWebVersion(content: unknown): boolean {
  const kind = (content as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && isArchiveKind(kind);
}
