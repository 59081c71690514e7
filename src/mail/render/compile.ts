/**
 * Render once, fill per recipient.
 *
 * {@link compileEmail} turns a mailing's content into MJML (layout + the kind's template), renders
 * it with ONE mjml call and converts the HTML with ONE html-to-text call, leaving the
 * per-recipient placeholders in as markers; the results are split into {@link Template}s.
 * {@link personalize} then only joins literals and escaped values — no MJML, no parsing — so a
 * mailing to thousands of contacts costs one render plus thousands of cheap string joins.
 */
import mjml2html from 'mjml';
import { z } from 'zod';
import { DEFAULT_PLATFORM_SITE_URL } from '../../config.js';
import { html, type SafeHtml } from '../../lib/html.js';
import {
  type EmailContent,
  type EmailContentInput,
  isAbsoluteHttpUrl,
  MAIL_KINDS,
  type MailKind,
  parseEmailContent,
} from './content.js';
import { EMPTY, paragraphsHtml } from './fragments.js';
import { renderMeetingNotice } from './kinds/meeting-notice.js';
import { renderNewsletter } from './kinds/newsletter.js';
import { renderNotice } from './kinds/notice.js';
import { renderTransactional } from './kinds/transactional.js';
import type { FileFacts, KindContext, KindRendering } from './kinds/types.js';
import { renderVisitReport } from './kinds/visit-report.js';
import {
  fillTemplate,
  PLACEHOLDER_KEYS,
  type PlaceholderKey,
  type RecipientValues,
  splitTemplate,
  type Template,
} from './placeholders.js';
import { loadTemplates, type Templates } from './templates.js';
import { htmlToPlainText } from './text.js';

/** Which kinds may carry an unsubscribe line (mail a contact chose to receive). */
export const UNSUBSCRIBABLE_KINDS: Readonly<Record<MailKind, boolean>> = {
  NEWSLETTER: true,
  VISIT_REPORT: true,
  NOTICE: false,
  MEETING_NOTICE: false,
  TRANSACTIONAL: false,
};

export interface CompileOptions {
  /** Absolute http(s) base URL of the platform's public site, e.g. `https://tsunagari.example.jp`. */
  readonly publicUrl: string;
  /**
   * The platform's website, the footer's 「ウェブサイト」 link (config `siteUrl`, PLATFORM_SITE_URL);
   * defaults to {@link DEFAULT_PLATFORM_SITE_URL}. Not `publicUrl`: its root is the GraphQL IDE.
   */
  readonly siteUrl?: string | undefined;
  /**
   * Put the unsubscribe/preferences line in the footer. Defaults to what the kind allows
   * ({@link UNSUBSCRIBABLE_KINDS}); `true` for a kind that does not allow it is an error.
   */
  readonly unsubscribable?: boolean;
  /** Add a "view in browser" line linking to `{{link.web}}` (for archived mailings). */
  readonly webVersion?: boolean;
  /** Name, type and size of uploaded files referenced by `fileId` (shown next to their links). */
  readonly files?: ReadonlyMap<string, FileFacts>;
  /**
   * A short note from the secretariat shown above the content (partials/preface), e.g. the
   * message added to a reminder; plain text, escaped, paragraphs separated by a blank line.
   */
  readonly preface?: string | undefined;
}

/** A mailing rendered once: plain data (JSON-serialisable), filled per recipient. */
export interface CompiledEmail {
  readonly kind: MailKind;
  readonly subject: Template;
  readonly html: Template;
  readonly text: Template;
  /** Every placeholder the parts use; each recipient needs a value for all of them. */
  readonly placeholders: readonly PlaceholderKey[];
  readonly stats: {
    readonly mjmlRenders: number;
    readonly textConversions: number;
    readonly compileMs: number;
  };
}

