/**
 * The web app (web/, built into web/dist by `npm run build --prefix web`): the secretariat
 * console /admin/, the member pages /member/ and the application form /apply. Each of those
 * paths answers with index.html (the app routes in the browser); /assets/* are the built files,
 * content-hashed and so cached for a year. The app is a client of /graphql like any other.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { APP_POLICY } from './security-headers.js';

/** Where `npm run build --prefix web` writes the app. */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/** Paths the app routes itself: the area's root and everything under it. */
const AREAS = ['/admin/', '/member/'] as const;
const PAGES = ['/apply'] as const;

/**
 * No inline script or style is needed (Vite emits files; React sets styles through the DOM),
 * and nothing else may frame the pages.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
};

const SECURITY_HEADERS = {
  'content-security-policy': WEB_APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Answers a request for the web app (true), or leaves it to the other handlers (false). */
export async function handleWebApp(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dist: string = WEB_DIST,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // The areas' roots without their slash: relative links in the app need it.
  if (pathname === '/admin' || pathname === '/member') {
    res.writeHead(301, { location: `${pathname}/`, 'cache-control': 'no-cache' });
    res.end();
    return true;
  }
  if (AREAS.some((area) => pathname.startsWith(area)) || PAGES.some((p) => pathname === p)) {
    await sendIndex(req, res, dist);
    return true;
  }
  if (pathname.startsWith('/assets/')) {
    return sendAsset(req, res, dist, pathname);
  }
  return false;
}

/**
 * The GraphQL IDE (GET /graphql from a browser): web/graphiql.html, GraphiQL 5 built by Vite
 * with the app. Monaco adds its own <style> elements and loads its workers and codicon font
 * from /assets/, so this page's policy also allows inline style — still no inline script.
 */
export async function sendGraphiqlPage(
  req: IncomingMessage,
  res: ServerResponse,
  dist: string = WEB_DIST,
): Promise<void> {
  await sendHtml(req, res, dist, 'graphiql.html', APP_POLICY);
}

async function sendIndex(req: IncomingMessage, res: ServerResponse, dist: string) {
  await sendHtml(req, res, dist, 'index.html', WEB_APP_CSP);
}

async function sendHtml(
  req: IncomingMessage,
  res: ServerResponse,
  dist: string,
  file: string,
  policy: string,
) {
  let html: Buffer;
  try {
    html = await readFile(path.join(dist, file));
  } catch {
    res.writeHead(503, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(
      '画面がまだビルドされていません。`npm run build --prefix web` を実行してください。\n' +
        'The web app is not built: run `npm run build --prefix web`.\n',
    );
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-security-policy': policy,
    'content-type': 'text/html; charset=utf-8',
    // Always revalidated: it names the current hashed assets.
    'cache-control': 'no-cache',
    'content-length': html.length,
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}

async function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  dist: string,
  pathname: string,
): Promise<boolean> {
  const name = pathname.slice('/assets/'.length);
  // One plain file name: no directories, no dot-dot, no encoded tricks.
  const type = TYPES[path.extname(name)];
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !type) return false;
  const file = path.join(dist, 'assets', name);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-length': info.size,
    'cache-control': 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(file).pipe(res);
  return true;
}
