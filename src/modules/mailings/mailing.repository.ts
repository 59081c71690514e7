/** Kysely queries of mailings, deliveries, issues and suppressions (plain functions, db first). */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { Database } from '../../db/database.js';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type MailingKind,
  type MailingStatus,
  type SuppressionReason,
} from '../../db/tables/mailings.js';
import { isUuid } from '../../lib/uuid.js';
import { SENDING_ORDER } from '../../mail/engine/sending-order.js';
import {
  type Delivery,
  type DeliveryCounts,
  type Mailing,
  type MailingIssue,
  type Suppression,
  toDelivery,
  toMailing,
  toMailingIssue,
  toSuppression,
} from './mailing.js';

const MAILING_COLUMNS = [
  'id',
  'kind',
  'subject',
  'content',
  'audience',
  'status',
  'scheduled_at',
  'compiled_version',
  'created_by',
  'approved_by',
  'edited_by',
  'version',
  'meeting_id',
  'reminder_of',
  'organization_id',
  'approval_required',
  'approved_at',
  'approved_version',
  'started_by',
  'is_public',
  'published_at',
  'started_at',
  'resolved_at',
  'completed_at',
  'paused_at',
  'cancelled_at',
  'last_claim_at',
  'last_error',
  'recipient_count',
  'organization_count',
  'issue_count',
  'created_at',
  'updated_at',
] as const;

export async function findMailingsByIds(db: Db, ids: readonly string[]): Promise<Mailing[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await db
    .selectFrom('mailings')
    .select(MAILING_COLUMNS)
    .where('id', 'in', valid)
    .execute();
  return rows.map(toMailing);
}

export async function findMailing(db: Db, id: string): Promise<Mailing | undefined> {
  return (await findMailingsByIds(db, [id]))[0];
}

/** The reminders of a circular (sent, sending or drafts), oldest first. */
export async function findRemindersOf(db: Db, mailingId: string): Promise<Mailing[]> {
  const rows = await db
    .selectFrom('mailings')
    .select(MAILING_COLUMNS)
    .where('reminder_of', '=', mailingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toMailing);
}

export interface MailingFilter {
  readonly statuses?: readonly MailingStatus[] | null;
  /** Only drafts that need an admin's approval of their current content and do not have it. */
  readonly awaitingApproval?: boolean | null;
  /** Any of these kinds. */
  readonly kinds?: readonly MailingKind[] | null;
  /** Words that must all appear in the subject (case-blind). */
  readonly search?: string | null;
}

/** `%`, `_` and `\\` taken literally in a LIKE pattern. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filter as one condition (one place for the list and its count). */
function matchesFilter(
  eb: ExpressionBuilder<Database, 'mailings'>,
  filter: MailingFilter,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.statuses?.length) conditions.push(eb('status', 'in', filter.statuses));
  if (filter.kinds?.length) conditions.push(eb('kind', 'in', filter.kinds));
  for (const word of (filter.search ?? '').split(/[\s　]+/).filter(Boolean)) {
    conditions.push(eb('subject', 'ilike', `%${likeLiteral(word)}%`));
  }
  if (filter.awaitingApproval != null) {
    const waiting = eb.and([
      eb('status', '=', 'DRAFT'),
      eb('approval_required', '=', true),
      eb.or([eb('approved_version', 'is', null), eb('approved_version', '<>', eb.ref('version'))]),
    ]);
    conditions.push(filter.awaitingApproval ? waiting : eb.not(waiting));
  }
  return eb.and(conditions);
}

export async function listMailings(
  db: Db,
  filter: MailingFilter,
  page: { limit: number; offset: number },
): Promise<Mailing[]> {
  const rows = await db
    .selectFrom('mailings')
    .select(MAILING_COLUMNS)
    .where((eb) => matchesFilter(eb, filter))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toMailing);
}

