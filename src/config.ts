/**
 * The only reader of `process.env`. Every variable is parsed and validated here once; the rest
 * of the service receives a frozen {@link Config}. A bad value stops start-up with a message that
 * names the variable, what is wrong with it and an example of a good value.
 */
import path from 'node:path';
import { z } from 'zod';

const ROLES = ['api', 'worker'] as const;
export type Role = (typeof ROLES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One entry per variable: its schema and an example shown when the value is rejected. */
const variables = {
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']).default('development'),
    example: 'production',
  },
  DATA_DIR: { schema: z.string().min(1).default('.data'), example: '/var/lib/tsunagari' },
  DATABASE_URL: {
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// connection URL')
      .optional(),
    example: 'postgres://tsunagari:secret@db.internal:5432/tsunagari',
  },
  PORT: { schema: z.coerce.number().int().min(0).max(65535).default(4000), example: '4000' },
  HOST: { schema: z.string().min(1).default('127.0.0.1'), example: '0.0.0.0' },
  PUBLIC_URL: {
    schema: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    example: 'https://tsunagari.example.go.jp',
  },
  SMTP_URL: {
    schema: z
      .string()
      .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    example: 'smtps://user:password@smtp.example.jp:465',
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
  },
  LOG_LEVEL: { schema: z.enum(LOG_LEVELS).default('info'), example: 'debug' },
  ROLES: {
    schema: z
      .string()
      .default('api,worker')
      .transform((value) => value.split(',').map((role) => role.trim()))
      .pipe(z.array(z.enum(ROLES)).min(1)),
    example: 'api,worker',
  },
  SEED_DEMO: {
    schema: z.enum(['auto', 'true', 'false']).default('auto'),
    example: 'false',
  },
  WORKER_CONCURRENCY: {
    schema: z.coerce.number().int().min(1).max(100).default(4),
    example: '4',
  },
  SECRET_KEY: {
    schema: z.string().min(32, 'must be at least 32 characters of random text').optional(),
    example: '"$(openssl rand -base64 48)"',
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
  },
  SIGN_IN_LIMIT_PER_ADDRESS: {
    schema: z.coerce.number().int().min(1).max(1000).default(5),
    example: '5',
  },
  SIGN_IN_LIMIT_PER_IP: {
    schema: z.coerce.number().int().min(1).max(100000).default(30),
    example: '30',
  },
  TRUST_PROXY: {
    schema: z.enum(['true', 'false']).default('false'),
    example: 'true',
  },
  EMBEDDED_PG_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(0),
    example: '54320',
  },
  MAILBOX_SMTP_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(0),
    example: '2525',
  },
} as const;

type Variables = typeof variables;
type Parsed = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

export interface Config {
  readonly env: Parsed['NODE_ENV'];
  /** Absolute path of the data directory (embedded Postgres, local mailbox, uploads). */
  readonly dataDir: string;
  /** Connection URL of an external Postgres; `undefined` means "start the embedded one". */
  readonly databaseUrl: string | undefined;
  readonly http: { readonly port: number; readonly host: string };
  /** Base of every absolute link we hand out (e-mails, sign-in pages). */
  readonly publicUrl: string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly logLevel: Parsed['LOG_LEVEL'];
  readonly roles: ReadonlySet<Role>;
  /** Load the demo register at start-up (default: only on the embedded Postgres). */
  readonly seedDemo: boolean;
  readonly worker: { readonly concurrency: number };
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
  /** Take the client IP from the first X-Forwarded-For hop (behind a trusted load balancer). */
  readonly trustProxy: boolean;
  readonly embeddedPostgresPort: number;
  readonly mailboxSmtpPort: number;
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
  if (problems.length > 0) throw new ConfigError(problems);
  const port = p.PORT;
  return Object.freeze({
    env: p.NODE_ENV,
    dataDir: path.resolve(p.DATA_DIR),
    databaseUrl: p.DATABASE_URL,
    http: Object.freeze({ port, host: p.HOST }),
    publicUrl: p.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: p.SMTP_URL,
    mailFrom: p.MAIL_FROM,
    logLevel: p.LOG_LEVEL,
    roles: new Set(p.ROLES),
    seedDemo: p.SEED_DEMO === 'auto' ? p.DATABASE_URL === undefined : p.SEED_DEMO === 'true',
    worker: Object.freeze({ concurrency: p.WORKER_CONCURRENCY }),
    secretKey: p.SECRET_KEY,
    auth: Object.freeze({
      sessionTtlHours: p.SESSION_TTL_HOURS,
      signInLimitPerAddress: p.SIGN_IN_LIMIT_PER_ADDRESS,
      signInLimitPerIp: p.SIGN_IN_LIMIT_PER_IP,
    }),
    trustProxy: p.TRUST_PROXY === 'true',
    embeddedPostgresPort: p.EMBEDDED_PG_PORT,
    mailboxSmtpPort: p.MAILBOX_SMTP_PORT,
  });
}
