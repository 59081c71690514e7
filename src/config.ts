/**
 * The only reader of `process.env`. Every variable is parsed and validated here once; the rest
 * of the service receives a frozen {@link Config}. A bad value stops start-up with a message that
 * names the variable, what is wrong with it and an example of a good value.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  DEFAULT_PLATFORM_SITE_URL,
  type Parsed,
  type Role,
  type TrustProxy,
  variables,
} from './config-variables.js';

export {
  CONFIGURATION_VARIABLES,
  DEFAULT_PLATFORM_SITE_URL,
  type DocumentedVariable,
  type Role,
  TRUST_PROXY_NAMES,
  type TrustProxy,
} from './config-variables.js';

export interface Config {
  readonly env: Parsed['NODE_ENV'];
  /** Absolute path of the data directory (embedded Postgres, local mailbox, uploads). */
  readonly dataDir: string;
  /** Connection URL of an external Postgres; `undefined` means "start the embedded one". */
  readonly databaseUrl: string | undefined;
  readonly http: { readonly port: number; readonly host: string };
  /** Base of every absolute link we hand out (e-mails, sign-in pages). */
  readonly publicUrl: string;
  /** `PUBLIC_URL` when it was set, else `PORT` (the default `http://localhost:<PORT>`). */
  readonly publicUrlSource: 'PUBLIC_URL' | 'PORT';
  /**
   * The platform's website (PLATFORM_SITE_URL), the e-mail footer's 「ウェブサイト」 link. Never
   * this server: its root is the GraphQL IDE.
   */
  readonly siteUrl: string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly logLevel: Parsed['LOG_LEVEL'];
  readonly roles: ReadonlySet<Role>;
  /** Load the demo register at start-up (default: only on the embedded Postgres). */
  readonly seedDemo: boolean;
  readonly worker: {
    readonly concurrency: number;
    /**
     * With both roles under `npm start`: the worker in a supervised child process (`child`) or
     * in the API's own process (`inline`). See src/jobs/worker-process.ts.
     */
    readonly process: 'child' | 'inline';
    /** How much lower the worker process's CPU priority is than the API's (0–19). */
    readonly nice: number;
  };
  /**
   * Key for HMAC-derived tokens (sign-in links, signed e-mail links). Unset outside production:
   * a random key is kept in the data directory (src/auth/secret-key.ts).
   */
  readonly secretKey: string | undefined;
  readonly auth: {
    readonly sessionTtlHours: number;
    /** Sign-in link requests allowed per address and per client IP in 15 minutes. */
    readonly signInLimitPerAddress: number;
    readonly signInLimitPerIp: number;
  };
  /** Which proxies in front may tell the client's address in X-Forwarded-For (src/http/client-ip.ts). */
  readonly trustProxy: TrustProxy;
  /**
   * Serve the local mailbox's messages at /mailbox. Only with the local mailbox (SMTP_URL unset)
   * and, unless MAILBOX=unsafe-public, only when the HTTP server is not reachable from other hosts.
   */
  readonly serveMailbox: boolean;
  readonly metrics: {
    /** Bearer secret of /metrics; unset: /metrics is served only on a loopback-only server. */
    readonly token: string | undefined;
    /** Operation names counted by name in the metrics (others count as `other`). */
    readonly operationNames: readonly string[];
  };
  /** Browser origins allowed to call /graphql (CORS); `*` allows any. Empty: none. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute: per client IP for anonymous callers, per key (or account) otherwise. */
  readonly rateLimits: { readonly anonymousPerMinute: number; readonly apiKeyPerMinute: number };
  /** Seconds a public GraphQL answer is served from memory; 0: never (src/graphql/response-cache.ts). */
  readonly responseCacheSeconds: number;
  readonly embeddedPostgresPort: number;
  readonly mailboxSmtpPort: number;
  /** The mail engine (docs/mail-engine.md). */
  readonly mail: MailConfig;
}

/** Settings of the mail engine; each worker process applies them to itself. */
export interface MailConfig {
  /** Messages in flight at once per worker process (and SMTP connections it opens). */
  readonly concurrency: number;
  /** Messages per second per worker process; 0 = no limit. */
  readonly ratePerSecond: number;
  /** Deliveries one send job claims at a time. */
  readonly batchSize: number;
  /** Send jobs per mailing that may run at once (across all worker processes). */
  readonly jobsPerMailing: number;
  /** Attempts of one delivery before a temporary failure becomes FAILED. */
  readonly maxAttempts: number;
  /** First retry delay; doubled on every further attempt. */
  readonly retryBaseSeconds: number;
  /** Domain of the per-delivery Return-Path (VERP) `bounce+<delivery id>@<domain>`. */
  readonly returnPathDomain: string;
  /** DKIM signing key, when configured. */
  readonly dkim: DkimConfig | undefined;
  /** Bearer secret of POST /bounces; unset = the endpoint is off. */
  readonly bounceWebhookSecret: string | undefined;
}

