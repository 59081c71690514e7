import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { todayInJapan } from '../../lib/japan-date.js';

import {
  DECISION_ARG_DESCRIPTION,
  DecisionRequestRef,
  type DecisionState,
  DecisionStateEnum,
  decisionFields,
  STATUS_ARG_DEPRECATION,
  statusFilter,
} from '../members/decision-request.graphql.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import {
  countGroupMembers,
  countRequests,
  findCurrentMemberships,
  findGroupMembers,
  findRequests,
  findRequestsOfOrganization,
  type WorkingGroupMembership,
  type WorkingGroupRequest,
} from './membership.repository.js';
import {
  decideWorkingGroupRequest,
  requestWorkingGroupChange,
  setWorkingGroupMembership,
} from './membership.service.js';
import { WorkingGroupRef } from './working-group.graphql.js';

const RoleEnum = builder.enumType('WorkingGroupRole', {
  description: 'Role in a working group.',
  values: {
    CHAIR: { description: 'Chair (座長).' },
    VICE_CHAIR: { description: 'Vice chair (副座長).' },
    MEMBER: { description: 'Member (構成員).' },
  } as const,
});

const MembershipRef = builder
  .objectRef<WorkingGroupMembership>('WorkingGroupMembership')
  .implement({
    description: 'An organisation’s membership of a working group, with its role and dates.',
    fields: (t) => ({
      workingGroup: t.field({
        type: WorkingGroupRef,
        description: 'The group.',
        resolve: (m) => m.workingGroupNumber,
      }),
      organization: t.field({
        type: OrganizationRef,
        description: 'The organisation.',
        resolve: (m) => m.organizationId,
      }),
      role: t.expose('role', { type: RoleEnum, description: 'Role.' }),
      joinedOn: t.expose('joinedOn', {
        type: 'Date',
        description: 'Joined (or took this role) on.',
      }),
      leftOn: t.expose('leftOn', {
        type: 'Date',
        nullable: true,
        description: 'Left (or changed role) on.',
      }),
    }),
  });

builder.objectField(WorkingGroupRef, 'members', (t) =>
  t.connection({
    description:
      'Current members: chair, vice chairs, then 五十音順. Anonymous callers and partners see active members only.',
    type: MembershipRef,
    resolve: (group, args, { db, viewer }) => {
      const activeOnly = viewer.kind !== 'SECRETARIAT';
      return offsetConnection(
        args,
        (page) => findGroupMembers(db, group.number, activeOnly, page),
        () => countGroupMembers(db, group.number, activeOnly),
      );
    },
  }),
);

builder.objectField(OrganizationRef, 'workingGroupMemberships', (t) =>
  t.loadableGroup({
    type: MembershipRef,
    description: 'Current working-group memberships with roles.',
    load: (ids: string[], { db }) => findCurrentMemberships(db, ids),
    group: (m) => m.organizationId,
    resolve: (o) => o.id,
  }),
);

const RequestStatusEnum = builder.enumType('WorkingGroupRequestStatus', {
  description:
    'Where a join/leave request stands. Superseded by `DecisionState` (`WorkingGroupRequest.decision`), where DECLINED reads REJECTED.',
  values: {
    PENDING: { description: 'Waiting for the secretariat.' },
    APPROVED: { description: 'Approved and applied.' },
    DECLINED: { description: 'Declined.' },
    WITHDRAWN: { description: 'Withdrawn by the organisation.' },
  } as const,
});

const RequestKindEnum = builder.enumType('WorkingGroupRequestKind', {
  description: 'Join or leave.',
  values: {
    JOIN: { description: 'Join the group.' },
    LEAVE: { description: 'Leave the group.' },
  } as const,
});

/** A request's status under each decision state it can be in (declining is rejecting). */
const REQUEST_STATUS = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies Partial<Record<DecisionState, WorkingGroupRequest['status']>>;

const RequestRef = builder.objectRef<WorkingGroupRequest>('WorkingGroupRequest').implement({
  description: 'An organisation’s request to join or leave a working group.',
  interfaces: [DecisionRequestRef],
  fields: (t) => ({
    ...decisionFields(t, {
      table: 'working_group_requests',
      key: (r) => r.id,
      decision: (r) => (r.status === 'DECLINED' ? 'REJECTED' : r.status),
      decisionReason: (r) => r.reason,
    }),
    id: t.exposeID('id', { description: 'Request id.' }),
    workingGroup: t.field({
      type: WorkingGroupRef,
      description: 'The group.',
      resolve: (r) => r.workingGroupNumber,
    }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The organisation.',
      resolve: (r) => r.organizationId,
    }),
    kind: t.field({ type: RequestKindEnum, description: 'Join or leave.', resolve: (r) => r.kind }),
    status: t.field({
      type: RequestStatusEnum,
      description: 'Status.',
      deprecationReason: 'Use `decision`.',
      resolve: (r) => r.status,
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Reason given with the decision.',
      deprecationReason: 'Use `decisionReason`.',
    }),
    requestReason: t.exposeString('requestReason', {
      nullable: true,
      description: 'The organisation’s own reason for asking to join or leave, if it gave one.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'Requested.',
      deprecationReason: 'Use `requestedAt`.',
      resolve: (r) => r.createdAt,
    }),
  }),
});

