/**
 * The editorial content of each kind of mailing as GraphQL types: typed inputs (one input
 * object per kind, chosen with the `@oneOf` input `MailingContentInput`) and the matching
 * output types (union `MailingContent`). Both mirror the zod schemas in
 * src/mail/render/content.ts, which stay the single place where content is validated.
 */

import type { MailingKind } from '../../db/tables/mailings.js';
import { builder } from '../../graphql/builder.js';
import { globalIdOf } from '../../lib/global-id.js';
import {
  type EmailContent,
  type MeetingNoticeContent,
  type NewsletterContent,
  type NoticeContent,
  parseEmailContent,
  type VisitReportContent,
} from '../../mail/render/content.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import { MailingRef } from './mailing-ref.graphql.js';

// ---- inputs ----------------------------------------------------------------------------------

const LinkInput = builder.inputType('ContentLinkInput', {
  description: 'A link shown with a label.',
  fields: (t) => ({
    label: t.string({ required: true, description: 'Link text (one line).' }),
    url: t.field({ type: 'URL', required: true, description: 'Absolute http(s) URL.' }),
  }),
});

const NewsletterItemInput = builder.inputType('NewsletterItemInput', {
  description:
    'One item of a newsletter section: a member activity, a support programme, an event, a visit report…',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title (one line).' }),
    body: t.stringList({ description: 'Paragraphs.' }),
    links: t.field({ type: [LinkInput], description: 'Links (e.g. the member’s site).' }),
    organization: t.globalID({
      for: OrganizationRef,
      description: 'A member organisation the item introduces; its site is linked.',
    }),
    visitReport: t.globalID({
      for: MailingRef,
      description:
        'A 事務局訪問記 (the Mailing’s ID) the item points to; its archive page is linked. It must be set to be published.',
    }),
  }),
});

const NewsletterSectionInput = builder.inputType('NewsletterSectionInput', {
  description: 'A section of a newsletter issue; the table of contents lists the sections.',
  fields: (t) => ({
    heading: t.string({ required: true, description: 'Section heading, e.g. 会員の活動紹介.' }),
    items: t.field({
      type: [NewsletterItemInput],
      required: true,
      description: 'Items, in order.',
    }),
  }),
});

const NewsletterContentInput = builder.inputType('NewsletterContentInput', {
  description: 'A newsletter issue (メールマガジン 第N号).',
  fields: (t) => ({
    issueNumber: t.int({ required: true, description: 'Issue number (第N号).' }),
    issueDate: t.field({ type: 'Date', required: true, description: 'Issue date.' }),
    theme: t.string({ description: 'Theme of the issue, e.g. 孤独・孤立対策強化月間特集.' }),
    intro: t.stringList({ description: 'Opening paragraphs.' }),
    sections: t.field({
      type: [NewsletterSectionInput],
      required: true,
      description: 'Sections, in order.',
    }),
    closing: t.stringList({ description: 'Closing paragraphs.' }),
  }),
});

const VisitReportPhotoInput = builder.inputType('VisitReportPhotoInput', {
  description: 'A photo of an office-visit report: an absolute URL or an uploaded file.',
  fields: (t) => ({
    url: t.field({ type: 'URL', description: 'Where the image is (give this or `fileId`).' }),
    fileId: t.string({
      description:
        'An uploaded PHOTO file: its ID (the `id` POST /files answered, a global ID) or its UUID (`fileId`); see docs/files.md.',
    }),
    alt: t.string({ required: true, description: 'What the photo shows (for screen readers).' }),
    caption: t.string({ description: 'Caption under the photo.' }),
  }),
});

const VisitReportContentInput = builder.inputType('VisitReportContentInput', {
  description: 'An office-visit report (事務局訪問記).',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title.' }),
    organization: t.string({
      required: true,
      description: 'Name of the visited organisation as printed.',
    }),
    organizationUrl: t.field({ type: 'URL', description: 'The visited organisation’s site.' }),
    visitDate: t.field({ type: 'Date', required: true, description: 'Day of the visit.' }),
    staff: t.stringList({ required: true, description: 'Secretariat staff who visited.' }),
    lead: t.string({ description: 'Short summary shown first.' }),
    paragraphs: t.stringList({ required: true, description: 'Body paragraphs.' }),
    photos: t.field({ type: [VisitReportPhotoInput], description: 'Photos, in order.' }),
    links: t.field({ type: [LinkInput], description: 'Related links.' }),
  }),
});