export interface DkimConfig {
  readonly domain: string;
  readonly selector: string;
  /** PEM private key (RSA). */
  readonly privateKey: string;
}

/** True for a listen address only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Hides the password of a `scheme://user:password@host` URL so error output leaks no secret. */
export function redactCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Parses the environment; throws a {@link ConfigError} listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(variables)) {
    const { schema, example } = variable;
    // An empty string counts as unset, as in most .env conventions.
    const raw = env[name] === '' ? undefined : env[name];
    const result = (schema as z.ZodType).safeParse(raw);
    if (result.success) {
      parsed[name] = result.data;
    } else {
      const reason = result.error.issues.map((issue) => issue.message).join('; ');
      const shown =
        raw === undefined
          ? 'undefined'
          : 'secret' in variable
            ? `(hidden, ${raw.length} characters)`
            : JSON.stringify(redactCredentials(raw));
      problems.push(`${name}=${shown} is invalid: ${reason}. Example: ${name}=${example}`);
    }
  }
  const p = parsed as Parsed;
  if (p.NODE_ENV === 'production' && !p.SECRET_KEY && problems.length === 0) {
    problems.push(
      'SECRET_KEY is required when NODE_ENV=production (sign-in links and e-mail links are signed with it). Example: SECRET_KEY="$(openssl rand -base64 48)"',
    );
  }
  if (p.NODE_ENV === 'production' && !p.SMTP_URL && problems.length === 0) {
    problems.push(
      'SMTP_URL is required when NODE_ENV=production: without it every e-mail, sign-in links included, goes to the local development mailbox. Example: SMTP_URL=smtps://user:password@smtp.example.jp:465',
    );
  }
  const port = p.PORT;
  const publicUrl = p.PUBLIC_URL ?? `http://localhost:${port}`;
  if (problems.length === 0 && isThisServersRoot(p.PLATFORM_SITE_URL, publicUrl)) {
    problems.push(
      `PLATFORM_SITE_URL=${JSON.stringify(p.PLATFORM_SITE_URL)} is this server's own address, where the GraphQL IDE is served; the e-mail footer's 「ウェブサイト」 link must go to the platform's website. Example: PLATFORM_SITE_URL=${DEFAULT_PLATFORM_SITE_URL}`,
    );
  }
  const serveMailbox = problems.length === 0 ? mailboxServed(p, problems) : false;
  const dkim = problems.length === 0 ? loadDkim(p, problems) : undefined;
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    env: p.NODE_ENV,
    dataDir: path.resolve(p.DATA_DIR),
    databaseUrl: p.DATABASE_URL,
    http: Object.freeze({ port, host: p.HOST }),
    publicUrl,
    publicUrlSource: p.PUBLIC_URL ? 'PUBLIC_URL' : 'PORT',
    siteUrl: p.PLATFORM_SITE_URL,
    smtpUrl: p.SMTP_URL,
    mailFrom: p.MAIL_FROM,
    logLevel: p.LOG_LEVEL,
    roles: new Set(p.ROLES),
    seedDemo: p.SEED_DEMO === 'auto' ? p.DATABASE_URL === undefined : p.SEED_DEMO === 'true',
    worker: Object.freeze({
      concurrency: p.WORKER_CONCURRENCY,
      process: p.WORKER_PROCESS,
      nice: p.WORKER_NICE,
    }),
    secretKey: p.SECRET_KEY,
    auth: Object.freeze({
      sessionTtlHours: p.SESSION_TTL_HOURS,
      signInLimitPerAddress: p.SIGN_IN_LIMIT_PER_ADDRESS,
      signInLimitPerIp: p.SIGN_IN_LIMIT_PER_IP,
    }),
    trustProxy: p.TRUST_PROXY,
    serveMailbox,
    metrics: Object.freeze({
      token: p.METRICS_TOKEN,
      operationNames: Object.freeze([...p.METRICS_OPERATIONS]),
    }),
    corsOrigins: Object.freeze([...p.CORS_ORIGINS]),
    rateLimits: Object.freeze({
      anonymousPerMinute: p.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      apiKeyPerMinute: p.RATE_LIMIT_API_KEY_PER_MINUTE,
    }),
    responseCacheSeconds: p.RESPONSE_CACHE_SECONDS,
    embeddedPostgresPort: p.EMBEDDED_PG_PORT,
    mailboxSmtpPort: p.MAILBOX_SMTP_PORT,
    mail: Object.freeze({
      concurrency: p.MAIL_CONCURRENCY,
      ratePerSecond: p.MAIL_RATE_PER_SECOND,
      batchSize: p.MAIL_BATCH_SIZE,
      jobsPerMailing: p.MAIL_JOBS_PER_MAILING,
      maxAttempts: p.MAIL_MAX_ATTEMPTS,
      retryBaseSeconds: p.MAIL_RETRY_BASE_SECONDS,
      returnPathDomain: p.MAIL_RETURN_PATH_DOMAIN ?? domainOf(p.MAIL_FROM),
      dkim,
      bounceWebhookSecret: p.BOUNCE_WEBHOOK_SECRET,
    }),
  });
}