builder.queryFields((t) => ({
  workingGroupRequests: t.connection({
    description: 'Join/leave requests, newest first. Secretariat only.',
    type: RequestRef,
    authScopes: { secretariat: true },
    args: {
      status: t.arg({
        type: RequestStatusEnum,
        description: 'Only this status.',
        deprecationReason: STATUS_ARG_DEPRECATION,
      }),
      decision: t.arg({ type: DecisionStateEnum, description: DECISION_ARG_DESCRIPTION }),
    },
    resolve: (_root, args, { db }) => {
      const status = statusFilter(args, REQUEST_STATUS);
      return offsetConnection(
        args,
        (page) => findRequests(db, status, page),
        () => countRequests(db, status),
      );
    },
  }),
}));

builder.objectField(OrganizationRef, 'workingGroupRequests', (t) =>
  t.field({
    type: [RequestRef],
    description:
      'The organisation’s join/leave requests, newest first. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    resolve: (o, _args, { db }) => findRequestsOfOrganization(db, o.id),
  }),
);

const groupNumber = z.number().int().min(1).max(3);

const RequestInput = builder.inputType('WorkingGroupRequestInput', {
  description: 'Which organisation and which group.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The organisation.',
    }),
    workingGroup: t.int({
      required: true,
      description: 'Group number, 1–3.',
      validate: groupNumber,
    }),
    reason: t.string({
      description:
        'Why the organisation asks to join or leave (optional, up to 1,000 characters); the secretariat reads it with the request.',
      validate: z.string().trim().max(1000, '1,000文字以内で入力してください'),
    }),
  }),
});

const RequestPayload = builder
  .objectRef<{ request: WorkingGroupRequest }>('WorkingGroupRequestPayload')
  .implement({
    description: 'The request.',
    fields: (t) => ({
      request: t.expose('request', {
        type: RequestRef,
        description: 'The request.',
      }),
    }),
  });

const DecideInput = builder.inputType('DecideWorkingGroupRequestInput', {
  description: 'A decision on a join/leave request.',
  fields: (t) => ({
    requestId: t.id({ required: true, description: 'The request.' }),
    effectiveOn: t.field({
      type: 'Date',
      description: 'Date the change takes effect (default: today, Japan time).',
    }),
    reason: t.string({
      description: 'Reason, e.g. when declining.',
      validate: z.string().max(1000),
    }),
  }),
});

const SetMembershipInput = builder.inputType('SetWorkingGroupMembershipInput', {
  description: 'Add an organisation to a group, change its role, or remove it (role: null).',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The organisation.',
    }),
    workingGroup: t.int({
      required: true,
      description: 'Group number, 1–3.',
      validate: groupNumber,
    }),
    role: t.field({
      type: RoleEnum,
      description: 'New role; null removes the organisation from the group.',
    }),
    effectiveOn: t.field({
      type: 'Date',
      description: 'Date of the change (default: today, Japan time).',
    }),
  }),
});

const SetMembershipPayload = builder
  .objectRef<{ membership: WorkingGroupMembership | null }>('SetWorkingGroupMembershipPayload')
  .implement({
    description: 'The membership after the change (null when removed).',
    fields: (t) => ({
      membership: t.expose('membership', {
        type: MembershipRef,
        nullable: true,
        description: 'The membership.',
      }),
    }),
  });

builder.mutationFields((t) => {
  const requestChange = (kind: 'JOIN' | 'LEAVE', description: string) =>
    t.field({
      description,
      type: RequestPayload,
      errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
      authScopes: (_root, args) => ({ organization: args.input.organizationId.id }),
      args: { input: t.arg({ type: RequestInput, required: true, description: 'The request.' }) },
      resolve: async (_root, { input }, context) => ({
        request: await requestWorkingGroupChange(context.db, context, {
          organizationId: input.organizationId.id,
          group: input.workingGroup,
          kind,
          requestReason: input.reason?.trim() ? input.reason.trim() : null,
        }),
      }),
    });
  const decide = (approve: boolean, description: string) =>
    t.field({
      description,
      type: RequestPayload,
      // Declining applies nothing, so it cannot fail validation.
      errors: {
        types: approve
          ? [ConflictError, NotFoundError, ValidationFailedError]
          : [ConflictError, NotFoundError],
      },
      authScopes: { secretariat: true },
      args: { input: t.arg({ type: DecideInput, required: true, description: 'The decision.' }) },
      resolve: async (_root, { input }, context) => ({
        request: await decideWorkingGroupRequest(
          context.db,
          context,
          {
            requestId: String(input.requestId),
            approve,
            on: input.effectiveOn ?? todayInJapan(),
            reason: input.reason ?? null,
          },
          context.config,
        ),
      }),
    });
  return {
    requestToJoinWorkingGroup: requestChange(
      'JOIN',
      'Asks to join a working group; the secretariat decides. The organisation’s users and the secretariat.',
    ),
    requestToLeaveWorkingGroup: requestChange(
      'LEAVE',
      'Asks to leave a working group; the secretariat confirms. The organisation’s users and the secretariat.',
    ),
    approveWorkingGroupRequest: decide(
      true,
      'Approves a join/leave request and applies it. Secretariat only.',
    ),
    declineWorkingGroupRequest: decide(false, 'Declines a join/leave request. Secretariat only.'),
    setWorkingGroupMembership: t.field({
      description: 'Adds, re-roles or removes a group member directly. Secretariat only.',
      type: SetMembershipPayload,
      errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
      authScopes: { secretariat: true },
      args: {
        input: t.arg({ type: SetMembershipInput, required: true, description: 'The change.' }),
      },
      resolve: async (_root, { input }, context) => ({
        membership: await setWorkingGroupMembership(
          context.db,
          context,
          {
            organizationId: input.organizationId.id,
            group: input.workingGroup,
            role: input.role ?? null,
            on: input.effectiveOn ?? todayInJapan(),
          },
          context.config,
        ),
      }),
    }),
  };
});
