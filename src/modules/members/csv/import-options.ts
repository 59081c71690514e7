/** What a caller passes to the member import: the file and its options. */
import type { CsvEncoding } from './csv.js';

export interface ImportMembersOptions {
  /** Check everything and report; write nothing. */
  readonly dryRun?: boolean;
  /** Write the valid rows and report the others (default: write nothing if any row is invalid). */
  readonly skipInvalid?: boolean;
  readonly encoding?: CsvEncoding;
  /** The effective date of changes without a date of their own (default: today in Japan). */
  readonly today?: string;
  /** Called as organisations are written (`done` of `total`). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The input of `importMembers`: the file's bytes and the options. */
export interface ImportMembersInput extends ImportMembersOptions {
  readonly bytes: Uint8Array;
}
