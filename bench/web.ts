/**
 * The web app's budget (issue 17): the console's initial JavaScript, gzipped, and the time from
 * navigation to the dashboard's data on screen, beside a static HTML page of the same size
 * served from the same machine (the baseline: what the network and the browser cost alone).
 *
 *   npm run bench:web                      (writes its table into docs/benchmarks.md)
 *   npm run bench:web -- --quick           (3 navigations instead of 15: a smoke test)
 *
 * The service runs in this process on a throw-away embedded Postgres with the demo register
 * (712 organisations), built exactly as `npm start` serves it (web/dist, strict CSP). Chromium
 * is Debian's, driven by playwright-core with a fresh context (empty cache) per navigation.
 */

import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { startApp } from '../src/app.js';
import { SESSION_COOKIE } from '../src/auth/authenticate.js';
import { loadConfig } from '../src/config.js';
import { createSession } from '../src/modules/accounts/sessions.js';
import { launchChromium } from '../test/helpers/chromium.js';
import { benchArgs, benchDatabase, machine, spread, writeResults } from './common.js';

const args = benchArgs();
const QUICK = args.has('quick');
const NAVIGATIONS = QUICK ? 3 : 15;
const DIST = path.resolve('web/dist');

/** The files the console's index.html loads before it can run: entry script, preloads, CSS. */
async function initialAssets(): Promise<{ js: string[]; css: string[]; html: Buffer }> {
  const html = await readFile(path.join(DIST, 'index.html'));
  const text = html.toString();
  const js = [
    ...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ]
    .map((m) => m[1] ?? '')
    .filter(Boolean);
  const css = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return { js, css, html };
}

const gzipped = async (files: string[]) => {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(DIST, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gz };
};

const assets = await initialAssets();
const js = await gzipped(assets.js);
const css = await gzipped(assets.css);

const database = await benchDatabase();
const config = loadConfig({
  DATABASE_URL: database.url,
  PORT: '0',
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  ROLES: 'api',
  NODE_ENV: 'development',
  DATA_DIR: path.resolve('.data/bench-web'),
});
// Quiet: stopping the throw-away Postgres under the pool logs warnings that mean nothing here.
const app = await startApp(config, pino({ level: 'error' }));
const base = app.httpUrl ?? '';
const admin = await app.db
  .selectFrom('accounts')
  .select('id')
  .where('email', '=', app.demoAccounts?.adminEmail ?? '')
  .executeTakeFirstOrThrow();

// The baseline: one static HTML page as large as the console's HTML + JS + CSS together.
const size = assets.html.length + js.raw + css.raw;
const filler = 'あ'.repeat(Math.ceil(size / 3));
const staticPage = Buffer.from(
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>静的ページ</title></head>` +
    `<body><h1 id="ready">ダッシュボード</h1><p>${filler}</p></body></html>`,
);
const baseline = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(staticPage);
});
baseline.listen(0, '127.0.0.1');
await once(baseline, 'listening');
const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

const browser = await launchChromium();
const consoleTimes: number[] = [];
const staticTimes: number[] = [];
for (let i = 0; i < NAVIGATIONS; i += 1) {
  // Alternate, each in a fresh context (no cache, no service worker), so both see the same load.
  {
    const { token } = await createSession(app.db, admin.id, {
      ttlHours: 1,
      userAgent: 'bench',
      clientIp: '127.0.0.1',
    });
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }]);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${base}/admin/`);
    // "Data shown": the dashboard's cards have their counts (rendered once the query answered).
    await page.getByTestId('count').first().waitFor();
    consoleTimes.push(performance.now() - started);
    await context.close();
  }
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(baselineUrl);
    await page.locator('#ready').waitFor();
    staticTimes.push(performance.now() - started);
    await context.close();
  }
}
await browser.close();
baseline.close();
await app.stop();
await database.stop();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = `${machine()}

| measure | result | target |
| --- | --- | --- |
| console's initial JavaScript (${assets.js.length} files), gzip | ${kb(js.gz)} (${kb(js.raw)} raw) | ≤ 200 KB |
| console's CSS, gzip | ${kb(css.gz)} (${kb(css.raw)} raw) | |
| navigation → dashboard data shown, ms (${NAVIGATIONS} runs) | ${spread(consoleTimes)} | ≤ 1,000 ms |
| baseline: static HTML page of the same size (${kb(size)}), ms | ${spread(staticTimes)} | |
`;
process.stdout.write(`${table}\n`);
if (!QUICK) await writeResults('web', 'npm run bench:web', table);
