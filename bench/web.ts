/**
 * The web app's budget (issue 17): the console's initial JavaScript, gzipped, and the time from
 * navigation to the dashboard's data on screen, beside a static HTML page of the same size
 * served from the same machine (the baseline: what the network and the browser cost alone).
 *
 *   npm run bench:web                      (writes its table into docs/benchmarks.md)
 *
 * Then the register grows by 10,000 organisations and a sent mailing with 100,000 deliveries,
 * and the mailing list, the mailing's page (progress, first page of deliveries) and the
 * directory are timed the same way: they must stay paged, never loading a whole table.
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
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { SESSION_COOKIE } from '../src/modules/accounts/authenticate.js';
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

/** Milliseconds from navigation to `shown` in a fresh, signed-in context. */
async function timeNavigation(pathname: string, shown: (page: Page) => Promise<unknown>) {
  const { token } = await createSession(app.db, admin.id, {
    ttlHours: 1,
    userAgent: 'bench',
    clientIp: '127.0.0.1',
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }]);
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${base}${pathname}`);
  await shown(page);
  const ms = performance.now() - started;
  await context.close();
  return ms;
}

const consoleTimes: number[] = [];
const staticTimes: number[] = [];
for (let i = 0; i < NAVIGATIONS; i += 1) {
  // Alternate, each in a fresh context (no cache, no service worker), so both see the same load.
  // "Data shown": the dashboard's cards have their counts (rendered once the query answered).
  consoleTimes.push(
    await timeNavigation('/admin/', (page) => page.getByTestId('count').first().waitFor()),
  );
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

// At scale: 10,000 more organisations, and a sent mailing with 100,000 deliveries.
const GROWN_ORGANIZATIONS = 10_000;
const BIG_MAILING = 100_000;
await sql`INSERT INTO organizations (name, name_kana, category_code, status, organization_type,
    prefecture_code, scope, search_text)
  SELECT 'ベンチ団体' || i, 'べんち' || lpad(i::text, 6, '0'), 'REGULAR', 'ACTIVE', 'ベンチ',
    lpad(((i % 47) + 1)::text, 2, '0'), 'REGIONAL', 'ベンチ団体' || i
  FROM generate_series(1, ${GROWN_ORGANIZATIONS}::int) AS i`.execute(app.db);
// The demo メールマガジン's content and audience, as if it had gone to a register of that size.
const demoNewsletter = await app.db
  .selectFrom('mailings')
  .select(['content', 'audience', 'compiled_email'])
  .where('kind', '=', 'NEWSLETTER')
  .executeTakeFirstOrThrow();
const big = await app.db
  .insertInto('mailings')
  .values({
    kind: 'NEWSLETTER',
    subject: '大規模配信のベンチマーク',
    content: JSON.stringify(demoNewsletter.content),
    audience: JSON.stringify(demoNewsletter.audience),
    compiled_email: JSON.stringify(demoNewsletter.compiled_email),
    compiled_version: 1,
    status: 'SENT',
    created_by: admin.id,
    recipient_count: BIG_MAILING,
    organization_count: BIG_MAILING,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
await sql`INSERT INTO deliveries (id, mailing_id, kind, address, recipient_name, organization_name,
    status, message_id, next_attempt_at, sent_at, created_at, updated_at)
  SELECT gen_random_uuid(), ${big.id}, 'NEWSLETTER', 'r' || i || '@bench.example.jp',
    '受信者' || i, 'ベンチ団体' || i, 'SENT', '<bench-' || i || '@tsunagari.example.jp>',
    now(), now(), now(), now()
  FROM generate_series(1, ${BIG_MAILING}::int) AS i`.execute(app.db);
await sql`ANALYZE`.execute(app.db);
const bigId = encodeGlobalID('Mailing', big.id);

const scaleTimes = { mailings: [] as number[], mailing: [] as number[], register: [] as number[] };
for (let i = 0; i < NAVIGATIONS; i += 1) {
  scaleTimes.mailings.push(
    await timeNavigation('/admin/mailings', (page) =>
      page.getByRole('link', { name: '大規模配信のベンチマーク' }).waitFor(),
    ),
  );
  scaleTimes.mailing.push(
    await timeNavigation(`/admin/mailings/${encodeURIComponent(bigId)}`, async (page) => {
      await page.getByTestId('progress-summary').waitFor();
      await page
        .getByRole('cell', { name: /@bench\.example\.jp/ })
        .first()
        .waitFor();
    }),
  );
  scaleTimes.register.push(
    await timeNavigation('/admin/register', (page) =>
      page
        .getByRole('link', { name: /団体|法人|会/ })
        .first()
        .waitFor(),
    ),
  );
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

With ${GROWN_ORGANIZATIONS.toLocaleString('en')} more organisations and a sent mailing of ${BIG_MAILING.toLocaleString('en')} deliveries (navigation → data shown, ${NAVIGATIONS} runs, ms):

| screen | result |
| --- | --- |
| 配信の一覧 (/admin/mailings) | ${spread(scaleTimes.mailings)} |
| the big mailing's page: progress counts and the first 50 deliveries | ${spread(scaleTimes.mailing)} |
| 会員名簿 (/admin/register), first page of 50 | ${spread(scaleTimes.register)} |
`;
process.stdout.write(`${table}\n`);
if (!QUICK) await writeResults('web', 'npm run bench:web', table);
