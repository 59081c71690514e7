/**
 * Every environment variable the service reads: how it is parsed (zod) and how README.md's
 * configuration table documents it. src/config.ts turns the parsed values into the {@link Config}.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

export const ROLES = ['api', 'worker'] as const;

/**
 * The platform's own website, linked as 「ウェブサイト」 in every e-mail footer: the Cabinet
 * Office's 孤独・孤立対策 pages (the platform has no site of its own in the source documents).
 */
export const DEFAULT_PLATFORM_SITE_URL = 'https://www.cao.go.jp/kodoku_koritsu/';
export type Role = (typeof ROLES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** What config.ts knows of one variable. */
interface Variable {
  readonly schema: z.ZodType;
  /** Shown when the value is rejected. */
  readonly example: string;
  /** Never echoed back when rejected. */
  readonly secret?: true;
  /** The default as README.md's configuration table shows it (Markdown); `—` for none. */
  readonly default: string;
  /** What it sets, as README.md's configuration table says it (Markdown). */
  readonly meaning: string;
}

/**
 * One entry per variable: how it is parsed, and how README.md's configuration table documents
 * it (test/config-docs.test.ts keeps the table equal to these entries).
 */
export const variables = {
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']).default('development'),
    example: 'production',
    default: '`development`',
    meaning:
      '`development`, `production` or `test`; `production` requires `SECRET_KEY` and `SMTP_URL`',
  },
  DATA_DIR: {
    schema: z.string().min(1).default('.data'),
    example: '/var/lib/tsunagari',
    default: '`.data`',
    meaning:
      'where the embedded Postgres cluster, the local mailbox and (outside production) the generated secret key live',
  },
  DATABASE_URL: {
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// connection URL')
      .optional(),
    example: 'postgres://tsunagari:secret@db.internal:5432/tsunagari',
    default: '—',
    meaning:
      'a Postgres 14+ to use instead of the embedded one, e.g. `postgres://user:pass@host:5432/tsunagari`',
  },
  PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(4000),
    example: '4000',
    default: '`4000`',
    meaning: 'HTTP port',
  },
  HOST: {
    schema: z.string().min(1).default('127.0.0.1'),
    example: '0.0.0.0',
    default: '`127.0.0.1`',
    meaning: 'HTTP listen address; `0.0.0.0` to accept connections from other hosts',
  },
  PUBLIC_URL: {
    schema: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    example: 'https://tsunagari.example.go.jp',
    default: '`http://localhost:$PORT`',
    meaning: 'base of every absolute link in e-mails and pages',
  },
  PLATFORM_SITE_URL: {
    schema: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .default(DEFAULT_PLATFORM_SITE_URL),
    example: 'https://www.cao.go.jp/kodoku_koritsu/',
    default: '`https://www.cao.go.jp/kodoku_koritsu/`',
    meaning:
      "the platform's website, linked as 「ウェブサイト」 in every e-mail footer (absolute http(s); this server's root or `/graphql` — the GraphQL IDE — is refused)",
  },
  SMTP_URL: {
    schema: z
      .string()
      .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    example: 'smtps://user:password@smtp.example.jp:465',
    default: '—',
    meaning:
      'outgoing mail server, e.g. `smtps://user:pass@smtp.example.jp:465`; unset = local mailbox (development only: required when `NODE_ENV=production`)',
  },
  MAIL_FROM: {
    schema: z
      .string()
      .regex(
        /^(.*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/,
        'must be an address or "Name <address>"',
      )
      .default('孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.localhost>'),
    example: '"官民連携プラットフォーム事務局 <info@example.go.jp>"',
    default: '`孤独・孤立対策官民連携プラットフォーム事務局 <secretariat@tsunagari.localhost>`',
    meaning: 'sender of all mail',
  },
  LOG_LEVEL: {
    schema: z.enum(LOG_LEVELS).default('info'),
    example: 'debug',
    default: '`info`',
    meaning: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`',
  },
  ROLES: {
    schema: z
      .string()
      .default('api,worker')
      .transform((value) => value.split(',').map((role) => role.trim()))
      .pipe(z.array(z.enum(ROLES)).min(1)),
    example: 'api,worker',
    default: '`api,worker`',
    meaning: 'which roles this process runs: `api`, `worker` or both',
  },
  SEED_DEMO: {
    schema: z.enum(['auto', 'true', 'false']).default('auto'),
    example: 'false',
    default: '`auto`',
    meaning: 'load the demo register: `auto` (only on the embedded Postgres), `true`, `false`',
  },
  WORKER_PROCESS: {
    schema: z.enum(['child', 'inline']).default('child'),
    example: 'inline',
    default: '`child`',
    meaning:
      'with both roles: `child` runs the mail worker (and the local mailbox) in a supervised process of its own, restarted after a crash; `inline` keeps it in the API process',
  },
  WORKER_NICE: {
    schema: z.coerce.number().int().min(0).max(19).default(5),
    example: '0',
    default: '`5`',
    meaning:
      'how much lower the worker process runs in CPU priority than the API (nice, 0–19), so people using the API come first',
  },
  WORKER_CONCURRENCY: {
    schema: z.coerce.number().int().min(1).max(100).default(4),
    example: '4',
    default: '`4`',
    meaning: 'jobs one worker process runs at once',
  },
  SECRET_KEY: {
    schema: z.string().min(32, 'must be at least 32 characters of random text').optional(),
    example: '"$(openssl rand -base64 48)"',
    default: '—',
    meaning:
      'key that signs sign-in links and the links in e-mails, at least 32 characters of random text (`openssl rand -base64 48`); **required when `NODE_ENV=production`**; unset otherwise = a random key kept in `DATA_DIR`. Changing it invalidates the links already sent',
    secret: true,
  },
  SESSION_TTL_HOURS: {
    schema: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
    example: '336',
    default: '`336` (14 days)',
    meaning: 'how long a sign-in session lasts, in hours (1 to 2160)',
  },
  SIGN_IN_LIMIT_PER_ADDRESS: {
    schema: z.coerce.number().int().min(1).max(1000).default(5),
    example: '5',
    default: '`5`',
    meaning: 'sign-in link requests allowed per e-mail address in 15 minutes',
  },
  SIGN_IN_LIMIT_PER_IP: {
    schema: z.coerce.number().int().min(1).max(100000).default(30),
    example: '30',
    default: '`30`',
    meaning: 'sign-in link requests allowed per client IP in 15 minutes',
  },
  TRUST_PROXY: {
    schema: z
      .string()
      .default('false')
      .transform((value, ctx) => parseTrustProxy(value, ctx)),
    example: '1',
    default: '`false`',
    meaning:
      'proxies in front whose `X-Forwarded-For` entries are believed: a hop count (`1`: one load balancer; `true` means `1`), or their addresses and CIDR blocks (`10.0.0.0/8,loopback`); the client is the nearest address that is not one of them',
  },
  CORS_ORIGINS: {
    schema: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim().replace(/\/+$/, ''))
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.union([
            z.literal('*'),
            z.url({ protocol: /^https?$/, error: 'each origin must be an http(s) origin or *' }),
          ]),
        ),
      ),
    example: 'https://partner.example.jp,https://portal.example.go.jp',
    default: '—',
    meaning:
      'browser origins allowed to call `/graphql`, comma-separated (e.g. `https://partner.example.jp`), or `*` for any; unset = none',
  },
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).max(1_000_000).default(300),
    example: '300',
    default: '`300`',
    meaning: '`/graphql` requests per minute per client IP of anonymous callers',
  },
  RATE_LIMIT_API_KEY_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).max(1_000_000).default(1200),
    example: '1200',
    default: '`1200`',
    meaning: '`/graphql` requests per minute per API key or signed-in account',
  },
  RESPONSE_CACHE_SECONDS: {
    schema: z.coerce.number().int().min(0).max(300).default(60),
    example: '0',
    default: '`60`',
    meaning:
      'how long this process serves a public answer (a query asked anonymously or with an API key that selects only public fields) again from memory instead of running it, 0–300; every mutation empties the cache at once, other changes (the worker, the CLI, another process) show within this time; `0` turns it off',
  },
  EMBEDDED_PG_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(0),
    example: '54320',
    default: '`0` (free port)',
    meaning: 'port of the embedded Postgres (loopback only)',
  },
  MAILBOX_SMTP_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(0),
    example: '2525',
    default: '`0` (free port)',
    meaning: "port of the local mailbox's SMTP server (loopback only)",
  },
  MAIL_CONCURRENCY: {
    schema: z.coerce.number().int().min(1).max(100).default(5),
    example: '5',
    default: '`5`',
    meaning: 'mail engine: messages in flight per worker process (its SMTP connections)',
  },
  MAIL_RATE_PER_SECOND: {
    schema: z.coerce.number().min(0).max(100000).default(0),
    example: '50',
    default: '`0` (no limit)',
    meaning: 'mail engine: messages per second per worker process',
  },
  MAIL_BATCH_SIZE: {
    schema: z.coerce.number().int().min(1).max(1000).default(100),
    example: '100',
    default: '`100`',
    meaning: 'mail engine: deliveries a send job claims at a time',
  },
  MAIL_JOBS_PER_MAILING: {
    schema: z.coerce.number().int().min(1).max(64).default(2),
    example: '4',
    default: '`2`',
    meaning:
      'mail engine: send jobs per mailing at once; set to at least the number of worker processes',
  },
  MAIL_MAX_ATTEMPTS: {
    schema: z.coerce.number().int().min(1).max(50).default(8),
    example: '8',
    default: '`8`',
    meaning: 'mail engine: attempts of a temporarily failing delivery before it is FAILED',
  },
  MAIL_RETRY_BASE_SECONDS: {
    schema: z.coerce.number().min(0.01).max(86400).default(60),
    example: '60',
    default: '`60`',
    meaning: 'mail engine: first retry delay, doubled per attempt',
  },
  MAIL_RETURN_PATH_DOMAIN: {
    schema: z
      .string()
      .regex(
        /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/,
        'must be a domain name',
      )
      .optional(),
    example: 'bounces.example.go.jp',
    default: 'domain of `MAIL_FROM`',
    meaning:
      'domain of the per-delivery Return-Path `bounce+<id>@…` (VERP) and the mailto unsubscribe address',
  },
  DKIM_DOMAIN: {
    schema: z
      .string()
      .regex(
        /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/,
        'must be a domain name',
      )
      .optional(),
    example: 'example.go.jp',
    default: '—',
    meaning:
      'DKIM signing of mailings: the signing domain, e.g. `example.go.jp` (all DKIM settings or none)',
  },
  DKIM_SELECTOR: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'must be a DNS label such as "tsunagari1"')
      .optional(),
    example: 'tsunagari1',
    default: '—',
    meaning: 'DKIM signing: the selector, e.g. `tsunagari1`',
  },
  DKIM_PRIVATE_KEY: {
    schema: z.string().min(1).optional(),
    example: '"$(cat dkim-private.pem)"',
    default: '—',
    meaning: 'DKIM signing: the RSA private key (PEM) as text; or give `DKIM_PRIVATE_KEY_FILE`',
    secret: true,
  },
  DKIM_PRIVATE_KEY_FILE: {
    schema: z.string().min(1).optional(),
    example: '/run/secrets/dkim-private.pem',
    default: '—',
    meaning: 'DKIM signing: the path of the RSA private key (PEM); or give `DKIM_PRIVATE_KEY`',
  },
  MAILBOX: {
    schema: z.enum(['auto', 'on', 'off', 'unsafe-public']).default('auto'),
    example: 'off',
    default: '`auto`',
    meaning:
      'serve the local mailbox at `/mailbox`: `auto` (only with `SMTP_URL` unset, a loopback `HOST` and no `TRUST_PROXY`), `on` (refuses any other `HOST`), `off`, `unsafe-public`',
  },
  METRICS_TOKEN: {
    schema: z.string().min(24, 'must be at least 24 characters of random text').optional(),
    example: '"$(openssl rand -base64 32)"',
    default: '—',
    meaning:
      'bearer secret of `GET /metrics`; unset = `/metrics` is served only on a loopback `HOST` with no `TRUST_PROXY`',
    secret: true,
  },
  METRICS_OPERATIONS: {
    schema: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(
            z.string().regex(/^[_A-Za-z][_0-9A-Za-z]{0,99}$/, 'each must be an operation name'),
          )
          .max(200, 'at most 200 names'),
      ),
    example: 'MembersOfPrefecture,MeasuresOfMinistry',
    default: '—',
    meaning:
      'GraphQL operation names counted by name in the metrics, e.g. `Directory,Measures`; any other name counts as `other`',
  },
  BOUNCE_WEBHOOK_SECRET: {
    schema: z.string().min(24, 'must be at least 24 characters of random text').optional(),
    example: '"$(openssl rand -base64 32)"',
    default: '—',
    meaning:
      'bearer secret of `POST /bounces` (bounce/complaint intake); unset = the endpoint is off',
    secret: true,
  },
} as const satisfies Record<string, Variable>;

