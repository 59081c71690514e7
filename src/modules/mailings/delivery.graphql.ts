/**
 * GraphQL of a mailing's deliveries: one message to one address, its status and live counts per
 * mailing, and resending one by hand. Secretariat only.
 */
import { isSecretariat } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import type { DELIVERY_STATUSES, DELIVERY_SUPPRESSION_REASONS } from '../../db/tables/mailings.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import type { Delivery, DeliveryCounts } from './mailing.js';
import { findDeliveriesByIds } from './mailing.repository.js';
import * as service from './mailing.service.js';
import { MailingRef } from './mailing-ref.graphql.js';

const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  description: 'What happened to one message of a mailing (one address). See docs/mail-engine.md.',
  values: {
    QUEUED: { description: 'Waiting to be sent.' },
    SENDING: { description: 'Claimed by a worker and being sent right now.' },
    SENT: {
      description: 'Accepted by the receiving SMTP server (not proof of delivery to the inbox).',
    },
    RETRY: {
      description: 'A temporary failure (4xx or network); will be tried again at `nextAttemptAt`.',
    },
    FAILED: { description: 'Refused (5xx) or out of attempts; not sent.' },
    BOUNCED: { description: 'Accepted, then reported back as undeliverable (bounce report).' },
    SUPPRESSED: {
      description:
        'Not sent: the address is suppressed or the contact opted out (see `suppressionReason`).',
    },
    UNKNOWN: {
      description:
        'The connection was lost after the whole message was sent and before the server answered: it may have arrived. Never resent automatically; see `resendDelivery`.',
    },
    CANCELLED: { description: 'Not sent because the mailing was cancelled.' },
  } satisfies Record<(typeof DELIVERY_STATUSES)[number], { description: string }>,
});

export const DeliverySuppressionReasonEnum = builder.enumType('DeliverySuppressionReason', {
  description: 'Why a delivery was recorded as SUPPRESSED.',
  values: {
    HARD_BOUNCE: {
      description:
        'The address is suppressed after a hard bounce, or the contact is marked BOUNCED.',
    },
    COMPLAINT: {
      description:
        'The address is suppressed after a complaint, or the contact is marked COMPLAINED.',
    },
    UNSUBSCRIBE_ALL: { description: 'The address asked for no optional mail.' },
    MANUAL: { description: 'The address was suppressed by the secretariat.' },
    OPTED_OUT: { description: 'The contact opted out of this kind of mail.' },
    INVALID_ADDRESS: { description: 'The contact’s address is not a valid e-mail address.' },
  } satisfies Record<(typeof DELIVERY_SUPPRESSION_REASONS)[number], { description: string }>,
});

export const DeliveryRef = builder.loadableNodeRef('Delivery', {
  id: { resolve: (d: Delivery) => d.id },
  load: async (ids: string[], context: Context) => {
    if (!isSecretariat(context.viewer)) return ids.map(() => null);
    const found = new Map((await findDeliveriesByIds(context.db, ids)).map((d) => [d.id, d]));
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (d: Delivery) => d.id,
});

export const DeliveryCountsRef = builder.objectRef<DeliveryCounts>('DeliveryCounts').implement({
  description: 'Live counts of a mailing’s deliveries per status.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'All deliveries (one per address).' }),
    queued: t.exposeInt('QUEUED', { description: 'Waiting.' }),
    sending: t.exposeInt('SENDING', { description: 'Being sent now.' }),
    sent: t.exposeInt('SENT', { description: 'Accepted by the receiving server.' }),
    retry: t.exposeInt('RETRY', { description: 'Waiting for another attempt.' }),
    failed: t.exposeInt('FAILED', { description: 'Refused or out of attempts.' }),
    bounced: t.exposeInt('BOUNCED', { description: 'Reported back as undeliverable.' }),
    suppressed: t.exposeInt('SUPPRESSED', { description: 'Skipped (suppressed or opted out).' }),
    unknown: t.exposeInt('UNKNOWN', {
      description: 'Outcome unknown (may have arrived); needs a decision.',
    }),
    cancelled: t.exposeInt('CANCELLED', { description: 'Cancelled before sending.' }),
    softBounces: t.exposeInt('softBounces', {
      description: 'Soft bounce reports received (counted only).',
    }),
    complaints: t.exposeInt('complaints', { description: 'Complaints received.' }),
  }),
});

export const DeliveryFilter = builder.inputType('DeliveryFilter', {
  description: 'Narrow the deliveries of a mailing.',
  fields: (t) => ({
    statuses: t.field({ type: [DeliveryStatusEnum], description: 'Any of these statuses.' }),
  }),
});

DeliveryRef.implement({
  description: 'One message of a mailing to one address. Secretariat only.',
  fields: (t) => ({
    mailing: t.field({
      type: MailingRef,
      description: 'The mailing.',
      resolve: (d) => d.mailingId,
    }),
    address: t.expose('address', {
      type: 'EmailAddress',
      description: 'Recipient address (snapshot).',
    }),
    recipientName: t.exposeString('recipientName', { description: 'Recipient name (snapshot).' }),
    organizationName: t.exposeString('organizationName', {
      description: 'Organisation name (snapshot).',
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organisation, if it still exists.',
      resolve: (d) => d.organizationId,
    }),
    status: t.expose('status', { type: DeliveryStatusEnum, description: 'Status.' }),
    suppressionReason: t.expose('suppressionReason', {
      type: DeliverySuppressionReasonEnum,
      nullable: true,
      description: 'Why it was SUPPRESSED.',
    }),
    messageId: t.exposeString('messageId', {
      description: 'Message-ID header, fixed when the delivery was created.',
    }),
    attempts: t.exposeInt('attempts', { description: 'Attempts started.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a RETRY is tried again.',
      resolve: (d) => (d.status === 'RETRY' ? d.nextAttemptAt : null),
    }),
    lastSmtpReply: t.exposeString('lastSmtpReply', {
      nullable: true,
      description: 'The receiving server’s last reply.',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'What went wrong last.',
    }),
    sentAt: t.expose('sentAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the server accepted it.',
    }),
    bouncedAt: t.expose('bouncedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a bounce was reported.',
    }),
    complainedAt: t.expose('complainedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a complaint was reported.',
    }),
    softBounceCount: t.exposeInt('softBounceCount', {
      description: 'Soft bounce reports received for it.',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
  }),
});

// ---- mutations -------------------------------------------------------------------------------

const ResendDeliveryInput = builder.inputType('ResendDeliveryInput', {
  description: 'A delivery to send again.',
  fields: (t) => ({
    deliveryId: t.globalID({
      for: DeliveryRef,
      required: true,
      description: 'An UNKNOWN or FAILED delivery.',
    }),
  }),
});

const DeliveryPayload = builder.objectRef<{ delivery: Delivery }>('DeliveryPayload').implement({
  description: 'The delivery after the change.',
  fields: (t) => ({
    delivery: t.expose('delivery', { type: DeliveryRef, description: 'The delivery.' }),
  }),
});

builder.mutationFields((t) => ({
  resendDelivery: t.field({
    description:
      'Sends an UNKNOWN or FAILED delivery again (same Message-ID), after you decided it did not arrive. Secretariat only.',
    type: DeliveryPayload,
    errors: { types: [ConflictError, NotFoundError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: ResendDeliveryInput, required: true, description: 'The delivery.' }),
    },
    resolve: async (_root, { input }, context) => ({
      delivery: await service.resendDelivery(context.db, context, {
        deliveryId: input.deliveryId.id,
      }),
    }),
  }),
}));
