/**
 * Asynchronous bounces and complaints: reports that arrive after a message was accepted, as
 * JSON from a provider's webhook or as a raw report message (DSN, RFC 3464 multipart/report;
 * ARF, RFC 5965 feedback reports). Hard bounces and complaints suppress the address and mark
 * the contacts; soft bounces are counted. Every report is kept in `bounce_events`.
 */

import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/create-db.js';
import type { BounceSource, BounceType } from '../../db/tables/mailings.js';
import { isBadMailboxStatus } from './classify.js';
import { suppressAddresses } from './deliveries.js';
import { MAILBOX_PATTERN } from './headers.js';

export interface BounceReport {
  readonly type: BounceType;
  readonly source: BounceSource;
  readonly address?: string | undefined;
  readonly deliveryId?: string | undefined;
  readonly status?: string | null | undefined;
  readonly reason?: string | null | undefined;
}

export interface BounceResult {
  readonly type: BounceType;
  readonly address: string;
  readonly deliveryId: string | null;
  /** The address was newly suppressed. */
  readonly suppressed: boolean;
}

/** A report names neither a known delivery nor a valid address. */
export class UnidentifiedBounceError extends Error {
  override name = 'UnidentifiedBounceError';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The delivery id in a VERP address `bounce+<id>@domain`, a Message-ID `<id@domain>`, or a bare id. */
export function deliveryIdFrom(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const verp = /bounce\+([0-9a-f-]{36})@/i.exec(value);
  if (verp?.[1]) return verp[1].toLowerCase();
  const bare = /^\s*<?([0-9a-f-]{36})(@[^>]*)?>?\s*$/i.exec(value);
  return bare?.[1] && UUID.test(bare[1]) ? bare[1].toLowerCase() : undefined;
}

const jsonReportSchema = z.strictObject({
  address: z.string().trim().max(254).optional(),
  deliveryId: z.string().trim().max(300).optional(),
  type: z.enum(['hard', 'soft', 'complaint']),
  status: z
    .string()
    .regex(/^[245]\.\d{1,3}\.\d{1,3}$/, 'must be an enhanced status code such as 5.1.1')
    .optional(),
  reason: z.string().max(2000).optional(),
});

/** Parses a webhook body: one report, an array, or `{ "events": [...] }`. */
export function parseJsonReports(body: unknown): BounceReport[] {
  const list = Array.isArray(body)
    ? body
    : body && typeof body === 'object' && 'events' in body && Array.isArray(body.events)
      ? body.events
      : [body];
  if (list.length === 0 || list.length > 1000) {
    throw new z.ZodError([
      { code: 'custom', path: [], message: 'send 1 to 1000 reports', input: body },
    ]);
  }
  return list.map((item) => {
    const r = jsonReportSchema.parse(item);
    return {
      type: r.type === 'hard' ? 'HARD' : r.type === 'soft' ? 'SOFT' : 'COMPLAINT',
      source: 'WEBHOOK',
      address: r.address,
      deliveryId: r.deliveryId ? (deliveryIdFrom(r.deliveryId) ?? r.deliveryId) : undefined,
      status: r.status ?? null,
      reason: r.reason ?? null,
    } satisfies BounceReport;
  });
}

/** Header-style fields of a report part, e.g. `Final-Recipient: rfc822; a@b` (unfolded). */
function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

function addressOf(value: string | undefined): string | undefined {
  const address = value
    ?.replace(/^rfc822\s*;\s*/i, '')
    .replace(/^<|>$/g, '')
    .trim();
  return address && MAILBOX_PATTERN.test(address) ? address : undefined;
}

interface MimePart {
  readonly headers: Map<string, string>;
  readonly headerText: string;
  readonly body: string;
}

/** Splits a message or body part into its (unfolded, lower-cased) headers and its body. */
function splitPart(text: string): MimePart {
  const match = /\r?\n\r?\n/.exec(text);
  const headerText = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  return { headers: fieldsOf(headerText), headerText, body };
}

function decodeBody(part: MimePart): string {
  const encoding = part.headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'base64') {
    return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (encoding === 'quoted-printable') {
    return Buffer.from(
      part.body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
          String.fromCharCode(Number.parseInt(hex, 16)),
        ),
      'latin1',
    ).toString('utf8');
  }
  return part.body;
}

