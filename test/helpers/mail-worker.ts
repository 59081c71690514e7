/**
 * The mail worker of a test: the service's own (src/jobs/mail-worker.ts), built from a
 * configuration as the app, the CLI and the benchmarks build theirs — so DKIM, the SMTP pool's
 * size (one connection per message the engine may have in flight) and the engine's rate are
 * those that ship (the engine test harness, test/mail/engine/helpers/harness.ts, starts its
 * workers here too). A test changes what it needs through `env` (configuration variables, e.g.
 * DKIM_*) or `overrides` (timings, a transport wrapper).
 */
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import {
  createMailWorker,
  type MailWorker,
  type MailWorkerOverrides,
} from '../../src/jobs/mail-worker.js';
import type { TestDatabase } from './database.js';

export const TEST_MAIL_FROM = 'secretariat@tsunagari.example.jp';

export interface TestMailWorkerOptions {
  readonly database: TestDatabase;
  /** Where mail goes: a local mailbox's or a sink's SMTP URL. */
  readonly smtpUrl: string;
  /** The links in sign-in and confirmation mail. */
  readonly publicUrl: string;
  readonly secretKey: Buffer;
  /** Default {@link TEST_MAIL_FROM}. */
  readonly mailFrom?: string;
  /** More configuration, as environment variables (NODE_ENV is `test`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Jobs at once (default 2), poll interval (default 100 ms), engine timings, a wrapper. */
  readonly overrides?: Omit<MailWorkerOverrides, 'databaseUrl' | 'smtpUrl' | 'secretKey'>;
}

/** Starts the worker; the caller stops it (`stop()` waits for running jobs, then the transport). */
export function startTestMailWorker(options: TestMailWorkerOptions): Promise<MailWorker> {
  const config = loadConfig({
    NODE_ENV: 'test',
    MAIL_FROM: options.mailFrom ?? TEST_MAIL_FROM,
    PUBLIC_URL: options.publicUrl,
    ...options.env,
  });
  return createMailWorker(
    config,
    options.database.db,
    pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    {
      concurrency: 2,
      pollIntervalMs: 100,
      ...options.overrides,
      databaseUrl: options.database.url,
      smtpUrl: options.smtpUrl,
      secretKey: options.secretKey,
    },
  );
}
