/**
 * What an author writes for each kind of mail, validated with zod. Every string is cleaned on the
 * way in (line breaks normalised, control characters and placeholder-marker characters removed),
 * so the renderers only ever see safe, trimmed text; they still HTML-escape all of it.
 */
import { z } from 'zod';
import { readId } from '../../lib/global-id.js';
import { isUuid } from '../../lib/uuid.js';
import { japaneseZodErrors } from '../../lib/zod-japanese.js';
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

// Every message a person may read is Japanese, worded like src/lib/zod-japanese.ts (whose error
// map words zod's own checks that set no message here: unknown keys, wrong types, …).

export const ABSOLUTE_URL_MESSAGE =
  'http:// か https:// で始まる URL（例: https://example.jp/page）を指定してください。' +
  '「/page」「page.html」のような相対リンクや他の形式のリンクは、メールからは開けません。';

const REQUIRED = '入力してください。';
const tooLong = (max: number) => `${max}文字以内で入力してください。`;

/** One line of text: no line breaks. */
const line = (max: number) =>
  z
    .string()
    .overwrite(cleanUserText)
    .min(1, REQUIRED)
    .max(max, tooLong(max))
    .refine((value) => !value.includes('\n'), '改行を入れずに1行で入力してください。');

/** A paragraph: line breaks inside are kept (rendered as <br>). */
const paragraph = z.string().overwrite(cleanUserText).min(1, REQUIRED).max(10_000, tooLong(10_000));

const paragraphs = (min: number, max: number) => list(paragraph, min, max, '段落');

/** A list of `noun`s (in Japanese), e.g. `list(link, 0, 20, 'リンク')`. */
const list = <T extends z.ZodType>(item: T, min: number, max: number, noun: string) =>
  z
    .array(item)
    .min(min, `${noun}を${min}件以上指定してください。`)
    .max(max, `${noun}は${max}件以内にしてください。`);

/** An absolute http(s) URL, normalised (`"`, `<`, `>`, non-ASCII … percent-encoded). */
const url = z
  .string()
  .trim()
  .refine(isAbsoluteHttpUrl, { message: ABSOLUTE_URL_MESSAGE, abort: true })
  .overwrite((value) => new URL(value).href);
const date = z.iso.date({
  error: '実在する日付を YYYY-MM-DD の形で指定してください（例: 2025-05-27）。',
});
const time = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    '時刻を HH:MM の形（24時間制）で指定してください（例: 14:00）。',
  );

const link = z.strictObject({ label: line(200), url });

/**
 * An object of one type by its ID: its global ID (what the API shows) or its UUID; the content
 * keeps the UUID. `hint` says what to give when the value is no ID at all.
 */
const idOf = (typename: string, hint: string) =>
  z.string().transform((value, ctx) => {
    const reading = readId([typename], value);
    if (reading.ok && isUuid(reading.id)) return reading.id.toLowerCase();
    ctx.addIssue({ code: 'custom', input: value, message: reading.ok ? hint : reading.message });
    return z.NEVER;
  });

/** An uploaded file (see POST /files and docs/files.md). */
const fileId = idOf(
  'File',
  'アップロードしたファイルの ID（POST /files の応答の id か fileId）を指定してください。',
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
            ? `${noun}には url か、アップロードしたファイルの fileId のどちらかを指定してください。`
            : `${noun}には url と fileId のどちらか一方だけを指定してください（両方は指定できません）。`,
      });
    }
  };

const newsletterItem = z.strictObject({
  title: line(200),
  body: paragraphs(0, 50).default([]),
  links: list(link, 0, 20, 'リンク').default([]),
  /** A member organisation the item introduces (its site is linked when saved). */
  organizationId: idOf('Organization', '会員団体の ID を指定してください。').optional(),
  /** A 事務局訪問記 the item points to (its archive page is linked when saved). */
  visitReportId: idOf('Mailing', '事務局訪問記（メール）の ID を指定してください。').optional(),
});

