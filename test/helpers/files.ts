/**
 * What the stored-file tests share: their world (database, server, a secretariat user), small
 * real-looking files (right magic bytes) and an upload helper.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createUser, type TestUser } from './accounts.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { startTestServer, type TestServer } from './server.js';

export const PUBLIC_URL = 'https://tsunagari.example.jp';

export interface FilesWorld {
  readonly database: TestDatabase;
  readonly server: TestServer;
  /** A secretariat staff user (uploads, deletes). */
  readonly staff: TestUser;
}

/** Call in `beforeAll`: a cloned database, the HTTP server at PUBLIC_URL, a secretariat user. */
export async function startFilesWorld(): Promise<FilesWorld> {
  const database = await createTestDatabase();
  const server = await startTestServer({
    db: database.db,
    secretKey: randomBytes(32),
    env: { PUBLIC_URL },
  });
  const staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  return { database, server, staff };
}

/** A tiny but well-formed PDF of `pad` extra bytes. */
export function pdf(pad = 0, seed = 'a'): Buffer {
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n% ${seed}\n`,
      'latin1',
    ),
    Buffer.alloc(pad, 0x20),
    Buffer.from('\n%%EOF\n', 'latin1'),
  ]);
}

/** The first bytes of a PNG followed by `pad` bytes. */
export function png(pad = 64): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('\0\0\0\rIHDR', 'latin1'),
    Buffer.alloc(pad, 7),
  ]);
}

/** A zip whose first entry is [Content_Types].xml, as Word writes a .docx. */
export function docx(): Buffer {
  return Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]),
    Buffer.alloc(16, 0),
    Buffer.from([19, 0, 0, 0]),
    Buffer.from('[Content_Types].xml word/document.xml', 'latin1'),
    Buffer.alloc(200, 1),
  ]);
}

export function sha256(data: Buffer | ArrayBuffer): string {
  return createHash('sha256')
    .update(Buffer.from(data as ArrayBuffer))
    .digest('hex');
}

export interface UploadAnswer {
  id: string;
  fileId: string;
  filename: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  url?: string;
}

/** POST /files as `headers` (e.g. a secretariat bearer token). */
export async function upload(
  serverUrl: string,
  headers: Record<string, string>,
  purpose: string,
  filename: string,
  body: Buffer,
): Promise<{ status: number; json: UploadAnswer & { error?: { code: string; message: string } } }> {
  const response = await fetch(
    `${serverUrl}/files?purpose=${purpose}&filename=${encodeURIComponent(filename)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body,
    },
  );
  return { status: response.status, json: (await response.json()) as never };
}

/** The filename a Content-Disposition header gives, preferring `filename*` (RFC 5987). */
export function dispositionFilename(header: string | null): string | undefined {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]*)"/.exec(header ?? '')?.[1];
}
