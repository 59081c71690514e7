/**
 * Stored files: what they are, how big they may be, and what their first bytes must look like.
 * The declared content type of an upload is never trusted: the type is read from the bytes.
 */
import type { FilePurpose } from '../../db/tables/files.js';

export type { FilePurpose } from '../../db/tables/files.js';

/** A stored file without its bytes. */
export interface StoredFile {
  readonly id: string;
  readonly filename: string;
  readonly contentType: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly purpose: FilePurpose;
  readonly uploadedBy: string | null;
  readonly createdAt: Date;
}

const MiB = 1024 * 1024;

/** Largest attachment (PDF, office file, CSV/TXT) a circular may carry: 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * MiB;
/** Largest photo of an office-visit report: 2 MiB (it is shown inline in every message). */
export const MAX_PHOTO_BYTES = 2 * MiB;
// The limits of files attached to the message itself are the mail engine's
// (src/mail/engine/attachments.ts).

export const MAX_BYTES: Readonly<Record<FilePurpose, number>> = {
  ATTACHMENT: MAX_ATTACHMENT_BYTES,
  PHOTO: MAX_PHOTO_BYTES,
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** What the types allowed for each purpose are called in error messages. */
export const ALLOWED_TYPES_TEXT: Readonly<Record<FilePurpose, string>> = {
  ATTACHMENT: 'PDF, Word/Excel/PowerPoint (docx, xlsx, pptx, doc, xls, ppt), CSV, テキスト (txt)',
  PHOTO: 'JPEG, PNG, GIF, WebP',
};

/**
 * The content type of `head` (the first bytes of the upload) for `purpose`, or null when the
 * bytes are not one of the allowed types. The file name's extension only tells apart formats
 * that share a container (docx/xlsx/pptx are zip files; doc/xls/ppt are OLE files; CSV/TXT).
 */
export function sniffContentType(
  purpose: FilePurpose,
  head: Buffer,
  filename: string,
): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (purpose === 'PHOTO') {
    if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
    if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
    if (
      head
        .subarray(0, 6)
        .toString('latin1')
        .match(/^GIF8[79]a$/)
    )
      return 'image/gif';
    if (
      head.subarray(0, 4).toString('latin1') === 'RIFF' &&
      head.subarray(8, 12).toString('latin1') === 'WEBP'
    ) {
      return 'image/webp';
    }
    return null;
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // OOXML is a zip whose first entry is [Content_Types].xml (or _rels/); a plain zip is refused.
    const text = head.toString('latin1');
    if (!/\[Content_Types\]\.xml|_rels\/|docProps\/|word\/|xl\/|ppt\//.test(text)) return null;
    if (ext === 'docx' || text.includes('word/')) return DOCX;
    if (ext === 'xlsx' || text.includes('xl/')) return XLSX;
    if (ext === 'pptx' || text.includes('ppt/')) return PPTX;
    return null;
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === 'doc') return 'application/msword';
    if (ext === 'xls') return 'application/vnd.ms-excel';
    if (ext === 'ppt') return 'application/vnd.ms-powerpoint';
    return null;
  }
  if ((ext === 'csv' || ext === 'txt') && looksLikeText(head)) {
    return ext === 'csv' ? 'text/csv' : 'text/plain';
  }
  return null;
}

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** UTF-8 (or Shift_JIS) text: no NUL bytes and no other C0 controls but tab/CR/LF/FF. */
function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      return false;
    }
  }
  return true;
}

/** The charset a text upload is served with (UTF-8 unless it is not valid UTF-8). */
export function textCharset(data: Buffer): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return 'utf-8';
  } catch {
    return 'shift_jis';
  }
}
