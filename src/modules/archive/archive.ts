/**
 * The public archive: which mailings are published, their stable URLs, and the web version —
 * the compiled e-mail filled with public values instead of a recipient's, without the blocks
 * that only make sense in a mailbox (src/mail/render/web-version.ts).
 */

import {
  ARCHIVE_KINDS,
  type ArchiveKind,
  isArchiveKind,
  type MailingKind,
} from '../../db/tables/mailings.js';
import {
  type CompiledEmail,
  PLACEHOLDER_KEYS,
  type PlaceholderKey,
  type RecipientValues,
  renderWebVersion,
  type WebVersion,
} from '../../mail/render/index.js';

export { ARCHIVE_KINDS, type ArchiveKind, isArchiveKind };

/** The path segment of each kind under /archive. */
export const KIND_SLUGS: Readonly<Record<ArchiveKind, string>> = {
  NEWSLETTER: 'newsletters',
  VISIT_REPORT: 'visit-reports',
  NOTICE: 'notices',
};

export const KIND_LABELS: Readonly<Record<ArchiveKind, string>> = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
  NOTICE: '事務連絡',
};

export function kindOfSlug(slug: string): ArchiveKind | undefined {
  return ARCHIVE_KINDS.find((kind) => KIND_SLUGS[kind] === slug);
}

/** A published (or once published) mailing as the archive shows it. */
export interface ArchiveItem {
  /** The mailing's id. */
  readonly id: string;
  readonly kind: ArchiveKind;
  readonly subject: string;
  /** Title of the piece (the subject when the content has none). */
  readonly title: string;
  /** The date the content carries (issue date, visit date, date of the circular). */
  readonly issuedOn: string | null;
  /** 第N号 of a newsletter. */
  readonly issueNumber: number | null;
  readonly publishedAt: Date | null;
  readonly isPublic: boolean;
  /** The visited organisation of a visit report. */
  readonly organizationId: string | null;
  /** Whether that organisation is listed in the public directory (ACTIVE). */
  readonly organizationListed: boolean;
  readonly content: unknown;
}

/** Published now: public, sending started, and of a publishable kind. */
export function isPublished(item: Pick<ArchiveItem, 'isPublic' | 'publishedAt'>): boolean {
  return item.isPublic && item.publishedAt !== null;
}

/** Title and content date of a mailing's content (validated when it was saved). */
export function describeContent(
  kind: MailingKind,
  subject: string,
  content: unknown,
): { title: string; issuedOn: string | null; issueNumber: number | null } {
  const c = (content ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  switch (kind) {
    case 'NEWSLETTER': {
      const issueNumber = typeof c.issueNumber === 'number' ? c.issueNumber : null;
      const theme = text(c.title);
      return {
        title: theme
          ? `${issueNumber ? `第${issueNumber}号　` : ''}${theme}`
          : subject || `第${issueNumber}号`,
        issuedOn: text(c.issueDate) ?? null,
        issueNumber,
      };
    }
    case 'VISIT_REPORT':
      return {
        title: text(c.title) ?? subject,
        issuedOn: text(c.visitDate) ?? null,
        issueNumber: null,
      };
    case 'NOTICE':
      return {
        title: text(c.subject) ?? subject,
        issuedOn: text(c.date) ?? null,
        issueNumber: null,
      };
    default:
      return { title: text(c.title) ?? subject, issuedOn: text(c.date) ?? null, issueNumber: null };
  }
}

/** The stable path of an item: `/archive/<kind-slug>/<mailing id>`. */
export function archivePath(item: Pick<ArchiveItem, 'id' | 'kind'>): string {
  return `/archive/${KIND_SLUGS[item.kind]}/${item.id}`;
}

export function archiveUrl(publicUrl: string, item: Pick<ArchiveItem, 'id' | 'kind'>): string {
  return `${publicUrl.replace(/\/+$/, '')}${archivePath(item)}`;
}

/** Neutral text in place of a recipient's name and organisation. */
export const PUBLIC_RECIPIENT = { organization: '会員団体', name: 'ご担当者' } as const;

/**
 * The values a web version is filled with: no personal data. Recipient fields become neutral
 * text; personal links (acknowledge, meeting replies) go to the sign-in page, where a member
 * reaches their own; `link.files` is the public file listing. Keys added to the placeholder set
 * later get a harmless value too (sign-in page for links, empty text otherwise). The mail-only
 * links (unsubscribe, preferences, 「ブラウザで表示する」) are left out with their blocks.
 */
export function publicValues(publicUrl: string): RecipientValues {
  const base = publicUrl.replace(/\/+$/, '');
  const known: Partial<Record<string, string>> = {
    'recipient.name': PUBLIC_RECIPIENT.name,
    'recipient.organization': PUBLIC_RECIPIENT.organization,
    'recipient.email': '',
    'link.files': `${base}/files`,
  };
  const values: Partial<Record<PlaceholderKey, string>> = {};
  for (const key of PLACEHOLDER_KEYS) {
    values[key] = known[key] ?? (key.startsWith('link.') ? signInUrl(publicUrl) : '');
  }
  return values;
}

function signInUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/sign-in`;
}

/** The public web version of a compiled e-mail: filled with neutral values, mail-only blocks out. */
export function webVersion(compiled: CompiledEmail, publicUrl: string): WebVersion {
  return renderWebVersion(compiled, publicValues(publicUrl), signInUrl(publicUrl));
}