const NoticeAttachmentInput = builder.inputType('NoticeAttachmentInput', {
  description:
    'An attachment of a circular: an uploaded file (a download link per recipient organisation) or a URL.',
  fields: (t) => ({
    label: t.string({ required: true, description: 'e.g. 別添1 熱中症予防のための啓発資料.' }),
    url: t.field({ type: 'URL', description: 'Where the document is (give this or `fileId`).' }),
    fileId: t.string({
      description:
        'An uploaded ATTACHMENT file: its ID (the `id` POST /files answered, a global ID) or its UUID (`fileId`).',
    }),
    note: t.string({ description: 'Short note, e.g. PDF 1.2MB.' }),
    attach: t.boolean({
      description: 'Also attach the file to the message when it is small (see docs/files.md).',
    }),
  }),
});

const NoticeReplyInput = builder.inputType('NoticeReplyInput', {
  description: 'A request that each addressed organisation confirms receipt by a deadline.',
  fields: (t) => ({
    deadline: t.field({ type: 'Date', required: true, description: 'Reply deadline.' }),
    request: t.string({ description: 'What is asked, shown above the button.' }),
    buttonLabel: t.string({ description: 'Button text (default 受領を報告する).' }),
    question: t.string({ description: 'A short question answered on the reply page.' }),
    answerRequired: t.boolean({
      description: 'Refuse replies without an answer (needs question).',
    }),
  }),
});

const NoticeContentInput = builder.inputType('NoticeContentInput', {
  description: 'A 事務連絡 circular.',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      required: true,
      description: 'Date of the circular (printed in the Japanese era, e.g. 令和7年5月27日).',
    }),
    issuerCodes: t.stringList({
      description:
        'Issuing ministries and agencies from the catalogue (`ministries` query codes, e.g. "cao", "mhlw"), in the order printed; several make a joint circular (連名).',
    }),
    issuers: t.stringList({
      description:
        'Further issuers as printed (e.g. a bureau not in the catalogue), after those of `issuerCodes`.',
    }),
    addressee: t.string({
      required: true,
      description: 'Addressee line, e.g. 孤独・孤立対策官民連携プラットフォーム会員 各位.',
    }),
    subject: t.string({ required: true, description: 'Subject (件名).' }),
    paragraphs: t.stringList({ required: true, description: 'Body paragraphs.' }),
    relatedMeasures: t.intList({
      description:
        'Related policy measures of the 重点計画, by number (`policyMeasures`); listed under 関連施策.',
    }),
    attachments: t.field({ type: [NoticeAttachmentInput], description: 'Attachments (別添).' }),
    reply: t.field({ type: NoticeReplyInput, description: 'Ask for a reply by a deadline.' }),
    contact: t.stringList({ description: 'Inquiries block (問い合わせ先), one line each.' }),
  }),
});

const MeetingVenueInput = builder.inputType('MeetingVenueInput', {
  description: 'Where a meeting takes place.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Venue, e.g. 中央合同庁舎第8号館 1階講堂.' }),
    address: t.string({ description: 'Address.' }),
    mapUrl: t.field({ type: 'URL', description: 'Map link.' }),
  }),
});

const MeetingOnlineInput = builder.inputType('MeetingOnlineInput', {
  description: 'How to join a meeting online.',
  fields: (t) => ({
    url: t.field({ type: 'URL', required: true, description: 'Meeting link.' }),
    note: t.string({ description: 'e.g. the meeting ID and passcode are sent separately.' }),
  }),
});

const AgendaItemInput = builder.inputType('MeetingNoticeAgendaItemInput', {
  description: 'An item of the agenda (議事).',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Item.' }),
    note: t.string({ description: 'Note.' }),
  }),
});

const MeetingNoticeContentInput = builder.inputType('MeetingNoticeContentInput', {
  description: 'A meeting notice (招集通知). `createMeetingNotice` fills it from a Meeting.',
  fields: (t) => ({
    bodyName: t.string({
      required: true,
      description: 'Convening body, e.g. 孤独・孤立対策官民連携プラットフォーム 幹事会.',
    }),
    title: t.string({ required: true, description: 'Title of the notice.' }),
    date: t.field({ type: 'Date', required: true, description: 'Day of the meeting.' }),
    startTime: t.string({ required: true, description: 'Start, HH:MM (Japan time).' }),
    endTime: t.string({ description: 'End, HH:MM.' }),
    venue: t.field({ type: MeetingVenueInput, description: 'Venue (or `online`, or both).' }),
    online: t.field({ type: MeetingOnlineInput, description: 'Online participation.' }),
    paragraphs: t.stringList({ description: 'Body paragraphs.' }),
    agenda: t.field({ type: [AgendaItemInput], required: true, description: 'Agenda items.' }),
    replyDeadline: t.field({ type: 'Date', description: 'Reply deadline.' }),
    allowProxy: t.boolean({ description: 'Offer the 委任 (proxy) reply (default true).' }),
    contact: t.stringList({ description: 'Inquiries block, one line each.' }),
  }),
});

