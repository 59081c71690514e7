/** Kysely table types of stored files. */
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './columns.js';

export const FILE_PURPOSES = ['ATTACHMENT', 'PHOTO'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export interface FileTable {
  id: Generated<string>;
  filename: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  data: Buffer;
  purpose: FilePurpose;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface FileDownloadTable {
  id: Generated<string>;
  file_id: string;
  mailing_id: string;
  delivery_id: string;
  organization_id: string | null;
  downloaded_at: Timestamp;
}

export type FileTables = {
  files: FileTable;
  file_downloads: FileDownloadTable;
};

export type FileRow = Selectable<FileTable>;
