/**
 * What recipients can change from a link in a message: unsubscribe from one kind of mail
 * (one click, RFC 8058) and choose kinds on a preferences page. A choice applies to the
 * address — every contact with it — because the engine sends one message per address.
 */
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/create-db.js';
import type { MailingKind } from '../../db/tables/mailings.js';
import { OPTIONAL_KINDS } from './audience.js';
import { suppressAddresses } from './deliveries.js';

/** Kinds a contact can opt out of, in display order, with their Japanese names. */
export const OPTIONAL_KIND_LABELS: readonly { kind: MailingKind; label: string }[] = [
  { kind: 'NEWSLETTER', label: 'メールマガジン' },
  { kind: 'VISIT_REPORT', label: '事務局訪問記' },
];

export interface UnsubscribeTarget {
  readonly deliveryId: string;
  readonly kind: MailingKind;
  readonly address: string;
  readonly contactId: string | null;
  readonly recipientName: string;
  readonly organizationName: string;
  readonly optional: boolean;
  readonly alreadyOptedOut: boolean;
}

export async function findUnsubscribeTarget(
  db: Db,
  deliveryId: string,
): Promise<UnsubscribeTarget | null> {
  const row = await db
    .selectFrom('deliveries as d')
    .innerJoin('mailings as m', 'm.id', 'd.mailing_id')
    .leftJoin('contacts as c', 'c.id', 'd.contact_id')
    .select([
      'd.id',
      'd.address',
      'd.contact_id',
      'd.recipient_name',
      'd.organization_name',
      'm.kind',
      'c.opted_out_kinds',
    ])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    deliveryId: row.id,
    kind: row.kind,
    address: row.address,
    contactId: row.contact_id,
    recipientName: row.recipient_name,
    organizationName: row.organization_name,
    optional: OPTIONAL_KINDS.has(row.kind),
    alreadyOptedOut: (row.opted_out_kinds ?? []).includes(row.kind),
  };
}

/**
 * Opts the address out of the delivery's kind, at once (a send job checks just before each
 * message). Idempotent. Returns whether anything changed.
 */
export async function unsubscribe(db: Db, target: UnsubscribeTarget): Promise<boolean> {
  if (!target.optional) return false;
  if (!target.contactId) {
    // The contact was deleted since: suppress the address from optional mail instead.
    const added = await suppressAddresses(db, [
      {
        address: target.address,
        reason: 'UNSUBSCRIBE_ALL',
        source: 'unsubscribe',
        detail: `one-click unsubscribe from ${target.kind}`,
        deliveryId: target.deliveryId,
      },
    ]);
    return added.length > 0;
  }
  const result = await sql`UPDATE contacts
    SET opted_out_kinds = array_append(opted_out_kinds, ${target.kind}), updated_at = now()
    WHERE (id = ${target.contactId} OR lower(email) = lower(${target.address}))
      AND NOT (opted_out_kinds @> ARRAY[${target.kind}]::text[])`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export type UnsubscribeOutcome = 'UNSUBSCRIBED' | 'ALREADY_UNSUBSCRIBED' | 'NOT_OPTIONAL';

/**
 * An unsubscribe request for a delivery, by whichever channel (the one-click POST or mail to
 * the List-Unsubscribe `mailto:`): opts out and records the audit event in one transaction.
 * A repeat changes nothing and records nothing.
 */
export async function unsubscribeDelivery(
  db: Db,
  context: { viewer: Viewer; requestId: string },
  target: UnsubscribeTarget,
  via: 'one-click' | 'mailto',
): Promise<UnsubscribeOutcome> {
  if (!target.optional) return 'NOT_OPTIONAL';
  const changed = await db.transaction().execute(async (trx) => {
    const changed = await unsubscribe(trx, target);
    if (changed) {
      await recordAudit(trx, context, {
        action: 'contact.unsubscribe',
        targetType: 'Contact',
        targetId: target.contactId,
        after: { kind: target.kind, deliveryId: target.deliveryId, via },
      });
    }
    return changed;
  });
  return changed ? 'UNSUBSCRIBED' : 'ALREADY_UNSUBSCRIBED';
}

export interface ContactPreferences {
  readonly contactId: string;
  readonly name: string;
  readonly email: string;
  readonly organizationName: string;
  readonly optedOut: ReadonlySet<string>;
}

export async function findContactPreferences(
  db: Db,
  contactId: string,
): Promise<ContactPreferences | null> {
  const row = await db
    .selectFrom('contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select(['c.id', 'c.name', 'c.email', 'c.opted_out_kinds', 'o.name as organization_name'])
    .where('c.id', '=', contactId)
    .executeTakeFirst();
  return row
    ? {
        contactId: row.id,
        name: row.name,
        email: row.email,
        organizationName: row.organization_name,
        optedOut: new Set(row.opted_out_kinds),
      }
    : null;
}

/**
 * Sets which optional kinds the address receives (others in `opted_out_kinds` are kept).
 * Returns the kinds opted out of afterwards.
 */
export async function setPreferences(
  db: Db,
  contact: ContactPreferences,
  receive: ReadonlySet<string>,
): Promise<string[]> {
  const optional = OPTIONAL_KIND_LABELS.map((k) => k.kind as string);
  const optedOut = optional.filter((kind) => !receive.has(kind));
  await sql`UPDATE contacts SET
      opted_out_kinds = ARRAY(
        SELECT DISTINCT k FROM unnest(opted_out_kinds || ${optedOut}::text[]) AS k
        WHERE NOT (k = ANY(${optional.filter((k) => receive.has(k))}::text[]))
        ORDER BY k),
      updated_at = now()
    WHERE id = ${contact.contactId} OR lower(email) = lower(${contact.email})`.execute(db);
  return optedOut;
}
