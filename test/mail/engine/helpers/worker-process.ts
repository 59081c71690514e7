/**
 * A mail worker as its own process, for the crash tests:
 *   node --import tsx test/mail/engine/helpers/worker-process.ts
 * Settings come as JSON in the WORKER_SETTINGS environment variable. Prints "ready" once the
 * worker runs; on SIGTERM it stops claiming, finishes the messages on the wire and exits 0.
 */
import pino from 'pino';
import { createDb } from '../../../../src/db/create-db.js';
import { startWorker, type WorkerDeps } from '../../../../src/jobs/worker.js';
import type { MailEngineOptions } from '../../../../src/mail/engine/options.js';
import { createSmtpTransport } from '../../../../src/mail/transport.js';
import { stopMailEngine } from '../../../../src/modules/mailings/tasks.js';

interface Settings {
  databaseUrl: string;
  smtpUrl: string;
  secretKeyHex: string;
  mailFrom: string;
  publicUrl: string;
  engine: Partial<MailEngineOptions>;
  /** Jobs this process runs at once (graphile-worker concurrency); default 4. */
  workerConcurrency?: number;
}

const settings = JSON.parse(process.env.WORKER_SETTINGS ?? '{}') as Settings;
const db = createDb(settings.databaseUrl, { maxConnections: 6 });
const transport = createSmtpTransport(settings.smtpUrl, {
  maxConnections: settings.engine.concurrency ?? 4,
  socketTimeoutMs: 5000,
});
const deps: WorkerDeps & { mailEngine: Partial<MailEngineOptions> } = {
  connectionString: settings.databaseUrl,
  db,
  transport,
  mailFrom: settings.mailFrom,
  publicUrl: settings.publicUrl,
  secretKey: Buffer.from(settings.secretKeyHex, 'hex'),
  concurrency: settings.workerConcurrency ?? 4,
  log: pino({ level: process.env.WORKER_LOG_LEVEL ?? 'silent' }),
  pollIntervalMs: 100,
  mailEngine: settings.engine,
};
const worker = await startWorker(deps);
process.stdout.write('ready\n');

process.once('SIGTERM', async () => {
  stopMailEngine(deps);
  await worker.stop();
  await transport.close();
  await db.destroy();
  process.stdout.write('stopped\n');
  process.exit(0);
});
