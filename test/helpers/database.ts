/**
 * Each test file gets its own database, cloned from a template that global setup migrated
 * once, so files run in parallel without seeing each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createDb, type Db, type DbOptions } from '../../src/db/create-db.js';

export interface TestDatabase {
  readonly url: string;
  readonly db: Db;
}

/**
 * Clones a template into a fresh database and drops it after the file's tests.
 * `demo: true` includes the demo register (≈700 organisations).
 */
export async function createTestDatabase(
  options: { demo?: boolean } & DbOptions = {},
): Promise<TestDatabase> {
  const serverUrl = inject('testServerUrl');
  const template = options.demo ? inject('demoTemplate') : inject('baseTemplate');
  const name = `tsunagari_test_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), options);
  afterAll(async () => {
    await db.destroy();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return { url: url.toString(), db };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
