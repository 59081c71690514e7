/** What a caller passes to the member import: its options, and the hook that records audit. */
import type { Db } from '../../../db/create-db.js';
import type { CsvEncoding } from './csv.js';

/** An audit entry the caller records in the import's transaction. */
export interface ImportAuditEntry {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface ImportMembersOptions {
  /** Check everything and report; write nothing. */
  readonly dryRun?: boolean;
  /** Write the valid rows and report the others (default: write nothing if any row is invalid). */
  readonly skipInvalid?: boolean;
  readonly encoding?: CsvEncoding;
  /** The effective date of changes without a date of their own (default: today in Japan). */
  readonly today?: string;
  /** Records audit entries inside the import's transaction. */
  readonly audit?: (db: Db, entries: readonly ImportAuditEntry[]) => Promise<void>;
  /** Called as organisations are written (`done` of `total`). */
  readonly onProgress?: (done: number, total: number) => void;
}
