/**
 * HTTP: the public archive and web versions of sent mailings. Anyone may read them.
 *
 *   GET /archive                               every published item, newest first by the date it
 *                                              carries, the date shown in 和暦 (?page=N)
 *   GET /archive/<kind-slug>                   one kind: newsletters, visit-reports, notices
 *   GET /archive/<kind-slug>/<mailing id>      an item (stable URL); 410 once unpublished
 *   GET /archive/newsletters/<issue number>    302 to that newsletter's stable URL
 *   GET /mailings/<id>/web                     the e-mail's 「ブラウザで表示する」 link: 302 to the
 *                                              item when published, otherwise a Japanese 404/410
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, SafeHtml } from '../lib/html.js';
import { todayInJapan } from '../lib/japan-date.js';
import { isUuid } from '../lib/uuid.js';
import { formatEraDate } from '../mail/render/index.js';
import {
  ARCHIVE_KINDS,
  type ArchiveItem,
  type ArchiveKind,
  archivePath,
  archiveUrl,
  isPublished,
  KIND_LABELS,
  KIND_SLUGS,
  kindOfSlug,
  webVersion,
} from '../modules/archive/archive.js';
import {
  countArchive,
  findArchiveEntry,
  findNewsletterByIssue,
  listArchive,
} from '../modules/archive/archive.repository.js';
import { compiledOf } from '../modules/mailings/mailing.service.js';
import { idInPath } from './paths.js';
import { type HttpDeps, HttpError } from './respond.js';

const HTML = 'text/html; charset=utf-8';
const SITE_NAME = '孤独・孤立対策官民連携プラットフォーム';
const PAGE_SIZE = 20;
/** Public pages may be cached briefly; an unpublished item disappears within this time. */
const PUBLIC_CACHE = 'public, max-age=300';
const MISSING_CACHE = 'public, max-age=60';

/** Serves the request when the path is one of this module's; false otherwise. */
export async function handleArchivePage(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const { pathname } = url;
  const web = /^\/mailings\/([^/]+)\/web$/.exec(pathname);
  const archive = pathname === '/archive' || pathname.startsWith('/archive/');
  if (!web && !archive) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    throw new HttpError(405, 'Method not allowed');
  }
  if (web) {
    await handleWebLink(deps, res, idInPath(web[1], 'Mailing'));
    return true;
  }
  const parts = pathname.split('/').filter(Boolean).slice(1);
  if (parts.length === 0) {
    await listPage(deps, res, url, null);
    return true;
  }
  const kind = kindOfSlug(parts[0] ?? '');
  if (!kind || parts.length > 2) {
    sendPage(res, 404, MISSING_CACHE, notFoundPage());
    return true;
  }
  if (parts.length === 1) {
    await listPage(deps, res, url, kind);
    return true;
  }
  const key = decodeSegment(parts[1]);
  if (kind === 'NEWSLETTER' && /^[1-9]\d{0,8}$/.test(key)) {
    const item = await findNewsletterByIssue(deps.db, Number(key));
    if (!item) sendPage(res, 404, MISSING_CACHE, notFoundPage());
    else redirect(res, 302, archivePath(item));
    return true;
  }
  await itemPage(deps, res, kind, key);
  return true;
}

/** A path segment as text; a malformed escape becomes text no route matches. */
function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return '';
  }
}

// ---- pages -----------------------------------------------------------------------------------

async function handleWebLink(deps: HttpDeps, res: ServerResponse, id: string | undefined) {
  const item = id ? await findArchiveEntry(deps.db, id) : undefined;
  if (item && isPublished(item)) return redirect(res, 302, archivePath(item));
  if (item?.publishedAt) return sendPage(res, 410, MISSING_CACHE, gonePage());
  return sendPage(
    res,
    404,
    MISSING_CACHE,
    messagePage(
      'ウェブ版は公開されていません',
      'このメールはウェブ上では公開されていません。お手元に届いたメールを御覧ください。公開中のメールマガジン・事務局訪問記・事務連絡は、アーカイブで御覧いただけます。',
    ),
  );
}

