/**
 * Links to uploaded files in a message. A photo is public (`<publicUrl>/files/<uuid>`); an
 * attachment goes through `{{link.files}}/<uuid>`, filled per delivery with a signed
 * per-organisation download address (`/attachments/<token>`), so a forwarded or guessed link
 * does not serve another organisation's copy. See docs/files.md.
 */
import type { FilePurpose } from '../../db/tables/files.js';
import { html, type SafeHtml } from '../../lib/html.js';
import type { FileFacts, KindContext } from './kinds/types.js';
import { placeholder } from './placeholders.js';

/** The public address of an uploaded photo. */
export function photoUrl(ctx: KindContext, fileId: string): string {
  return `${ctx.publicUrl.replace(/\/+$/, '')}/files/${fileId}`;
}

export interface AttachmentItem {
  readonly label: string;
  readonly url?: string | undefined;
  readonly fileId?: string | undefined;
  readonly note?: string | undefined;
  readonly attach?: boolean | undefined;
}

/** Attachments as a list: 「別添1（PDF, 1.2 MB）」 with the file name under it. */
export function attachmentListHtml(items: readonly AttachmentItem[], ctx: KindContext): SafeHtml {
  return html`<ul>${items.map((item) => {
    const note = item.note ? `（${item.note}）` : '';
    if (!item.fileId) {
      return html`<li><a href="${item.url ?? ''}">${item.label}${note}</a></li>`;
    }
    const facts: FileFacts | undefined = ctx.files?.get(item.fileId);
    const described = facts
      ? `${item.label}（${typeLabel(facts.contentType)}, ${formatByteSize(facts.byteSize)}）`
      : item.label;
    return html`<li><a href="${placeholder('link.files')}/${item.fileId}">${described}</a>${note}${
      facts
        ? html`<br /><span class="meta">ファイル名：${facts.filename}${
            item.attach ? '（このメールにも添付しています）' : ''
          }</span>`
        : ''
    }</li>`;
  })}</ul>`;
}

export interface FileReference {
  readonly path: string[];
  readonly fileId: string;
  readonly purpose: FilePurpose;
  readonly attach: boolean;
}

/** The `fileId`s a content object refers to, with the field they are in. */
export function fileReferencesOf(content: unknown): FileReference[] {
  if (typeof content !== 'object' || content === null) return [];
  const record = content as Record<string, unknown>;
  const out: FileReference[] = [];
  const collect = (field: 'attachments' | 'photos', purpose: FilePurpose) => {
    const items = record[field];
    if (!Array.isArray(items)) return;
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      const { fileId, attach } = item as { fileId?: unknown; attach?: unknown };
      if (typeof fileId !== 'string') return;
      out.push({
        path: [field, String(i), 'fileId'],
        fileId: fileId.trim().toLowerCase(),
        purpose,
        attach: attach === true,
      });
    });
  };
  if (record.kind === 'NOTICE') collect('attachments', 'ATTACHMENT');
  if (record.kind === 'VISIT_REPORT') collect('photos', 'PHOTO');
  return out;
}

/** "1.2 MB", "340 KB", "512 B" (decimal units, as Japanese office software shows them). */
export function formatByteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A short type label for a content type, e.g. PDF, Word, Excel. */
export function typeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/msword': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/x-ole-storage': 'Office',
  'text/csv': 'CSV',
  'text/plain': 'テキスト',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
};
