/**
 * What an author writes for each kind of mail, validated with zod. Every string is cleaned on the
 * way in (line breaks normalised, control characters and placeholder-marker characters removed),
 * so the renderers only ever see safe, trimmed text; they still HTML-escape all of it.
 */
import { z } from 'zod';
import { MARKER_CHARS } from './placeholders.js';

export const MAIL_KINDS = [
  'NEWSLETTER',
  'VISIT_REPORT',
  'NOTICE',
  'MEETING_NOTICE',
  'TRANSACTIONAL',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** Normalises line breaks and drops control characters (except tab and LF) and marker chars. */
export function cleanUserText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(MARKER_CHARS, '')
      .normalize('NFC')
      .trim()
  );
}

/** True for `http://host/…` and `https://host/…`; relative and other-scheme URLs are rejected. */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const ABSOLUTE_URL_MESSAGE =
  'must be an absolute http(s) URL such as "https://example.jp/page"; relative links ' +
  '("/page", "page.html") and other schemes cannot be opened from an e-mail';

/** One line of text: no line breaks. */
const line = (max: number) =>
  z
    .string()
    .overwrite(cleanUserText)
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !value.includes('\n'), 'must be a single line (no line breaks)');

/** A paragraph: line breaks inside are kept (rendered as <br>). */
const paragraph = z
  .string()
  .overwrite(cleanUserText)
  .min(1, 'must not be empty')
  .max(10_000, 'must be at most 10000 characters');

const paragraphs = (min: number, max: number) =>
  z
    .array(paragraph)
    .min(min, `needs at least ${min} paragraph${min === 1 ? '' : 's'}`)
    .max(max, `must have at most ${max} paragraphs`);

/** A list of `noun`s (singular, regular plural), e.g. `list(link, 0, 20, 'link')`. */
const list = <T extends z.ZodType>(item: T, min: number, max: number, noun: string) =>
  z
    .array(item)
    .min(min, `needs at least ${min} ${noun}${min === 1 ? '' : 's'}`)
    .max(max, `must have at most ${max} ${noun}${max === 1 ? '' : 's'}`);

/** An absolute http(s) URL, normalised (`"`, `<`, `>`, non-ASCII … percent-encoded). */
const url = z
  .string()
  .trim()
  .refine(isAbsoluteHttpUrl, { message: ABSOLUTE_URL_MESSAGE, abort: true })
  .overwrite((value) => new URL(value).href);
const date = z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD, e.g. 2025-05-27' });
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour), e.g. 14:00');

const link = z.strictObject({ label: line(200), url });

/** The UUID of an uploaded file (see POST /files and docs/files.md). */
const fileId = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'must be the fileId (a UUID) that POST /files returned',
  );

/** A photo or an attachment names its source once: a `url` or an uploaded file's `fileId`. */
const exactlyOneSource =
  (noun: string) =>
  (value: { url?: string | undefined; fileId?: string | undefined }, ctx: z.RefinementCtx) => {
    if ((value.url === undefined) === (value.fileId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.url === undefined ? 'url' : 'fileId'],
        message:
          value.url === undefined
            ? `give the ${noun} either a url or the fileId of an uploaded file`
            : `give the ${noun} either a url or a fileId, not both`,
      });
    }
  };

const newsletterItem = z.strictObject({
  title: line(200),
  body: paragraphs(0, 50).default([]),
  links: list(link, 0, 20, 'link').default([]),
  /** A member organisation the item introduces (its site is linked when saved). */
  organizationId: z.uuid('must be an organisation id (UUID)').optional(),
  /** A 事務局訪問記 the item points to (its archive page is linked when saved). */
  visitReportId: z.uuid('must be a mailing id (UUID)').optional(),
});

export const newsletterContentSchema = z.strictObject({
  kind: z.literal('NEWSLETTER'),
  /** 第N号. */
  issueNumber: z.int('must be a whole number').min(1, 'must be 1 or more'),
  issueDate: date,
  /** Optional theme of the issue, e.g. 孤独・孤立対策強化月間特集. */
  title: line(120).optional(),
  intro: paragraphs(0, 20).default([]),
  sections: list(
    z.strictObject({
      heading: line(120),
      items: list(newsletterItem, 1, 50, 'item'),
    }),
    1,
    30,
    'section',
  ),
  closing: paragraphs(0, 20).default([]),
});

