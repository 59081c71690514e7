/**
 * Per-recipient placeholders and the precompiled {@link Template}s they live in.
 *
 * Templates in `emails/` write a placeholder as `{{recipient.name}}`. When a template file is
 * loaded, each one becomes a *marker* — the key between two Unicode noncharacters (U+FDD0,
 * U+FDD1) — and only markers are ever filled. User content is stripped of those two characters
 * when it is validated, so text an author types (including a literal `{{recipient.name}}`) can
 * never become a placeholder: it is shown exactly as typed.
 */
import { escapeHtml, SafeHtml } from '../../lib/html.js';

/** Every value a message can be personalised with. A fixed set: templates may use no others. */
export const PLACEHOLDER_KEYS = [
  'recipient.name',
  'recipient.organization',
  'recipient.email',
  'link.unsubscribe',
  'link.preferences',
  'link.web',
  'link.acknowledge',
  'link.attend',
  'link.absent',
  'link.proxy',
  /** Base of per-organisation attachment links: `<base>/<file uuid>` (see docs/files.md). */
  'link.files',
] as const;

export type PlaceholderKey = (typeof PLACEHOLDER_KEYS)[number];

/** A recipient's values; every key the compiled e-mail uses must be present. */
export type RecipientValues = Partial<Readonly<Record<PlaceholderKey, string>>>;

const KEY_SET: ReadonlySet<string> = new Set(PLACEHOLDER_KEYS);

export function isPlaceholderKey(value: string): value is PlaceholderKey {
  return KEY_SET.has(value);
}

/** Opening and closing marker characters: Unicode noncharacters, never valid in user text. */
export const MARKER_OPEN = '\uFDD0';
export const MARKER_CLOSE = '\uFDD1';
const MARKER_PATTERN = /\uFDD0([^\uFDD0\uFDD1]*)\uFDD1/g;
/** Characters removed from user content so it cannot forge a marker. */
export const MARKER_CHARS = /[\uFDD0-\uFDEF]/g;

/** The marker for `key`, as trusted MJML/HTML for the `html` tag. */
export function placeholder(key: PlaceholderKey): SafeHtml {
  return new SafeHtml(`${MARKER_OPEN}${key}${MARKER_CLOSE}`);
}

/** Turns `{{key}}` in a template file into markers; unknown keys are a template bug. */
export function markPlaceholders(source: string, fileName: string): string {
  return source.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_whole, key: string) => {
    if (!isPlaceholderKey(key)) {
      throw new Error(
        `emails/${fileName}: unknown placeholder {{${key}}}. ` +
          `Use one of ${PLACEHOLDER_KEYS.map((k) => `{{${k}}}`).join(', ')} ` +
          '(or add the key to PLACEHOLDER_KEYS in src/mail/render/placeholders.ts).',
      );
    }
    return `${MARKER_OPEN}${key}${MARKER_CLOSE}`;
  });
}

/**
 * How values are written into a template:
 * - `html`: HTML-escaped (safe in element content and double-quoted attributes);
 * - `text`: as is;
 * - `header`: as is, with line breaks folded into spaces (no header injection).
 */
export type TemplateFormat = 'html' | 'text' | 'header';

/**
 * A rendered part split once into literal text and placeholder keys:
 * `literals[0] + value(keys[0]) + literals[1] + … + literals[n]`. Plain data, so a compiled
 * e-mail can be stored as JSON and filled by any worker.
 */
export interface Template {
  readonly format: TemplateFormat;
  readonly literals: readonly string[];
  readonly keys: readonly PlaceholderKey[];
}

/** Splits rendered output at its markers. */
export function splitTemplate(rendered: string, format: TemplateFormat): Template {
  const literals: string[] = [];
  const keys: PlaceholderKey[] = [];
  let last = 0;
  for (const match of rendered.matchAll(MARKER_PATTERN)) {
    const key = match[1] ?? '';
    if (!isPlaceholderKey(key)) throw new Error(`Unknown placeholder marker "${key}"`);
    literals.push(rendered.slice(last, match.index));
    keys.push(key);
    last = match.index + match[0].length;
  }
  literals.push(rendered.slice(last));
  const template: Template = { format, literals, keys };
  const leftover = literals.find((literal) => /[\uFDD0\uFDD1]/.test(literal));
  if (leftover !== undefined) {
    throw new Error('A placeholder marker was split by rendering; keep placeholders intact');
  }
  return template;
}

/** Thrown when a recipient's values cannot fill a compiled e-mail. */
export class PersonalizeError extends Error {
  readonly code = 'PERSONALIZE_FAILED';
}

/**
 * Fills a template: a join of precomputed literals and the recipient's values, escaped for the
 * template's format. No parsing happens here.
 */
export function fillTemplate(template: Template, values: RecipientValues): string {
  const { literals, keys, format } = template;
  let out = literals[0] ?? '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as PlaceholderKey;
    out += formatValue(key, values[key], format) + (literals[i + 1] ?? '');
  }
  return out;
}

function formatValue(key: PlaceholderKey, value: string | undefined, format: TemplateFormat) {
  if (value === undefined) {
    throw new PersonalizeError(
      `No value for {{${key}}}: the compiled e-mail uses it, so every recipient needs one`,
    );
  }
  if (key.startsWith('link.') && !/^https?:\/\/[^\s]/i.test(value)) {
    throw new PersonalizeError(
      `{{${key}}} must be an absolute http(s) URL, got ${JSON.stringify(value.slice(0, 80))}`,
    );
  }
  if (format === 'html') return escapeHtml(value);
  if (format === 'header') return value.replace(/[\r\n\0]+/g, ' ');
  return value;
}
