import { z } from 'zod';
import type { MembershipEventKind } from '../../db/tables/members.js';
import {
  ConflictError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
} from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { todayInJapan } from '../../lib/japan-date.js';
import { MembershipCategoryCode } from '../reference/reference.graphql.js';
import type { Application } from './application.js';
import { countApplications, findApplications } from './application.repository.js';
import {
  applyForMembership,
  approveApplication,
  confirmApplication,
  rejectApplication,
} from './application.service.js';
import {
  DECISION_ARG_DESCRIPTION,
  DecisionRequestRef,
  type DecisionState,
  DecisionStateEnum,
  decisionFields,
  STATUS_ARG_DEPRECATION,
  statusFilter,
} from './decision-request.graphql.js';
import { decoyApplication, honeypotFilled } from './honeypot.js';
import { findMembershipHistory, type MembershipEvent } from './membership.repository.js';
import { changeMembershipCategory, changeMembershipStatus } from './membership.service.js';
import {
  FieldOfActivityEnum,
  OrganizationRef,
  OrganizationScopeEnum,
  OrganizationStatusEnum,
  PublishableFieldEnum,
} from './organization.graphql.js';
import type { Organization } from './organization.js';
import {
  organizationDescription,
  organizationName,
  organizationReading,
  organizationType,
  personName,
  personReading,
  phone,
  ruleSchema,
  textSchema,
} from './rules.js';

const OrganizationPayload = builder
  .objectRef<{ organization: Organization }>('OrganizationPayload')
  .implement({
    description: 'The organisation after the change.',
    fields: (t) => ({
      organization: t.expose('organization', {
        type: OrganizationRef,
        description: 'The organisation.',
      }),
    }),
  });

const ApplyInput = builder.inputType('ApplyForMembershipInput', {
  description: 'An application for membership (入会申請).',
  fields: (t) => ({
    organizationName: t.string({
      required: true,
      description: 'Name of the organisation (one line).',
      validate: ruleSchema(organizationName),
    }),
    organizationNameKana: t.string({
      required: true,
      description: 'Reading in hiragana.',
      validate: ruleSchema(organizationReading),
    }),
    category: t.field({
      type: MembershipCategoryCode,
      required: true,
      description: 'Category applied for.',
    }),
    organizationType: t.string({
      required: true,
      description:
        'Legal form or kind, e.g. NPO法人, 一般社団法人, 社会福祉法人, 株式会社, 市区町村.',
      validate: ruleSchema(organizationType),
    }),
    prefectureCode: t.string({
      required: true,
      description: 'Prefecture of the main office (JIS code).',
      validate: z.string().regex(/^(0[1-9]|[1-3]\d|4[0-7])$/, 'JIS の都道府県コード（01〜47）'),
    }),
    designatedCityCode: t.string({
      description:
        'The designated city (政令指定都市) of the main office, if it is in one: its code from `designatedCities` (e.g. "141003" 横浜市), within `prefectureCode`.',
      validate: z.string().regex(/^\d{6}$/, '政令指定都市のコード（6桁、例: 141003）'),
    }),
    scope: t.field({
      type: OrganizationScopeEnum,
      required: true,
      description: 'Nationwide or regional.',
    }),
    fieldsOfActivity: t.field({
      type: [FieldOfActivityEnum],
      required: true,
      description: 'Fields of activity.',
      validate: z.array(z.string()).min(1, '活動分野を1つ以上選んでください').max(17),
    }),
    website: t.field({ type: 'URL', description: 'Website.' }),
    description: t.string({
      description: 'What the organisation does.',
      validate: textSchema(organizationDescription),
    }),
    publishedFields: t.field({
      type: [PublishableFieldEnum],
      description:
        'Fields you agree to show in the public directory once a member (default: name, category, prefecture; add designatedCity to show the designated city too).',
    }),
    applicantName: t.string({
      required: true,
      description: 'Your name (becomes the primary contact; one line).',
      validate: ruleSchema(personName),
    }),
    applicantNameKana: t.string({
      description: 'Reading of your name.',
      validate: ruleSchema(personReading),
    }),
    applicantEmail: t.field({
      type: 'EmailAddress',
      required: true,
      description: 'Your e-mail address.',
    }),
    applicantPhone: t.string({
      description: 'Phone number.',
      validate: ruleSchema(phone),
    }),
    message: t.string({
      description: 'Message to the secretariat.',
      validate: z.string().max(2000),
    }),
    honeypot: t.string({
      description:
        'Leave empty. The application form carries a hidden field that people never see and bots fill in, sent here; with a value the answer looks the same but nothing is stored and nothing is mailed.',
    }),
  }),
});

const ConfirmApplicationInput = builder.inputType('ConfirmMembershipApplicationInput', {
  description: 'The token from the confirmation e-mail.',
  fields: (t) => ({
    token: t.string({
      required: true,
      description: 'The `token` parameter of the link in the e-mail.',
      validate: z.string().max(200),
    }),
  }),
});

