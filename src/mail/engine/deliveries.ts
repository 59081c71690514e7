/**
 * The delivery state machine in SQL. Every step is one conditional statement, so any number
 * of send jobs in any number of processes can work on one mailing:
 *
 *   QUEUED/RETRY ──claim──▶ SENDING (claimed_by = run, attempt_started_at NULL)
 *        ▲     (or SUPPRESSED:  │ startAttempts: checks suppressions and opt-outs again, sets
 *        │    checked here)     │ attempt_started_at — from here the message may be on the
 *        └──release/recover─────┤ wire
 *                               ▼
 *                  SENT · RETRY · FAILED · UNKNOWN (recordResults)
 *
 * A SENDING row whose run stopped heart-beating is settled by {@link recoverOrphans}: back to
 * QUEUED/RETRY when its attempt had not started (provably not sent), UNKNOWN otherwise.
 */
import { sql } from 'kysely';
import { type Db, PREPARED } from '../../db/create-db.js';
import type { DeliveryStatus, MailingKind } from '../../db/tables/mailings.js';
import { OPTIONAL_KINDS } from './audience.js';
import { SENDING_ORDER } from './sending-order.js';

export interface ClaimedDelivery {
  readonly id: string;
  readonly address: string;
  readonly recipientName: string;
  readonly organizationName: string;
  readonly contactId: string | null;
  readonly messageId: string;
  attempts: number;
}

export interface Claimed {
  /** The due deliveries now held by the run, in sending order. */
  readonly deliveries: ClaimedDelivery[];
  /** Due deliveries found suppressed or opted out since the audience was resolved. */
  readonly suppressed: number;
  /** Due deliveries looked at (claimed or suppressed); fewer than the limit: none left. */
  readonly taken: number;
}

/**
 * Claims up to `limit` due deliveries of the mailing for the run (SKIP LOCKED, in order). Each
 * is checked again, seconds before its send, against the suppression list and the contact's
 * opt-outs: an address suppressed or a contact opted out of the kind since the audience was
 * resolved becomes SUPPRESSED instead (checked here, once per batch, rather than per message
 * on the send path).
 */
