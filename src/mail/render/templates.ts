/**
 * The MJML files in `emails/`, read once per process and pre-split into literal text and
 * `[[slot]]`s. Composition happens here, in code, instead of with `mj-include`, so the whole
 * document goes to MJML as one string (one render) and slot values can be escaped on the way in.
 *
 * Two kinds of holes exist in a template file:
 * - `[[name]]` — a compile-time slot, filled once per mailing with escaped content or with
 *   MJML composed from other templates;
 * - `{{recipient.name}}` etc. — a per-recipient placeholder, left in the rendered output as a
 *   marker and filled for each recipient by `personalize()`.
 */
import { readFile } from 'node:fs/promises';
import { escapeHtml, SafeHtml } from '../../lib/html.js';
import { markPlaceholders } from './placeholders.js';

/** Every template file, relative to `emails/` without `.mjml`. */
export const TEMPLATE_NAMES = [
  'layout',
  'newsletter',
  'visit-report',
  'notice',
  'meeting-notice',
  'transactional',
  'partials/web-version',
  'partials/header-label',
  'partials/preface',
  'partials/text-block',
  'partials/section',
  'partials/transactional-action',
  'partials/footnote',
  'partials/newsletter-section',
  'partials/newsletter-item',
  'partials/photo',
  'partials/notice-reply',
  'partials/meeting-reply',
  'partials/meeting-reply-proxy',
  'partials/contact',
  'partials/footer-subscription',
  'partials/footer-recipient',
  'partials/footer-notice',
  'partials/footer-meeting',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Slot values: strings are HTML-escaped, {@link SafeHtml} is inserted as is. */
export type SlotValues = Readonly<Record<string, string | SafeHtml>>;

interface ParsedFile {
  readonly name: TemplateName;
  readonly literals: readonly string[];
  readonly slots: readonly string[];
}

/** Filled templates, looked up by name. */
export interface Templates {
  fill(name: TemplateName, values: SlotValues): SafeHtml;
}

const EMAILS_DIR = new URL('../../../emails/', import.meta.url);
let loading: Promise<Templates> | undefined;

/** Loads (once) and returns the templates. */
export function loadTemplates(): Promise<Templates> {
  loading ??= readAll().catch((error: unknown) => {
    loading = undefined; // let a later call retry, e.g. after a deploy fixed the file
    throw error;
  });
  return loading;
}

async function readAll(): Promise<Templates> {
  const files = new Map<TemplateName, ParsedFile>();
  await Promise.all(
    TEMPLATE_NAMES.map(async (name) => {
      const fileName = `${name}.mjml`;
      const source = await readFile(new URL(fileName, EMAILS_DIR), 'utf8');
      files.set(name, parseFile(name, markPlaceholders(stripComments(source), fileName)));
    }),
  );
  return {
    fill(name, values) {
      const file = files.get(name);
      if (!file) throw new Error(`Template emails/${name}.mjml is not loaded`);
      return fillFile(file, values);
    },
  };
}

/** Comments document a template and are not sent; Outlook conditionals (`<!--[if`) are kept. */
function stripComments(source: string): string {
  return source.replace(/<!--(?!\[if)[\s\S]*?-->\s*/g, '');
}

function parseFile(name: TemplateName, source: string): ParsedFile {
  const literals: string[] = [];
  const slots: string[] = [];
  let last = 0;
  for (const match of source.matchAll(/\[\[\s*([A-Za-z][A-Za-z0-9]*)\s*\]\]/g)) {
    literals.push(source.slice(last, match.index));
    slots.push(match[1] ?? '');
    last = match.index + match[0].length;
  }
  literals.push(source.slice(last).trimEnd());
  return { name, literals, slots };
}

function fillFile(file: ParsedFile, values: SlotValues): SafeHtml {
  const unused = new Set(Object.keys(values));
  let out = file.literals[0] ?? '';
  file.slots.forEach((slot, i) => {
    const value = values[slot];
    if (value === undefined) {
      throw new Error(`emails/${file.name}.mjml: no value given for slot [[${slot}]]`);
    }
    unused.delete(slot);
    out +=
      (value instanceof SafeHtml ? value.value : escapeHtml(value)) + (file.literals[i + 1] ?? '');
  });
  if (unused.size > 0) {
    throw new Error(
      `emails/${file.name}.mjml has no slot for ${[...unused].map((s) => `[[${s}]]`).join(', ')}`,
    );
  }
  return new SafeHtml(out);
}
