import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { MailingKindEnum } from '../mailings/mailing-kind.graphql.js';
import {
  DECISION_ARG_DESCRIPTION,
  DecisionRequestRef,
  DecisionStateEnum,
  decisionFields,
  STATUS_ARG_DEPRECATION,
  statusFilter,
} from './decision-request.graphql.js';
import {
  FieldOfActivityEnum,
  OrganizationRef,
  PublishableFieldEnum,
} from './organization.graphql.js';
import type { Organization } from './organization.js';
import type { ProfilePatch } from './organization.repository.js';
import {
  decideProfileChange,
  submitProfileChange,
  withdrawProfileChange,
} from './profile.service.js';
import {
  countProfileChangeRequests,
  findProfileChangeRequests,
  type ProfileChangeRequest,
} from './profile-change.repository.js';
import { organizationDescription, organizationReading, ruleSchema, textSchema } from './rules.js';
import { readSettings, type Settings, updateSettings } from './settings.js';

const ProfileChangeStatusEnum = builder.enumType('ProfileChangeStatus', {
  description:
    'Where a held profile change stands. Superseded by `DecisionState` (`ProfileChangeRequest.decision`).',
  values: {
    PENDING: { description: 'Waiting for the secretariat.' },
    APPROVED: { description: 'Approved and published.' },
    REJECTED: { description: 'Rejected.' },
    SUPERSEDED: { description: 'Replaced by a newer request.' },
    WITHDRAWN: { description: 'Withdrawn by the organisation before a decision.' },
  } as const,
});

/** The profile fields a member's change can hold (UpdateOrganizationProfileInput's). */
const ProfileChangeFieldEnum = builder.enumType('ProfileChangeField', {
  description:
    'A profile field a member organisation changes itself; the names are those of UpdateOrganizationProfileInput (and of Organization).',
  values: {
    nameKana: { description: 'The reading in hiragana (`nameKana`).' },
    website: { description: 'The website (`website`).' },
    description: { description: 'The description of its activities (`description`).' },
    fieldsOfActivity: { description: 'The fields of activity (`fieldsOfActivity`).' },
    publishedFields: { description: 'The fields it publishes (`publishedFields`).' },
  } satisfies Record<keyof ProfilePatch, { description: string }>,
});

interface FieldChange {
  readonly field: keyof ProfilePatch;
  readonly before: unknown;
  readonly after: unknown;
}

const FieldChangeRef = builder.objectRef<FieldChange>('ProfileFieldChange').implement({
  description: 'One changed field of a held profile change.',
  fields: (t) => ({
    field: t.expose('field', {
      type: ProfileChangeFieldEnum,
      description: 'The field, e.g. `website`.',
    }),
    before: t.string({
      nullable: true,
      description: 'Current published value, as JSON text.',
      resolve: (c) => (c.before === undefined ? null : JSON.stringify(c.before)),
    }),
    after: t.string({
      nullable: true,
      description: 'Requested value, as JSON text.',
      resolve: (c) => JSON.stringify(c.after),
    }),
  }),
});

export const ProfileChangeRequestRef = builder
  .objectRef<ProfileChangeRequest>('ProfileChangeRequest')
  .implement({
    description: 'A member’s profile change held for secretariat review.',
    interfaces: [DecisionRequestRef],
    fields: (t) => ({
      ...decisionFields(t, {
        table: 'profile_change_requests',
        key: (r) => r.id,
        decision: (r) => r.status,
        decisionReason: (r) => r.reason,
        decidedAt: (r) => r.decidedAt,
      }),
      id: t.exposeID('id', { description: 'Request id.' }),
      organization: t.field({
        type: OrganizationRef,
        description: 'The organisation.',
        resolve: (r) => r.organizationId,
      }),
      status: t.field({
        type: ProfileChangeStatusEnum,
        description: 'Status.',
        deprecationReason: 'Use `decision`.',
        resolve: (r) => r.status,
      }),
      changes: t.field({
        type: [FieldChangeRef],
        description: 'The pending diff: each requested field with its current value.',
        resolve: async (r, _args, context) => {
          const organization = (await OrganizationRef.getDataloader(context).load(
            r.organizationId,
          )) as Organization | null;
          return Object.entries(r.changes).map(([field, after]) => ({
            field: field as keyof ProfilePatch,
            before: organization?.[field as keyof Organization],
            after,
          }));
        },
      }),
      reason: t.exposeString('reason', {
        nullable: true,
        description: 'Reason given with the decision.',
        deprecationReason: 'Use `decisionReason`.',
      }),
      createdAt: t.field({
        type: 'DateTime',
        description: 'Requested.',
        deprecationReason: 'Use `requestedAt`.',
        resolve: (r) => r.createdAt,
      }),
    }),
  });

