/**
 * Running the CLI in tests: in-process (runCli with captured streams) for speed, or as a child
 * process (`node --import tsx src/cli/index.ts`) to prove the real command works; building CSV
 * files, including Shift_JIS ones (Node decodes Shift_JIS but cannot encode it: the table is
 * derived from the decoder).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Actor } from '../../src/auth/actor.js';
import { anonymousViewer } from '../../src/auth/viewer.js';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config.js';
import { csvLine } from '../../src/modules/members/csv/csv.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The operator a test runs an import as when it calls the service itself (as the CLI does). */
export const OPERATOR: Actor = {
  viewer: anonymousViewer,
  requestId: 'cli-test',
  operator: 'tester@test-host',
};

/** A stream that keeps what is written to it. */
export class Capture {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    return true;
  }
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A scratch directory for files of one test file, removed afterwards. */
export async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-cli-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the CLI in this process against `databaseUrl`. */
export async function cli(
  databaseUrl: string,
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; stderrTTY?: boolean } = {},
): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture(options.stderrTTY ?? false);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    ...options.env,
  });
  const code = await runCli(argv, { stdout, stderr, cwd: options.cwd ?? ROOT, config });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the real CLI as a child process: `node --import tsx src/cli/index.ts …`. */
export function cliProcess(
  databaseUrl: string,
  argv: readonly string[],
  options: { cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), ...argv],
      {
        cwd: options.cwd ?? ROOT,
        env: { PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: databaseUrl },
        encoding: 'utf8',
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** CSV text (CRLF lines, as Excel writes) from rows of cells. */
export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => csvLine(row)).join('');
}

let shiftJisTable: Map<string, number[]> | undefined;

/** Encodes text as Shift_JIS (CP932), the way Japanese Excel saves "CSV (コンマ区切り)". */
export function encodeShiftJis(text: string): Uint8Array {
  if (!shiftJisTable) {
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('shift_jis');
    for (let byte = 0xa1; byte <= 0xdf; byte++) {
      table.set(decoder.decode(new Uint8Array([byte])), [byte]);
    }
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead >= 0xa0 && lead <= 0xdf) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
    shiftJisTable = table;
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const encoded = shiftJisTable.get(ch);
    if (!encoded) throw new Error(`「${ch}」 cannot be written in Shift_JIS`);
    bytes.push(...encoded);
  }
  return new Uint8Array(bytes);
}
