/**
 * HTTP: stored files (docs/files.md).
 *
 *   POST /files?purpose=ATTACHMENT|PHOTO&filename=…   upload (secretariat); raw file as the body;
 *                                                      the name may come as x-filename instead
 *   GET  /files/<uuid>                                 an uploaded photo (public), or an
 *                                                      attachment of a mailing published in the archive
 *   GET  /attachments/<token>/<uuid>                   an attachment, for the organisation the
 *                                                      delivery behind the token went to
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { FILE_PURPOSES, type FilePurpose } from '../db/tables/files.js';
import { html, page } from '../lib/html.js';
import { isUuid } from '../lib/uuid.js';
import { verifyLinkToken } from '../mail/engine/links.js';
import {
  authenticate,
  InvalidCredentialsError,
  readCookie,
  SESSION_COOKIE,
} from '../modules/accounts/authenticate.js';
import { MAX_BYTES, type StoredFile, textCharset } from '../modules/files/file.js';
import {
  isAttachmentOf,
  isPublishedAttachment,
  readFileWithData,
  recordDownload,
} from '../modules/files/file.repository.js';
import { FileRejectedError, storeUpload } from '../modules/files/file.service.js';
import { clientIp } from './client-ip.js';
import { decodeSegment, idInPath } from './paths.js';
import { type HttpDeps, HttpError, send } from './respond.js';

const JSON_TYPE = 'application/json; charset=utf-8';
/** Header a browser page must send with the session cookie: it forces a CORS preflight. */
export const UPLOAD_HEADER = 'x-tsunagari-upload';

export async function handleFilePage(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const { pathname } = url;
  if (pathname === '/files') {
    await handleUpload(deps, req, res, url);
    return true;
  }
  const fileMatch = /^\/files\/([^/]+)$/.exec(pathname);
  if (fileMatch) {
    await handlePublicFile(deps, req, res, fileMatch[1] ?? '');
    return true;
  }
  const attachmentMatch = /^\/attachments\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (attachmentMatch) {
    await handleAttachment(deps, req, res, attachmentMatch[1] ?? '', attachmentMatch[2] ?? '');
    return true;
  }
  return false;
}

// ---- upload ----------------------------------------------------------------------------------

function jsonError(res: ServerResponse, status: number, code: string, message: string, extra = {}) {
  res.setHeader('cache-control', 'no-store');
  send(res, status, JSON_TYPE, JSON.stringify({ error: { code, message, ...extra } }));
}

async function handleUpload(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return jsonError(
      res,
      405,
      'METHOD_NOT_ALLOWED',
      'POST でアップロードしてください。 / Use POST.',
    );
  }
  // The session cookie counts only with the custom header, which a cross-site form or a simple
  // cross-origin request cannot send (it needs a CORS preflight this endpoint never grants).
  const allowCookie = req.headers[UPLOAD_HEADER] === '1';
  let viewer: Awaited<ReturnType<typeof authenticate>>;
  try {
    viewer = await authenticate(deps.db, req.headers, { allowCookie });
  } catch (error) {
    if (!(error instanceof InvalidCredentialsError)) throw error;
    res.setHeader('www-authenticate', 'Bearer');
    return jsonError(res, 401, 'UNAUTHENTICATED', `認証情報が無効です。 / ${error.message}`);
  }
  if (viewer.kind === 'ANONYMOUS') {
    if (!allowCookie && readCookie(req.headers.cookie, SESSION_COOKIE)) {
      return jsonError(
        res,
        403,
        'UPLOAD_HEADER_REQUIRED',
        `セッション Cookie でアップロードするときは ${UPLOAD_HEADER}: 1 ヘッダーを付けてください。 / With the session cookie, send the header ${UPLOAD_HEADER}: 1.`,
      );
    }
    res.setHeader('www-authenticate', 'Bearer');
    return jsonError(
      res,
      401,
      'UNAUTHENTICATED',
      '事務局のアカウントでサインインしてください。 / Sign in with a secretariat account.',
    );
  }
  if (viewer.kind !== 'SECRETARIAT') {
    return jsonError(
      res,
      403,
      'FORBIDDEN',
      'ファイルを登録できるのは事務局だけです。 / Only the secretariat can upload files.',
    );
  }
  const purpose = url.searchParams.get('purpose');
  if (!FILE_PURPOSES.includes(purpose as FilePurpose)) {
    return jsonError(
      res,
      400,
      'PURPOSE_REQUIRED',
      '?purpose=ATTACHMENT（事務連絡の添付資料）または ?purpose=PHOTO（訪問記の写真）を指定してください。 / Give ?purpose=ATTACHMENT or ?purpose=PHOTO.',
    );
  }
  const limit = MAX_BYTES[purpose as FilePurpose];
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge(res, req, limit, declared);
  const data = await readLimited(req, limit);
  if (!data) return tooLarge(res, req, limit, undefined);

  try {
    const file = await storeUpload(
      deps.db,
      { viewer, requestId: String(res.getHeader('x-request-id') ?? '') },
      { purpose: purpose as FilePurpose, filename: filenameOf(req, url), data },
    );
    res.setHeader('location', `/files/${file.id}`);
    return send(res, 201, JSON_TYPE, JSON.stringify(uploadAnswer(deps, file)));
  } catch (error) {
    if (error instanceof FileRejectedError) {
      return jsonError(res, error.status, error.code, error.message);
    }
    throw error;
  }
}

