/**
 * `accounts create` prints the sign-in address of the server it works with: the public URL the
 * server recorded when it started (PUBLIC_URL or its PORT), unless PUBLIC_URL is given to the
 * command — and says which configuration that is.
 */
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { findFreePort } from '../../src/lib/free-port.js';
import { cli, scratchDir } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await scratchDir();
});

let created = 0;
async function createAccount(env: Record<string, string> = {}) {
  created += 1;
  const result = await cli(
    database.url,
    [
      'accounts',
      'create',
      '--email',
      `person${created}@secretariat.example.jp`,
      '--name',
      `職員${created}`,
      '--role',
      'secretariat-staff',
    ],
    { env },
  );
  expect(result.code, result.stderr).toBe(0);
  return result.stderr;
}

/** Starts and stops the service (API only) on the test database, as `npm start` would. */
async function runServer(env: Record<string, string>) {
  const app = await startApp(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      ROLES: 'api',
      SEED_DEMO: 'false',
      ...env,
    }),
    pino({ level: 'silent' }),
  );
  await app.stop();
}

describe('the sign-in address printed by accounts create', () => {
  it('before any server started: the default from PORT, saying so', async () => {
    const stderr = await createAccount();
    expect(stderr).toContain('signs in at http://localhost:4000/sign-in with person1@');
    expect(stderr).toContain('default from PORT=4000: no server has started on this database');
  });

  it('after the server started with PUBLIC_URL: that URL, without repeating it for the CLI', async () => {
    await runServer({ PUBLIC_URL: 'https://tsunagari.example.jp/', PORT: '0' });
    const stderr = await createAccount();
    expect(stderr).toContain('signs in at https://tsunagari.example.jp/sign-in with person2@');
    expect(stderr).toContain(
      "from the server's configuration (its PUBLIC_URL), recorded when it started at",
    );
  });

  it('after the server started on another PORT: that port', async () => {
    const port = await findFreePort();
    await runServer({ PORT: String(port) });
    const stderr = await createAccount();
    expect(stderr).toContain(`signs in at http://localhost:${port}/sign-in`);
    expect(stderr).toContain("the server's configuration (its default from PORT)");
  });

  it('PUBLIC_URL given to the command wins', async () => {
    const stderr = await createAccount({ PUBLIC_URL: 'https://other.example.jp' });
    expect(stderr).toContain('signs in at https://other.example.jp/sign-in');
    expect(stderr).toContain('from PUBLIC_URL given to this command');
  });
});