const SettingsRef = builder.objectRef<Settings>('Settings').implement({
  description: 'Service-wide settings.',
  fields: (t) => ({
    profileChangesRequireReview: t.exposeBoolean('profileChangesRequireReview', {
      description:
        'Member users’ profile changes wait for secretariat approval before they are published.',
    }),
    approvalRequiredKinds: t.field({
      type: [MailingKindEnum],
      description:
        'Mail kinds that always need an admin’s approval (by an admin who did not write it) before sending, whatever the mailing says. Default: NOTICE and MEETING_NOTICE.',
      resolve: (s) => [...s.approvalRequiredKinds],
    }),
  }),
});

builder.queryFields((t) => ({
  profileChangeRequests: t.connection({
    description: 'Held profile changes, newest first. Secretariat only.',
    type: ProfileChangeRequestRef,
    authScopes: { secretariat: true },
    args: {
      status: t.arg({
        type: ProfileChangeStatusEnum,
        description: 'Only this status.',
        deprecationReason: STATUS_ARG_DEPRECATION,
      }),
      decision: t.arg({ type: DecisionStateEnum, description: DECISION_ARG_DESCRIPTION }),
    },
    resolve: (_root, args, { db }) => {
      // Every decision state is a profile-change status of the same name.
      const status = statusFilter(args, {
        PENDING: 'PENDING',
        APPROVED: 'APPROVED',
        REJECTED: 'REJECTED',
        WITHDRAWN: 'WITHDRAWN',
        SUPERSEDED: 'SUPERSEDED',
      });
      // `decision` and `status` that contradict each other match nothing.
      if (status === null)
        return offsetConnection(
          args,
          async () => [],
          async () => 0,
        );
      return offsetConnection(
        args,
        (page) => findProfileChangeRequests(db, { status: status ?? null }, page),
        () => countProfileChangeRequests(db, { status: status ?? null }),
      );
    },
  }),
  settings: t.field({
    description: 'Service-wide settings. Secretariat only.',
    type: SettingsRef,
    authScopes: { secretariat: true },
    resolve: (_root, _args, { db }) => readSettings(db),
  }),
}));

builder.objectField(OrganizationRef, 'pendingProfileChange', (t) =>
  t.field({
    type: ProfileChangeRequestRef,
    nullable: true,
    description:
      'The profile change waiting for review, if any. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    resolve: async (o, _args, { db }) =>
      (
        await findProfileChangeRequests(
          db,
          { status: 'PENDING', organizationId: o.id },
          { limit: 1, offset: 0 },
        )
      )[0] ?? null,
  }),
);

const DecideInput = builder.inputType('DecideProfileChangeInput', {
  description: 'A decision on a held profile change.',
  fields: (t) => ({
    requestId: t.id({ required: true, description: 'The request.' }),
    reason: t.string({
      description: 'Reason (shown to the organisation).',
      validate: z.string().max(1000),
    }),
  }),
});

const WithdrawInput = builder.inputType('WithdrawProfileChangeInput', {
  description: 'A pending profile change of your organisation to withdraw.',
  fields: (t) => ({
    requestId: t.id({ required: true, description: 'The request (`pendingProfileChange.id`).' }),
  }),
});

const DecidePayload = builder
  .objectRef<{ request: ProfileChangeRequest; organization: Organization }>(
    'DecideProfileChangePayload',
  )
  .implement({
    description: 'The request and the organisation after the decision.',
    fields: (t) => ({
      request: t.expose('request', {
        type: ProfileChangeRequestRef,
        description: 'The request.',
      }),
      organization: t.expose('organization', {
        type: OrganizationRef,
        description: 'The organisation.',
      }),
    }),
  });

const SettingsInput = builder.inputType('UpdateSettingsInput', {
  description: 'Settings to change.',
  fields: (t) => ({
    profileChangesRequireReview: t.boolean({
      description: 'Hold member users’ profile changes for review.',
    }),
    approvalRequiredKinds: t.field({
      type: [MailingKindEnum],
      description: 'Mail kinds that always need an admin’s approval before sending.',
    }),
  }),
});

