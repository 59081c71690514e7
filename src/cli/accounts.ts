/** `accounts create|list` and `api-keys create|list|revoke`. */
import { z } from 'zod';
import { recordAuditEntries } from '../audit/audit.js';
import type { AccountRole } from '../db/tables/accounts.js';
import { globalIdOf, readId } from '../lib/global-id.js';
import { isUuid } from '../lib/uuid.js';
import {
  findAccountByEmail,
  findOrganizationName,
  listAccounts,
} from '../modules/accounts/account.repository.js';
import { createAccount } from '../modules/accounts/account.service.js';
import { findApiKey, listApiKeys, revokeApiKey } from '../modules/accounts/api-key.repository.js';
import { issueApiKey } from '../modules/accounts/api-key.service.js';
import { CliError, type CommandSpec, EXIT, UsageError } from './command.js';
import { formatTable } from './output.js';

const ROLES: Record<string, AccountRole> = {
  'secretariat-admin': 'SECRETARIAT_ADMIN',
  'secretariat-staff': 'SECRETARIAT_STAFF',
  member: 'MEMBER',
};

function parseRole(value: string): AccountRole | undefined {
  const key = value.trim().toLowerCase().replaceAll('_', '-');
  return ROLES[key];
}

function noArguments(positionals: readonly string[], command: string): void {
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, command);
}

function requiredString(value: unknown, option: string, command: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`missing --${option}`, command);
  }
  return value.trim();
}

function timestamp(date: Date | null): string {
  return date ? date.toISOString().replace('T', ' ').slice(0, 16) : '-';
}

export const createAccountCommand: CommandSpec = {
  path: ['accounts', 'create'],
  summary: 'Create a secretariat or member user account.',
  description: `Accounts have no password: the person signs in with a link sent to the address
(/sign-in). A member account belongs to one organisation (--organization: its ID as the API
shows it, or its 団体ID as in "export members"). The creation is recorded in the audit trail.`,
  options: {
    email: {
      type: 'string',
      valueName: 'ADDRESS',
      description: 'Sign-in e-mail address (required).',
    },
    name: { type: 'string', valueName: 'NAME', description: 'Display name (required).' },
    role: {
      type: 'string',
      valueName: 'ROLE',
      description: 'secretariat-admin, secretariat-staff or member (required).',
    },
    organization: {
      type: 'string',
      valueName: 'ID',
      description:
        'The organisation of a member account: its ID as the API shows it, or its 団体ID (UUID).',
    },
    'organization-admin': {
      type: 'boolean',
      description: "A member account may manage its organisation's users.",
    },
  },
  examples: [
    'tsunagari accounts create --email sato@example.go.jp --name "佐藤 花子" --role secretariat-admin',
    'tsunagari accounts create --email info@npo.example.jp --name "山田 太郎" --role member --organization 3d92db17-9ece-4e28-b0b0-00a5726a95d6 --organization-admin',
  ],
  async run(context, { values, positionals }) {
    const command = 'accounts create';
    noArguments(positionals, command);
    const email = requiredString(values.email, 'email', command);
    const displayName = requiredString(values.name, 'name', command);
    const role = parseRole(requiredString(values.role, 'role', command));
    if (!role) {
      throw new UsageError(
        `--role must be secretariat-admin, secretariat-staff or member, not "${values.role}"`,
        command,
      );
    }
    if (!z.email().safeParse(email).success) {
      throw new UsageError(`"${email}" is not an e-mail address`, command);
    }
    const givenOrganization = values.organization as string | undefined;
    if (role === 'MEMBER' && !givenOrganization) {
      throw new UsageError('a member account needs --organization (the 団体ID)', command);
    }
    if (role !== 'MEMBER' && givenOrganization) {
      throw new UsageError(
        'only member accounts belong to an organisation; drop --organization',
        command,
      );
    }
    let organization: string | undefined;
    if (givenOrganization) {
      const reading = readId(['Organization'], givenOrganization);
      if (!reading.ok || !isUuid(reading.id)) {
        throw new UsageError(
          `--organization: ${reading.ok ? `「${givenOrganization}」は団体（Organization）の ID ではありません。` : reading.message}`,
          command,
        );
      }
      organization = reading.id;
    }
    const db = await context.database();
    const organizationName = organization
      ? await findOrganizationName(db, organization)
      : undefined;
    if (organization && organizationName === undefined) {
      throw new CliError(`no organisation has the ID ${givenOrganization}`);
    }
    if (await findAccountByEmail(db, email)) {
      throw new CliError(`an account with the address ${email} already exists`);
    }
    const account = {
      ...(await createAccount(db, context.actor, {
        email,
        displayName,
        role,
        organizationId: organization ?? null,
        isOrganizationAdmin: Boolean(organization && values['organization-admin'] === true),
      })),
      organizationName,
    };
    context.out(
      `Created account ${globalIdOf('Account', account.id)}: ${account.email} (${account.role}${account.organizationName ? ` of ${account.organizationName}${account.isOrganizationAdmin ? ', organisation admin' : ''}` : ''}).`,
    );
    const publicUrl = await context.publicUrl();
    context.err(
      `${account.displayName} signs in at ${publicUrl.url}/sign-in with ${account.email}.`,
    );
    context.err(`(public URL from ${publicUrl.source})`);
    return EXIT.OK;
  },
};

