/**
 * The layout of test/ (README § Tests): test files end in `.test.ts`; everything they share
 * lives in test/helpers/ — not in a helper next to the tests that first needed it — and the
 * browser tests (those that drive Chromium) live in test/browser/ and test/web/, which is how
 * vitest.config.ts tells the `browser` project from the `node` one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const testDir = fileURLToPath(new URL('..', import.meta.url));

/** Folders of test/ that hold no tests: shared code, global setup, generated code, scripts. */
const NOT_TESTS = ['helpers', 'setup', 'generated', 'tools'];
const BROWSER = ['browser', 'web'];
/** An import of Chromium, directly or through the helpers. */
const DRIVES_CHROMIUM = /from '[^']*helpers\/(chromium|web)\.js'|from 'playwright-core'/;
/** This file names them without importing them. */
const SELF = path.join('architecture', 'test-layout.test.ts');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(testDir, path.join(entry.parentPath, entry.name)));
}

const files = filesUnder(testDir);
const topFolder = (file: string) => file.split(path.sep)[0] ?? '';

describe('the layout of test/', () => {
  it('keeps shared code in test/helpers/: every other file is a test file', () => {
    const strays = files.filter(
      (file) => !NOT_TESTS.includes(topFolder(file)) && !file.endsWith('.test.ts'),
    );
    expect(strays, 'move these into test/helpers/').toEqual([]);
  });

  it('keeps the tests that drive Chromium in test/browser/ and test/web/', () => {
    const outside = files.filter(
      (file) =>
        file.endsWith('.test.ts') &&
        file !== SELF &&
        !BROWSER.includes(topFolder(file)) &&
        DRIVES_CHROMIUM.test(readFileSync(path.join(testDir, file), 'utf8')),
    );
    expect(outside, 'move these into test/browser/ (the browser project)').toEqual([]);
  });
});
