/**
 * Issue numbers of the メールマガジン (第N号): the next one to propose, and the check that a
 * number is not given twice. Only newsletters that are not cancelled count — a cancelled issue
 * never went out, so its number is free again (a deleted draft leaves no trace at all).
 */
import type { Db } from '../../db/create-db.js';
import { DuplicateIssueNumberError } from '../../errors.js';
import {
  findNewsletterWithIssueNumber,
  highestNewsletterIssueNumber,
  lockNewsletterIssueNumbers,
} from './mailing.repository.js';

/** The stored content's issue number, or null (not a newsletter, or no number). */
export function issueNumberOf(content: unknown): number | null {
  if (typeof content !== 'object' || content === null) return null;
  const { kind, issueNumber } = content as { kind?: unknown; issueNumber?: unknown };
  return kind === 'NEWSLETTER' && Number.isInteger(issueNumber) ? (issueNumber as number) : null;
}

/** One more than the highest issue number of the newsletters that are not cancelled (1 if none). */
export async function nextNewsletterIssueNumber(db: Db): Promise<number> {
  return (await highestNewsletterIssueNumber(db)) + 1;
}

/**
 * In the saving transaction: refuses an issue number another newsletter (not cancelled, not
 * `mailingId` itself) already has, naming it, unless `confirmed`. Two saves of the same number
 * at the same time are serialised by a transaction-scoped advisory lock, so the second one sees
 * the first.
 */
export async function checkIssueNumberFree(
  trx: Db,
  input: {
    readonly issueNumber: number;
    readonly mailingId: string | null;
    readonly path: readonly string[];
    readonly confirmed: boolean;
  },
): Promise<void> {
  if (input.confirmed) return;
  await lockNewsletterIssueNumbers(trx);
  const other = await findNewsletterWithIssueNumber(trx, input.issueNumber, input.mailingId);
  if (!other) return;
  throw new DuplicateIssueNumberError(
    `第${input.issueNumber}号は「${other.subject}」（${STATUS_WORDS[other.status] ?? other.status}）と同じ号数です。` +
      '号数を確かめてください。同じ号数で保存するときは、重複を確認したうえで保存してください。',
    [...input.path, 'issueNumber'],
    input.issueNumber,
    other.id,
  );
}

const STATUS_WORDS: Record<string, string> = {
  DRAFT: '下書き',
  SCHEDULED: '配信予約中',
  SENDING: '配信中',
  PAUSED: '一時停止中',
  SENT: '配信済み',
};
