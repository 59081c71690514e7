/**
 * The browser tests drive the built web app (web/dist), as `npm start` serves it. Built once per
 * test run, before any test file starts, when it is missing or older than a file in web/src —
 * so a changed screen is never tested in its previous build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

export function ensureWebBuild(root = process.cwd()): void {
  const web = path.join(root, 'web');
  let built = 0;
  try {
    built = statSync(path.join(web, 'dist/index.html')).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(
    newestMtime(path.join(web, 'src')),
    statSync(path.join(web, 'index.html')).mtimeMs,
    statSync(path.join(web, 'vite.config.ts')).mtimeMs,
  );
  if (built >= sources) return;
  // The production build `npm start` serves: vitest sets NODE_ENV=test, and Vite would build
  // React's development bundle with it (half again as large, dev-only warnings).
  execFileSync('npm', ['run', 'build:web'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