const SettingsPayload = builder.objectRef<{ settings: Settings }>('SettingsPayload').implement({
  description: 'The settings after the change.',
  fields: (t) => ({
    settings: t.expose('settings', {
      type: SettingsRef,
      description: 'The settings.',
    }),
  }),
});

builder.mutationFields((t) => {
  const decide = (approve: boolean, description: string) =>
    t.field({
      description,
      type: DecidePayload,
      errors: { types: [ConflictError, NotFoundError] },
      authScopes: { secretariat: true },
      args: { input: t.arg({ type: DecideInput, required: true, description: 'The decision.' }) },
      resolve: (_root, { input }, context) =>
        decideProfileChange(
          context.db,
          context,
          { requestId: String(input.requestId), approve, reason: input.reason ?? null },
          context.config,
        ),
    });
  return {
    approveProfileChange: decide(true, 'Publishes a held profile change. Secretariat only.'),
    rejectProfileChange: decide(false, 'Rejects a held profile change. Secretariat only.'),
    withdrawProfileChange: t.field({
      description:
        'Withdraws your organisation’s pending profile change before the secretariat decides. Member users of that organisation only; NOT_FOUND for another organisation’s request, CONFLICT when it is no longer pending.',
      type: DecidePayload,
      errors: { types: [ConflictError, NotFoundError] },
      authScopes: { signedIn: true },
      args: {
        input: t.arg({
          type: WithdrawInput,
          required: true,
          description: 'The request to withdraw.',
        }),
      },
      resolve: (_root, { input }, context) =>
        withdrawProfileChange(context.db, context, { requestId: String(input.requestId) }),
    }),
    updateSettings: t.field({
      description:
        'Changes service-wide settings; settings left out stay as they are. VALIDATION_FAILED when the input changes nothing. Secretariat admin only.',
      type: SettingsPayload,
      errors: { types: [ValidationFailedError] },
      authScopes: { secretariatAdmin: true },
      args: {
        input: t.arg({
          type: SettingsInput,
          required: true,
          description: 'The settings to change.',
        }),
      },
      resolve: async (_root, { input }, context) => ({
        settings: await updateSettings(context.db, context, input),
      }),
    }),
  };
});

const UpdateProfileInput = builder.inputType('UpdateOrganizationProfileInput', {
  description:
    'Profile fields a member organisation may change itself. Category, status and name are changed by the secretariat.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      description: 'The organisation.',
      for: OrganizationRef,
    }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; a newer one gives CONFLICT.',
    }),
    nameKana: t.string({
      description: 'Reading in hiragana.',
      validate: ruleSchema(organizationReading),
    }),
    website: t.field({ type: 'URL', description: 'Website; null to clear.' }),
    description: t.string({
      description: 'Description; null to clear.',
      validate: textSchema(organizationDescription),
    }),
    fieldsOfActivity: t.field({ type: [FieldOfActivityEnum], description: 'Fields of activity.' }),
    publishedFields: t.field({ type: [PublishableFieldEnum], description: 'Fields to publish.' }),
  }),
});

const UpdateProfilePayload = builder
  .objectRef<{ organization: Organization; pendingChange: ProfileChangeRequest | null }>(
    'UpdateOrganizationProfilePayload',
  )
  .implement({
    description:
      'The organisation after the change, or — when changes are held for review — unchanged, with the pending request.',
    fields: (t) => ({
      organization: t.expose('organization', {
        type: OrganizationRef,
        description: 'The organisation as published now.',
      }),
      pendingChange: t.expose('pendingChange', {
        type: ProfileChangeRequestRef,
        nullable: true,
        description: 'The change waiting for secretariat review, if it was held.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  updateOrganizationProfile: t.field({
    description: 'Changes an organisation’s own profile. Its own users and the secretariat only.',
    type: UpdateProfilePayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: UpdateProfileInput, required: true, description: 'The change.' }),
    },
    authScopes: (_root, args) => ({ organization: args.input.organizationId.id }),
    resolve: (_root, { input }, context) =>
      submitProfileChange(context.db, context, {
        organizationId: input.organizationId.id,
        expectedVersion: input.expectedVersion,
        patch: {
          ...(input.nameKana != null ? { nameKana: input.nameKana } : {}),
          ...(input.website !== undefined ? { website: input.website } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.fieldsOfActivity != null ? { fieldsOfActivity: input.fieldsOfActivity } : {}),
          ...(input.publishedFields != null ? { publishedFields: input.publishedFields } : {}),
        },
      }),
  }),
}));
