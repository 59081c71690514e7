/**
 * One shape for the three requests the secretariat decides: membership applications, held
 * profile changes and working-group join/leave requests. Each type keeps its own fields (its old
 * `status` enum, `reason` or `rejectionReason` and `createdAt` stay, deprecated); the
 * `DecisionRequest` interface gives all three one vocabulary: who asked and when, the decision
 * state, and when, why and by whom it was decided.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import { AccountRef } from '../accounts/account.graphql.js';
import {
  type DecisionRecord,
  type DecisionState,
  type DecisionTable,
  findDecisionRecords,
} from './decision-request.repository.js';
import { OrganizationRef } from './organization.graphql.js';

export type { DecisionState };

export const DecisionStateEnum = builder.enumType('DecisionState', {
  description:
    'Where a request the secretariat decides stands: a membership application, a held profile change or a working-group join/leave request.',
  values: {
    PENDING: { description: 'Waiting for the secretariat’s decision.' },
    APPROVED: { description: 'Approved (and applied: a member, a published profile, a group).' },
    REJECTED: {
      description:
        'Rejected by the secretariat (`rejectApplication`, `rejectProfileChange`, `declineWorkingGroupRequest`).',
    },
    WITHDRAWN: { description: 'Withdrawn by the organisation before a decision.' },
    SUPERSEDED: {
      description: 'Replaced by a newer request of the same organisation before a decision.',
    },
  } satisfies Record<DecisionState, { description: string }>,
});

const DESCRIPTIONS = {
  decision: 'Where the request stands.',
  decidedAt: 'When it was decided, withdrawn or superseded; null while pending.',
  decisionReason: 'The secretariat’s reason given with the decision, if any.',
  decidedBy:
    'The secretariat account that approved or rejected it; null while pending, when withdrawn or superseded, when the account was deleted, or when you may not see the account.',
} as const;

/** What every implementing type has under the same names. */
interface RequestShape {
  readonly organizationId: string;
  readonly createdAt: Date;
}

export const DecisionRequestRef = builder.interfaceRef<RequestShape>('DecisionRequest').implement({
  description:
    'A request the secretariat decides: `MembershipApplication`, `ProfileChangeRequest` or `WorkingGroupRequest`. All three read the same way: who asked and when, the `decision` state, and when, why and by whom it was decided.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      description: 'The organisation that asked (or applied).',
      resolve: (r) => r.organizationId,
    }),
    requestedAt: t.field({
      type: 'DateTime',
      description: 'When the request was made.',
      resolve: (r) => r.createdAt,
    }),
    // Each type resolves these from its own record (decisionFields below).
    decision: t.field({ type: DecisionStateEnum, description: DESCRIPTIONS.decision }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, description: DESCRIPTIONS.decidedAt }),
    decisionReason: t.string({ nullable: true, description: DESCRIPTIONS.decisionReason }),
    decidedBy: t.field({ type: AccountRef, nullable: true, description: DESCRIPTIONS.decidedBy }),
  }),
});

/** `decided_by` and `decided_at` of each workflow's requests, batched per request. */
const recordLoaders = createContextCache((context: Context) => {
  const loader = (table: DecisionTable) =>
    new DataLoader<string, DecisionRecord | null>(async (keys) => {
      const byKey = new Map(
        (await findDecisionRecords(context.db, table, keys)).map((r) => [r.key, r]),
      );
      return keys.map((key) => byKey.get(key) ?? null);
    });
  return {
    membership_applications: loader('membership_applications'),
    profile_change_requests: loader('profile_change_requests'),
    working_group_requests: loader('working_group_requests'),
  } satisfies Record<DecisionTable, unknown>;
});

type Types = typeof builder.$inferSchemaTypes;

/** How one workflow's record reads as a decision. */
export interface DecisionView<Shape> {
  readonly table: DecisionTable;
  readonly key: (r: Shape) => string;
  readonly decision: (r: Shape) => DecisionState;
  readonly decisionReason: (r: Shape) => string | null;
  /** Left out when the record does not carry it: then it is read with `decidedBy`. */
  readonly decidedAt?: (r: Shape) => Date | null;
}

/** The interface's decision fields for one implementing type. */
export function decisionFields<Shape extends RequestShape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  view: DecisionView<Shape>,
) {
  const record = async (r: Shape, context: Context) =>
    view.decision(r) === 'PENDING' ? null : recordLoaders(context)[view.table].load(view.key(r));
  return {
    decision: t.field({
      type: DecisionStateEnum,
      description: DESCRIPTIONS.decision,
      resolve: (r) => view.decision(r),
    }),
    decidedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: DESCRIPTIONS.decidedAt,
      resolve: async (r, _args, context) =>
        view.decidedAt ? view.decidedAt(r) : ((await record(r, context))?.decidedAt ?? null),
    }),
    decisionReason: t.string({
      nullable: true,
      description: DESCRIPTIONS.decisionReason,
      resolve: (r) => view.decisionReason(r),
    }),
    decidedBy: t.field({
      type: AccountRef,
      nullable: true,
      description: DESCRIPTIONS.decidedBy,
      // AccountRef loads only accounts the viewer may see; others resolve to null.
      resolve: async (r, _args, context) => (await record(r, context))?.decidedBy ?? null,
    }),
  };
}

/**
 * The old status to filter a workflow's list on, from its `decision` argument and its deprecated
 * `status` argument: undefined for no filter, null when no request of this workflow can match.
 */
export function statusFilter<Status extends string>(
  args: { decision?: DecisionState | null; status?: Status | null },
  statusOf: Partial<Record<DecisionState, Status>>,
): Status | null | undefined {
  if (args.decision == null) return args.status ?? undefined;
  const status = statusOf[args.decision] ?? null;
  return args.status != null && args.status !== status ? null : status;
}

/** The `decision` argument of the three list queries. */
export const DECISION_ARG_DESCRIPTION = 'Only requests in this decision state.';
export const STATUS_ARG_DEPRECATION = 'Use `decision`.';
