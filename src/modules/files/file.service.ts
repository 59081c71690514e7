/**
 * Rules of stored files: an upload is checked (size, type by its bytes, file name) and stored
 * with an audit record; mailing content may refer to uploaded files only by the right purpose.
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, type FieldProblem, NotFoundError } from '../../errors.js';
import { globalIdOf } from '../../lib/global-id.js';
import {
  MAX_INLINE_ATTACHMENT_BYTES,
  MAX_INLINE_ATTACHMENTS_TOTAL_BYTES,
} from '../../mail/engine/attachments.js';
import { fileReferencesOf as referencesOf } from '../../mail/render/file-links.js';
import type { FileFacts } from '../../mail/render/kinds/types.js';
import { ALLOWED_TYPES_TEXT, type FilePurpose, type StoredFile, sniffContentType } from './file.js';
import {
  deleteFileRow,
  findFilesByIds,
  holdFiles,
  insertFile,
  lockFileForDelete,
  mailingsReferringTo,
} from './file.repository.js';

/** An upload that cannot be stored, with the HTTP status and a Japanese + English message. */
export class FileRejectedError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Cleans an uploaded file name: no path, no control characters, NFC, at most 200 characters. */
export function cleanFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  return (
    base
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
      .normalize('NFC')
      .trim()
      .slice(0, 200)
  );
}

export async function storeUpload(
  db: Db,
  actor: Actor,
  upload: { purpose: FilePurpose; filename: string; data: Buffer },
): Promise<StoredFile> {
  const filename = cleanFilename(upload.filename);
  if (!filename) {
    throw new FileRejectedError(
      400,
      'FILENAME_REQUIRED',
      'ファイル名を ?filename= または x-filename ヘッダーで指定してください。 / Give the file name as ?filename= or in the x-filename header.',
    );
  }
  if (upload.data.length === 0) {
    throw new FileRejectedError(400, 'EMPTY_FILE', 'ファイルが空です。 / The file is empty.');
  }
  const contentType = sniffContentType(upload.purpose, upload.data.subarray(0, 4096), filename);
  if (!contentType) {
    throw new FileRejectedError(
      415,
      'UNSUPPORTED_FILE_TYPE',
      `この種類のファイルは${upload.purpose === 'PHOTO' ? '写真として' : '添付資料として'}登録できません（ファイルの中身で判定しています）。登録できる形式: ${ALLOWED_TYPES_TEXT[upload.purpose]} / ` +
        `This file type cannot be stored as ${upload.purpose === 'PHOTO' ? 'a photo' : 'an attachment'} (checked by its content). Allowed: ${ALLOWED_TYPES_TEXT[upload.purpose]}`,
    );
  }
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  return db.transaction().execute(async (trx) => {
    const file = await insertFile(trx, {
      filename,
      contentType,
      data: upload.data,
      sha256,
      purpose: upload.purpose,
      uploadedBy: actor.viewer.kind === 'SECRETARIAT' ? actor.viewer.accountId : null,
    });
    await recordAudit(trx, actor, {
      action: 'file.upload',
      targetType: 'File',
      targetId: file.id,
      after: { filename, contentType, byteSize: file.byteSize, sha256, purpose: file.purpose },
    });
    return file;
  });
}

/**
 * Deletes an uploaded file that no mailing refers to — in any state, drafts included: a sent
 * mailing's recipients still follow its links, and a draft would no longer save. Audited.
 */
export async function deleteFile(
  db: Db,
  actor: Actor,
  input: { fileId: string },
): Promise<{ deletedFileId: string }> {
  return db.transaction().execute(async (trx) => {
    const file = await lockFileForDelete(trx, input.fileId);
    if (!file) throw new NotFoundError('そのファイルは見つかりません。');
    const users = await mailingsReferringTo(trx, file.id);
    if (users.length > 0) {
      const named = users
        .slice(0, 3)
        .map((m) => `「${m.subject}」`)
        .join('、');
      const more = users.length > 3 ? `ほか${users.length - 3}件` : '';
      throw new ConflictError(
        `このファイル（${file.filename}）は${named}${more}で使われているため削除できません。メールの内容から外してから削除してください。`,
      );
    }
    await deleteFileRow(trx, file.id);
    await recordAudit(trx, actor, {
      action: 'file.delete',
      targetType: 'File',
      targetId: file.id,
      before: {
        filename: file.filename,
        contentType: file.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        purpose: file.purpose,
      },
    });
    return { deletedFileId: file.id };
  });
}