export const newsletterContentSchema = z.strictObject({
  kind: z.literal('NEWSLETTER'),
  /** 第N号. */
  issueNumber: z.int('号数は整数で指定してください。').min(1, '号数は1以上にしてください。'),
  issueDate: date,
  /** Optional theme of the issue, e.g. 孤独・孤立対策強化月間特集. */
  title: line(120).optional(),
  intro: paragraphs(0, 20).default([]),
  sections: list(
    z.strictObject({
      heading: line(120),
      items: list(newsletterItem, 1, 50, '記事'),
    }),
    1,
    30,
    'セクション',
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
  staff: list(line(60), 1, 20, '訪問した職員の名前'),
  /** Short summary shown first and used as the inbox preview. */
  lead: paragraph.optional(),
  paragraphs: paragraphs(1, 100),
  photos: list(
    z
      .strictObject({
        /** An image elsewhere on the web, or … */
        url: url.optional(),
        /** … an uploaded PHOTO (POST /files), by its ID; shown from `/files/<uuid>`. */
        fileId: fileId.optional(),
        alt: z
          .string()
          .overwrite(cleanUserText)
          .min(
            1,
            '写真の説明（代替テキスト）を入力してください。読み上げソフトやテキスト形式のメールで、写真の代わりに使われます。',
          )
          .max(300, tooLong(300)),
        caption: line(300).optional(),
      })
      .superRefine(exactlyOneSource('写真')),
    0,
    20,
    '写真',
  ).default([]),
  links: list(link, 0, 20, 'リンク').default([]),
});

/** Lines of an inquiries block (問い合わせ先): department, person, phone, e-mail. */
const contact = list(line(200), 1, 10, '問い合わせ先の行');

export const noticeContentSchema = z
  .strictObject({
    kind: z.literal('NOTICE'),
    /** Date of the circular; printed in the Japanese era (令和7年5月27日). */
    date,
    /** One ministry, or several for a joint circular (関係府省庁連名). */
    issuers: list(line(120), 1, 20, '発出者'),
    /** Catalogue codes of the issuers given by code (their names are in `issuers`). */
    issuerCodes: list(
      z
        .string()
        .regex(
          /^[a-z][a-z0-9_-]{0,30}$/,
          '府省庁コード（ministries の code、例: cao、mhlw）を指定してください。',
        ),
      0,
      20,
      '府省庁コード',
    ).optional(),
    /** Related measures of the 重点計画, resolved from the catalogue when saved. */
    relatedMeasures: list(
      z.strictObject({
        number: z.int('施策番号は整数で指定してください。').min(1, '施策番号は1以上です。'),
        title: line(300),
      }),
      0,
      30,
      '関連施策',
    ).optional(),
    /** e.g. 孤独・孤立対策官民連携プラットフォーム会員団体 各位 (may span lines). */
    addressee: z.string().overwrite(cleanUserText).min(1, REQUIRED).max(1000, tooLong(1000)),
    subject: line(200),
    paragraphs: paragraphs(1, 100),
    attachments: list(
      z
        .strictObject({
          label: line(200),
          /** A document elsewhere on the web, or … */
          url: url.optional(),
          /** … an uploaded ATTACHMENT (POST /files), by its ID: a per-organisation link. */
          fileId: fileId.optional(),
          note: line(60).optional(),
          /** Also attach the file to the message (only files up to 2 MiB, 5 MiB per mailing). */
          attach: z.boolean().optional(),
        })
        .superRefine(exactlyOneSource('添付資料'))
        .refine((a) => !a.attach || a.fileId !== undefined, {
          path: ['attach'],
          message:
            'メールに添付（attach: true）できるのはアップロードしたファイル（fileId）だけです。url の資料は添付できません。',
        }),
      0,
      30,
      '添付資料',
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
        message: '回答を必須にするには質問（reply.question）を入力してください。',
      })
      .optional(),
    contact: contact.optional(),
  })
  .refine((notice) => !notice.reply || notice.reply.deadline >= notice.date, {
    path: ['reply', 'deadline'],
    message: '回答期限は発出日以降にしてください。',
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
    agenda: list(z.strictObject({ title: line(200), note: line(300).optional() }), 1, 50, '議事'),
    replyDeadline: date.optional(),
    /** Offer the 委任 (proxy) reply as well as attend/absent. */
    allowProxy: z.boolean().default(true),
    contact: contact.optional(),
  })
  .refine((meeting) => meeting.venue !== undefined || meeting.online !== undefined, {
    path: ['venue'],
    message: '会場かオンライン参加の URL（または両方）を指定してください。',
  })
  .refine((meeting) => !meeting.endTime || meeting.endTime > meeting.startTime, {
    path: ['endTime'],
    message: '終了時刻は開始時刻より後にしてください。',
  })
  .refine((meeting) => !meeting.replyDeadline || meeting.replyDeadline <= meeting.date, {
    path: ['replyDeadline'],
    message: '回答期限は会議の日以前にしてください。',
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
export const emailContentSchema = z.discriminatedUnion(
  'kind',
  [
    newsletterContentSchema,
    visitReportContentSchema,
    noticeContentSchema,
    meetingNoticeContentSchema,
    transactionalContentSchema,
  ],
  { error: `kind には ${MAIL_KINDS.join('、')} のいずれかを指定してください。` },
);

/** What each kind is called in messages. */
const KIND_NAMES: Record<string, string> = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
  NOTICE: '事務連絡',
  MEETING_NOTICE: '会議開催通知',
  TRANSACTIONAL: '事務局からのお知らせ',
};

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

/**
 * Invalid content: names every field that is wrong and why, in Japanese. Its stable code is
 * `INVALID_EMAIL_CONTENT`; through the API each issue becomes a `problems` entry of a
 * `VALIDATION_FAILED` error.
 */
export class EmailContentError extends Error {
  readonly code = 'INVALID_EMAIL_CONTENT';
  constructor(
    readonly kind: string,
    readonly issues: readonly ContentIssue[],
  ) {
    super(
      `${KIND_NAMES[kind] ?? 'メール'}の内容に ${issues.length} 件の問題があります。\n` +
        issues.map((issue) => `- ${issue.path || '（内容全体）'}: ${issue.message}`).join('\n'),
    );
    this.name = 'EmailContentError';
  }
}

/** Validates and cleans content, or throws {@link EmailContentError}. */
export function parseEmailContent(input: unknown, publicUrl?: string): EmailContent {
  // Checks that set no message of their own (unknown keys, wrong types) are worded in Japanese.
  const result = emailContentSchema.safeParse(input, { error: japaneseZodErrors });
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
          message += `（指定された値: ${JSON.stringify(value)}${suggestion(value, publicUrl)}）`;
        }
      }
      return { path, message };
    }),
  );
}

function suggestion(value: string, publicUrl: string | undefined): string {
  if (!publicUrl || !/^\/[^/]/.test(value.trim())) return '';
  return `。${JSON.stringify(new URL(value.trim(), publicUrl).href)} のことではありませんか`;
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