export const MailingContentInput = builder.inputType('MailingContentInput', {
  description: 'The content of a mailing: give exactly one field, the one of its kind.',
  isOneOf: true,
  fields: (t) => ({
    newsletter: t.field({ type: NewsletterContentInput, description: 'A newsletter issue.' }),
    visitReport: t.field({ type: VisitReportContentInput, description: 'An office-visit report.' }),
    notice: t.field({ type: NoticeContentInput, description: 'A 事務連絡 circular.' }),
    meetingNotice: t.field({ type: MeetingNoticeContentInput, description: 'A meeting notice.' }),
  }),
});

const INPUT_KINDS = {
  newsletter: 'NEWSLETTER',
  visitReport: 'VISIT_REPORT',
  notice: 'NOTICE',
  meetingNotice: 'MEETING_NOTICE',
} as const satisfies Record<string, MailingKind>;

/** Drops nulls (GraphQL's "not given") so the zod defaults apply. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

type NewsletterInput = typeof NewsletterContentInput.$inferInput;

/** Newsletter items' global IDs → the ids the content stores (`organizationId`, `visitReportId`). */
function newsletterReferences(input: NewsletterInput): object {
  return {
    ...input,
    sections: input.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => {
        const { organization, visitReport, ...rest } = item;
        return {
          ...rest,
          ...(organization ? { organizationId: organization.id } : {}),
          ...(visitReport ? { visitReportId: visitReport.id } : {}),
        };
      }),
    })),
  };
}

/** The kind, the content object (for the zod schemas) and the input path of its fields. */
export function contentFromInput(input: typeof MailingContentInput.$inferInput): {
  kind: MailingKind;
  content: Record<string, unknown>;
  path: string[];
} {
  const entry = Object.entries(input).find(([, value]) => value != null);
  if (!entry) throw new TypeError('MailingContentInput needs exactly one field');
  const [key, value] = entry as [keyof typeof INPUT_KINDS, object];
  const kind = INPUT_KINDS[key];
  const { theme, ...fields } = withoutNulls(
    key === 'newsletter' ? newsletterReferences(value as NewsletterInput) : value,
  ) as Record<string, unknown>;
  return {
    kind,
    // The newsletter's `theme` is `title` in the stored content.
    content: { kind, ...fields, ...(theme !== undefined ? { title: theme } : {}) },
    path: ['input', 'content', key],
  };
}

// ---- outputs ---------------------------------------------------------------------------------

/** A stored file reference (a UUID) as the API shows IDs: the File's global ID. */
function fileGlobalId(fileId: unknown): string | null {
  return typeof fileId === 'string' ? globalIdOf('File', fileId) : null;
}

type Link = { label: string; url: string };

const LinkRef = builder.objectRef<Link>('ContentLink').implement({
  description: 'A link with a label.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Link text.' }),
    url: t.expose('url', { type: 'URL', description: 'Absolute URL.' }),
  }),
});

type NewsletterSection = NewsletterContent['sections'][number];
type NewsletterItem = NewsletterSection['items'][number];

const NewsletterItemRef = builder.objectRef<NewsletterItem>('NewsletterItem').implement({
  description: 'One item of a newsletter section.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title.' }),
    body: t.exposeStringList('body', { description: 'Paragraphs.' }),
    links: t.expose('links', { type: [LinkRef], description: 'Links.' }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The member organisation the item introduces.',
      resolve: (i) => i.organizationId ?? null,
    }),
  }),
});

const NewsletterSectionRef = builder.objectRef<NewsletterSection>('NewsletterSection').implement({
  description: 'A section of a newsletter issue.',
  fields: (t) => ({
    heading: t.exposeString('heading', { description: 'Heading.' }),
    items: t.expose('items', { type: [NewsletterItemRef], description: 'Items.' }),
  }),
});

