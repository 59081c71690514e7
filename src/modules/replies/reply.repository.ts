/**
 * Queries of replies: the circular a signed link is about, acknowledgements, and the addressed
 * organisations of a circular (its deliveries and those of its reminders, plus the organisations
 * it could not reach) with their delivery and reply state.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { MailingKind, MailingRow, MailingStatus } from '../../db/tables/mailings.js';
import type { AcknowledgementChannel } from '../../db/tables/replies.js';
import { isUuid } from '../../lib/uuid.js';
import { SENDING_ORDER } from '../../mail/engine/sending-order.js';
import {
  type Acknowledgement,
  type OrganizationReply,
  type ReceivedNotice,
  type ReplyState,
  type ReplySummary,
  replyRequestOf,
  toAcknowledgement,
} from './reply.js';

/** What a delivery's signed link leads to. */
export interface LinkTarget {
  readonly deliveryId: string;
  /** The mailing the delivery belongs to (a reminder, or the circular itself). */
  readonly viaMailingId: string;
  /** The original circular (the reminder's `reminder_of`, or the mailing itself). */
  readonly mailingId: string;
  readonly kind: MailingKind;
  readonly status: MailingStatus;
  readonly subject: string;
  readonly content: unknown;
  readonly meetingId: string | null;
  readonly organizationId: string | null;
  readonly organizationName: string;
  readonly contactId: string | null;
}

export async function findLinkTarget(db: Db, deliveryId: string): Promise<LinkTarget | null> {
  if (!isUuid(deliveryId)) return null;
  const row = await db
    .selectFrom('deliveries as d')
    .innerJoin('mailings as via', 'via.id', 'd.mailing_id')
    .innerJoin('mailings as m', (join) =>
      join.onRef('m.id', '=', sql<string>`coalesce(via.reminder_of, via.id)`),
    )
    .leftJoin('organizations as o', 'o.id', 'd.organization_id')
    .select([
      'd.id as deliveryId',
      'via.id as viaMailingId',
      'm.id as mailingId',
      'm.kind',
      'm.status',
      'm.subject',
      'm.content',
      'm.meeting_id as meetingId',
      'd.organization_id as organizationId',
      sql<string>`coalesce(o.name, d.organization_name)`.as('organizationName'),
      'd.contact_id as contactId',
    ])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
  return row ?? null;
}