export async function claimDeliveries(
  db: Db,
  mailing: { id: string; kind: MailingKind },
  runId: string,
  limit: number,
): Promise<Claimed> {
  const optional = OPTIONAL_KINDS.has(mailing.kind);
  const { rows } = await sql<{
    id: string;
    address: string;
    recipient_name: string;
    organization_name: string;
    contact_id: string | null;
    message_id: string;
    attempts: number;
    status: DeliveryStatus;
  }>`UPDATE deliveries d
    SET status = CASE WHEN checked.reason IS NULL THEN 'SENDING' ELSE 'SUPPRESSED' END,
        suppression_reason = checked.reason,
        claimed_by = CASE WHEN checked.reason IS NULL THEN ${runId} END,
        claimed_at = CASE WHEN checked.reason IS NULL THEN now() END,
        attempt_started_at = NULL, updated_at = now()
    FROM (
      SELECT due.id,
        CASE
          WHEN s.reason IS NOT NULL THEN s.reason
          WHEN ${optional}::boolean AND c.opted_out_kinds @> ARRAY[${mailing.kind}]::text[]
            THEN 'OPTED_OUT'
        END AS reason
      FROM (
        SELECT id, address, contact_id FROM deliveries
        WHERE mailing_id = ${mailing.id} AND status IN ('QUEUED', 'RETRY')
          AND next_attempt_at <= now()
        ORDER BY ${SENDING_ORDER}
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ) due
      LEFT JOIN contacts c ON c.id = due.contact_id
      LEFT JOIN suppressions s ON lower(s.address) = lower(due.address) AND s.lifted_at IS NULL
        AND (${optional}::boolean OR s.reason <> 'UNSUBSCRIBE_ALL')
    ) checked
    WHERE d.id = checked.id
    RETURNING d.id, d.address, d.recipient_name, d.organization_name, d.contact_id,
              d.message_id, d.attempts, d.status`.execute(db);
  if (rows.length > 0) {
    await sql`UPDATE mailings SET last_claim_at = now() WHERE id = ${mailing.id}`.execute(db);
  }
  const deliveries = rows
    .filter((r) => r.status === 'SENDING')
    .map((r) => ({
      id: r.id,
      address: r.address,
      recipientName: r.recipient_name,
      organizationName: r.organization_name,
      contactId: r.contact_id,
      messageId: r.message_id,
      attempts: r.attempts,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { deliveries, suppressed: rows.length - deliveries.length, taken: rows.length };
}

export interface StartedAttempts {
  /** The mailing is no longer SENDING (paused or cancelled): nothing was started. */
  readonly stopped: boolean;
  /** Deliveries whose attempt started, with their new attempt count. */
  readonly started: ReadonlyMap<string, number>;
  /** Deliveries found suppressed or opted out since they were claimed. */
  readonly suppressed: ReadonlySet<string>;
}

/**
 * Marks claimed deliveries' attempts as started — "possibly on the wire" — while their SMTP
 * transactions wait for it before the message data (the engine calls it per message once the
 * message holds a connection slot and passed the rate limit, several messages' starts
 * coalesced into one call, each with the outcome of the message its slot sent before,
 * `recordFirst`, recorded in the same statement) — unless the mailing was paused or cancelled
 * meanwhile (checked under a share lock on the mailing, so a pause that committed first is
 * always seen, and a pause waits for a start in progress), or the address was suppressed or
 * the contact opted out of the kind since the delivery was claimed (those become SUPPRESSED).
 */
export async function startAttempts(
  db: Db,
  mailing: { id: string; kind: MailingKind },
  runId: string,
  ids: readonly string[],
  recordFirst: readonly DeliveryResult[] = [],
): Promise<StartedAttempts> {
  const optional = OPTIONAL_KINDS.has(mailing.kind);
  // A connection slot's previous outcome is recorded by the same statement that starts its
  // next message: one round trip per message, and never more than one started-and-unrecorded
  // delivery per slot. Recording does not depend on the mailing's status.
  const recording =
    recordFirst.length > 0 ? sql`recorded AS (${recordUpdate(runId, recordFirst)}),` : sql``;
  // One statement, prepared once per connection (it runs per message, on the send path): the
  // share lock on the mailing row is held until it commits, and a pause committing meanwhile
  // is waited for and then seen (a locking read returns the row's latest version). If the
  // mailing is not SENDING, the `checked` rows are empty and nothing starts.
  const { rows } = await sql<{
    mailing_status: string;
    id: string | null;
    status: DeliveryStatus | null;
    attempts: number | null;
  }>`${sql.raw(PREPARED)}
    WITH ${recording}
    m AS (SELECT status FROM mailings WHERE id = ${mailing.id} FOR SHARE),
    checked AS (
      SELECT d.id,
        CASE
          WHEN s.reason IS NOT NULL THEN s.reason
          WHEN ${optional}::boolean AND c.opted_out_kinds @> ARRAY[${mailing.kind}]::text[]
            THEN 'OPTED_OUT'
        END AS reason
      FROM deliveries d
      LEFT JOIN contacts c ON c.id = d.contact_id
      LEFT JOIN suppressions s ON lower(s.address) = lower(d.address) AND s.lifted_at IS NULL
        AND (${optional}::boolean OR s.reason <> 'UNSUBSCRIBE_ALL')
      WHERE d.id = ANY(${ids as string[]}::uuid[]) AND d.status = 'SENDING'
        AND d.claimed_by = ${runId} AND d.attempt_started_at IS NULL
        AND (SELECT status FROM m) = 'SENDING'
    ),
    started AS (
      UPDATE deliveries d SET
        status = CASE WHEN checked.reason IS NULL THEN 'SENDING' ELSE 'SUPPRESSED' END,
        suppression_reason = checked.reason,
        attempt_started_at = CASE WHEN checked.reason IS NULL THEN now() END,
        attempts = d.attempts + CASE WHEN checked.reason IS NULL THEN 1 ELSE 0 END,
        updated_at = now()
      FROM checked WHERE d.id = checked.id
      RETURNING d.id, d.status, d.attempts
    )
    SELECT m.status AS mailing_status, started.id, started.status, started.attempts
    FROM m LEFT JOIN started ON true`.execute(db);
  if (rows[0]?.mailing_status !== 'SENDING') {
    return { stopped: true, started: new Map(), suppressed: new Set<string>() };
  }
  const started = new Map<string, number>();
  const suppressed = new Set<string>();
  for (const row of rows) {
    if (row.id === null) continue;
    if (row.status === 'SENDING') started.set(row.id, row.attempts ?? 0);
    else suppressed.add(row.id);
  }
  return { stopped: false, started, suppressed };
}

export type ResultStatus = 'SENT' | 'RETRY' | 'FAILED' | 'UNKNOWN';

export interface DeliveryResult {
  readonly id: string;
  readonly address: string;
  readonly status: ResultStatus;
  readonly reply: string | null;
  readonly error: string | null;
  /** For RETRY: when to try again, from now. */
  readonly retryInMs: number;
  /** FAILED with a 5.1.x reply: suppress the address (HARD_BOUNCE). */
  readonly suppress: boolean;
  readonly enhancedStatus: string | null;
}

/**
 * Records a group's outcomes in one statement (plus suppressions for bad mailboxes). Only rows
 * still held by this run are touched; a row recovery marked UNKNOWN meanwhile is corrected,
 * since this run knows what happened.
 */
export async function recordResults(
  db: Db,
  runId: string,
  results: readonly DeliveryResult[],
): Promise<void> {
  if (results.length === 0) return;
  const bad = results.filter((r) => r.suppress);
  // One statement in the usual case (it runs per few messages, on the send path); a
  // transaction only when addresses are to be suppressed with it.
  const record = (executor: Db) => recordUpdate(runId, results).execute(executor);
  if (bad.length === 0) {
    await record(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await record(trx);
    await suppressAddresses(
      trx,
      bad.map((r) => ({
        address: r.address,
        reason: 'HARD_BOUNCE' as const,
        source: 'smtp',
        detail: r.reply,
        deliveryId: r.id,
      })),
    );
    await sql`INSERT INTO bounce_events (source, type, address, delivery_id, status, reason)
        SELECT 'SMTP', 'HARD', a, d, s, r
        FROM unnest(${bad.map((r) => r.address)}::text[], ${bad.map((r) => r.id)}::uuid[],
                    ${bad.map((r) => r.enhancedStatus)}::text[], ${bad.map((r) => r.reply)}::text[])
          AS x(a, d, s, r)`.execute(trx);
  });
}

/** The UPDATE that records outcomes (rows still held by this run; UNKNOWN ones corrected). */
function recordUpdate(runId: string, results: readonly DeliveryResult[]) {
  return sql`UPDATE deliveries d SET
      status = v.status,
      last_smtp_reply = COALESCE(v.reply, d.last_smtp_reply),
      last_error = v.error,
      next_attempt_at = CASE WHEN v.status = 'RETRY'
        THEN now() + v.retry_ms * interval '1 millisecond' ELSE d.next_attempt_at END,
      sent_at = CASE WHEN v.status = 'SENT' THEN now() ELSE d.sent_at END,
      updated_at = now()
    FROM unnest(
      ${results.map((r) => r.id)}::uuid[],
      ${results.map((r) => r.status)}::text[],
      ${results.map((r) => r.reply)}::text[],
      ${results.map((r) => r.error)}::text[],
      ${results.map((r) => r.retryInMs)}::float8[]
    ) AS v(id, status, reply, error, retry_ms)
    WHERE d.id = v.id AND d.claimed_by = ${runId} AND d.status IN ('SENDING', 'UNKNOWN')`;
}

export interface NewSuppression {
  readonly address: string;
  readonly reason: 'HARD_BOUNCE' | 'COMPLAINT' | 'UNSUBSCRIBE_ALL' | 'MANUAL';
  readonly source: string;
  readonly detail: string | null;
  readonly deliveryId: string | null;
  readonly createdBy?: string | null;
}

/**
 * Suppresses addresses (one active suppression per address; an existing one is kept) and
 * marks contacts with those addresses BOUNCED or COMPLAINED. Returns the addresses that were
 * newly suppressed.
 */
export async function suppressAddresses(
  db: Db,
  entries: readonly NewSuppression[],
): Promise<string[]> {
  if (entries.length === 0) return [];
  const { rows } = await sql<{ address: string }>`
    INSERT INTO suppressions (address, reason, source, detail, delivery_id, created_by)
    SELECT lower(a), r, s, d, dl, cb
    FROM unnest(
      ${entries.map((e) => e.address)}::text[], ${entries.map((e) => e.reason)}::text[],
      ${entries.map((e) => e.source)}::text[], ${entries.map((e) => e.detail)}::text[],
      ${entries.map((e) => e.deliveryId)}::uuid[], ${entries.map((e) => e.createdBy ?? null)}::uuid[]
    ) AS x(a, r, s, d, dl, cb)
    ON CONFLICT (lower(address)) WHERE lifted_at IS NULL DO NOTHING
    RETURNING address`.execute(db);
  for (const status of ['BOUNCED', 'COMPLAINED'] as const) {
    const reason = status === 'BOUNCED' ? 'HARD_BOUNCE' : 'COMPLAINT';
    const addresses = entries
      .filter((e) => e.reason === reason)
      .map((e) => e.address.toLowerCase());
    if (addresses.length === 0) continue;
    await sql`UPDATE contacts SET email_status = ${status}, updated_at = now()
      WHERE lower(email) = ANY(${addresses}::text[]) AND email_status <> ${status}`.execute(db);
  }
  return rows.map((r) => r.address);
}

/** Returns claimed deliveries whose attempt never started to the queue (not sent). */
export async function releaseClaimed(
  db: Db,
  runId: string,
  ids?: readonly string[],
): Promise<number> {
  const result = await sql`UPDATE deliveries SET
      status = CASE WHEN attempts = 0 THEN 'QUEUED' ELSE 'RETRY' END,
      claimed_by = NULL, claimed_at = NULL, updated_at = now()
    WHERE status = 'SENDING' AND claimed_by = ${runId} AND attempt_started_at IS NULL
      ${ids ? sql`AND id = ANY(${ids as string[]}::uuid[])` : sql``}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Undoes the start of attempts whose start statement failed from this worker's point of view
 * (the connection dropped): it may have committed, but the worker never handed those messages to
 * SMTP, so they go back to the queue instead of becoming UNKNOWN.
 */
export async function undoStarts(db: Db, runId: string, ids: readonly string[]): Promise<number> {
  const result = await sql`UPDATE deliveries SET
      status = CASE WHEN attempts <= 1 THEN 'QUEUED' ELSE 'RETRY' END,
      attempts = greatest(attempts - 1, 0), attempt_started_at = NULL,
      claimed_by = NULL, claimed_at = NULL, updated_at = now()
    WHERE id = ANY(${ids as string[]}::uuid[]) AND claimed_by = ${runId}
      AND status = 'SENDING' AND attempt_started_at IS NOT NULL`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface Recovered {
  readonly mailingId: string;
  readonly requeued: number;
  readonly unknown: number;
}

/**
 * Settles SENDING deliveries whose run has no fresh heartbeat (its worker died, or lost the
 * database): not started → back to the queue; started → UNKNOWN (may have been delivered).
 */
export async function recoverOrphans(
  db: Db,
  staleAfterMs: number,
  mailingId?: string,
): Promise<Recovered[]> {
  const { rows } = await sql<{ mailing_id: string; requeued: number; unknown: number }>`
    WITH recovered AS (
      UPDATE deliveries d SET
        status = CASE WHEN d.attempt_started_at IS NULL
          THEN CASE WHEN d.attempts = 0 THEN 'QUEUED' ELSE 'RETRY' END
          ELSE 'UNKNOWN' END,
        last_error = CASE WHEN d.attempt_started_at IS NULL THEN d.last_error
          ELSE 'The worker stopped while this message was being sent (crash, kill or lost database connection); it may have been delivered. Check with the recipient or resend it by hand (resendDelivery).' END,
        updated_at = now()
      WHERE d.status = 'SENDING'
        ${mailingId ? sql`AND d.mailing_id = ${mailingId}` : sql``}
        AND NOT EXISTS (
          SELECT 1 FROM mail_senders s
          WHERE s.id = d.claimed_by
            AND s.heartbeat_at > now() - ${staleAfterMs} * interval '1 millisecond')
      RETURNING d.mailing_id, d.status
    )
    SELECT mailing_id, count(*) FILTER (WHERE status <> 'UNKNOWN')::int AS requeued,
           count(*) FILTER (WHERE status = 'UNKNOWN')::int AS unknown
    FROM recovered GROUP BY mailing_id`.execute(db);
  return rows.map((r) => ({ mailingId: r.mailing_id, requeued: r.requeued, unknown: r.unknown }));
}

export interface MailingProgress {
  readonly status: string;
  /** Deliveries claimable now. */
  readonly dueNow: number;
  /** Earliest next attempt of a waiting delivery (RETRY in the future). */
  readonly nextDueAt: Date | null;
  /** Deliveries being sent. */
  readonly sending: number;
  readonly lastClaimAt: Date | null;
}

export async function mailingProgress(db: Db, mailingId: string): Promise<MailingProgress | null> {
  const { rows } = await sql<{
    status: string;
    due_now: number;
    next_due_at: Date | null;
    sending: number;
    last_claim_at: Date | null;
  }>`SELECT m.status, m.last_claim_at,
      (SELECT count(*) FROM deliveries WHERE mailing_id = m.id
         AND status IN ('QUEUED', 'RETRY') AND next_attempt_at <= now())::int AS due_now,
      (SELECT min(next_attempt_at) FROM deliveries WHERE mailing_id = m.id
         AND status IN ('QUEUED', 'RETRY')) AS next_due_at,
      (SELECT count(*) FROM deliveries WHERE mailing_id = m.id AND status = 'SENDING')::int AS sending
    FROM mailings m WHERE m.id = ${mailingId}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return {
    status: row.status,
    dueNow: row.due_now,
    nextDueAt: row.next_due_at,
    sending: row.sending,
    lastClaimAt: row.last_claim_at,
  };
}

/** SENDING → SENT once no delivery is waiting or being sent. Returns true when it did. */
export async function finalizeIfDone(db: Db, mailingId: string): Promise<boolean> {
  const result = await sql`UPDATE mailings SET status = 'SENT', completed_at = now(),
      updated_at = now(), version = version + 1
    WHERE id = ${mailingId} AND status = 'SENDING' AND resolved_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM deliveries
        WHERE mailing_id = ${mailingId} AND status IN ('QUEUED', 'RETRY', 'SENDING'))`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}