const NewsletterContentRef = builder.objectRef<NewsletterContent>('NewsletterContent').implement({
  description: 'A newsletter issue (メールマガジン).',
  isTypeOf: (value) => (value as EmailContent).kind === 'NEWSLETTER',
  fields: (t) => ({
    issueNumber: t.exposeInt('issueNumber', { description: 'Issue number (第N号).' }),
    issueDate: t.expose('issueDate', { type: 'Date', description: 'Issue date.' }),
    // Not `title`: the union's other members have a non-null `title`, and fields of one name
    // must agree in type for a query to select them side by side.
    theme: t.exposeString('title', { nullable: true, description: 'Theme of the issue.' }),
    intro: t.exposeStringList('intro', { description: 'Opening paragraphs.' }),
    sections: t.expose('sections', {
      type: [NewsletterSectionRef],
      description: 'Sections, in order.',
    }),
    closing: t.exposeStringList('closing', { description: 'Closing paragraphs.' }),
  }),
});

type Photo = VisitReportContent['photos'][number];

const VisitReportPhotoRef = builder.objectRef<Photo>('VisitReportPhoto').implement({
  description: 'A photo of a visit report.',
  fields: (t) => ({
    url: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where the image is (for an uploaded file, its public URL is in the e-mail).',
      resolve: (p) => ('url' in p ? (p.url ?? null) : null),
    }),
    fileId: t.string({
      nullable: true,
      description: 'The uploaded file, if it is one: its ID (the File’s global ID).',
      resolve: (p) => fileGlobalId('fileId' in p ? p.fileId : undefined),
    }),
    alt: t.exposeString('alt', { description: 'What the photo shows.' }),
    caption: t.exposeString('caption', { nullable: true, description: 'Caption.' }),
  }),
});

const VisitReportContentRef = builder
  .objectRef<VisitReportContent>('VisitReportContent')
  .implement({
    description: 'An office-visit report (事務局訪問記).',
    isTypeOf: (value) => (value as EmailContent).kind === 'VISIT_REPORT',
    fields: (t) => ({
      title: t.exposeString('title', { description: 'Title.' }),
      organization: t.exposeString('organization', {
        description: 'Name of the visited organisation as printed.',
      }),
      organizationUrl: t.field({
        type: 'URL',
        nullable: true,
        description: 'The visited organisation’s site.',
        resolve: (c) => c.organizationUrl ?? null,
      }),
      visitDate: t.expose('visitDate', { type: 'Date', description: 'Day of the visit.' }),
      staff: t.exposeStringList('staff', { description: 'Secretariat staff who visited.' }),
      lead: t.exposeString('lead', { nullable: true, description: 'Short summary.' }),
      paragraphs: t.exposeStringList('paragraphs', { description: 'Body paragraphs.' }),
      photos: t.expose('photos', { type: [VisitReportPhotoRef], description: 'Photos.' }),
      links: t.expose('links', { type: [LinkRef], description: 'Related links.' }),
    }),
  });

type Attachment = NoticeContent['attachments'][number];
type Reply = NonNullable<NoticeContent['reply']>;

const NoticeAttachmentRef = builder.objectRef<Attachment>('NoticeAttachment').implement({
  description: 'An attachment of a circular.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Label.' }),
    url: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where the document is, when it is a link rather than an uploaded file.',
      resolve: (a) => ('url' in a ? (a.url ?? null) : null),
    }),
    fileId: t.string({
      nullable: true,
      description:
        'The uploaded file: its ID (the File’s global ID); each recipient organisation gets its own download link to it.',
      resolve: (a) => fileGlobalId('fileId' in a ? a.fileId : undefined),
    }),
    note: t.exposeString('note', { nullable: true, description: 'Note.' }),
  }),
});

const NoticeReplyRef = builder.objectRef<Reply>('NoticeReply').implement({
  description: 'The reply a circular asks for.',
  fields: (t) => ({
    deadline: t.expose('deadline', { type: 'Date', description: 'Deadline.' }),
    request: t.exposeString('request', { nullable: true, description: 'What is asked.' }),
    buttonLabel: t.exposeString('buttonLabel', { description: 'Button text.' }),
    question: t.exposeString('question', { nullable: true, description: 'Question, if any.' }),
    answerRequired: t.exposeBoolean('answerRequired', { description: 'Answer required.' }),
  }),
});

