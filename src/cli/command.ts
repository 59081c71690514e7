/**
 * The pieces every CLI command is made of: its declaration (path, arguments, options, help
 * text), the context it runs in (output streams, configuration, a lazily opened database, the
 * audit actor), the errors it may end with, and the exit codes they map to.
 */
import type { Actor } from '../auth/actor.js';
import type { Config } from '../config.js';
import type { Db } from '../db/create-db.js';

/** Exit codes (docs/cli.md). */
export const EXIT = {
  OK: 0,
  /** The command could not do its work: not found, conflict, database unreachable, … */
  FAILURE: 1,
  /** The command line is wrong: unknown command or option, missing argument, bad value. */
  USAGE: 2,
  /** The input data is invalid (e.g. problems in an import file); nothing was changed. */
  INVALID_DATA: 3,
} as const;

export interface PublicUrlChoice {
  readonly url: string;
  /** Which configuration it is, in words for the operator. */
  readonly source: string;
}

/** A stream the CLI writes to: process.stdout/stderr, or a buffer in tests. */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Relative file names are resolved against this. */
  readonly cwd: string;
  /** The configuration; default `loadConfig()` (the environment). Tests pass their own. */
  readonly config?: Config;
}

/** An expected failure: printed as one line `error: message`, exit code `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.FAILURE,
  ) {
    super(message);
  }
}

/** A wrong command line: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly helpCommand = '',
  ) {
    super(message, EXIT.USAGE);
  }
}

/** The database a command works on (opened by ./database.ts). */
export interface CliDatabase {
  readonly db: Db;
  /** The connection string of `db` (graphile-worker needs its own pool). */
  readonly url: string;
  /** Where it is, for messages (credentials hidden). */
  readonly description: string;
  close(): Promise<void>;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly config: () => Config;
  /**
   * Connects (and migrates) on first use; closed when the command ends. Once connected,
   * `config().publicUrl` is the server's (see {@link CommandContext.publicUrl}).
   */
  readonly database: () => Promise<Db>;
  /**
   * The public URL links are built from, and which configuration it comes from: PUBLIC_URL given
   * to this command, else the one the server recorded at its start on this database, else the
   * default from PORT. Connects to the database.
   */
  readonly publicUrl: () => Promise<PublicUrlChoice>;
  /** The same connection with its URL (for a graphile-worker runner of its own). */
  readonly connect: () => Promise<CliDatabase>;
  /** Who runs it: the operator `user@host` (no account), one request id per run. */
  readonly actor: Actor;
  /** A line to stdout (results). */
  out(line: string): void;
  /** A line to stderr (messages, problems, progress). */
  err(line: string): void;
  /** A file name given on the command line, resolved against the working directory. */
  resolvePath(file: string): string;
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Shown in help as `--name VALUE`. */
  readonly valueName?: string;
  readonly description: string;
  readonly multiple?: boolean;
}

export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandSpec {
  /** Words that select it: `['import', 'members']`. */
  readonly path: readonly string[];
  readonly summary: string;
  /** Paragraphs after the usage line. */
  readonly description?: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options?: Readonly<Record<string, OptionSpec>>;
  readonly examples?: readonly string[];
  /** Whether the command needs the database (connection errors are then reported as such). */
  run(
    context: CommandContext,
    input: { values: OptionValues; positionals: readonly string[] },
  ): Promise<number | undefined>;
}

/** The program name used in help and messages. */
export const PROGRAM = 'tsunagari';

export function usageLine(spec: CommandSpec): string {
  const args = (spec.arguments ?? []).map((a) => (a.optional ? `[${a.name}]` : a.name));
  const hasOptions = Object.keys(spec.options ?? {}).length > 0;
  return [PROGRAM, ...spec.path, ...args, ...(hasOptions ? ['[options]'] : [])].join(' ');
}

function optionLabel(name: string, option: OptionSpec): string {
  const long = `--${name}${option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

/** Two aligned columns, for argument and option lists. */
function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${usageLine(spec)}`, '', spec.summary];
  if (spec.description) lines.push('', spec.description);
  if (spec.arguments?.length) {
    lines.push('', 'Arguments:', ...table(spec.arguments.map((a) => [a.name, a.description])));
  }
  const options: [string, string][] = Object.entries(spec.options ?? {}).map(([name, option]) => [
    optionLabel(name, option),
    option.description,
  ]);
  options.push(['-h, --help', 'Show this help.']);
  lines.push('', 'Options:', ...table(options));
  if (spec.examples?.length) {
    lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  }
  return `${lines.join('\n')}\n`;
}
