/**
 * Settings of the mail engine in one worker process. They come from the configuration
 * (src/config.ts `mail`); tests and benchmarks pass their own through the worker's deps.
 */
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { type DkimConfig, loadConfig, type MailConfig } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import type { MailTransport } from '../transport.js';

export interface MailEngineOptions {
  /** Messages in flight at once in this process. */
  readonly concurrency: number;
  /** Messages per second in this process; 0 = no limit. */
  readonly ratePerSecond: number;
  /** Deliveries claimed at a time by one send job. */
  readonly batchSize: number;
  /** Send jobs per mailing that may run at once (across all workers). */
  readonly jobsPerMailing: number;
  readonly maxAttempts: number;
  /** First retry delay (ms), doubled per further attempt, capped at {@link retryMaxMs}. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** Domain of the VERP Return-Path `bounce+<delivery id>@<domain>` and of the mailto unsubscribe. */
  readonly returnPathDomain: string;
  readonly dkim: DkimConfig | undefined;
  /** How long one send job runs before it hands over to a fresh job (bounds SIGTERM waits). */
  readonly jobBudgetMs: number;
  /** Heartbeat period of a running send job. */
  readonly heartbeatMs: number;
  /** A send job without a heartbeat for this long is presumed dead. */
  readonly staleAfterMs: number;
  /** Period of the watchdog that recovers dead jobs' deliveries while any mailing is sending. */
  readonly watchdogMs: number;
  /**
   * How long a send job keeps trying to record the outcomes of messages already sent while the
   * database is away; then it fails and recovery settles them (UNKNOWN).
   */
  readonly recordRetryMs: number;
  /** A send job claims its next batch while fewer than this many claimed deliveries wait. */
  readonly groupSize: number;
  /** Name of this host in heartbeats. */
  readonly host: string;
}

/** Engine settings derived from the service configuration. */
export function engineOptionsFromConfig(mail: MailConfig): MailEngineOptions {
  return {
    concurrency: mail.concurrency,
    ratePerSecond: mail.ratePerSecond,
    batchSize: mail.batchSize,
    jobsPerMailing: mail.jobsPerMailing,
    maxAttempts: mail.maxAttempts,
    retryBaseMs: mail.retryBaseSeconds * 1000,
    retryMaxMs: 6 * 60 * 60 * 1000,
    returnPathDomain: mail.returnPathDomain,
    dkim: mail.dkim,
    jobBudgetMs: 5000,
    heartbeatMs: 2000,
    staleAfterMs: 15_000,
    watchdogMs: 10_000,
    recordRetryMs: 30_000,
    groupSize: Math.max(2, mail.concurrency),
    host: hostname(),
  };
}

/**
 * Worker deps carry `mailEngine`: src/app.ts passes the full settings from the configuration;
 * tests pass a few overrides, completed from the configuration.
 */
export interface MailEngineDeps {
  readonly mailEngine?: Partial<MailEngineOptions>;
}

export function resolveEngineOptions(deps: MailEngineDeps): MailEngineOptions {
  const given = deps.mailEngine ?? {};
  const complete = 'host' in given && 'returnPathDomain' in given && 'jobBudgetMs' in given;
  const base = complete ? (given as MailEngineOptions) : engineOptionsFromConfig(loadConfig().mail);
  return mergeEngineOptions(base, given);
}

/** `given` over `base`; a concurrency given without a group size brings its own group size. */
export function mergeEngineOptions(
  base: MailEngineOptions,
  given: Partial<MailEngineOptions> = {},
): MailEngineOptions {
  const merged = { ...base, ...given };
  if (given.concurrency !== undefined && given.groupSize === undefined) {
    return { ...merged, groupSize: Math.max(2, given.concurrency) };
  }
  return merged;
}

/** What the engine works with: the database, the SMTP transport and the identity of the mail. */
export interface EngineDeps {
  readonly db: Db;
  readonly transport: MailTransport;
  readonly mailFrom: string;
  readonly publicUrl: string;
  /** The platform's website (config `siteUrl`); the footer's link of a mailing rendered here. */
  readonly siteUrl?: string | undefined;
  readonly secretKey: Buffer;
  readonly log: Logger;
}

/** The counts a connection slot adds to. */
export type SendCounts = {
  -readonly [K in 'sent' | 'retried' | 'failed' | 'unknown' | 'suppressed']: SendRunReport[K];
};

/** Counts of what one send job run did (logged; used by tests and the benchmark). */
export interface SendRunReport {
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
  readonly unknown: number;
  readonly suppressed: number;
  readonly released: number;
}