export const visitReportContentSchema = z.strictObject({
  kind: z.literal('VISIT_REPORT'),
  title: line(200),
  organization: line(200),
  organizationUrl: url.optional(),
  visitDate: date,
  /** Secretariat staff who visited. */
  staff: list(line(60), 1, 20, 'staff name'),
  /** Short summary shown first and used as the inbox preview. */
  lead: paragraph.optional(),
  paragraphs: paragraphs(1, 100),
  photos: list(
    z
      .strictObject({
        /** An image elsewhere on the web, or … */
        url: url.optional(),
        /** … an uploaded PHOTO (POST /files), by its UUID; shown from `/files/<uuid>`. */
        fileId: fileId.optional(),
        alt: z
          .string()
          .overwrite(cleanUserText)
          .min(
            1,
            'is required: describe the photo for screen readers and for text-only mail readers',
          )
          .max(300, 'must be at most 300 characters'),
        caption: line(300).optional(),
      })
      .superRefine(exactlyOneSource('photo')),
    0,
    20,
    'photo',
  ).default([]),
  links: list(link, 0, 20, 'link').default([]),
});

/** Lines of an inquiries block (問い合わせ先): department, person, phone, e-mail. */
const contact = list(line(200), 1, 10, 'line');

export const noticeContentSchema = z
  .strictObject({
    kind: z.literal('NOTICE'),
    /** Date of the circular; printed in the Japanese era (令和7年5月27日). */
    date,
    /** One ministry, or several for a joint circular (関係府省庁連名). */
    issuers: list(line(120), 1, 20, 'issuer'),
    /** Catalogue codes of the issuers given by code (their names are in `issuers`). */
    issuerCodes: list(z.string().regex(/^[a-z][a-z0-9_-]{0,30}$/), 0, 20, 'code').optional(),
    /** Related measures of the 重点計画, resolved from the catalogue when saved. */
    relatedMeasures: list(
      z.strictObject({ number: z.int().min(1), title: line(300) }),
      0,
      30,
      'measure',
    ).optional(),
    /** e.g. 孤独・孤立対策官民連携プラットフォーム会員団体 各位 (may span lines). */
    addressee: z
      .string()
      .overwrite(cleanUserText)
      .min(1, 'must not be empty')
      .max(1000, 'must be at most 1000 characters'),
    subject: line(200),
    paragraphs: paragraphs(1, 100),
    attachments: list(
      z
        .strictObject({
          label: line(200),
          /** A document elsewhere on the web, or … */
          url: url.optional(),
          /** … an uploaded ATTACHMENT (POST /files), by its UUID: a per-organisation link. */
          fileId: fileId.optional(),
          note: line(60).optional(),
          /** Also attach the file to the message (only files up to 2 MiB, 5 MiB per mailing). */
          attach: z.boolean().optional(),
        })
        .superRefine(exactlyOneSource('attachment'))
        .refine((a) => !a.attach || a.fileId !== undefined, {
          path: ['attach'],
          message: 'can only be true for an uploaded file (fileId); a url cannot be attached',
        }),
      0,
      30,
      'attachment',
    ).default([]),
    /** Present when the circular asks members to acknowledge it by a deadline. */
    reply: z
      .strictObject({
        deadline: date,
        request: paragraph.optional(),
        buttonLabel: line(40).default('受領を報告する'),
        /** A short question answered on the reply page (e.g. 担当者名を御記入ください). */
        question: line(200).optional(),
        /** The reply page refuses an empty answer. */
        answerRequired: z.boolean().default(false),
      })
      .refine((reply) => !reply.answerRequired || reply.question !== undefined, {
        path: ['answerRequired'],
        message: 'needs a question: answerRequired only applies when reply.question is given',
      })
      .optional(),
    contact: contact.optional(),
  })
  .refine((notice) => !notice.reply || notice.reply.deadline >= notice.date, {
    path: ['reply', 'deadline'],
    message: 'must not be before the date of the circular',
  });

