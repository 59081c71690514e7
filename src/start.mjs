#!/usr/bin/env node
// `npm start`: checks the Node.js line first — in plain JavaScript that any Node can parse, so an
// old Node gets a sentence instead of a stack trace — then runs the compiled service from dist/
// with the web app from web/dist (both built by `npm run build`, which `npm ci` runs through
// `prepare`; a part that is missing is built here first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED_MAJOR) {
  process.stderr.write(
    `Tsunagari needs Node.js ${REQUIRED_MAJOR} LTS or newer; this is Node.js ${process.versions.node}.\n` +
      `Install Node.js ${REQUIRED_MAJOR} (https://nodejs.org, or \`nvm install\` in this folder: .nvmrc names the line)\n` +
      'and run `npm ci` again.\n',
  );
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const exists = (relative) => existsSync(path.join(root, relative));
const npm = (...args) => {
  const run = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
};

if (!exists('dist/main.js')) {
  process.stdout.write('dist/ is missing: building the service once (npm run build:server)…\n');
  npm('run', 'build:server');
}
if (!exists('web/dist/index.html')) {
  process.stdout.write('web/dist is missing: building the web app once (npm run build:web)…\n');
  if (!exists('web/node_modules')) npm('ci', '--prefix', 'web', '--no-audit', '--no-fund');
  npm('run', 'build:web');
}
await import(new URL('../dist/main.js', import.meta.url).href);