/**
 * Holds the uploaded files `content` refers to until the saving transaction ends, so a delete
 * running at the same time cannot leave the mailing pointing at nothing; problems name the
 * fields whose file is gone since the content was checked.
 */
export async function holdContentFiles(
  trx: Db,
  content: unknown,
  basePath: readonly string[] = ['input', 'contentJson'],
): Promise<FieldProblem[]> {
  const references = referencesOf(content).filter((r) => UUID.test(r.fileId));
  const held = await holdFiles(trx, [...new Set(references.map((r) => r.fileId))]);
  return references
    .filter((r) => !held.has(r.fileId))
    .map((r) => ({
      path: [...basePath, ...r.path],
      message: `アップロードされたファイル（${globalIdOf('File', r.fileId)}）は削除されました。別のファイルを指定してください。`,
    }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Problems with the uploaded files a mailing's content refers to: a `fileId` that names no
 * uploaded file, a file of the wrong purpose (a PDF as a photo), or attached files that are
 * too large to travel in the message. Paths are like `["input","contentJson","photos","0","fileId"]`.
 */
export async function checkContentFileReferences(
  db: Db,
  content: unknown,
  basePath: readonly string[] = ['input', 'contentJson'],
): Promise<FieldProblem[]> {
  const references = referencesOf(content);
  const ids = [...new Set(references.map((r) => r.fileId).filter((id) => UUID.test(id)))];
  const found = new Map((await findFilesByIds(db, ids)).map((f) => [f.id, f]));
  const problems: FieldProblem[] = [];
  let attachedTotal = 0;
  for (const reference of references) {
    if (!UUID.test(reference.fileId)) continue; // the content schema names this one
    const path = [...basePath, ...reference.path];
    const file = found.get(reference.fileId);
    if (!file) {
      problems.push({
        path,
        message: `アップロードされたファイル（${globalIdOf('File', reference.fileId)}）は見つかりません。POST /files で登録したファイルの id を指定してください。`,
      });
      continue;
    }
    if (file.purpose !== reference.purpose) {
      problems.push({
        path,
        message:
          reference.purpose === 'PHOTO'
            ? `このファイル（${file.filename}）は写真ではありません（${file.purpose}）。写真は purpose=PHOTO でアップロードしてください。`
            : `このファイル（${file.filename}）は添付資料ではありません（${file.purpose}）。添付資料は purpose=ATTACHMENT でアップロードしてください。`,
      });
      continue;
    }
    if (reference.attach) {
      attachedTotal += file.byteSize;
      const attachPath = [...path.slice(0, -1), 'attach'];
      if (file.byteSize > MAX_INLINE_ATTACHMENT_BYTES) {
        problems.push({
          path: attachPath,
          message: `メールに添付できるのは ${MAX_INLINE_ATTACHMENT_BYTES / 1024 / 1024} MiB までのファイルです（このファイルは ${file.byteSize} バイト）。attach を外すと、ダウンロードリンクだけで送ります。`,
        });
      } else if (attachedTotal > MAX_INLINE_ATTACHMENTS_TOTAL_BYTES) {
        problems.push({
          path: attachPath,
          message: `メールに添付するファイルは合計 ${MAX_INLINE_ATTACHMENTS_TOTAL_BYTES / 1024 / 1024} MiB までです。いくつかの attach を外してください。`,
        });
      }
    }
  }
  return problems;
}

/** Name, type and size of the files a content refers to, for rendering their links. */
export async function fileFactsOf(db: Db, content: unknown): Promise<Map<string, FileFacts>> {
  const ids = [
    ...new Set(
      referencesOf(content)
        .map((r) => r.fileId)
        .filter((id) => UUID.test(id)),
    ),
  ];
  return new Map(
    (await findFilesByIds(db, ids)).map((f) => [
      f.id,
      { filename: f.filename, contentType: f.contentType, byteSize: f.byteSize },
    ]),
  );
}
