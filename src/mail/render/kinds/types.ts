import type { SafeHtml } from '../../../lib/html.js';
import type { Templates } from '../templates.js';

/** What compileEmail knows while a kind renders its content. */
export interface KindContext {
  readonly templates: Templates;
  /** Absolute base URL of the platform's public site, e.g. `https://tsunagari.example.jp/`. */
  readonly publicUrl: string;
  /** Whether the footer carries the unsubscribe/preferences line. */
  readonly unsubscribable: boolean;
  /** Name, type and size of the uploaded files the content refers to (by `fileId`). */
  readonly files?: ReadonlyMap<string, FileFacts> | undefined;
}

/** What a message says about an uploaded file next to its link. */
export interface FileFacts {
  readonly filename: string;
  readonly contentType: string;
  readonly byteSize: number;
}

/** A kind's contribution to the shared layout (emails/layout.mjml). */
export interface KindRendering {
  /** Plain-text subject (no placeholders). */
  readonly subject: string;
  /** Inbox preview line, plain text. */
  readonly preview: string;
  /** Label under the platform name in the header, e.g. メールマガジン; empty for none. */
  readonly headerLabel: string;
  /** The kind's MJML sections. */
  readonly body: SafeHtml;
  /** Footer lines before the sender details (who the mail is for, unsubscribe …). */
  readonly footerNote: SafeHtml;
}