const ApproveInput = builder.inputType('ApproveApplicationInput', {
  description: 'Approve a pending application.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The applying organisation.',
    }),
    joinedOn: t.field({ type: 'Date', description: 'Joining date (default: today, Japan time).' }),
  }),
});

const RejectInput = builder.inputType('RejectApplicationInput', {
  description: 'Reject a pending application.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The applying organisation.',
    }),
    reason: t.string({
      required: true,
      description: 'Reason, e-mailed to the applicant.',
      validate: z.string().trim().min(1).max(2000),
    }),
  }),
});

const MemberStatusEnum = builder.enumType('MemberStatusChange', {
  description: 'A status the secretariat can move a member to.',
  values: {
    ACTIVE: { description: 'Reinstate a suspended member (会員).' },
    SUSPENDED: { description: 'Suspend membership (資格停止).' },
    WITHDRAWN: { description: 'Withdraw from the platform (退会).' },
  } as const,
});

const ChangeStatusInput = builder.inputType('ChangeMembershipStatusInput', {
  description:
    'A change of membership status. Allowed: 会員 → 資格停止 or 退会; 資格停止 → 会員 or 退会.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The organisation.',
    }),
    status: t.field({ type: MemberStatusEnum, required: true, description: 'The new status.' }),
    effectiveOn: t.field({
      type: 'Date',
      description: 'Date of the change (default: today, Japan time).',
    }),
    expectedVersion: t.int({ required: true, description: 'The `version` you read.' }),
    note: t.string({ description: 'Note for the record.', validate: z.string().max(1000) }),
  }),
});

const ChangeCategoryInput = builder.inputType('ChangeMembershipCategoryInput', {
  description: 'A change of membership category.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The organisation.',
    }),
    category: t.field({
      type: MembershipCategoryCode,
      required: true,
      description: 'The new category.',
    }),
    effectiveOn: t.field({
      type: 'Date',
      description: 'Date of the change (default: today, Japan time).',
    }),
    expectedVersion: t.int({ required: true, description: 'The `version` you read.' }),
    note: t.string({ description: 'Note for the record.', validate: z.string().max(1000) }),
  }),
});

builder.mutationFields((t) => ({
  applyForMembership: t.field({
    description:
      'Applies for membership. Anyone may apply; a confirmation link is e-mailed to the applicant, and the application reaches the secretariat only once it is confirmed (`confirmMembershipApplication`); then a receipt and, later, the decision are e-mailed. The answer is the same whether or not the address is already on the register. Limited per client IP and per address.',
    type: OrganizationPayload,
    errors: { types: [ConflictError, RateLimitedError, ValidationFailedError] },
    authScopes: { public: true },
    args: { input: t.arg({ type: ApplyInput, required: true, description: 'The application.' }) },
    resolve: async (_root, { input: { honeypot, ...input } }, context) => ({
      organization: honeypotFilled(honeypot)
        ? decoyApplication(input)
        : await applyForMembership(
            context.db,
            context,
            {
              ...input,
              publishedFields: input.publishedFields ?? ['name', 'category', 'prefecture'],
            },
            context,
          ),
    }),
  }),
  confirmMembershipApplication: t.field({
    description:
      'Confirms the applicant’s address with the token from the confirmation e-mail (the page `/apply/confirm` does the same); the application then waits for the secretariat. A token works once, for 24 hours.',
    type: OrganizationPayload,
    errors: { types: [ConflictError, InvalidTokenError] },
    authScopes: { public: true },
    args: {
      input: t.arg({
        type: ConfirmApplicationInput,
        required: true,
        description: 'The token.',
      }),
    },
    resolve: async (_root, { input }, context) => ({
      organization: await confirmApplication(context.db, context, input, context.config),
    }),
  }),
  approveApplication: t.field({
    description:
      'Approves an application: the organisation becomes a member and its primary contact is invited to sign in.',
    type: OrganizationPayload,
    errors: { types: [ConflictError, NotFoundError] },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: ApproveInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, context) => ({
      organization: await approveApplication(
        context.db,
        context,
        {
          organizationId: input.organizationId.id,
          joinedOn: input.joinedOn ?? todayInJapan(),
        },
        context.config,
      ),
    }),
  }),
  rejectApplication: t.field({
    description: 'Rejects an application with a reason, which is e-mailed to the applicant.',
    type: OrganizationPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: RejectInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, context) => ({
      organization: await rejectApplication(
        context.db,
        context,
        {
          organizationId: input.organizationId.id,
          reason: input.reason,
        },
        context.config,
      ),
    }),
  }),
  changeMembershipStatus: t.field({
    description: 'Suspends, reinstates or withdraws a member; writes a dated membership event.',
    type: OrganizationPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: ChangeStatusInput, required: true, description: 'The change.' }) },
    resolve: async (_root, { input }, context) => ({
      organization: await changeMembershipStatus(context.db, context, {
        organizationId: input.organizationId.id,
        status: input.status,
        effectiveOn: input.effectiveOn ?? todayInJapan(),
        expectedVersion: input.expectedVersion,
        note: input.note ?? null,
      }),
    }),
  }),
  changeMembershipCategory: t.field({
    description: 'Changes a member’s category; writes a dated membership event.',
    type: OrganizationPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: ChangeCategoryInput, required: true, description: 'The change.' }),
    },
    resolve: async (_root, { input }, context) => ({
      organization: await changeMembershipCategory(context.db, context, {
        organizationId: input.organizationId.id,
        category: input.category,
        effectiveOn: input.effectiveOn ?? todayInJapan(),
        expectedVersion: input.expectedVersion,
        note: input.note ?? null,
      }),
    }),
  }),
}));