export async function countMailings(db: Db, filter: MailingFilter): Promise<number> {
  const query = db
    .selectFrom('mailings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => matchesFilter(eb, filter));
  return (await query.executeTakeFirstOrThrow()).n;
}

/** Counts per delivery status of several mailings (one grouped query). */
export async function countDeliveries(
  db: Db,
  mailingIds: readonly string[],
): Promise<Map<string, DeliveryCounts>> {
  const result = new Map<string, DeliveryCounts>();
  if (mailingIds.length === 0) return result;
  const rows = await db
    .selectFrom('deliveries')
    .select(['mailing_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mailing_id', 'in', mailingIds)
    .groupBy(['mailing_id', 'status'])
    .execute();
  const bounces = await sql<{ mailing_id: string; soft: number; complaints: number }>`
    SELECT d.mailing_id,
           count(*) FILTER (WHERE b.type = 'SOFT')::int AS soft,
           count(*) FILTER (WHERE b.type = 'COMPLAINT')::int AS complaints
    FROM bounce_events b JOIN deliveries d ON d.id = b.delivery_id
    WHERE d.mailing_id = ANY(${mailingIds as string[]}::uuid[])
    GROUP BY d.mailing_id`.execute(db);
  for (const id of mailingIds) {
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<
      DeliveryStatus,
      number
    >;
    let total = 0;
    for (const row of rows) {
      if (row.mailing_id !== id) continue;
      counts[row.status] = row.n;
      total += row.n;
    }
    const b = bounces.rows.find((r) => r.mailing_id === id);
    result.set(id, { ...counts, total, softBounces: b?.soft ?? 0, complaints: b?.complaints ?? 0 });
  }
  return result;
}

export interface DeliveryFilter {
  readonly statuses?: readonly DeliveryStatus[] | null;
}

export async function listDeliveries(
  db: Db,
  mailingId: string,
  filter: DeliveryFilter,
  page: { limit: number; offset: number },
): Promise<Delivery[]> {
  let query = db.selectFrom('deliveries').selectAll().where('mailing_id', '=', mailingId);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  const rows = await query.orderBy(SENDING_ORDER).limit(page.limit).offset(page.offset).execute();
  return rows.map(toDelivery);
}

export async function countDeliveriesOf(
  db: Db,
  mailingId: string,
  filter: DeliveryFilter,
): Promise<number> {
  let query = db
    .selectFrom('deliveries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mailing_id', '=', mailingId);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  return (await query.executeTakeFirstOrThrow()).n;
}

export async function findDeliveriesByIds(db: Db, ids: readonly string[]): Promise<Delivery[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await db.selectFrom('deliveries').selectAll().where('id', 'in', valid).execute();
  return rows.map(toDelivery);
}

export async function listMailingIssues(
  db: Db,
  mailingId: string,
  page: { limit: number; offset: number },
): Promise<MailingIssue[]> {
  const rows = await db
    .selectFrom('mailing_issues')
    .selectAll()
    .where('mailing_id', '=', mailingId)
    .orderBy('organization_name')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toMailingIssue);
}

export async function countMailingIssues(db: Db, mailingId: string): Promise<number> {
  return (
    await db
      .selectFrom('mailing_issues')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mailing_id', '=', mailingId)
      .executeTakeFirstOrThrow()
  ).n;
}

export interface SuppressionFilter {
  readonly reasons?: readonly SuppressionReason[] | null;
  /** Part of the address (case-insensitive). */
  readonly address?: string | null;
  readonly includeLifted?: boolean | null;
}

export async function listSuppressions(
  db: Db,
  filter: SuppressionFilter,
  page: { limit: number; offset: number },
): Promise<Suppression[]> {
  let query = db.selectFrom('suppressions').selectAll();
  if (!filter.includeLifted) query = query.where('lifted_at', 'is', null);
  if (filter.reasons?.length) query = query.where('reason', 'in', filter.reasons);
  if (filter.address) {
    query = query.where(sql<boolean>`strpos(lower(address), ${filter.address.toLowerCase()}) > 0`);
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toSuppression);
}

export async function countSuppressions(db: Db, filter: SuppressionFilter): Promise<number> {
  let query = db.selectFrom('suppressions').select((eb) => eb.fn.countAll<number>().as('n'));
  if (!filter.includeLifted) query = query.where('lifted_at', 'is', null);
  if (filter.reasons?.length) query = query.where('reason', 'in', filter.reasons);
  if (filter.address) {
    query = query.where(sql<boolean>`strpos(lower(address), ${filter.address.toLowerCase()}) > 0`);
  }
  return (await query.executeTakeFirstOrThrow()).n;
}

export async function findSuppressionsByIds(
  db: Db,
  ids: readonly string[],
): Promise<Suppression[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await db.selectFrom('suppressions').selectAll().where('id', 'in', valid).execute();
  return rows.map(toSuppression);
}

/** What a delivery's own web version needs: the recipient it was sent to and its mailing. */
export interface DeliveryForWebVersion {
  readonly deliveryId: string;
  readonly address: string;
  readonly recipientName: string;
  readonly organizationName: string;
  readonly contactId: string | null;
  readonly mailingId: string;
  readonly isPublic: boolean;
  /** The stored compiled e-mail (null for a mailing never rendered). */
  readonly compiledEmail: unknown;
}

/** A delivery and its mailing, by the delivery id inside a signed web link. */
export async function findDeliveryForWebVersion(
  db: Db,
  deliveryId: string,
): Promise<DeliveryForWebVersion | undefined> {
  if (!isUuid(deliveryId)) return undefined;
  return db
    .selectFrom('deliveries as d')
    .innerJoin('mailings as m', 'm.id', 'd.mailing_id')
    .select([
      'd.id as deliveryId',
      'd.address',
      'd.recipient_name as recipientName',
      'd.organization_name as organizationName',
      'd.contact_id as contactId',
      'm.id as mailingId',
      'm.is_public as isPublic',
      'm.compiled_email as compiledEmail',
    ])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
}

/** The stored compiled e-mail of a mailing (null if never rendered); undefined if no mailing. */
export async function findCompiledEmail(
  db: Db,
  mailingId: string,
): Promise<{ compiledEmail: unknown } | undefined> {
  return db
    .selectFrom('mailings')
    .select('compiled_email as compiledEmail')
    .where('id', '=', mailingId)
    .executeTakeFirst();
}

/** The accounts that have written a mailing (four eyes: none of them may approve it). */
export async function findEditorsOf(db: Db, mailingId: string): Promise<readonly string[]> {
  const row = await db
    .selectFrom('mailings')
    .select('edited_by')
    .where('id', '=', mailingId)
    .executeTakeFirstOrThrow();
  return row.edited_by;
}

// ---- newsletter issue numbers ------------------------------------------------------------------

/** `content.issueNumber` as a number where it is one (stored content was validated). */
const storedIssueNumber = sql<
  number | null
>`CASE WHEN jsonb_typeof(content -> 'issueNumber') = 'number'
  THEN (content ->> 'issueNumber')::numeric END`;

/** The highest issue number of the newsletters that are not cancelled (0 if none). */
export async function highestNewsletterIssueNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mailings')
    .select(sql<string | null>`max(${storedIssueNumber})`.as('highest'))
    .where('kind', '=', 'NEWSLETTER')
    .where('status', '<>', 'CANCELLED')
    .executeTakeFirst();
  return Math.floor(Number(row?.highest ?? 0));
}

