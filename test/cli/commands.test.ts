/**
 * The CLI as a whole: --help on every command, usage errors (one line, exit 2), accounts and
 * API keys (audited as the CLI), and the commands that wait for the mail engine.
 */

import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/index.js';
import { verifyApiKey } from '../../src/modules/accounts/api-keys.js';
import { cli, cliProcess } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});

describe('help', () => {
  it('lists every command', async () => {
    const result = await cli(database.url, ['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command.path.join(' '));
  });

  it.each(COMMANDS.map((c) => [c.path.join(' ')]))('%s --help', async (name) => {
    const result = await cli(database.url, [...name.split(' '), '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Usage: tsunagari ${name}( |$)`, 'm'));
    expect(result.stdout).toContain('-h, --help');
  });

  it('explains a command group', async () => {
    const result = await cli(database.url, ['api-keys', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: tsunagari api-keys <create|list|revoke>');
  });

  it('answers a wrong command line with one error line, a pointer to help and exit code 2', async () => {
    expect(await cli(database.url, ['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: unknown command "frobnicate"\nRun "tsunagari --help" for usage.\n',
    });
    expect(await cli(database.url, ['export', 'members', '--colour'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: unknown option --colour\nRun "tsunagari export members --help" for usage.\n',
    });
    expect(await cli(database.url, ['import', 'members'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: missing the CSV file to import\n/),
    });
  });

  it('exits with the code of the error as a real process', async () => {
    const result = await cliProcess(database.url, ['api-keys', 'revoke', 'ffffffffffffffff']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: no API key has the id ffffffffffffffff\n',
    });
  });

  it('reports an unreachable database in one line', async () => {
    const result = await cli('postgres://nobody:secret@127.0.0.1:1/nowhere', ['api-keys', 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^error: cannot use the database \(postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/nowhere\): /,
    );
    expect(result.stderr).not.toContain('secret');
  });
});

describe('accounts', () => {
  it('creates a secretariat account, audited as the CLI', async () => {
    const result = await cli(database.url, [
      'accounts',
      'create',
      '--email',
      'sato@example.go.jp',
      '--name',
      '佐藤 花子',
      '--role',
      'secretariat-admin',
    ]);
    expect(result.code).toBe(0);
    const account = await database.db
      .selectFrom('accounts')
      .select(['id', 'role', 'display_name', 'organization_id'])
      .where('email', '=', 'sato@example.go.jp')
      .executeTakeFirstOrThrow();
    // The account's ID as the API shows it (its global ID), not the UUID.
    expect(result.stdout).toBe(
      `Created account ${encodeGlobalID('Account', account.id)}: sato@example.go.jp (SECRETARIAT_ADMIN).\n`,
    );
    expect(account).toMatchObject({
      role: 'SECRETARIAT_ADMIN',
      display_name: '佐藤 花子',
      organization_id: null,
    });
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['actor_kind', 'actor_id', 'action', 'request_id'])
      .where('target_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_kind: 'CLI', action: 'account.create' });
    expect(audit.actor_id).toMatch(/.+@.+/);
    expect(audit.request_id).toMatch(/^cli-/);
  });

  it('creates a member account of an organisation and lists accounts', async () => {
    const { id } = await database.db
      .insertInto('organizations')
      .values({
        name: 'NPO法人 アカウント試験',
        name_kana: 'あかうんとしけん',
        category_code: 'REGULAR',
        status: 'ACTIVE',
        organization_type: 'NPO法人',
        scope: 'NATIONAL',
        search_text: 'あかうんとしけん',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = await cli(database.url, [
      'accounts',
      'create',
      '--email',
      'member@npo.example.jp',
      '--name',
      '山田 太郎',
      '--role',
      'member',
      '--organization',
      id,
      '--organization-admin',
    ]);
    expect(result.stdout).toContain('(MEMBER of NPO法人 アカウント試験, organisation admin)');
    // The organisation's ID as the API shows it works too.
    const byGlobalId = await cli(database.url, [
      'accounts',
      'create',
      '--email',
      'member2@npo.example.jp',
      '--name',
      '山田 次郎',
      '--role',
      'member',
      '--organization',
      encodeGlobalID('Organization', id),
    ]);
    expect(byGlobalId.code).toBe(0);
    expect(byGlobalId.stdout).toContain('(MEMBER of NPO法人 アカウント試験)');
    const list = await cli(database.url, ['accounts', 'list']);
    expect(list.stdout.split('\n')[0]).toMatch(
      /^ID\s+E-MAIL\s+ROLE\s+NAME\s+DISABLED\s+LAST SIGN-IN$/,
    );
    const member = await database.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', 'member@npo.example.jp')
      .executeTakeFirstOrThrow();
    expect(list.stdout).toMatch(
      new RegExp(`^${encodeGlobalID('Account', member.id)}\\s+member@npo\\.example\\.jp\\s`, 'm'),
    );
    expect(list.stderr).toBe('3 accounts.\n');

    // An ID of another kind is refused, saying what it is.
    const mailingId = encodeGlobalID('Mailing', id);
    const wrong = await cli(database.url, [
      'accounts',
      'create',
      '--email',
      'member3@npo.example.jp',
      '--name',
      'x',
      '--role',
      'member',
      '--organization',
      mailingId,
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      `error: --organization: 「${mailingId}」はメール（Mailing）の ID です。ここには団体（Organization）の ID を指定してください。`,
    );
  });

  it('refuses a second account with the same address, and a member without organisation', async () => {
    expect(
      await cli(database.url, [
        'accounts',
        'create',
        '--email',
        'SATO@example.go.jp',
        '--name',
        'x',
        '--role',
        'secretariat-staff',
      ]),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: an account with the address SATO@example.go.jp already exists\n',
    });
    const result = await cli(database.url, [
      'accounts',
      'create',
      '--email',
      'x@example.jp',
      '--name',
      'x',
      '--role',
      'member',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: a member account needs --organization (the 団体ID)');
  });
});

describe('api-keys', () => {
  let key: string;
  let id: string;

  it('creates a key: the key alone on stdout, shown once, and it works', async () => {
    const result = await cli(database.url, [
      'api-keys',
      'create',
      '--name',
      '○○県ポータル',
      '--expires',
      '2099-03-31',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tsu_live_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n$/);
    key = result.stdout.trim();
    id = key.slice('tsu_live_'.length, 'tsu_live_'.length + 16);
    expect(result.stderr).toContain(
      `Created API key ${id} "○○県ポータル", expires 2099-03-31 14:59 UTC.`,
    );
    expect((await verifyApiKey(database.db, key))?.id).toBe(id);
  });

  it('lists keys with their state', async () => {
    const result = await cli(database.url, ['api-keys', 'list']);
    expect(result.code).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.startsWith(id));
    expect(row).toMatch(
      /○○県ポータル\s+active\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+2099-03-31 14:59\s+\d{4}-/,
    );
  });

  it('revokes a key at once, audited; revoking again says so', async () => {
    const result = await cli(database.url, ['api-keys', 'revoke', id]);
    expect(result).toEqual({
      code: 0,
      stdout: `Revoked API key ${id} "○○県ポータル".\n`,
      stderr: '',
    });
    expect(await verifyApiKey(database.db, key)).toBeUndefined();
    const again = await cli(database.url, ['api-keys', 'revoke', key]);
    expect(again.stdout).toMatch(/was already revoked/);
    const { rows } = await sql<{ action: string; actor_kind: string }>`
      SELECT action, actor_kind FROM audit_events WHERE target_id = ${id} ORDER BY occurred_at`.execute(
      database.db,
    );
    expect(rows).toEqual([
      { action: 'apiKey.create', actor_kind: 'CLI' },
      { action: 'apiKey.revoke', actor_kind: 'CLI' },
    ]);
    expect((await cli(database.url, ['api-keys', 'list'])).stdout).toMatch(/revoked/);
  });

  it('refuses an expiry in the past', async () => {
    const result = await cli(database.url, [
      'api-keys',
      'create',
      '--name',
      'x',
      '--expires',
      '2020-01-01',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --expires is in the past');
  });
});

describe('export acknowledgements', () => {
  it('wants a mailing id', async () => {
    const result = await cli(database.url, ['export', 'acknowledgements', 'x']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: 「x」はメール（Mailing）の ID ではありません。API が返した id（グローバル ID）か UUID を指定してください。\nRun "tsunagari export acknowledgements --help" for usage.\n',
    });
  });
});