export interface PersonalizedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** Thrown for a template or option problem (not the author's content). */
export class EmailRenderError extends Error {
  readonly code = 'EMAIL_RENDER_FAILED';
}

const counters = { mjml: 0, htmlToText: 0 };

/** Process-wide render counters, so tests and benchmarks can assert one render per mailing. */
export function countRenders(): { mjml: number; htmlToText: number } {
  return { ...counters };
}

const RENDERERS: { [K in MailKind]: (content: never, ctx: KindContext) => KindRendering } = {
  NEWSLETTER: renderNewsletter,
  VISIT_REPORT: renderVisitReport,
  NOTICE: renderNotice,
  MEETING_NOTICE: renderMeetingNotice,
  TRANSACTIONAL: renderTransactional,
};

function renderKind(content: EmailContent, ctx: KindContext): KindRendering {
  const render = RENDERERS[content.kind] as (
    content: EmailContent,
    ctx: KindContext,
  ) => KindRendering;
  return render(content, ctx);
}

/**
 * Validates `input`, renders it once and returns the compiled e-mail with placeholders left in.
 * @throws EmailContentError when the content is invalid (names each field and the problem)
 * @throws EmailRenderError when an option is wrong or MJML reports an error
 */
export async function compileEmail(
  input: EmailContentInput,
  options: CompileOptions,
): Promise<CompiledEmail> {
  const started = performance.now();
  if (!isAbsoluteHttpUrl(options.publicUrl)) {
    throw new EmailRenderError(
      `publicUrl must be an absolute http(s) URL such as "https://tsunagari.example.jp", got ${JSON.stringify(options.publicUrl)}`,
    );
  }
  const publicUrl = new URL(options.publicUrl).href;
  const siteUrl = options.siteUrl ?? DEFAULT_PLATFORM_SITE_URL;
  if (!isAbsoluteHttpUrl(siteUrl)) {
    throw new EmailRenderError(
      `siteUrl must be an absolute http(s) URL such as "${DEFAULT_PLATFORM_SITE_URL}", got ${JSON.stringify(siteUrl)}`,
    );
  }
  const content = parseEmailContent(input, publicUrl);
  const allowed = UNSUBSCRIBABLE_KINDS[content.kind];
  const unsubscribable = options.unsubscribable ?? allowed;
  if (unsubscribable && !allowed) {
    throw new EmailRenderError(
      `${content.kind} mail cannot carry an unsubscribe line: it is sent whatever the contact's ` +
        'mail preferences. Leave `unsubscribable` unset or false.',
    );
  }

  const templates = await loadTemplates();
  const part = renderKind(content, { templates, publicUrl, unsubscribable, files: options.files });
  const mjml = templates.fill('layout', {
    subject: part.subject,
    preview: part.preview,
    siteUrl: new URL(siteUrl).href,
    headerLabel: part.headerLabel
      ? templates.fill('partials/header-label', { label: part.headerLabel })
      : EMPTY,
    webVersion: options.webVersion ? templates.fill('partials/web-version', {}) : EMPTY,
    body: options.preface ? html`${prefaceOf(templates, options.preface)}${part.body}` : part.body,
    footerNote: part.footerNote,
  }).value;

  const rendered = await renderMjml(mjml);
  const text = convertToText(rendered);

  const subject = splitTemplate(part.subject, 'header');
  const htmlPart = splitTemplate(rendered, 'html');
  const textPart = splitTemplate(text, 'text');
  return {
    kind: content.kind,
    subject,
    html: htmlPart,
    text: textPart,
    placeholders: [...new Set([...subject.keys, ...htmlPart.keys, ...textPart.keys])],
    stats: { mjmlRenders: 1, textConversions: 1, compileMs: performance.now() - started },
  };
}

/** The secretariat's note above the content: paragraphs split at blank lines, lines kept. */
function prefaceOf(templates: Templates, text: string): SafeHtml {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return templates.fill('partials/preface', { content: paragraphsHtml(paragraphs) });
}

async function renderMjml(mjml: string): Promise<string> {
  counters.mjml++;
  const result = await mjml2html(mjml, {
    validationLevel: 'strict',
    // No web fonts: the font stack names fonts installed on Japanese systems.
    fonts: {},
    keepComments: false,
    ignoreIncludes: true,
  }).catch((error: unknown) => {
    throw new EmailRenderError(`MJML could not render the e-mail: ${describe(error)}`, {
      cause: error,
    });
  });
  if (result.errors.length > 0) {
    throw new EmailRenderError(
      `MJML reported errors (a template bug):\n${result.errors.map((e) => e.formattedMessage).join('\n')}`,
    );
  }
  return result.html;
}

function convertToText(rendered: string): string {
  counters.htmlToText++;
  return htmlToPlainText(rendered);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const details = (error as Error & { errors?: { formattedMessage?: string }[] }).errors;
    return details?.length
      ? details.map((e) => e.formattedMessage ?? '').join('\n')
      : error.message;
  }
  return String(error);
}

/**
 * Fills a compiled e-mail for one recipient: values are HTML-escaped in the HTML part, written
 * as is in the text part, and folded onto one line in the subject. Cheap: string joins only.
 * @throws PersonalizeError when a used placeholder has no value or a link is not absolute
 */
export function personalize(compiled: CompiledEmail, values: RecipientValues): PersonalizedEmail {
  return {
    subject: fillTemplate(compiled.subject, values),
    html: fillTemplate(compiled.html, values),
    text: fillTemplate(compiled.text, values),
  };
}

const templateSchema = z
  .strictObject({
    format: z.enum(['html', 'text', 'header']),
    literals: z.array(z.string()).min(1),
    keys: z.array(z.enum(PLACEHOLDER_KEYS)),
  })
  .refine((t) => t.literals.length === t.keys.length + 1, 'literals must be one more than keys');

const compiledEmailSchema = z.strictObject({
  kind: z.enum(MAIL_KINDS),
  subject: templateSchema,
  html: templateSchema,
  text: templateSchema,
  placeholders: z.array(z.enum(PLACEHOLDER_KEYS)),
  stats: z.strictObject({
    mjmlRenders: z.number(),
    textConversions: z.number(),
    compileMs: z.number(),
  }),
});

/**
 * Reads back a compiled e-mail stored as JSON (e.g. in the mailing's row), so any worker can
 * personalise it without rendering again.
 */
export function parseCompiledEmail(json: unknown): CompiledEmail {
  const result = compiledEmailSchema.safeParse(json);
  if (!result.success) {
    throw new EmailRenderError(
      `Stored compiled e-mail is not valid: ${result.error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ')}`,
    );
  }
  return result.data;
}
