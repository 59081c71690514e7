/**
 * CSV as spreadsheets write it, without a dependency: decoding (UTF-8 with or without BOM,
 * Shift_JIS/CP932 as Japanese Excel saves "CSV (コンマ区切り)", UTF-16 "Unicode テキスト"),
 * RFC 4180 parsing that remembers the line each record starts on (quoted cells may span lines),
 * and writing UTF-8 with a BOM so Excel opens the file in the right encoding.
 */

/** Encodings {@link decodeCsv} understands; `auto` detects them. */
export const CSV_ENCODINGS = ['auto', 'utf-8', 'shift_jis', 'utf-16le', 'utf-16be'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Spellings accepted for `--encoding`, mapped to the canonical name. */
const ENCODING_ALIASES: Record<string, Exclude<CsvEncoding, 'auto'> | 'auto'> = {
  auto: 'auto',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  sjis: 'shift_jis',
  shiftjis: 'shift_jis',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** The canonical encoding name for a user's spelling, or undefined when unknown. */
export function parseEncodingName(name: string): CsvEncoding | undefined {
  return ENCODING_ALIASES[name.trim().toLowerCase()];
}

export interface DecodedText {
  readonly text: string;
  /** What the bytes were, for the report: `UTF-8 (BOM)`, `Shift_JIS (CP932)`, … */
  readonly encoding: string;
}

export class CsvDecodeError extends Error {
  override name = 'CsvDecodeError';
}

/**
 * Decodes a file's bytes. With `auto`: a BOM decides (UTF-8, UTF-16LE/BE); otherwise the bytes
 * are UTF-8 if they are valid UTF-8, else Shift_JIS (WHATWG `shift_jis` is Windows-31J/CP932,
 * the encoding Japanese Excel writes, NEC and IBM extensions such as ① and ㈱ included).
 */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding = 'auto'): DecodedText {
  const has = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  const decode = (label: string, from = 0) =>
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  const attempt = (label: string, shown: string, from = 0): DecodedText => {
    try {
      return { text: decode(label, from), encoding: shown };
    } catch {
      throw new CsvDecodeError(
        `The file is not valid ${shown}. Save it from Excel as "CSV UTF-8 (コンマ区切り)" or "CSV (コンマ区切り)", or name the encoding with --encoding.`,
      );
    }
  };
  switch (encoding) {
    case 'utf-8':
      return has(0xef, 0xbb, 0xbf)
        ? attempt('utf-8', 'UTF-8 with BOM', 3)
        : attempt('utf-8', 'UTF-8');
    case 'shift_jis':
      return attempt('shift_jis', 'Shift_JIS (CP932)');
    case 'utf-16le':
      return attempt('utf-16le', 'UTF-16LE', has(0xff, 0xfe) ? 2 : 0);
    case 'utf-16be':
      return attempt('utf-16be', 'UTF-16BE', has(0xfe, 0xff) ? 2 : 0);
    case 'auto':
      break;
  }
  if (has(0xef, 0xbb, 0xbf)) return attempt('utf-8', 'UTF-8 with BOM', 3);
  if (has(0xff, 0xfe)) return attempt('utf-16le', 'UTF-16LE', 2);
  if (has(0xfe, 0xff)) return attempt('utf-16be', 'UTF-16BE', 2);
  try {
    return { text: decode('utf-8'), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Japanese Excel's default "CSV (コンマ区切り)" is Shift_JIS.
  }
  try {
    return { text: decode('shift_jis'), encoding: 'Shift_JIS (CP932)' };
  } catch {
    throw new CsvDecodeError(
      'The file is neither UTF-8 nor Shift_JIS (CP932). Save it from Excel as "CSV UTF-8 (コンマ区切り)" and try again.',
    );
  }
}

/** One record of a CSV file and the physical line (1-based) it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  /** `,` or, for Excel's "Unicode テキスト", a tab. */
  readonly delimiter: ',' | '\t';
  /** Structural problems (an unclosed quote), with the line they start on. */
  readonly problems: readonly { line: number; reason: string }[];
}

/**
 * Parses RFC 4180 CSV: `"` quotes a cell, `""` inside quotes is a quote, quoted cells may hold
 * delimiters and line breaks, lines end in CRLF, LF or CR. Records whose cells are all empty
 * (the `,,,,` rows spreadsheets leave behind) are dropped. The delimiter is a tab when the
 * first line has tabs and no commas, else a comma.
 */
export function parseCsv(text: string): ParsedCsv {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: CsvRecord[] = [];
  const problems: { line: number; reason: string }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((value) => value !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      // A stray quote inside an unquoted cell is kept as text, as spreadsheets do.
      cell += ch;
    }
  }
  if (quoted) {
    problems.push({
      line: quoteLine,
      reason: '「"」で始まるセルが閉じられていません（「"」の数が合いません）。',
    });
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, delimiter, problems };
}

/**
 * A cell starting with one of these is a formula to a spreadsheet (CSV injection). Japanese
 * Excel also runs a cell typed with the full-width forms (`＝ ＋ － ＠`, as an IME produces them).
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * Writes one CSV line (CRLF-terminated, as Excel writes). Cells with a comma, quote, line break
 * or surrounding white space are quoted. A cell a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, or their full-width forms `＝ ＋ － ＠`) gets a leading `'` — shown as text by Excel, and removed again by
 * {@link unguardCell} when the file is imported.
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map((value) => quoteCell(guardCell(value == null ? '' : String(value)))).join(',')}\r\n`;
}

/** UTF-8 byte order mark: tells Excel the file is UTF-8 (without it, Excel assumes Shift_JIS). */
export const UTF8_BOM = '\uFEFF';

function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes {@link csvLine}'s formula guard: `'=…` → `=…`. Other cells are returned as they are. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function quoteCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
