/**
 * The one place a mail worker is built: the SMTP transport and the graphile-worker runner with
 * the mail engine, both set from the configuration. The service (src/app.ts), the CLI's
 * `--worker`, the benchmarks and the test harnesses start their worker here, so a setting added
 * here reaches every one of them (the CLI once had its own copy without DKIM, and sent
 * transactional mail unsigned).
 *
 * From the configuration:
 * - DKIM (`config.mail.dkim`): the engine signs the mailings it composes, the transport signs
 *   what it composes itself — sign-in links, application confirmations, the outbox
 *   (src/mail/transactional.ts: decisions, notifications, test sends);
 * - MAIL_CONCURRENCY: the engine's messages in flight and the transport's SMTP connections;
 * - MAIL_RATE_PER_SECOND and the rest of `config.mail`: the engine's settings
 *   (src/mail/engine/options.ts); the engine applies the rate to the mailings it sends;
 * - WORKER_CONCURRENCY: jobs run at once; MAIL_FROM, PUBLIC_URL; PLATFORM_SITE_URL (the
 *   footer's 「ウェブサイト」); SECRET_KEY (or the data directory's key) for the links in sign-in
 *   and confirmation mail.
 */
import type { Logger } from 'pino';
import { loadSecretKey } from '../auth/secret-key.js';
import type { Config } from '../config.js';
import type { Db } from '../db/create-db.js';
import {
  engineOptionsFromConfig,
  type MailEngineOptions,
  mergeEngineOptions,
} from '../mail/engine/options.js';
import { createSmtpTransport, type MailTransport } from '../mail/transport.js';
import { startWorker, type Worker, type WorkerDeps } from './worker.js';

/** What differs from the configuration: where things are, and what tests and benchmarks tune. */
export interface MailWorkerOverrides {
  /** The queue's database; default `config.databaseUrl` (the app passes its embedded Postgres's). */
  readonly databaseUrl?: string;
  /** Where mail goes; default `config.smtpUrl` (without it, the caller's local mailbox). */
  readonly smtpUrl?: string;
  /** Default: the configured key ({@link loadSecretKey}). */
  readonly secretKey?: Buffer;
  /** Jobs run at once; default `config.worker.concurrency`. */
  readonly concurrency?: number;
  /** How often to look for scheduled and retried jobs (ms); default 2 s. */
  readonly pollIntervalMs?: number;
  /** Engine settings over those of `config.mail` (tests and benchmarks: timings, sizes). */
  readonly mailEngine?: Partial<MailEngineOptions>;
  /** Give up on a silent SMTP server after this long (ms); default 60 s. */
  readonly socketTimeoutMs?: number;
  /** Wraps the transport, e.g. to time each send for /metrics. */
  readonly wrapTransport?: (transport: MailTransport) => MailTransport;
}

export interface MailWorker {
  readonly transport: MailTransport;
  readonly worker: Worker;
  /** What the tasks run with; the mail engine of this worker is keyed by it. */
  readonly deps: WorkerDeps;
  /**
   * Stops the worker — the engine stops claiming, running jobs finish the messages on the
   * wire — and only then closes the transport. Safe to call more than once.
   */
  stop(): Promise<void>;
}

export async function createMailWorker(
  config: Config,
  db: Db,
  log: Logger,
  overrides: MailWorkerOverrides = {},
): Promise<MailWorker> {
  const databaseUrl = overrides.databaseUrl ?? config.databaseUrl;
  const smtpUrl = overrides.smtpUrl ?? config.smtpUrl;
  // The callers resolve the embedded Postgres and the local mailbox before they get here.
  if (!databaseUrl) throw new Error('createMailWorker: no database URL (DATABASE_URL)');
  if (!smtpUrl) throw new Error('createMailWorker: no SMTP URL (SMTP_URL or the local mailbox)');
  const mailEngine = mergeEngineOptions(engineOptionsFromConfig(config.mail), overrides.mailEngine);
  const secretKey = overrides.secretKey ?? (await loadSecretKey(config));
  const { dkim } = mailEngine;
  const smtp = createSmtpTransport(smtpUrl, {
    // One connection per message the engine may have in flight.
    maxConnections: mailEngine.concurrency,
    ...(overrides.socketTimeoutMs ? { socketTimeoutMs: overrides.socketTimeoutMs } : {}),
    ...(dkim
      ? {
          dkim: {
            domainName: dkim.domain,
            keySelector: dkim.selector,
            privateKey: dkim.privateKey,
          },
        }
      : {}),
  });
  const transport = overrides.wrapTransport ? overrides.wrapTransport(smtp) : smtp;
  const deps: WorkerDeps = {
    connectionString: databaseUrl,
    db,
    transport,
    mailFrom: config.mailFrom,
    publicUrl: config.publicUrl,
    siteUrl: config.siteUrl,
    secretKey,
    concurrency: overrides.concurrency ?? config.worker.concurrency,
    log,
    mailEngine,
    ...(overrides.pollIntervalMs ? { pollIntervalMs: overrides.pollIntervalMs } : {}),
  };
  let worker: Worker;
  try {
    worker = await startWorker(deps);
  } catch (error) {
    await transport.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    transport,
    worker,
    deps,
    stop() {
      stopping ??= (async () => {
        try {
          await worker.stop();
        } finally {
          await transport.close();
        }
      })();
      return stopping;
    },
  };
}
