/**
 * How a CLI command reaches the database: DATABASE_URL when set; otherwise the embedded Postgres
 * under DATA_DIR — the one `npm start` is running if it is (read from its postmaster.pid), else
 * started for the command and stopped after it. Pending migrations run first, as at service
 * start-up, so the CLI never works on a schema older than its code.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Config, redactCredentials } from '../config.js';
import { createDb } from '../db/create-db.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { migrateToLatest, pendingMigrations } from '../db/migrate.js';
import { loadReferenceData } from '../seed/reference-data.js';
import { type CliDatabase, CliError } from './command.js';

export async function openDatabase(config: Config): Promise<CliDatabase> {
  let url: string;
  let description: string;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (config.databaseUrl) {
    url = config.databaseUrl;
    description = redactCredentials(url);
  } else {
    const clusterDir = path.join(config.dataDir, 'postgres');
    const running = await runningEmbeddedUrl(clusterDir);
    if (running) {
      url = running;
    } else {
      const embedded = await startEmbeddedPostgres({
        clusterDir,
        port: config.embeddedPostgresPort,
      }).catch((error: unknown) => {
        throw new CliError(`could not start the embedded Postgres: ${oneLine(error)}`);
      });
      url = embedded.connectionString;
      stopEmbedded = () => embedded.stop();
    }
    description = `the embedded Postgres in ${clusterDir}`;
  }
  const db = createDb(url, { maxConnections: 4 });
  const close = async () => {
    await db.destroy();
    await stopEmbedded?.();
  };
  try {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      await migrateToLatest(db);
      await loadReferenceData(db);
    } else {
      const category = await db
        .selectFrom('membership_categories')
        .select('code')
        .executeTakeFirst();
      if (!category) await loadReferenceData(db);
    }
  } catch (error) {
    await close().catch(() => {});
    throw new CliError(`cannot use the database (${description}): ${oneLine(error)}`);
  }
  return { db, url, description, close };
}

/**
 * The URL of the embedded cluster if a Postgres is running on it (started by `npm start`):
 * its postmaster.pid names the process and the port; the password is kept beside the cluster.
 */
async function runningEmbeddedUrl(clusterDir: string): Promise<string | undefined> {
  let pidFile: string;
  let password: string;
  try {
    pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8');
    password = (await fs.readFile(`${clusterDir}.password`, 'utf8')).trim();
  } catch {
    return undefined;
  }
  const [pidLine, , , portLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || port <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but owned by another user (the `postgres` user embedded-postgres creates).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/tsunagari`;
}

/** An error as one line, credentials hidden. */
export function oneLine(error: unknown): string {
  const message =
    error instanceof AggregateError && error.errors.length > 0
      ? error.errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ')
      : error instanceof Error
        ? error.message || error.name
        : String(error);
  return redactCredentials(message.replace(/\s*\n\s*/g, ' ').trim());
}