// ---- reading applications and history ---------------------------------------------------------

const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  description:
    'Where an application stands. Superseded by `DecisionState` (`MembershipApplication.decision`).',
  values: {
    PENDING: { description: 'Waiting for the secretariat.' },
    APPROVED: { description: 'Approved: the organisation is a member.' },
    REJECTED: { description: 'Rejected, with a reason.' },
  } as const,
});

/** An application's status under each decision state it can be in. */
const APPLICATION_STATUS = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
} as const satisfies Partial<Record<DecisionState, Application['status']>>;

const ApplicationRef = builder.objectRef<Application>('MembershipApplication').implement({
  description:
    'An application for membership whose applicant confirmed the address. Secretariat only.',
  interfaces: [DecisionRequestRef],
  fields: (t) => ({
    ...decisionFields(t, {
      table: 'membership_applications',
      key: (a) => a.organizationId,
      decision: (a) => a.status,
      decisionReason: (a) => a.rejectionReason,
      decidedAt: (a) => a.decidedAt,
    }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The applying organisation.',
      resolve: (a) => a.organizationId,
    }),
    applicantName: t.exposeString('applicantName', { description: 'Who applied.' }),
    applicantEmail: t.field({
      type: 'EmailAddress',
      description: 'Their address.',
      resolve: (a) => a.applicantEmail,
    }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'Message to the secretariat.',
    }),
    status: t.field({
      type: ApplicationStatusEnum,
      description: 'Status.',
      deprecationReason: 'Use `decision`.',
      resolve: (a) => a.status,
    }),
    duplicateAddress: t.exposeBoolean('duplicateAddress', {
      description:
        'The applicant’s address already belonged to a contact on the register when the application came in (the applicant was answered as usual).',
    }),
    rejectionReason: t.exposeString('rejectionReason', {
      nullable: true,
      description: 'Reason, if rejected.',
      deprecationReason: 'Use `decisionReason`.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'Submitted.',
      deprecationReason: 'Use `requestedAt`.',
      resolve: (a) => a.createdAt,
    }),
  }),
});

const MembershipEventKindEnum = builder.enumType('MembershipEventKind', {
  description: 'What a dated membership event changed.',
  values: {
    JOINED: { description: 'Became a member (入会).' },
    CATEGORY_CHANGED: { description: 'Changed membership category (種別変更).' },
    SUSPENDED: { description: 'Membership suspended (資格停止).' },
    REINSTATED: { description: 'A suspended membership restored (資格回復).' },
    WITHDRAWN: { description: 'Left the platform (退会).' },
  } satisfies Record<MembershipEventKind, { description: string }>,
});

const MembershipEventRef = builder.objectRef<MembershipEvent>('MembershipEvent').implement({
  description:
    'A dated change of membership: joining, category change, suspension, reinstatement, withdrawal.',
  fields: (t) => ({
    kind: t.expose('kind', {
      type: MembershipEventKindEnum,
      description: 'What changed.',
    }),
    occurredOn: t.expose('occurredOn', {
      type: 'Date',
      description: 'Effective date.',
    }),
    statusAfter: t.expose('statusAfter', {
      type: OrganizationStatusEnum,
      description: 'Status from that date (ACTIVE, SUSPENDED or WITHDRAWN).',
    }),
    categoryAfter: t.expose('categoryAfter', {
      type: MembershipCategoryCode,
      description: 'Category from that date.',
    }),
    note: t.exposeString('note', { nullable: true, description: 'Note.' }),
  }),
});

builder.queryFields((t) => ({
  membershipApplications: t.connection({
    description: 'Applications for membership, newest first. Secretariat only.',
    type: ApplicationRef,
    authScopes: { secretariat: true },
    args: {
      status: t.arg({
        type: ApplicationStatusEnum,
        description: 'Only this status.',
        deprecationReason: STATUS_ARG_DEPRECATION,
      }),
      decision: t.arg({ type: DecisionStateEnum, description: DECISION_ARG_DESCRIPTION }),
    },
    resolve: (_root, args, { db }) => {
      const status = statusFilter(args, APPLICATION_STATUS);
      return offsetConnection(
        args,
        (page) => findApplications(db, status, page),
        () => countApplications(db, status),
      );
    },
  }),
}));

builder.objectField(OrganizationRef, 'membershipHistory', (t) =>
  t.field({
    type: [MembershipEventRef],
    description: 'Dated membership events, oldest first. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    resolve: (o, _args, { db }) => findMembershipHistory(db, o.id),
  }),
);
