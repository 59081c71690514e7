#!/usr/bin/env node
// `npm start`: checks the Node.js line first — in plain JavaScript that any Node can parse, so an
// old Node gets a sentence instead of a stack trace — then runs the compiled service from dist/
// (built by `npm run build`, which `npm ci` runs through `prepare`; built here when missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stdout.write('dist/ is missing: building once (npm run build)…\n');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(entry.href);
