/**
 * Issue numbers of the メールマガジン (第N号): the next one to propose, and the check that a
 * number is not given twice. Only newsletters that are not cancelled count — a cancelled issue
 * never went out, so its number is free again (a deleted draft leaves no trace at all).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import { DuplicateIssueNumberError } from '../../errors.js';

/** The stored content's issue number, or null (not a newsletter, or no number). */
export function issueNumberOf(content: unknown): number | null {
  if (typeof content !== 'object' || content === null) return null;
  const { kind, issueNumber } = content as { kind?: unknown; issueNumber?: unknown };
  return kind === 'NEWSLETTER' && Number.isInteger(issueNumber) ? (issueNumber as number) : null;
}

/** `content.issueNumber` as a number where it is one (stored content was validated). */
const storedIssueNumber = sql<
  number | null
>`CASE WHEN jsonb_typeof(content -> 'issueNumber') = 'number'
  THEN (content ->> 'issueNumber')::numeric END`;

/** One more than the highest issue number of the newsletters that are not cancelled (1 if none). */
export async function nextNewsletterIssueNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mailings')
    .select(sql<string | null>`max(${storedIssueNumber})`.as('highest'))
    .where('kind', '=', 'NEWSLETTER')
    .where('status', '<>', 'CANCELLED')
    .executeTakeFirst();
  return Math.floor(Number(row?.highest ?? 0)) + 1;
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
  await sql`SELECT pg_advisory_xact_lock(hashtext('tsunagari:newsletter-issue-number'))`.execute(
    trx,
  );
  let query = trx
    .selectFrom('mailings')
    .select(['id', 'subject', 'status'])
    .where('kind', '=', 'NEWSLETTER')
    .where('status', '<>', 'CANCELLED')
    .where(storedIssueNumber, '=', input.issueNumber)
    .orderBy('created_at')
    .limit(1);
  if (input.mailingId) query = query.where('id', '<>', input.mailingId);
  const other = await query.executeTakeFirst();
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