async function itemPage(deps: HttpDeps, res: ServerResponse, kind: ArchiveKind, id: string) {
  const item = isUuid(id) ? await findArchiveEntry(deps.db, id) : undefined;
  if (!item || (!isPublished(item) && !item.publishedAt)) {
    return sendPage(res, 404, MISSING_CACHE, notFoundPage());
  }
  if (!isPublished(item)) return sendPage(res, 410, MISSING_CACHE, gonePage());
  // The id is what is stable; a wrong kind segment is corrected.
  if (item.kind !== kind) return redirect(res, 301, archivePath(item));
  const self = archiveUrl(deps.config.publicUrl, item);
  const web = webVersion(await compiledOf(deps.db, item.id), deps.config.publicUrl);
  sendPage(res, 200, PUBLIC_CACHE, wrapWebVersion(web.html, item, self));
}

async function listPage(deps: HttpDeps, res: ServerResponse, url: URL, kind: ArchiveKind | null) {
  const pageParam = url.searchParams.get('page') ?? '1';
  const pageNumber = /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : 0;
  if (pageNumber === 0) return sendPage(res, 404, MISSING_CACHE, notFoundPage());
  const filter = { kind };
  const [items, total] = await Promise.all([
    listArchive(deps.db, filter, { limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE }),
    countArchive(deps.db, filter),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pageNumber > pages) return sendPage(res, 404, MISSING_CACHE, notFoundPage());
  const base = kind ? `/archive/${KIND_SLUGS[kind]}` : '/archive';
  const heading = kind ? KIND_LABELS[kind] : 'アーカイブ';
  const body = html`${header(kind ? [['アーカイブ', '/archive']] : [])}
<main>
<h1>${heading}</h1>
<p class="muted">事務局が発行したメールマガジン・事務局訪問記・事務連絡のうち、公開しているものです。発行日（事務局訪問記は訪問日）の新しい順に並んでいます。</p>
<nav class="kinds" aria-label="種類">
${kindLink('すべて', '/archive', kind === null)}${ARCHIVE_KINDS.map((k) =>
  kindLink(KIND_LABELS[k], `/archive/${KIND_SLUGS[k]}`, kind === k),
)}
</nav>
${
  items.length === 0
    ? html`<p>公開中の記事はまだありません。</p>`
    : html`<ol class="items">${items.map(
        (item) => html`<li>
<a href="${archivePath(item)}">${item.title}</a>
<span class="meta">${KIND_LABELS[item.kind]}${item.issuedOn ? html`　${formatEraDate(item.issuedOn)}` : ''}</span>
</li>`,
      )}</ol>`
}
${
  pages > 1
    ? html`<nav class="pager" aria-label="ページ">
${pageNumber > 1 ? html`<a rel="prev" href="${base}?page=${pageNumber - 1}">← 新しい記事</a>` : ''}
<span>${pageNumber} / ${pages} ページ（全${total}件）</span>
${pageNumber < pages ? html`<a rel="next" href="${base}?page=${pageNumber + 1}">過去の記事 →</a>` : ''}
</nav>`
    : ''
}
</main>`;
  sendPage(res, 200, PUBLIC_CACHE, shell(heading, body));
}

function kindLink(label: string, href: string, current: boolean): SafeHtml {
  return current
    ? html`<a href="${href}" aria-current="page"><strong>${label}</strong></a> `
    : html`<a href="${href}">${label}</a> `;
}

// ---- page chrome -----------------------------------------------------------------------------

const CHROME_CSS = `
  .ts-archive { background: #fff; border-bottom: 1px solid #d5dbe1; font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "BIZ UDPGothic", Meiryo, "Noto Sans JP", sans-serif; color: #1f2933; }
  .ts-archive .ts-inner { max-width: 640px; margin: 0 auto; padding: 12px 16px; box-sizing: border-box; }
  .ts-archive .ts-site { margin: 0; font-weight: bold; font-size: 14px; }
  .ts-archive a { color: #0f4c81; }
  .ts-archive .ts-crumbs { margin: 4px 0 0; font-size: 13px; }
  .ts-archive .ts-title { margin: 8px 0 2px; font-size: 20px; line-height: 1.5; color: #0f2d4a; }
  .ts-archive .ts-meta { margin: 0; font-size: 13px; color: #4a5561; }
  .ts-archive, .ts-archive * { overflow-wrap: anywhere; word-break: normal; line-break: strict; }
`;

function header(crumbs: [string, string][]): SafeHtml {
  return html`<header class="ts-archive"><div class="ts-inner">
<p class="ts-site"><a href="/archive">${SITE_NAME}</a></p>
${
  crumbs.length
    ? html`<nav class="ts-crumbs" aria-label="パンくずリスト">${crumbs.map(
        ([label, href], i) => html`${i > 0 ? ' › ' : ''}<a href="${href}">${label}</a>`,
      )}</nav>`
    : ''
}
</div></header>`;
}

/** The service's page shell for the list and the message pages. */
function shell(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${SITE_NAME}</title>
<style>${new SafeHtml(CHROME_CSS)}
  body { margin: 0; background: #eef1f4; color: #1f2933; line-height: 1.7; overflow-wrap: anywhere;
         font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "BIZ UDPGothic", Meiryo, "Noto Sans JP", sans-serif; }
  main { max-width: 640px; margin: 0 auto; padding: 16px; box-sizing: border-box; background: #fff; }
  h1 { font-size: 22px; line-height: 1.5; color: #0f2d4a; margin: 8px 0; }
  a { color: #0f4c81; }
  img { max-width: 100%; height: auto; }
  .muted { color: #4a5561; font-size: 14px; }
  .kinds a { display: inline-block; margin: 0 12px 6px 0; }
  .items { list-style: none; padding: 0; margin: 0; }
  .items li { border-bottom: 1px solid #d5dbe1; padding: 10px 0; }
  .items .meta { display: block; color: #4a5561; font-size: 13px; }
  .pager { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; font-size: 14px; }
</style>
</head>
<body>${body}</body>
</html>`.value;
}

/**
 * The item page: the web version's own HTML document (its responsive e-mail layout), with the
 * archive header — site name, breadcrumb, title, kind and date — put in above the content.
 */
function wrapWebVersion(document: string, item: ArchiveItem, self: string): string {
  const crumbs: [string, string][] = [
    ['アーカイブ', '/archive'],
    [KIND_LABELS[item.kind], `/archive/${KIND_SLUGS[item.kind]}`],
  ];
  const published = item.publishedAt ? formatEraDate(todayInJapan(item.publishedAt)) : null;
  const chrome = html`${header(crumbs)}
<div class="ts-archive"><div class="ts-inner">
<h1 class="ts-title">${item.title}</h1>
<p class="ts-meta">${KIND_LABELS[item.kind]}${item.issuedOn ? html`　${formatEraDate(item.issuedOn)}` : ''}${published ? html`　（公開 ${published}）` : ''}</p>
</div></div>`.value;
  const head = html`<link rel="canonical" href="${self}">
<style>${new SafeHtml(CHROME_CSS)}
  img { max-width: 100% !important; height: auto !important; }
  body { overflow-wrap: anywhere; }
</style>`.value;
  return document
    .replace(
      /<title>[\s\S]*?<\/title>/,
      html`<title>${item.title} | アーカイブ | ${SITE_NAME}</title>`.value,
    )
    .replace('</head>', `${head}</head>`)
    .replace(/<body([^>]*)>/, (open) => `${open}${chrome}`);
}

function messagePage(title: string, text: string): string {
  return shell(
    title,
    html`${header([['アーカイブ', '/archive']])}
<main><h1>${title}</h1><p>${text}</p><p><a href="/archive">アーカイブの一覧へ</a></p></main>`,
  );
}

function notFoundPage(): string {
  return messagePage(
    'ページが見つかりません',
    'お探しのページは見つかりませんでした。アドレスをお確かめください。',
  );
}

function gonePage(): string {
  return messagePage(
    'この記事は公開を終了しました',
    'この記事は公開を終了したため、表示できません。ほかの記事はアーカイブの一覧から御覧いただけます。',
  );
}

function sendPage(res: ServerResponse, status: number, cache: string, body: string) {
  res.writeHead(status, { 'content-type': HTML, 'cache-control': cache });
  res.end(body);
}

function redirect(res: ServerResponse, status: 301 | 302, location: string) {
  res.writeHead(status, { location, 'cache-control': status === 301 ? PUBLIC_CACHE : 'no-store' });
  res.end();
}