/** True when `url` is `publicUrl`'s root or its /graphql, i.e. the GraphQL IDE of this server. */
function isThisServersRoot(url: string, publicUrl: string): boolean {
  const site = new URL(url);
  const self = new URL(publicUrl);
  if (site.origin !== self.origin) return false;
  const path = site.pathname.replace(/\/+$/, '');
  const base = self.pathname.replace(/\/+$/, '');
  return path === base || path === `${base}/graphql`;
}

/**
 * Whether /mailbox is served. It shows every e-mail, sign-in links included, so whoever can read
 * it can sign in as anyone: only on a server other hosts cannot reach (a loopback HOST and no
 * proxy in front), unless MAILBOX=unsafe-public says so in as many words.
 */
function mailboxServed(p: Parsed, problems: string[]): boolean {
  const mode = p.MAILBOX;
  if (mode === 'off') return false;
  if (p.SMTP_URL) {
    if (mode !== 'auto') {
      problems.push(
        `MAILBOX=${mode} needs SMTP_URL unset: the local mailbox only receives mail when no SMTP server is configured. Example: MAILBOX=auto`,
      );
    }
    return false;
  }
  const local = isLoopbackHost(p.HOST) && p.TRUST_PROXY.hops === 0;
  if (mode === 'auto') return local;
  if (mode === 'on' && !local) {
    problems.push(
      `MAILBOX=on refuses HOST=${p.HOST}${p.TRUST_PROXY.hops === 0 ? '' : ' behind a proxy (TRUST_PROXY)'}: /mailbox shows every e-mail, sign-in links included, to anyone who reaches the server. Use a loopback HOST (127.0.0.1), or MAILBOX=unsafe-public if you really mean it. Example: MAILBOX=on HOST=127.0.0.1`,
    );
    return false;
  }
  return true;
}

/** The domain of `Name <local@domain>` or `local@domain`. */
function domainOf(mailbox: string): string {
  return /@([^>\s]+)>?\s*$/.exec(mailbox)?.[1]?.toLowerCase() ?? 'localhost';
}

/** DKIM is all or nothing: domain, selector and one key source, and the key must parse. */
function loadDkim(p: Parsed, problems: string[]): DkimConfig | undefined {
  const given = {
    DKIM_DOMAIN: p.DKIM_DOMAIN,
    DKIM_SELECTOR: p.DKIM_SELECTOR,
    'DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE': p.DKIM_PRIVATE_KEY ?? p.DKIM_PRIVATE_KEY_FILE,
  };
  const missing = Object.entries(given).filter(([, value]) => value === undefined);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    problems.push(
      `DKIM signing needs DKIM_DOMAIN, DKIM_SELECTOR and a private key; missing ${missing.map(([name]) => name).join(', ')}. Example: DKIM_DOMAIN=example.go.jp DKIM_SELECTOR=tsunagari1 DKIM_PRIVATE_KEY_FILE=/run/secrets/dkim-private.pem`,
    );
    return undefined;
  }
  if (p.DKIM_PRIVATE_KEY && p.DKIM_PRIVATE_KEY_FILE) {
    problems.push('Set only one of DKIM_PRIVATE_KEY and DKIM_PRIVATE_KEY_FILE, not both.');
    return undefined;
  }
  let privateKey: string;
  if (p.DKIM_PRIVATE_KEY_FILE) {
    try {
      privateKey = readFileSync(p.DKIM_PRIVATE_KEY_FILE, 'utf8');
    } catch (error) {
      problems.push(
        `DKIM_PRIVATE_KEY_FILE=${JSON.stringify(p.DKIM_PRIVATE_KEY_FILE)} cannot be read (${(error as Error).message}). Example: DKIM_PRIVATE_KEY_FILE=/run/secrets/dkim-private.pem`,
      );
      return undefined;
    }
  } else {
    // A key passed in one line with literal \n (as some secret stores do) is accepted too.
    privateKey = (p.DKIM_PRIVATE_KEY ?? '').replace(/\\n/g, '\n');
  }
  try {
    const key = createPrivateKey(privateKey);
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`a ${key.asymmetricKeyType} key`);
  } catch (error) {
    problems.push(
      `The DKIM private key (${p.DKIM_PRIVATE_KEY_FILE ? 'DKIM_PRIVATE_KEY_FILE' : 'DKIM_PRIVATE_KEY'}) is not a PEM RSA private key: ${(error as Error).message}. Example: openssl genrsa -out dkim-private.pem 2048`,
    );
    return undefined;
  }
  return Object.freeze({
    domain: (p.DKIM_DOMAIN ?? '').toLowerCase(),
    selector: p.DKIM_SELECTOR ?? '',
    privateKey,
  });
}
