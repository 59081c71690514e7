// `npm start` serves the web app from web/dist: build it first when it is missing (a fresh
// clone after `npm ci --ignore-scripts`, or someone removed it). Plain Node, no dependencies.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../web/dist/index.html', import.meta.url))) {
  process.stdout.write('web/dist is missing: building the web app (npm run build --prefix web)…\n');
  const web = new URL('../web/', import.meta.url).pathname;
  if (!existsSync(new URL('../web/node_modules', import.meta.url))) {
    execSync('npm ci', { cwd: web, stdio: 'inherit' });
  }
  execSync('npm run build', { cwd: web, stdio: 'inherit' });
}
