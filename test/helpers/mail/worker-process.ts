/**
 * A mail worker as its own process, for the crash tests:
 *   node --import tsx test/helpers/mail/worker-process.ts
 * Settings come as JSON in the WORKER_SETTINGS environment variable. Prints "ready" once the
 * worker runs; on SIGTERM it stops claiming, finishes the messages on the wire and exits 0.
 */
import pino from 'pino';
import { loadConfig } from '../../../src/config.js';
import { createDb } from '../../../src/db/create-db.js';
import { createMailWorker } from '../../../src/jobs/mail-worker.js';
import type { MailEngineOptions } from '../../../src/mail/engine/options.js';

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
// The service's worker (src/jobs/mail-worker.ts); SMTP connections follow engine.concurrency.
const mail = await createMailWorker(
  loadConfig({ NODE_ENV: 'test', MAIL_FROM: settings.mailFrom, PUBLIC_URL: settings.publicUrl }),
  db,
  pino({ level: process.env.WORKER_LOG_LEVEL ?? 'silent' }),
  {
    databaseUrl: settings.databaseUrl,
    smtpUrl: settings.smtpUrl,
    secretKey: Buffer.from(settings.secretKeyHex, 'hex'),
    concurrency: settings.workerConcurrency ?? 4,
    pollIntervalMs: 100,
    socketTimeoutMs: 5000,
    mailEngine: settings.engine,
  },
);
process.stdout.write('ready\n');

process.once('SIGTERM', async () => {
  // The engine stops claiming, the messages on the wire finish, then the transport closes.
  await mail.stop();
  await db.destroy();
  process.stdout.write('stopped\n');
  process.exit(0);
});