const NoticeContentRef = builder.objectRef<NoticeContent>('NoticeContent').implement({
  description: 'A 事務連絡 circular.',
  isTypeOf: (value) => (value as EmailContent).kind === 'NOTICE',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', description: 'Date of the circular.' }),
    issuers: t.exposeStringList('issuers', {
      description: 'Issuers as printed; several make a joint circular (連名).',
    }),
    issuerCodes: t.stringList({
      description: 'Catalogue codes of the issuing ministries and agencies given.',
      resolve: (c) => [...(c.issuerCodes ?? [])],
    }),
    addressee: t.exposeString('addressee', { description: 'Addressee line.' }),
    subject: t.exposeString('subject', { description: 'Subject.' }),
    paragraphs: t.exposeStringList('paragraphs', { description: 'Body paragraphs.' }),
    relatedMeasures: t.intList({
      description: 'Numbers of the related policy measures.',
      resolve: (c) => (c.relatedMeasures ?? []).map((m) => m.number),
    }),
    attachments: t.expose('attachments', {
      type: [NoticeAttachmentRef],
      description: 'Attachments.',
    }),
    reply: t.field({
      type: NoticeReplyRef,
      nullable: true,
      description: 'The reply asked for, if any.',
      resolve: (c) => c.reply ?? null,
    }),
    contact: t.stringList({
      nullable: true,
      description: 'Inquiries block.',
      resolve: (c) => (c.contact ? [...c.contact] : null),
    }),
  }),
});

type Agenda = MeetingNoticeContent['agenda'][number];

const AgendaItemRef = builder.objectRef<Agenda>('MeetingNoticeAgendaItem').implement({
  description: 'An agenda item.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Item.' }),
    note: t.exposeString('note', { nullable: true, description: 'Note.' }),
  }),
});

const MeetingNoticeContentRef = builder
  .objectRef<MeetingNoticeContent>('MeetingNoticeContent')
  .implement({
    description: 'A meeting notice (招集通知).',
    isTypeOf: (value) => (value as EmailContent).kind === 'MEETING_NOTICE',
    fields: (t) => ({
      bodyName: t.exposeString('bodyName', { description: 'Convening body.' }),
      title: t.exposeString('title', { description: 'Title.' }),
      date: t.expose('date', { type: 'Date', description: 'Day of the meeting.' }),
      startTime: t.exposeString('startTime', { description: 'Start, HH:MM.' }),
      endTime: t.exposeString('endTime', { nullable: true, description: 'End, HH:MM.' }),
      venueName: t.string({
        nullable: true,
        description: 'Venue.',
        resolve: (c) => c.venue?.name ?? null,
      }),
      venueAddress: t.string({
        nullable: true,
        description: 'Venue address.',
        resolve: (c) => c.venue?.address ?? null,
      }),
      onlineUrl: t.field({
        type: 'URL',
        nullable: true,
        description: 'Online participation link.',
        resolve: (c) => c.online?.url ?? null,
      }),
      paragraphs: t.exposeStringList('paragraphs', { description: 'Body paragraphs.' }),
      agenda: t.expose('agenda', { type: [AgendaItemRef], description: 'Agenda.' }),
      replyDeadline: t.field({
        type: 'Date',
        nullable: true,
        description: 'Reply deadline.',
        resolve: (c) => c.replyDeadline ?? null,
      }),
      allowProxy: t.exposeBoolean('allowProxy', { description: 'Whether 委任 is offered.' }),
    }),
  });

export const MailingContentRef = builder.unionType('MailingContent', {
  description: 'The editorial content of a mailing, by kind.',
  types: [NewsletterContentRef, VisitReportContentRef, NoticeContentRef, MeetingNoticeContentRef],
  resolveType: (content) => {
    switch ((content as EmailContent).kind) {
      case 'NEWSLETTER':
        return NewsletterContentRef;
      case 'VISIT_REPORT':
        return VisitReportContentRef;
      case 'NOTICE':
        return NoticeContentRef;
      default:
        return MeetingNoticeContentRef;
    }
  },
});

/** Stored content with the defaults of its schema applied (it was validated when saved). */
export function storedContent(
  content: unknown,
): Exclude<EmailContent, { kind: 'TRANSACTIONAL' }> | null {
  try {
    const parsed = parseEmailContent(content);
    return parsed.kind === 'TRANSACTIONAL' ? null : parsed;
  } catch {
    return null;
  }
}
