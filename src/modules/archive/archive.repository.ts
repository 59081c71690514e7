/**
 * Kysely queries of the archive: published mailings, newest first by the date they carry (the
 * date the pages show), publication time breaking ties.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import { isUuid } from '../../lib/uuid.js';
import { ARCHIVE_KINDS, type ArchiveItem, type ArchiveKind, describeContent } from './archive.js';

export interface ArchiveFilter {
  readonly kind?: ArchiveKind | null;
  /** Visit reports about this organisation. */
  readonly organizationId?: string | null;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('mailings as m')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .where('m.kind', 'in', ARCHIVE_KINDS);
}

const COLUMNS = [
  'm.id',
  'm.kind',
  'm.subject',
  'm.content',
  'm.is_public',
  'm.published_at',
  'm.organization_id',
  sql<boolean>`coalesce(o.status = 'ACTIVE', false)`.as('organization_listed'),
] as const;

type Row = {
  id: string;
  kind: string;
  subject: string;
  content: unknown;
  is_public: boolean;
  published_at: Date | null;
  organization_id: string | null;
  organization_listed: boolean;
};

function toItem(row: Row): ArchiveItem {
  const kind = row.kind as ArchiveKind;
  return {
    id: row.id,
    kind,
    subject: row.subject,
    ...describeContent(kind, row.subject, row.content),
    publishedAt: row.published_at,
    isPublic: row.is_public,
    organizationId: row.organization_id,
    organizationListed: row.organization_listed,
    content: row.content,
  };
}

/**
 * The date an item carries, as describeContent reads it (ISO text sorts as dates do): issue
 * date, visit date, date of the circular; the publication day (Japan) if it has none.
 */
const CONTENT_DATE = sql<string>`coalesce(
  case m.kind
    when 'NEWSLETTER' then m.content->>'issueDate'
    when 'VISIT_REPORT' then m.content->>'visitDate'
    else m.content->>'date'
  end,
  to_char(m.published_at at time zone 'Asia/Tokyo', 'YYYY-MM-DD'))`;

function published(db: Db, filter: ArchiveFilter) {
  let query = baseQuery(db).where('m.is_public', '=', true).where('m.published_at', 'is not', null);
  if (filter.kind) query = query.where('m.kind', '=', filter.kind);
  if (filter.organizationId) {
    query = isUuid(filter.organizationId)
      ? query.where('m.organization_id', '=', filter.organizationId)
      : query.where(sql<boolean>`false`);
  }
  return query;
}

/** Published items, newest first by the date they carry. */
export async function listArchive(
  db: Db,
  filter: ArchiveFilter,
  page: { limit: number; offset: number },
): Promise<ArchiveItem[]> {
  const rows = await published(db, filter)
    .select(COLUMNS)
    .orderBy(sql`${CONTENT_DATE} desc`)
    .orderBy('m.published_at', 'desc')
    .orderBy('m.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toItem);
}

export async function countArchive(db: Db, filter: ArchiveFilter): Promise<number> {
  const row = await published(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Published items by id (anything else is left out). */
export async function findPublishedItems(db: Db, ids: readonly string[]): Promise<ArchiveItem[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await published(db, {}).select(COLUMNS).where('m.id', 'in', valid).execute();
  return rows.map(toItem);
}

/** The compiled e-mails (stored JSON) of the given mailings, by id; one query for a page. */
export async function findCompiledEmails(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await db
    .selectFrom('mailings')
    .select(['id', 'compiled_email'])
    .where('id', 'in', valid)
    .execute();
  return new Map(rows.map((r) => [r.id, r.compiled_email]));
}

/** An item of a publishable kind whatever its state (the pages tell unpublished from gone). */
export async function findArchiveEntry(db: Db, id: string): Promise<ArchiveItem | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await baseQuery(db).select(COLUMNS).where('m.id', '=', id).executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** The newest newsletter published as 第`issueNumber`号. */
export async function findNewsletterByIssue(
  db: Db,
  issueNumber: number,
): Promise<ArchiveItem | undefined> {
  const row = await published(db, { kind: 'NEWSLETTER' })
    .select(COLUMNS)
    .where(sql<boolean>`(m.content->>'issueNumber') = ${String(issueNumber)}`)
    .orderBy('m.published_at', 'desc')
    .executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/**
 * Marks a mailing public or not. Made public once its sending has started (or finished), it is
 * published from now on unless it was before; unpublished, it keeps `published_at`.
 */
export async function setPublication(db: Db, mailingId: string, isPublic: boolean): Promise<void> {
  await db
    .updateTable('mailings')
    .set({
      is_public: isPublic,
      published_at: isPublic
        ? sql`coalesce(published_at, CASE WHEN status IN ('SENDING', 'PAUSED', 'SENT')
            OR (status = 'CANCELLED' AND resolved_at IS NOT NULL) THEN now() END)`
        : sql`published_at`,
      updated_at: new Date(),
    })
    .where('id', '=', mailingId)
    .execute();
}