/** The parts of a multipart body (one level). */
function multipartParts(part: MimePart): MimePart[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1];
  if (!boundary) return [];
  const chunks = part.body.split(
    new RegExp(`\\r?\\n?--${escapeRegExp(boundary)}(?:--)?[ \\t]*\\r?\\n`),
  );
  return chunks
    .slice(1)
    .filter((chunk) => chunk.trim() && !chunk.startsWith('--'))
    .map(splitPart);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function typeOf(part: MimePart): string {
  return (
    (part.headers.get('content-type') ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? ''
  );
}

/**
 * Reads a DSN (multipart/report; report-type=delivery-status) or an ARF complaint
 * (report-type=feedback-report) into reports, one per recipient. The delivery is found from
 * the VERP address the report was sent to, or the original message's Message-ID.
 */
export async function parseReportMessage(raw: Buffer): Promise<BounceReport[]> {
  const message = splitPart(raw.toString('utf8'));
  const contentType = message.headers.get('content-type') ?? '';
  const reportType = /report-type="?([a-z-]+)"?/i.exec(contentType)?.[1]?.toLowerCase();
  if (typeOf(message) !== 'multipart/report' || !reportType) {
    throw new UnidentifiedBounceError(
      'Not a report: expected Content-Type multipart/report with report-type=delivery-status or feedback-report (RFC 3464 / RFC 5965).',
    );
  }
  const parts = multipartParts(message).map((part) => ({
    type: typeOf(part),
    text: decodeBody(part),
  }));
  // The delivery: the VERP address the report was sent to, or the original Message-ID.
  const original = parts.find(
    (p) => p.type === 'message/rfc822' || p.type === 'text/rfc822-headers',
  );
  const originalMessageId = original
    ? /^message-id:\s*(<[^>]+>)/im.exec(original.text)?.[1]
    : undefined;
  const deliveryId = deliveryIdFrom(message.headerText) ?? deliveryIdFrom(originalMessageId);

  if (reportType === 'feedback-report') {
    const report = parts.find((p) => p.type === 'message/feedback-report');
    const fields = fieldsOf(report?.text ?? '');
    const originalTo = original ? /^to:\s*(.+)$/im.exec(original.text)?.[1] : undefined;
    const address =
      addressOf(fields.get('original-rcpt-to')) ??
      addressOf(originalTo?.match(/<([^>]+)>/)?.[1] ?? originalTo);
    return [
      {
        type: 'COMPLAINT',
        source: 'DSN',
        address,
        deliveryId,
        status: null,
        reason: `feedback-type: ${fields.get('feedback-type') ?? 'abuse'}`,
      },
    ];
  }

  const status = parts.find(
    (p) => p.type === 'message/delivery-status' || p.type === 'message/global-delivery-status',
  );
  if (!status) throw new UnidentifiedBounceError('The report has no message/delivery-status part.');
  const blocks = status.text.split(/\r?\n\s*\r?\n/).filter((b) => b.trim());
  const reports: BounceReport[] = [];
  for (const block of blocks.slice(1)) {
    const fields = fieldsOf(block);
    const action = fields.get('action')?.toLowerCase();
    if (!action || action === 'delivered' || action === 'relayed' || action === 'expanded')
      continue;
    const code = /^([245]\.\d{1,3}\.\d{1,3})/.exec(fields.get('status') ?? '')?.[1] ?? null;
    const hard = action === 'failed' && (isBadMailboxStatus(code) || code === '5.2.1');
    reports.push({
      type: hard ? 'HARD' : 'SOFT',
      source: 'DSN',
      address:
        addressOf(fields.get('final-recipient')) ?? addressOf(fields.get('original-recipient')),
      deliveryId,
      status: code,
      reason: (fields.get('diagnostic-code') ?? `action: ${action}`).slice(0, 2000),
    });
  }
  if (reports.length === 0) {
    throw new UnidentifiedBounceError(
      'The delivery-status part reports no failed or delayed recipient.',
    );
  }
  return reports;
}

/**
 * Applies one report: finds the delivery (by id, else the latest message sent to the address),
 * suppresses the address for a hard bounce or complaint, updates the delivery, records the
 * event. Run inside a transaction.
 */
export async function recordBounce(db: Db, report: BounceReport): Promise<BounceResult> {
  let delivery: { id: string; address: string } | undefined;
  if (report.deliveryId && UUID.test(report.deliveryId)) {
    delivery = await db
      .selectFrom('deliveries')
      .select(['id', 'address'])
      .where('id', '=', report.deliveryId)
      .executeTakeFirst();
  }
  if (!delivery && report.address) {
    // The latest message to the address among the mailings of the last 30 days (through the
    // (mailing_id, lower(address)) index, one probe per mailing).
    delivery = await db
      .selectFrom('deliveries')
      .select(['id', 'address'])
      .where(
        'mailing_id',
        'in',
        db
          .selectFrom('mailings')
          .select('id')
          .where('started_at', '>', sql<Date>`now() - interval '30 days'`),
      )
      .where(sql<boolean>`lower(address) = lower(${report.address})`)
      .where('status', 'in', ['SENT', 'UNKNOWN', 'BOUNCED'])
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }
  const address = delivery?.address ?? report.address;
  if (!address || !MAILBOX_PATTERN.test(address)) {
    throw new UnidentifiedBounceError(
      'The report names neither a known delivery (deliveryId or VERP address) nor a valid address.',
    );
  }
  let suppressed = false;
  if (report.type === 'HARD' || report.type === 'COMPLAINT') {
    const added = await suppressAddresses(db, [
      {
        address,
        reason: report.type === 'HARD' ? 'HARD_BOUNCE' : 'COMPLAINT',
        source: report.source === 'DSN' ? 'dsn' : 'webhook',
        detail: [report.status, report.reason].filter(Boolean).join(' ') || null,
        deliveryId: delivery?.id ?? null,
      },
    ]);
    suppressed = added.length > 0;
  }
  if (delivery) {
    if (report.type === 'HARD') {
      await db
        .updateTable('deliveries')
        .set({
          status: 'BOUNCED',
          bounced_at: new Date(),
          last_error: `Bounced: ${[report.status, report.reason].filter(Boolean).join(' ')}`.slice(
            0,
            2000,
          ),
          updated_at: new Date(),
        })
        .where('id', '=', delivery.id)
        .where('status', 'in', ['SENT', 'UNKNOWN', 'BOUNCED', 'FAILED'])
        .execute();
    } else if (report.type === 'COMPLAINT') {
      await db
        .updateTable('deliveries')
        .set({ complained_at: new Date(), updated_at: new Date() })
        .where('id', '=', delivery.id)
        .execute();
    } else {
      await db
        .updateTable('deliveries')
        .set((eb) => ({
          soft_bounce_count: eb('soft_bounce_count', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', delivery.id)
        .execute();
    }
  }
  await db
    .insertInto('bounce_events')
    .values({
      source: report.source,
      type: report.type,
      address: address.toLowerCase(),
      delivery_id: delivery?.id ?? null,
      status: report.status ?? null,
      reason: report.reason ?? null,
    })
    .execute();
  return {
    type: report.type,
    address: address.toLowerCase(),
    deliveryId: delivery?.id ?? null,
    suppressed,
  };
}
