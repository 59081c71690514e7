/**
 * Links to uploaded files in a message. A photo is public (`<publicUrl>/files/<uuid>`); an
 * attachment goes through `{{link.files}}/<uuid>`, filled per delivery with a signed
 * per-organisation download address (`/attachments/<token>`), so a forwarded or guessed link
 * does not serve another organisation's copy. See docs/files.md.
 */
import { html, type SafeHtml } from '../../lib/html.js';
import { formatByteSize, typeLabel } from '../../modules/files/file.js';
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