export const listAccountsCommand: CommandSpec = {
  path: ['accounts', 'list'],
  summary: 'List accounts (oldest first).',
  options: {
    role: { type: 'string', valueName: 'ROLE', description: 'Only this role.' },
  },
  examples: ['tsunagari accounts list --role secretariat-admin'],
  async run(context, { values, positionals }) {
    noArguments(positionals, 'accounts list');
    const role = values.role === undefined ? null : parseRole(String(values.role));
    if (role === undefined) {
      throw new UsageError(
        `--role must be secretariat-admin, secretariat-staff or member`,
        'accounts list',
      );
    }
    const db = await context.database();
    const accounts = await listAccounts(db, { role }, { limit: 100_000, offset: 0 });
    context.io.stdout.write(
      formatTable(
        ['ID', 'E-MAIL', 'ROLE', 'NAME', 'DISABLED', 'LAST SIGN-IN'],
        accounts.map((a) => [
          globalIdOf('Account', a.id),
          a.email,
          a.role,
          a.displayName,
          a.disabledAt ? 'yes' : 'no',
          timestamp(a.lastSignInAt),
        ]),
      ),
    );
    context.err(`${accounts.length} account${accounts.length === 1 ? '' : 's'}.`);
    return EXIT.OK;
  },
};

/** `2026-12-31` (end of that day in Japan) or an ISO timestamp. */
function parseExpiry(value: string): Date | undefined {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(`${value}T23:59:59+09:00`)
    : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const createApiKeyCommand: CommandSpec = {
  path: ['api-keys', 'create'],
  summary: 'Create a read-only partner API key; prints the key once.',
  description: `Standard output gets the key alone (so KEY=$(tsunagari api-keys create …) works);
only a hash of its secret is stored, so it cannot be shown again. Partners send it as
"Authorization: Bearer tsu_live_…" or "x-api-key: tsu_live_…".`,
  options: {
    name: { type: 'string', valueName: 'NAME', description: 'Who the key is for (required).' },
    expires: {
      type: 'string',
      valueName: 'DATE',
      description: 'Expiry: 2027-03-31 (end of that day, Japan time) or an ISO timestamp.',
    },
  },
  examples: ['tsunagari api-keys create --name "○○県 孤独・孤立対策ポータル" --expires 2027-03-31'],
  async run(context, { values, positionals }) {
    const command = 'api-keys create';
    noArguments(positionals, command);
    const name = requiredString(values.name, 'name', command);
    let expiresAt: Date | null = null;
    if (values.expires !== undefined) {
      const parsed = parseExpiry(String(values.expires));
      if (!parsed) throw new UsageError(`--expires "${values.expires}" is not a date`, command);
      if (parsed.getTime() <= Date.now()) throw new UsageError('--expires is in the past', command);
      expiresAt = parsed;
    }
    const db = await context.database();
    const created = await issueApiKey(db, context.actor, { name, expiresAt });
    context.out(created.key);
    context.err(
      `Created API key ${created.apiKey.id} "${name}"${expiresAt ? `, expires ${timestamp(expiresAt)} UTC` : ''}. It is shown only once: store it now.`,
    );
    return EXIT.OK;
  },
};

export const listApiKeysCommand: CommandSpec = {
  path: ['api-keys', 'list'],
  summary: 'List partner API keys (newest first) with their state and last use.',
  examples: ['tsunagari api-keys list'],
  async run(context, { positionals }) {
    noArguments(positionals, 'api-keys list');
    const db = await context.database();
    const keys = await listApiKeys(db);
    const now = Date.now();
    context.io.stdout.write(
      formatTable(
        ['ID', 'NAME', 'STATE', 'CREATED', 'EXPIRES', 'LAST USED'],
        keys.map((k) => [
          k.id,
          k.name,
          k.revokedAt
            ? 'revoked'
            : k.expiresAt && k.expiresAt.getTime() <= now
              ? 'expired'
              : 'active',
          timestamp(k.createdAt),
          timestamp(k.expiresAt),
          timestamp(k.lastUsedAt),
        ]),
      ),
    );
    context.err(`${keys.length} API key${keys.length === 1 ? '' : 's'} (times in UTC).`);
    return EXIT.OK;
  },
};

export const revokeApiKeyCommand: CommandSpec = {
  path: ['api-keys', 'revoke'],
  summary: 'Revoke a partner API key at once.',
  arguments: [
    {
      name: 'ID',
      description: 'The key id (the 16 hex digits after tsu_live_; see "api-keys list").',
    },
  ],
  examples: ['tsunagari api-keys revoke 3f2a9c0b1d4e5f60'],
  async run(context, { positionals }) {
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the API key id', 'api-keys revoke');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, 'api-keys revoke');
    // A whole key pasted by mistake is accepted for its id (the secret is not used).
    const id = /^tsu_live_([0-9a-f]{16})_/.exec(given)?.[1] ?? given;
    if (!/^[0-9a-f]{16}$/.test(id)) {
      throw new UsageError(`"${given}" is not an API key id (16 hex digits)`, 'api-keys revoke');
    }
    const db = await context.database();
    const result = await db.transaction().execute(async (trx) => {
      const before = await findApiKey(trx, id);
      if (!before) throw new CliError(`no API key has the id ${id}`);
      const apiKey = await revokeApiKey(trx, id);
      if (!apiKey) throw new CliError(`no API key has the id ${id}`);
      if (!before.revokedAt) {
        await recordAuditEntries(trx, context.actor, [
          { action: 'apiKey.revoke', targetType: 'ApiKey', targetId: id, after: apiKey },
        ]);
      }
      return { apiKey, already: before.revokedAt !== null };
    });
    context.out(
      result.already
        ? `API key ${id} "${result.apiKey.name}" was already revoked (${timestamp(result.apiKey.revokedAt)} UTC).`
        : `Revoked API key ${id} "${result.apiKey.name}".`,
    );
    return EXIT.OK;
  },
};