export async function findAcknowledgement(
  db: Db,
  mailingId: string,
  organizationId: string,
): Promise<Acknowledgement | null> {
  const row = await db
    .selectFrom('acknowledgements')
    .selectAll()
    .where('mailing_id', '=', mailingId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row ? toAcknowledgement(row) : null;
}

/** Acknowledgements of `mailingId` by the given organisations. */
export async function findAcknowledgementsOf(
  db: Db,
  pairs: readonly { mailingId: string; organizationId: string }[],
): Promise<Acknowledgement[]> {
  if (pairs.length === 0) return [];
  const rows = await db
    .selectFrom('acknowledgements')
    .selectAll()
    .where((eb) =>
      eb.or(
        pairs.map((p) =>
          eb.and([
            eb('mailing_id', '=', p.mailingId),
            eb('organization_id', '=', p.organizationId),
          ]),
        ),
      ),
    )
    .execute();
  return rows.map(toAcknowledgement);
}

export interface NewAcknowledgement {
  readonly mailingId: string;
  readonly organizationId: string;
  readonly deliveryId: string | null;
  readonly answer: string | null;
  readonly channel: AcknowledgementChannel;
  readonly respondedBy: string | null;
  readonly contactId: string | null;
  readonly note: string | null;
  readonly late: boolean;
}

/** Inserts the reply unless the organisation has already replied; null then. */
export async function insertAcknowledgement(
  db: Db,
  ack: NewAcknowledgement,
): Promise<Acknowledgement | null> {
  const row = await db
    .insertInto('acknowledgements')
    .values({
      mailing_id: ack.mailingId,
      organization_id: ack.organizationId,
      delivery_id: ack.deliveryId,
      answer: ack.answer,
      channel: ack.channel,
      responded_by: ack.respondedBy,
      contact_id: ack.contactId,
      note: ack.note,
      late: ack.late,
    })
    .onConflict((oc) => oc.columns(['mailing_id', 'organization_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toAcknowledgement(row) : null;
}

/** The organisation's delivery of the circular (or of one of its reminders), if any. */
export async function findDeliveryOfOrganization(
  db: Db,
  mailingId: string,
  organizationId: string,
): Promise<{ id: string; contactId: string | null } | null> {
  const row = await db
    .selectFrom('deliveries')
    .select(['id', 'contact_id as contactId'])
    .where('mailing_id', '=', mailingId)
    .where('organization_id', '=', organizationId)
    // Names the kind so the partial index on circulars' deliveries by organisation serves it.
    .where('kind', '=', 'NOTICE')
    .orderBy(SENDING_ORDER)
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** True when the circular addressed the organisation (a delivery, or an unreached-issue row). */
export async function wasAddressed(
  db: Db,
  mailingId: string,
  organizationId: string,
): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM deliveries WHERE mailing_id = ${mailingId}
                    AND organization_id = ${organizationId} AND kind = 'NOTICE')
        OR EXISTS (SELECT 1 FROM mailing_issues WHERE mailing_id = ${mailingId} AND organization_id = ${organizationId})
      AS found`.execute(db);
  return rows[0]?.found === true;
}

// ---- addressed organisations -----------------------------------------------------------------

/**
 * CTE `addressed` (one row per organisation the circular addressed) and `replied` (each with
 * its acknowledgement id), over the circular's deliveries and those of its reminders.
 */
function addressedCtes(mailingId: string): RawBuilder<unknown> {
  return sql`family AS (
      SELECT id FROM mailings WHERE id = ${mailingId} OR reminder_of = ${mailingId}
    ),
    by_delivery AS (
      SELECT d.organization_id, max(d.organization_name) AS organization_name,
        bool_or(d.status = 'SENT') AS delivered,
        array_agg(DISTINCT d.address) AS addresses,
        bool_or(d.mailing_id <> ${mailingId}) AS reminded
      FROM deliveries d
      WHERE d.mailing_id IN (SELECT id FROM family) AND d.organization_id IS NOT NULL
      GROUP BY d.organization_id
    ),
    addressed AS (
      SELECT * FROM by_delivery
      UNION ALL
      SELECT i.organization_id, i.organization_name, false, '{}'::text[], false
      FROM mailing_issues i
      WHERE i.mailing_id = ${mailingId} AND i.organization_id IS NOT NULL
        AND i.organization_id NOT IN (SELECT organization_id FROM by_delivery)
    ),
    replied AS (
      SELECT a.*, k.id AS acknowledgement_id, k.late, o.name_kana
      FROM addressed a
      LEFT JOIN acknowledgements k ON k.mailing_id = ${mailingId} AND k.organization_id = a.organization_id
      LEFT JOIN organizations o ON o.id = a.organization_id
    )`;
}

function stateFilter(state: ReplyState | null): RawBuilder<unknown> {
  switch (state) {
    case 'DELIVERED':
      return sql`delivered`;
    case 'ACKNOWLEDGED':
      return sql`acknowledgement_id IS NOT NULL`;
    case 'NOT_YET':
      return sql`acknowledgement_id IS NULL AND delivered`;
    case 'UNREACHED':
      return sql`acknowledgement_id IS NULL AND NOT delivered`;
    default:
      return sql`TRUE`;
  }
}

export async function replySummary(db: Db, mailingId: string): Promise<ReplySummary> {
  const { rows } = await sql<ReplySummary>`
    WITH ${addressedCtes(mailingId)}
    SELECT count(*)::int AS organizations,
      count(*) FILTER (WHERE delivered)::int AS delivered,
      count(acknowledgement_id)::int AS acknowledged,
      count(*) FILTER (WHERE acknowledgement_id IS NULL AND delivered)::int AS "notYet",
      count(*) FILTER (WHERE acknowledgement_id IS NULL AND NOT delivered)::int AS unreached,
      count(*) FILTER (WHERE late)::int AS late
    FROM replied`.execute(db);
  return (
    rows[0] ?? { organizations: 0, delivered: 0, acknowledged: 0, notYet: 0, unreached: 0, late: 0 }
  );
}

/** Addressed organisations in 五十音順, optionally in one state; `page` omitted: all. */
export async function listReplies(
  db: Db,
  mailingId: string,
  state: ReplyState | null,
  page?: { limit: number; offset: number },
): Promise<OrganizationReply[]> {
  const { rows } = await sql<{
    organization_id: string;
    organization_name: string;
    delivered: boolean;
    addresses: string[];
    reminded: boolean;
  }>`
    WITH ${addressedCtes(mailingId)}
    SELECT organization_id, organization_name, delivered, addresses, reminded
    FROM replied WHERE ${stateFilter(state)}
    ORDER BY name_kana NULLS LAST, organization_name, organization_id
    ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``}`.execute(db);
  const acks = new Map(
    (
      await findAcknowledgementsOf(
        db,
        rows.map((r) => ({ mailingId, organizationId: r.organization_id })),
      )
    ).map((a) => [a.organizationId, a]),
  );
  return rows.map((r) => ({
    mailingId,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    delivered: r.delivered,
    addresses: [...r.addresses].sort(),
    acknowledgement: acks.get(r.organization_id) ?? null,
    reminded: r.reminded,
  }));
}

export async function countReplies(
  db: Db,
  mailingId: string,
  state: ReplyState | null,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    WITH ${addressedCtes(mailingId)}
    SELECT count(*)::int AS n FROM replied WHERE ${stateFilter(state)}`.execute(db);
  return rows[0]?.n ?? 0;
}

// ---- received notices ------------------------------------------------------------------------

/** Circulars (事務連絡; not their reminders) sent to the organisation, newest first. */
export async function listReceivedNotices(
  db: Db,
  organizationId: string,
  page: { limit: number; offset: number },
): Promise<ReceivedNotice[]> {
  const rows = await receivedQuery(db, organizationId)
    .select(['m.id', 'm.kind', 'm.subject', 'm.content', 'm.started_at'])
    .orderBy('m.started_at', 'desc')
    .orderBy('m.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const acks = new Map(
    (
      await findAcknowledgementsOf(
        db,
        rows.map((r) => ({ mailingId: r.id, organizationId })),
      )
    ).map((a) => [a.mailingId, a]),
  );
  return rows.map((r) => ({
    mailingId: r.id,
    organizationId,
    subject: r.subject,
    sentAt: r.started_at,
    reply: replyRequestOf(r.kind, r.content),
    acknowledgement: acks.get(r.id) ?? null,
  }));
}

export async function countReceivedNotices(db: Db, organizationId: string): Promise<number> {
  const row = await receivedQuery(db, organizationId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

function receivedQuery(db: Db, organizationId: string) {
  return db
    .selectFrom('mailings as m')
    .where('m.kind', '=', 'NOTICE')
    .where('m.reminder_of', 'is', null)
    .where('m.resolved_at', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('deliveries as d')
          .select(sql`1`.as('one'))
          .whereRef('d.mailing_id', '=', 'm.id')
          .where('d.organization_id', '=', organizationId)
          .where('d.kind', '=', 'NOTICE'),
      ),
    );
}

// ---- circulars and reminders -----------------------------------------------------------------

/** What deciding whether a mailing can be replied to needs. */
export async function findCircular(db: Db, mailingId: string) {
  return db
    .selectFrom('mailings')
    .select(['id', 'kind', 'status', 'content', 'reminder_of', 'resolved_at', 'subject'])
    .where('id', '=', mailingId)
    .executeTakeFirst();
}

/** A mailing's row, locked for the transaction when `forUpdate`. */
export async function findMailingRow(
  db: Db,
  mailingId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MailingRow | undefined> {
  return db
    .selectFrom('mailings')
    .selectAll()
    .where('id', '=', mailingId)
    .$if(options.forUpdate === true, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** A reminder of the circular that waits for approval or is not resolved yet. */
export async function findPendingReminder(
  db: Db,
  circularId: string,
): Promise<{ id: string; status: MailingStatus } | undefined> {
  return db
    .selectFrom('mailings')
    .select(['id', 'status'])
    .where('reminder_of', '=', circularId)
    .where('resolved_at', 'is', null)
    .where('status', 'in', ['DRAFT', 'SCHEDULED', 'SENDING'])
    .executeTakeFirst();
}
