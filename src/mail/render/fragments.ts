/**
 * Small HTML pieces shared by the kind renderers. Everything goes through the `html` tag, so
 * user text is escaped; only markup built here is trusted.
 */
import { html, type SafeHtml } from '../../lib/html.js';
import type { Templates } from './templates.js';

export const EMPTY: SafeHtml = html``;

/** Text with line breaks kept as `<br />`. */
export function multiline(text: string): SafeHtml {
  return linesHtml(text.split('\n'));
}

/** Lines joined with `<br />`. */
export function linesHtml(lines: readonly string[]): SafeHtml {
  return html`${lines.map((line, i) => (i === 0 ? html`${line}` : html`<br />${line}`))}`;
}

/** Paragraphs as `<p>` elements. */
export function paragraphsHtml(paragraphs: readonly string[]): SafeHtml {
  return html`${paragraphs.map((p) => html`<p>${multiline(p)}</p>`)}`;
}

export interface LinkItem {
  readonly label: string;
  readonly url: string;
  readonly note?: string | undefined;
}

/** Links as a list; the text part shows them as `・label: URL`. */
export function linkListHtml(links: readonly LinkItem[]): SafeHtml {
  if (links.length === 0) return EMPTY;
  return html`<ul>${links.map(
    (link) =>
      html`<li><a href="${link.url}">${link.label}${link.note ? `（${link.note}）` : ''}</a></li>`,
  )}</ul>`;
}

/** The inquiries block (問い合わせ先) as its own section, or nothing. */
export function contactSection(
  templates: Templates,
  lines: readonly string[] | undefined,
): SafeHtml {
  if (!lines || lines.length === 0) return EMPTY;
  const content = templates.fill('partials/contact', { lines: linesHtml(lines) });
  return templates.fill('partials/section', { content });
}

/** Shortens text for the inbox preview line. */
export function previewText(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
