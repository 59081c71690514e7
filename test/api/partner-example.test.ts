import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createTestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
let server: TestServer;
let key: string;

beforeAll(async () => {
  const { db } = await createTestDatabase({ demo: true });
  server = await startTestServer({ db });
  key = (await createApiKey(db, { name: 'example', expiresAt: null, createdBy: null })).key;
});

describe('the partner example (examples/partner)', () => {
  it('lists the members of one prefecture and the measures of one ministry', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'examples/partner/list.ts', '13', 'cfa'],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, TSUNAGARI_URL: `${server.url}/graphql`, TSUNAGARI_API_KEY: key },
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines.some((l) => l.includes('東京都'))).toBe(true); // the prefecture itself is a member
    expect(
      lines.some((l) => /^No\. 002\tこども・若者の行動・意識に関する実態の把握$/.test(l)),
    ).toBe(true);
  });
});