export const meetingNoticeContentSchema = z
  .strictObject({
    kind: z.literal('MEETING_NOTICE'),
    /** The convening body, e.g. 孤独・孤立対策官民連携プラットフォーム 幹事会. */
    bodyName: line(120),
    /** e.g. 令和7年度第1回幹事会の開催について（通知）. */
    title: line(200),
    date,
    startTime: time,
    endTime: time.optional(),
    venue: z
      .strictObject({ name: line(200), address: line(200).optional(), mapUrl: url.optional() })
      .optional(),
    online: z.strictObject({ url, note: line(300).optional() }).optional(),
    paragraphs: paragraphs(0, 50).default([]),
    agenda: list(z.strictObject({ title: line(200), note: line(300).optional() }), 1, 50, 'item'),
    replyDeadline: date.optional(),
    /** Offer the 委任 (proxy) reply as well as attend/absent. */
    allowProxy: z.boolean().default(true),
    contact: contact.optional(),
  })
  .refine((meeting) => meeting.venue !== undefined || meeting.online !== undefined, {
    path: ['venue'],
    message: 'give a venue, an online link, or both',
  })
  .refine((meeting) => !meeting.endTime || meeting.endTime > meeting.startTime, {
    path: ['endTime'],
    message: 'must be later than startTime',
  })
  .refine((meeting) => !meeting.replyDeadline || meeting.replyDeadline <= meeting.date, {
    path: ['replyDeadline'],
    message: 'must not be after the meeting date',
  });

export const transactionalContentSchema = z.strictObject({
  kind: z.literal('TRANSACTIONAL'),
  subject: line(200),
  title: line(200),
  paragraphs: paragraphs(1, 50),
  action: z.strictObject({ label: line(60), url }).optional(),
  footnote: paragraph.optional(),
});

/** Content of any kind, discriminated by `kind`. */
export const emailContentSchema = z.discriminatedUnion('kind', [
  newsletterContentSchema,
  visitReportContentSchema,
  noticeContentSchema,
  meetingNoticeContentSchema,
  transactionalContentSchema,
]);

/** What callers pass in (defaults may be omitted). */
export type EmailContentInput = z.input<typeof emailContentSchema>;
/** Validated, cleaned content with defaults applied. */
export type EmailContent = z.output<typeof emailContentSchema>;
export type NewsletterContent = z.output<typeof newsletterContentSchema>;
export type VisitReportContent = z.output<typeof visitReportContentSchema>;
export type NoticeContent = z.output<typeof noticeContentSchema>;
export type MeetingNoticeContent = z.output<typeof meetingNoticeContentSchema>;
export type TransactionalContent = z.output<typeof transactionalContentSchema>;

export interface ContentIssue {
  /** e.g. `sections[0].items[1].links[0].url`. */
  readonly path: string;
  readonly message: string;
}

/** Invalid content: names every field that is wrong and why. */
export class EmailContentError extends Error {
  readonly code = 'INVALID_EMAIL_CONTENT';
  constructor(
    readonly kind: string,
    readonly issues: readonly ContentIssue[],
  ) {
    super(
      `Invalid ${kind} e-mail content (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `- ${issue.path || '(content)'}: ${issue.message}`).join('\n'),
    );
    this.name = 'EmailContentError';
  }
}

/** Validates and cleans content, or throws {@link EmailContentError}. */
export function parseEmailContent(input: unknown, publicUrl?: string): EmailContent {
  const result = emailContentSchema.safeParse(input);
  if (result.success) return result.data;
  const kind =
    typeof input === 'object' && input !== null && 'kind' in input && typeof input.kind === 'string'
      ? input.kind
      : 'e-mail';
  throw new EmailContentError(
    kind,
    result.error.issues.map((issue) => {
      const path = formatPath(issue.path);
      let message = issue.message;
      if (message === ABSOLUTE_URL_MESSAGE) {
        const value = valueAt(input, issue.path);
        if (typeof value === 'string') {
          message += ` (got ${JSON.stringify(value)}${suggestion(value, publicUrl)})`;
        }
      }
      return { path, message };
    }),
  );
}

function suggestion(value: string, publicUrl: string | undefined): string {
  if (!publicUrl || !/^\/[^/]/.test(value.trim())) return '';
  return `; did you mean ${JSON.stringify(new URL(value.trim(), publicUrl).href)}?`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