export type Variables = typeof variables;

/** A variable as README.md's configuration table documents it. */
export interface DocumentedVariable {
  readonly name: string;
  readonly default: string;
  readonly meaning: string;
}

/** Every variable {@link loadConfig} reads, in the order of README.md's configuration table. */
export const CONFIGURATION_VARIABLES: readonly DocumentedVariable[] = Object.entries(variables).map(
  ([name, variable]) => ({ name, default: variable.default, meaning: variable.meaning }),
);
export type Parsed = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

/**
 * Trusted proxies: `hops` proxies in front of this server (0: none, the socket peer is the
 * client), or the proxies whose addresses lie in `ranges` (addresses and CIDR blocks).
 */
export type TrustProxy =
  | { readonly hops: number; readonly ranges?: undefined }
  | { readonly ranges: readonly string[]; readonly hops?: undefined };

/** Names accepted in a TRUST_PROXY list, as in Express's `trust proxy`. */
export const TRUST_PROXY_NAMES: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `false`, `true` (one proxy), a hop count, or a list of addresses, CIDR blocks and names. */
function parseTrustProxy(value: string, ctx: z.RefinementCtx): TrustProxy {
  const text = value.trim().toLowerCase();
  if (text === 'false') return Object.freeze({ hops: 0 });
  // `true` once meant "the first X-Forwarded-For entry", which the client writes itself; it
  // now means the usual setup, one load balancer in front.
  if (text === 'true') return Object.freeze({ hops: 1 });
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops <= 10) return Object.freeze({ hops });
  }
  const ranges: string[] = [];
  for (const entry of text.split(',').map((e) => e.trim())) {
    const named = TRUST_PROXY_NAMES[entry];
    if (named) {
      ranges.push(...named);
      continue;
    }
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const maxPrefix = family === 4 ? 32 : 128;
    const prefixOk =
      prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix);
    if (family === 0 || !prefixOk || extra !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(entry)} is not a hop count (0-10), true, false, an IP address, a CIDR block or one of ${Object.keys(TRUST_PROXY_NAMES).join(', ')}`,
      });
      return Object.freeze({ hops: 0 });
    }
    ranges.push(prefix === undefined ? `${address}/${maxPrefix}` : entry);
  }
  return Object.freeze({ ranges: Object.freeze(ranges) });
}
