/** Writing a command's result: to a file named by `--output`, or to standard output. */
import { promises as fs } from 'node:fs';
import { CliError, type CommandContext } from './command.js';

/**
 * Writes `chunks` to `file` (resolved against the working directory) or, without one, to
 * stdout. Returns ` to FILE` (or '') for the message that follows.
 */
export async function writeOutput(
  context: CommandContext,
  file: string | undefined,
  chunks: readonly string[],
): Promise<string> {
  if (file === undefined || file === '-') {
    for (const chunk of chunks) context.io.stdout.write(chunk);
    return '';
  }
  try {
    await fs.writeFile(context.resolvePath(file), chunks.join(''));
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
  }
  return ` to ${file}`;
}

/** Rows as aligned columns (for `list` commands). Width counts East Asian wide characters as 2. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => displayWidth(row[column] ?? ''))),
  );
  return all
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1
            ? cell
            : cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 &&
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}