/**
 * Serialises the saves of issue numbers until the transaction ends (a transaction-scoped
 * advisory lock), so that of two saves of the same number the second sees the first.
 */
export async function lockNewsletterIssueNumbers(trx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('tsunagari:newsletter-issue-number'))`.execute(
    trx,
  );
}

/** The oldest newsletter, not cancelled and not `exceptId`, with this issue number. */
export async function findNewsletterWithIssueNumber(
  db: Db,
  issueNumber: number,
  exceptId: string | null,
): Promise<{ id: string; subject: string; status: MailingStatus } | undefined> {
  let query = db
    .selectFrom('mailings')
    .select(['id', 'subject', 'status'])
    .where('kind', '=', 'NEWSLETTER')
    .where('status', '<>', 'CANCELLED')
    .where(storedIssueNumber, '=', issueNumber)
    .orderBy('created_at')
    .limit(1);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

// ---- what content refers to --------------------------------------------------------------------

/** Organisations by id with their site, for the links of newsletter items. */
export async function findOrganizationSites(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; name: string; website: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'website'])
    .where('id', 'in', ids)
    .execute();
}

/** Whether an organisation exists (the visited one of a 事務局訪問記). */
export async function organizationExists(db: Db, id: string): Promise<boolean> {
  const found = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return found !== undefined;
}

/** Mailings by id as a newsletter item linking to a visit report needs them. */
export async function findLinkedReports(
  db: Db,
  ids: readonly string[],
): Promise<
  { id: string; subject: string; is_public: boolean; kind: MailingKind; content: unknown }[]
> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('mailings')
    .select(['id', 'subject', 'is_public', 'kind', 'content'])
    .where('id', 'in', ids)
    .execute();
}
