/**
 * Entry point: configuration → app → banner; SIGINT/SIGTERM stop it in order (HTTP first,
 * then the worker after its running jobs, then the database).
 */
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { EmbeddedPostgresAccessError } from './db/embedded-postgres-access.js';
import { DataDirectoryInUseError } from './db/embedded-postgres-lifetime.js';
import { SUPERVISED_ENV, type WorkerProcessMessage } from './jobs/worker-process.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger(config);
  const supervised = process.env[SUPERVISED_ENV] === '1';
  const entry = process.argv[1];
  const app = await startApp(config, log, {
    // The worker role in a child process of its own: this program again, as `worker` alone.
    ...(entry && !supervised ? { workerEntry: { entry, execArgv: process.execArgv } } : {}),
  });
  if (supervised) {
    superviseSelf(app, log);
    return;
  }

  const lines = ['', 'Tsunagari is running.'];
  const base = app.httpUrl;
  if (base) {
    lines.push(`  Secretariat console  ${base}/admin/   (member pages ${base}/member/)`);
    lines.push(`  GraphQL API and IDE  ${base}/graphql`);
    lines.push(`  Health               ${base}/healthz   ${base}/readyz`);
    if (app.mailbox && config.serveMailbox)
      lines.push(
        `  Local mailbox        ${base}/mailbox   (SMTP ${app.mailbox.smtpUrl ?? 'served by the worker process'})`,
      );
    else if (app.mailbox)
      lines.push(
        `  Local mailbox        ${config.dataDir}/mailbox   (not served over HTTP: HOST is reachable from other hosts; see MAILBOX)`,
      );
  }
  if (base && base !== config.publicUrl) lines.push(`  Public URL in links  ${config.publicUrl}`);
  if (!config.databaseUrl) lines.push(`  Embedded Postgres    ${config.dataDir}/postgres`);
  if (base && app.demoAccounts) {
    const { adminEmail, member } = app.demoAccounts;
    lines.push(
      '',
      `Sign in at ${base}/sign-in with a demo address; the link arrives in ${app.mailbox && config.serveMailbox ? `${base}/mailbox` : 'that mailbox'}:`,
      `  secretariat admin    ${adminEmail}`,
    );
    if (member) lines.push(`  member user          ${member.email}  (${member.organizationName})`);
  }
  const roles = [...config.roles].join(', ');
  const childWorker = config.roles.size === 2 && config.worker.process === 'child';
  lines.push(
    `  Roles                ${roles}${childWorker ? ' (the worker in a process of its own)' : ''}`,
    'Press Ctrl-C to stop.',
    '',
  );
  process.stdout.write(`${lines.join('\n')}\n`);

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) {
      log.warn(`${signal} again: exiting without waiting`);
      process.exit(130);
    }
    log.info(`${signal} received: shutting down`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/**
 * The worker process under `npm start` (src/jobs/worker-process.ts): its parent decides when it
 * stops (SIGTERM); Ctrl-C, which the terminal sends to both, is the parent's to handle. If the
 * parent goes away without a word, the IPC channel closes and the worker stops by itself.
 */
function superviseSelf(
  app: Awaited<ReturnType<typeof startApp>>,
  log: ReturnType<typeof createLogger>,
) {
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${why}: the mail worker process stops`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => stop('SIGTERM'));
  // The parent serves /metrics and asks for this process's part at each scrape.
  process.on('message', (message: WorkerProcessMessage) => {
    if (message.type !== 'metrics?' || !app.workerMetrics) return;
    app.workerMetrics.registry.getMetricsAsJSON().then(
      (metrics) =>
        process.send?.({ type: 'metrics', id: message.id, metrics } satisfies WorkerProcessMessage),
      (error: unknown) => log.warn({ err: error }, 'could not collect the worker metrics'),
    );
  });
  process.on('disconnect', () => stop('the parent process is gone'));
}

main().catch((error: unknown) => {
  // Problems of the machine that the message explains fully: no stack trace.
  const explained =
    error instanceof EmbeddedPostgresAccessError || error instanceof DataDirectoryInUseError;
  process.stderr.write(
    `Tsunagari failed to start: ${error instanceof Error ? (explained ? error.message : error.stack) : String(error)}\n`,
  );
  process.exit(1);
});
