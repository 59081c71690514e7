/**
 * Runs once per `npm test`: starts a throw-away embedded Postgres (or uses TEST_DATABASE_URL),
 * builds template databases — migrated, with reference data, one also with the demo register —
 * and hands their names to the test files, which clone them (CREATE DATABASE … TEMPLATE).
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Logger, runMigrations } from 'graphile-worker';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/create-db.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { writeSetting } from '../../src/modules/members/settings.repository.js';
import { loadDemoRegister } from '../../src/seed/demo-register.js';
import { loadReferenceData } from '../../src/seed/reference-data.js';
import { ensureWebBuild } from './web-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the server's maintenance database (`postgres`). */
    testServerUrl: string;
    /** Template with migrations and reference data. */
    baseTemplate: string;
    /** Template with migrations, reference data and the demo register. */
    demoTemplate: string;
    /** Distinguishes this run's databases from other runs on a shared server. */
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  ensureWebBuild();
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  let serverUrl: string;
  let stopServer = async () => {};
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = '/postgres';
    serverUrl = url.toString();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-test-pg-'));
    // mkdtemp makes the folder private; the `postgres` user that runs the server must enter it.
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'cluster'),
      database: 'postgres',
      persistent: false,
      fast: true,
    });
    serverUrl = server.connectionString;
    stopServer = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }

  const baseTemplate = `tsunagari_tpl_${runId}`;
  const demoTemplate = `tsunagari_tpl_demo_${runId}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${baseTemplate}`);
  await prepareTemplate(urlFor(serverUrl, baseTemplate), false);
  await admin.query(`CREATE DATABASE ${demoTemplate} TEMPLATE ${baseTemplate}`);
  await prepareTemplate(urlFor(serverUrl, demoTemplate), true);
  await admin.end();

  project.provide('testServerUrl', serverUrl);
  project.provide('baseTemplate', baseTemplate);
  project.provide('demoTemplate', demoTemplate);
  project.provide('runId', runId);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    // Drop whatever this run created (test files drop their own, but a crash may leave some).
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`tsunagari_%${runId}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.end();
    await stopServer();
  };
}

async function prepareTemplate(url: string, demo: boolean) {
  const db = createDb(url, { maxConnections: 2 });
  try {
    if (!demo) {
      await migrateToLatest(db);
      await loadReferenceData(db);
      await runMigrations({ connectionString: url, logger: silentLogger() });
      // Tests about other things send notices without an approval step; the approval tests
      // (test/mail/kinds/approval.test.ts) remove this row and test the service's default.
      await writeSetting(db, 'approvalRequiredKinds', []);
    } else {
      await loadDemoRegister(db);
    }
  } finally {
    await db.destroy();
  }
}

function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function silentLogger() {
  return new Logger(() => () => {});
}
