/** `import members FILE.csv` and `export members`. */
import { promises as fs } from 'node:fs';
import {
  CONTACT_FIELD_KEYS,
  CONTACT_FIELDS,
  contactHeader,
  ORGANIZATION_COLUMN_KEYS,
  ORGANIZATION_COLUMNS,
} from '../modules/members/csv/columns.js';
import { CSV_ENCODINGS, parseEncodingName, UTF8_BOM } from '../modules/members/csv/csv.js';
import { exportMembers } from '../modules/members/csv/member-export.js';
import { importMembers } from '../modules/members/csv/member-import.js';
import { formatProblem } from '../modules/members/csv/member-row.js';
import { CliError, type CommandSpec, EXIT, UsageError } from './command.js';
import { writeOutput } from './output.js';
import { Progress } from './progress.js';

const columnList = [
  ...ORGANIZATION_COLUMN_KEYS.map((key) => {
    const c = ORGANIZATION_COLUMNS[key];
    return `  ${c.ja} / ${c.en}: ${c.help}`;
  }),
  ...CONTACT_FIELD_KEYS.map(
    (field) =>
      `  ${contactHeader(1, field, 'ja')} / ${contactHeader(1, field, 'en')} (担当者2${CONTACT_FIELDS[field].ja} / ${contactHeader(2, field, 'en')}, …): ${CONTACT_FIELDS[field].help}`,
  ),
].join('\n');

export const importMembersCommand: CommandSpec = {
  path: ['import', 'members'],
  summary: 'Import member organisations from a CSV file (as Excel writes it).',
  description: `The file may be UTF-8 (with or without BOM), Shift_JIS (CP932, Excel's "CSV (コンマ区切り)")
or UTF-16 ("Unicode テキスト"); the header row may use Japanese or English column names, in any
order. Every row is checked first; every problem is reported as "line N, column 「列」: reason".
Nothing is imported unless every row is valid (or --skip-invalid is given), all in one transaction.

An organisation is matched by 団体ID (written by export) or else by its name; a row equal to
the register changes nothing, so importing the same file twice is a no-op. A column the file
does not have is left as it is in the register; contacts are matched by e-mail address and
never deleted.

Columns:
${columnList}`,
  arguments: [{ name: 'FILE.csv', description: 'The CSV file to import.' }],
  options: {
    'dry-run': {
      type: 'boolean',
      short: 'n',
      description: 'Check the file and report what would change; import nothing.',
    },
    'skip-invalid': {
      type: 'boolean',
      description: 'Import the valid rows and report the invalid ones (default: all or nothing).',
    },
    encoding: {
      type: 'string',
      valueName: 'ENC',
      description: `The file's encoding: ${CSV_ENCODINGS.join(', ')} (default auto: BOM, else UTF-8 if valid, else Shift_JIS).`,
    },
  },
  examples: [
    'tsunagari import members 会員名簿.csv --dry-run',
    'tsunagari import members members.csv',
    'tsunagari import members old-list.csv --encoding shift_jis --skip-invalid',
  ],
  async run(context, { values, positionals }) {
    const [file] = positionals;
    if (!file) throw new UsageError('missing the CSV file to import', 'import members');
    const encoding =
      values.encoding === undefined ? 'auto' : parseEncodingName(String(values.encoding));
    if (!encoding) {
      throw new UsageError(
        `unknown encoding "${values.encoding}" (use ${CSV_ENCODINGS.join(', ')})`,
        'import members',
      );
    }
    const bytes = await fs
      .readFile(context.resolvePath(file))
      .catch((error: NodeJS.ErrnoException) => {
        throw new CliError(
          `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
          EXIT.USAGE,
        );
      });
    const dryRun = values['dry-run'] === true;
    const db = await context.database();
    let progress: Progress | undefined;
    // The CLI's actor acts as no account: the audit trail names the operator (kind CLI, user@host).
    const report = await importMembers(db, context.actor, {
      bytes,
      dryRun,
      skipInvalid: values['skip-invalid'] === true,
      encoding,
      onProgress: (done, total) => {
        progress ??= new Progress(context.io.stderr, 'Importing', total);
        progress.update(done, total);
      },
    });
    progress?.end();
    for (const warning of report.warnings) context.err(`warning: ${warning}`);
    for (const problem of report.problems) context.err(formatProblem(problem));
    const read = `Read ${file}: ${report.rows} row${report.rows === 1 ? '' : 's'}${report.encoding ? `, ${report.encoding}` : ''}.`;
    if (report.fatal) {
      context.err(`${file} cannot be imported; nothing was imported.`);
      return EXIT.INVALID_DATA;
    }
    const counts = `${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged`;
    const problems = `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${report.invalidRows} row${report.invalidRows === 1 ? '' : 's'}`;
    if (dryRun) {
      context.out(read);
      context.out(
        `Dry run: ${counts}${report.invalidRows > 0 ? `; ${problems}` : ''}. Nothing was imported.`,
      );
      return report.invalidRows > 0 ? EXIT.INVALID_DATA : EXIT.OK;
    }
    if (report.invalidRows > 0 && !values['skip-invalid']) {
      context.out(read);
      context.err(
        `${problems}; nothing was imported. Fix them, or use --skip-invalid to import the valid rows.`,
      );
      return EXIT.INVALID_DATA;
    }
    context.out(read);
    if (report.created + report.updated === 0 && report.invalidRows === 0) {
      context.out(
        `Nothing to import: all ${report.unchanged} organisations already match the register.`,
      );
      return EXIT.OK;
    }
    context.out(
      `Imported: ${counts}${report.invalidRows > 0 ? `; skipped ${report.invalidRows} invalid row${report.invalidRows === 1 ? '' : 's'} (${problems} above)` : ''}.`,
    );
    return EXIT.OK;
  },
};

export const exportMembersCommand: CommandSpec = {
  path: ['export', 'members'],
  summary: 'Export the member register as CSV (UTF-8 with BOM, opens in Excel).',
  description: `One row per organisation (rejected applications excluded), 五十音順, with its membership
history, current working groups and every contact (主担当者…, 担当者2…, …). The file is exactly
what "import members" reads: importing it into an empty database gives the same register, and
importing it back changes nothing. Cells Excel would run as a formula (=, +, -, @) are written
with a leading ' that import removes again.`,
  options: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'Write to FILE (default: standard output).',
    },
    headers: {
      type: 'string',
      valueName: 'ja|en',
      description: 'Language of the header row (default ja). Import reads both.',
    },
  },
  examples: [
    'tsunagari export members -o 会員名簿.csv',
    'tsunagari export members --headers en > members.csv',
  ],
  async run(context, { values, positionals }) {
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument "${positionals[0]}"`, 'export members');
    }
    const headers = values.headers === undefined ? 'ja' : String(values.headers);
    if (headers !== 'ja' && headers !== 'en') {
      throw new UsageError(`--headers must be ja or en, not "${headers}"`, 'export members');
    }
    const db = await context.database();
    const result = await exportMembers(db, { headers });
    const target = await writeOutput(context, values.output as string | undefined, [
      UTF8_BOM,
      ...result.lines,
    ]);
    context.err(
      `Exported ${result.organizations} organisations and ${result.contacts} contacts${target}.`,
    );
    return EXIT.OK;
  },
};
