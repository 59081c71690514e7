/**
 * Files attached to the messages themselves: the `attach: true` attachments of a 事務連絡 (NOTICE),
 * read by the engine once per mailing. The content was checked when it was saved
 * (src/modules/files/file.service.ts, with the same limits); they are enforced again here.
 */
import type { Db } from '../../db/create-db.js';
import { fileReferencesOf } from '../render/file-links.js';

const MiB = 1024 * 1024;
/** Largest attachment also attached to the message itself (`attach: true`). */
export const MAX_INLINE_ATTACHMENT_BYTES = 2 * MiB;
/** Largest total of files attached to one mailing's messages. */
export const MAX_INLINE_ATTACHMENTS_TOTAL_BYTES = 5 * MiB;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface MessageAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
}

/** The files a mailing attaches to its messages, with their bytes, in the content's order. */
export async function loadMessageAttachments(
  db: Db,
  mailingId: string,
): Promise<MessageAttachment[]> {
  const row = await db
    .selectFrom('mailings')
    .select(['content'])
    .where('id', '=', mailingId)
    .executeTakeFirst();
  const wanted = fileReferencesOf(row?.content).filter((r) => r.attach && UUID.test(r.fileId));
  const out: MessageAttachment[] = [];
  let total = 0;
  for (const reference of wanted) {
    const file = await db
      .selectFrom('files')
      .select(['filename', 'content_type', 'byte_size', 'purpose', 'data'])
      .where('id', '=', reference.fileId)
      .executeTakeFirst();
    if (file?.purpose !== 'ATTACHMENT' || file.byte_size > MAX_INLINE_ATTACHMENT_BYTES) continue;
    if (total + file.byte_size > MAX_INLINE_ATTACHMENTS_TOTAL_BYTES) continue;
    total += file.byte_size;
    out.push({ filename: file.filename, contentType: file.content_type, data: file.data });
  }
  return out;
}
