/**
 * GraphQL of suppressions: addresses that must not be mailed, their list, and suppressing or
 * lifting one by hand. Secretariat only.
 */
import { z } from 'zod';
import { isSecretariat } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import type { SUPPRESSION_REASONS, SuppressionSource } from '../../db/tables/mailings.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { AccountRef } from '../accounts/account.graphql.js';
import { DeliveryRef } from './delivery.graphql.js';
import type { Suppression } from './mailing.js';
import {
  countSuppressions,
  findSuppressionsByIds,
  listSuppressions,
} from './mailing.repository.js';
import * as service from './mailing.service.js';

const SuppressionReasonEnum = builder.enumType('SuppressionReason', {
  description: 'Why an address must not be mailed.',
  values: {
    HARD_BOUNCE: { description: 'The mailbox does not exist (5.1.x reply or bounce report).' },
    COMPLAINT: { description: 'The recipient reported the mail as spam.' },
    UNSUBSCRIBE_ALL: {
      description:
        'The recipient asked for no optional mail at all (administrative mail still goes).',
    },
    MANUAL: { description: 'Suppressed by the secretariat.' },
  } satisfies Record<(typeof SUPPRESSION_REASONS)[number], { description: string }>,
});

const SuppressionSourceEnum = builder.enumType('SuppressionSource', {
  description: 'Where a suppression came from.',
  values: {
    SMTP: {
      value: 'smtp',
      description: 'The receiving server refused the message for good while it was being sent.',
    },
    WEBHOOK: {
      value: 'webhook',
      description: 'A bounce or complaint report the mail provider posted to /bounces.',
    },
    DSN: {
      value: 'dsn',
      description: 'A bounce message (delivery status notification) that came back by mail.',
    },
    UNSUBSCRIBE: {
      value: 'unsubscribe',
      description:
        'An unsubscribe link used after the contact it was sent to was deleted: the address stops getting optional mail.',
    },
    MANUAL: { value: 'manual', description: 'The secretariat suppressed it (suppressAddress).' },
  } satisfies Record<string, { value: SuppressionSource; description: string }>,
});

export const SuppressionRef = builder.loadableNodeRef('Suppression', {
  id: { resolve: (s: Suppression) => s.id },
  load: async (ids: string[], context: Context) => {
    if (!isSecretariat(context.viewer)) return ids.map(() => null);
    const found = new Map((await findSuppressionsByIds(context.db, ids)).map((s) => [s.id, s]));
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (s: Suppression) => s.id,
});

SuppressionRef.implement({
  description: 'An address that must not be mailed. Secretariat only.',
  fields: (t) => ({
    address: t.expose('address', {
      type: 'EmailAddress',
      description: 'The address (lower case).',
    }),
    reason: t.expose('reason', { type: SuppressionReasonEnum, description: 'Why.' }),
    source: t.expose('source', { type: SuppressionSourceEnum, description: 'Where it came from.' }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: 'The reply, report or note behind it.',
    }),
    delivery: t.field({
      type: DeliveryRef,
      nullable: true,
      description: 'The delivery that caused it.',
      resolve: (s) => s.deliveryId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Since when.' }),
    liftedAt: t.expose('liftedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was lifted.',
    }),
    liftedBy: t.expose('liftedBy', {
      type: AccountRef,
      nullable: true,
      description: 'Who lifted it.',
    }),
    liftNote: t.exposeString('liftNote', { nullable: true, description: 'Why it was lifted.' }),
  }),
});

const SuppressionFilter = builder.inputType('SuppressionFilter', {
  description: 'Narrow the list of suppressions.',
  fields: (t) => ({
    reasons: t.field({ type: [SuppressionReasonEnum], description: 'Any of these reasons.' }),
    address: t.string({ description: 'Part of the address.', validate: z.string().max(254) }),
    includeLifted: t.boolean({
      description: 'Include lifted suppressions (default: active only).',
    }),
  }),
});

builder.queryFields((t) => ({
  suppressions: t.connection({
    description: 'Suppressed addresses, newest first. Secretariat only.',
    type: SuppressionRef,
    authScopes: { secretariat: true },
    args: { filter: t.arg({ type: SuppressionFilter, description: 'Narrow the list.' }) },
    resolve: (_root, args, { db }) => {
      const filter = {
        reasons: args.filter?.reasons ?? null,
        address: args.filter?.address ?? null,
        includeLifted: args.filter?.includeLifted ?? false,
      };
      return offsetConnection(
        args,
        (page) => listSuppressions(db, filter, page),
        () => countSuppressions(db, filter),
      );
    },
  }),
}));

// ---- mutations -------------------------------------------------------------------------------

const SuppressAddressInput = builder.inputType('SuppressAddressInput', {
  description: 'An address to stop mailing.',
  fields: (t) => ({
    address: t.field({ type: 'EmailAddress', required: true, description: 'The address.' }),
    note: t.string({ description: 'Why.', validate: z.string().max(500) }),
  }),
});

const LiftSuppressionInput = builder.inputType('LiftSuppressionInput', {
  description: 'A suppression to lift.',
  fields: (t) => ({
    suppressionId: t.globalID({
      for: SuppressionRef,
      required: true,
      description: 'The suppression.',
    }),
    note: t.string({ description: 'Why it is lifted.', validate: z.string().max(500) }),
  }),
});

const SuppressionPayload = builder
  .objectRef<{ suppression: Suppression }>('SuppressionPayload')
  .implement({
    description: 'The suppression after the change.',
    fields: (t) => ({
      suppression: t.expose('suppression', {
        type: SuppressionRef,
        description: 'The suppression.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  suppressAddress: t.field({
    description: 'Stops all mail to an address (MANUAL suppression). Secretariat only.',
    type: SuppressionPayload,
    errors: { types: [ConflictError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: SuppressAddressInput, required: true, description: 'The address.' }),
    },
    resolve: async (_root, { input }, context) => ({
      suppression: await service.suppressAddress(context.db, context, {
        address: input.address,
        note: input.note ?? null,
      }),
    }),
  }),
  liftSuppression: t.field({
    description: 'Lifts a suppression so the address may be mailed again. Secretariat only.',
    type: SuppressionPayload,
    errors: { types: [ConflictError, NotFoundError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: LiftSuppressionInput, required: true, description: 'The suppression.' }),
    },
    resolve: async (_root, { input }, context) => ({
      suppression: await service.liftSuppression(context.db, context, {
        suppressionId: input.suppressionId.id,
        note: input.note ?? null,
      }),
    }),
  }),
}));