function uploadAnswer(deps: HttpDeps, file: StoredFile) {
  return {
    id: encodeGlobalID('File', file.id),
    fileId: file.id,
    filename: file.filename,
    contentType: file.contentType,
    byteSize: file.byteSize,
    sha256: file.sha256,
    purpose: file.purpose,
    ...(file.purpose === 'PHOTO'
      ? { url: `${deps.config.publicUrl.replace(/\/+$/, '')}/files/${file.id}` }
      : {}),
  };
}

function tooLarge(
  res: ServerResponse,
  req: IncomingMessage,
  limit: number,
  size: number | undefined,
) {
  const mib = limit / 1024 / 1024;
  const sizeText =
    size === undefined ? `${mib} MiB を超えています` : `${size.toLocaleString('en-US')} バイトです`;
  // Stop here: the rest of the body is discarded, not stored, and the connection is closed.
  res.setHeader('connection', 'close');
  req.resume();
  jsonError(
    res,
    413,
    'FILE_TOO_LARGE',
    `ファイルが大きすぎます。上限は ${mib} MiB（${limit.toLocaleString('en-US')} バイト）で、このファイルは ${sizeText}。 / ` +
      `The file is too large: the limit is ${mib} MiB (${limit} bytes); this file is ${size === undefined ? `over ${mib} MiB` : `${size} bytes`}.`,
    { limitBytes: limit, ...(size === undefined ? {} : { byteSize: size }) },
  );
}

/** The body, or null as soon as it grows past `limit` (the rest is not read into memory). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** `?filename=` (URL-decoded as UTF-8) or `x-filename` (percent-encoded UTF-8, or raw UTF-8). */
function filenameOf(req: IncomingMessage, url: URL): string {
  const fromQuery = url.searchParams.get('filename');
  if (fromQuery) return fromQuery;
  const header = req.headers['x-filename'];
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return '';
  // Node reads header bytes as latin1; raw UTF-8 bytes are put back together here.
  const text = /[^ -~]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// ---- serving ---------------------------------------------------------------------------------

const NOT_FOUND_PAGE = page(
  'ファイルが見つかりません',
  html`<main><h1>ファイルが見つかりません</h1>
<p>このリンクは正しくないか、途中で切れているか、貴団体あてのメールのリンクではありません。メールに記載のリンクをそのまま開いてください。</p>
<p class="muted">添付資料のリンクは、メールを受け取った団体ごとに異なります。他の団体から転送されたリンクでは開けません。</p></main>`,
);

function notFound(res: ServerResponse) {
  send(res, 404, 'text/html; charset=utf-8', NOT_FOUND_PAGE);
}

async function handlePublicFile(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  fileId: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
  // The UUID (photo addresses in e-mails) or the File's global ID (what the API shows).
  const id = idInPath(fileId, 'File');
  const file = id ? await readFileWithData(deps.db, id) : undefined;
  if (!file) return notFound(res);
  if (file.purpose === 'PHOTO') {
    // Photos are public once uploaded: they are shown in e-mails, and the UUID is unguessable.
    return serveFile(req, res, file, 'inline', 'public, max-age=86400');
  }
  if (await isPublishedAttachment(deps.db, file.id)) {
    return serveFile(req, res, file, 'attachment', 'public, max-age=3600');
  }
  return notFound(res);
}

async function handleAttachment(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  fileId: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
  const deliveryId = verifyLinkToken(deps.secretKey, 'files', decodeSegment(token));
  const id = fileId.toLowerCase();
  if (!deliveryId || !isUuid(id)) return notFound(res);
  const delivery = await deps.db
    .selectFrom('deliveries')
    .select(['id', 'mailing_id', 'organization_id'])
    .where('id', '=', deliveryId)
    .executeTakeFirst();
  if (!delivery || !(await isAttachmentOf(deps.db, delivery.mailing_id, id))) return notFound(res);
  const file = await readFileWithData(deps.db, id);
  if (file?.purpose !== 'ATTACHMENT') return notFound(res);
  if (req.method === 'GET') {
    await recordDownload(deps.db, {
      fileId: file.id,
      mailingId: delivery.mailing_id,
      deliveryId: delivery.id,
      organizationId: delivery.organization_id,
    });
    deps.log.info(
      {
        fileId: file.id,
        mailingId: delivery.mailing_id,
        ip: clientIp(req, deps.config.trustProxy),
      },
      'attachment downloaded',
    );
  }
  return serveFile(req, res, file, 'attachment', 'private, no-store');
}

function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: StoredFile & { data: Buffer },
  disposition: 'inline' | 'attachment',
  cacheControl: string,
) {
  const type = file.contentType.startsWith('text/')
    ? `${file.contentType}; charset=${textCharset(file.data)}`
    : file.contentType;
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(file.data.length),
    'content-disposition': contentDisposition(disposition, file.filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': cacheControl,
    etag: `"${file.sha256}"`,
  });
  res.end(req.method === 'HEAD' ? undefined : file.data);
}

/**
 * `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266, RFC 5987):
 * browsers use the UTF-8 name (別添1_熱中症予防.pdf); old clients the ASCII one.
 */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const dot = filename.lastIndexOf('.');
  const ext = dot > 0 ? filename.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  let fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  if (!/[A-Za-z0-9]/.test(fallback.slice(0, fallback.length - ext.length))) {
    fallback = `file${ext}`;
  }
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
