/** Queries of stored files and attachment downloads. The bytes are read only to serve them. */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { FileRow } from '../../db/tables/files.js';
import type { FilePurpose, StoredFile } from './file.js';

const COLUMNS = [
  'id',
  'filename',
  'content_type',
  'byte_size',
  'sha256',
  'purpose',
  'uploaded_by',
  'created_at',
] as const;

function toFile(row: Omit<FileRow, 'data'>): StoredFile {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    byteSize: row.byte_size,
    sha256: row.sha256,
    purpose: row.purpose,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

export async function insertFile(
  db: Db,
  file: {
    filename: string;
    contentType: string;
    data: Buffer;
    sha256: string;
    purpose: FilePurpose;
    uploadedBy: string | null;
  },
): Promise<StoredFile> {
  const row = await db
    .insertInto('files')
    .values({
      filename: file.filename,
      content_type: file.contentType,
      byte_size: file.data.length,
      sha256: file.sha256,
      data: file.data,
      purpose: file.purpose,
      uploaded_by: file.uploadedBy,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toFile(row);
}

export async function findFilesByIds(db: Db, ids: readonly string[]): Promise<StoredFile[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('files')
    .select(COLUMNS)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toFile);
}

/** A file with its bytes, for serving it. */
export async function readFileWithData(
  db: Db,
  id: string,
): Promise<(StoredFile & { data: Buffer }) | undefined> {
  const row = await db
    .selectFrom('files')
    .select([...COLUMNS, 'data'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...toFile(row), data: row.data } : undefined;
}

export async function listFiles(
  db: Db,
  filter: { purpose: FilePurpose | null },
  page: { limit: number; offset: number },
): Promise<StoredFile[]> {
  let query = db.selectFrom('files').select(COLUMNS);
  if (filter.purpose) query = query.where('purpose', '=', filter.purpose);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toFile);
}

export async function countFiles(db: Db, filter: { purpose: FilePurpose | null }): Promise<number> {
  let query = db.selectFrom('files').select((eb) => eb.fn.countAll<string>().as('n'));
  if (filter.purpose) query = query.where('purpose', '=', filter.purpose);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The file, locked against a concurrent delete or a mailing saved with it (FOR UPDATE). */
export async function lockFileForDelete(db: Db, id: string): Promise<StoredFile | undefined> {
  const row = await db
    .selectFrom('files')
    .select(COLUMNS)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? toFile(row) : undefined;
}

/**
 * The ids among `ids` that still exist, each held (FOR KEY SHARE) until the transaction ends:
 * a mailing saved with them cannot lose them to a delete running at the same time.
 */
export async function holdFiles(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('files')
    .select('id')
    .where('id', 'in', [...ids])
    .forKeyShare()
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function deleteFileRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('files').where('id', '=', id).execute();
}

/** Mailings (any state) whose content refers to `fileId`, as an attachment or a photo. */
export async function mailingsReferringTo(
  db: Db,
  fileId: string,
): Promise<{ id: string; subject: string }[]> {
  const { rows } = await sql<{ id: string; subject: string }>`
    SELECT m.id, m.subject FROM mailings m
    WHERE ${contentRefersTo(fileId, ['attachments', 'photos'])}
    ORDER BY m.created_at DESC`.execute(db);
  return rows;
}

/** True when the mailing row `m`'s content lists `fileId` in one of the given arrays. */
function contentRefersTo(fileId: string, fields: readonly ('attachments' | 'photos')[]) {
  const items = fields.map(
    (field) => sql`CASE WHEN jsonb_typeof(m.content->${field}) = 'array'
      THEN m.content->${field} ELSE '[]'::jsonb END`,
  );
  return sql<boolean>`EXISTS (
    SELECT 1 FROM jsonb_array_elements(${sql.join(items, sql` || `)}) AS a
    WHERE lower(a->>'fileId') = ${fileId})`;
}

/** True when the mailing row `m`'s content lists `fileId` among its attachments. */
const hasAttachment = (fileId: string) => contentRefersTo(fileId, ['attachments']);

/** True when `fileId` is one of the attachments of the mailing's content. */
export async function isAttachmentOf(db: Db, mailingId: string, fileId: string): Promise<boolean> {
  const row = await sql<{ found: boolean }>`SELECT ${hasAttachment(fileId)} AS found
    FROM mailings m WHERE m.id = ${mailingId}`.execute(db);
  return row.rows[0]?.found === true;
}

/** True when `fileId` is an attachment of a mailing published in the archive. */
export async function isPublishedAttachment(db: Db, fileId: string): Promise<boolean> {
  const row = await sql<{ found: boolean }>`SELECT EXISTS (
      SELECT 1 FROM mailings m
      WHERE m.is_public AND m.published_at IS NOT NULL AND m.kind = 'NOTICE'
        AND ${hasAttachment(fileId)}
    ) AS found`.execute(db);
  return row.rows[0]?.found === true;
}

export async function recordDownload(
  db: Db,
  download: {
    fileId: string;
    mailingId: string;
    deliveryId: string;
    organizationId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('file_downloads')
    .values({
      file_id: download.fileId,
      mailing_id: download.mailingId,
      delivery_id: download.deliveryId,
      organization_id: download.organizationId,
    })
    .execute();
}

/** Per file and organisation of a mailing: how often and when its attachments were downloaded. */
export interface AttachmentDownloadSummary {
  readonly fileId: string;
  readonly organizationId: string | null;
  readonly organizationName: string;
  readonly downloads: number;
  readonly firstDownloadedAt: Date;
  readonly lastDownloadedAt: Date;
}

export async function listAttachmentDownloads(
  db: Db,
  mailingId: string,
): Promise<AttachmentDownloadSummary[]> {
  const result = await sql<{
    file_id: string;
    organization_id: string | null;
    organization_name: string;
    downloads: string;
    first_at: Date;
    last_at: Date;
  }>`SELECT fd.file_id, fd.organization_id,
        coalesce(min(d.organization_name), '') AS organization_name,
        count(*) AS downloads, min(fd.downloaded_at) AS first_at, max(fd.downloaded_at) AS last_at
      FROM file_downloads fd JOIN deliveries d ON d.id = fd.delivery_id
      WHERE fd.mailing_id = ${mailingId}
      GROUP BY fd.file_id, fd.organization_id
      ORDER BY fd.file_id, min(fd.downloaded_at)`.execute(db);
  return result.rows.map((r) => ({
    fileId: r.file_id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    downloads: Number(r.downloads),
    firstDownloadedAt: r.first_at,
    lastDownloadedAt: r.last_at,
  }));
}
