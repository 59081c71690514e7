/**
 * Headless Chromium for the browser tests: Debian's `chromium` package driven by
 * playwright-core (no browser download). Without it the browser tests are skipped — loudly —
 * except in CI (CI=true), where a missing Chromium fails the run: .ci/run installs it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, expect } from 'vitest';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Where the browser tests keep their full-page screenshots. */
export const SCREENSHOTS = path.resolve('test-artifacts/screenshots');

/**
 * True when Chromium is installed; otherwise warns that `file`'s tests are skipped — or, in CI,
 * throws: browser tests must never be skipped there.
 */
export function haveChromium(file: string): boolean {
  if (existsSync(executablePath)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `${file}: no Chromium at ${executablePath}, and CI=true: browser tests must not be skipped in CI. ` +
        'Install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH.',
    );
  }
  console.warn(
    `\n*** ${file} SKIPPED: no Chromium at ${executablePath}. ` +
      'Install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH to a Chromium binary. ***\n',
  );
  return false;
}

/**
 * Starts Chromium headless. Background networking, updates and sync are off: on a machine
 * without network access Chromium otherwise keeps opening connections that are refused.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    // A UTF-8 locale even where the environment has none (CI may start without LANG): Chromium
    // otherwise cannot name a download 回答状況_….csv and falls back to "download".
    env: {
      ...process.env,
      LANG: /utf-?8/i.test(process.env.LANG ?? '') ? process.env.LANG : 'C.UTF-8',
    },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let shared: Promise<Browser> | undefined;

/**
 * The worker's Chromium: launched by the first test file that asks, then shared by the files
 * that run after it in the same worker (the `browser` project does not isolate files, so this
 * module — and the browser — outlive a file). Never close it: take a context with
 * {@link openContext}. Playwright stops it when the worker process exits.
 */
export function sharedChromium(): Promise<Browser> {
  if (!shared) {
    shared = launchChromium();
    const launched = shared;
    void launched.then((browser) =>
      browser.on('disconnected', () => {
        if (shared === launched) shared = undefined;
      }),
    );
    // A failed launch is not kept: the next file tries again.
    launched.catch(() => {
      if (shared === launched) shared = undefined;
    });
  }
  return shared;
}

/**
 * A fresh browser context (no cookies, no storage) in the worker's shared Chromium, closed
 * after the calling file's tests. Call it in `beforeAll` (it registers an `afterAll`).
 */
export async function openContext(options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await (await sharedChromium()).newContext(options);
  afterAll(async () => {
    await context.close().catch(() => {});
  });
  return context;
}

/**
 * Keeps a full-page screenshot (`SCREENSHOTS/<shot>-<width>.png`) of the page as shown at
 * `width`, and checks that nothing overflows horizontally.
 */
export async function expectNoOverflow(page: Page, shot: string, width: number): Promise<void> {
  // Evaluated in the page (a string: the tests are compiled without the DOM types).
  const { scrollWidth, innerWidth } = await page.evaluate<{
    scrollWidth: number;
    innerWidth: number;
  }>('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${shot}-${width}.png`), fullPage: true });
  expect(scrollWidth, `${shot} overflows at ${width}px`).toBeLessThanOrEqual(innerWidth);
}
