/**
 * GraphQL of a mailing's audience: its definition (input and saved), the preview of who it
 * reaches now, and the targeted organisations it does not reach. Secretariat only.
 */
import { z } from 'zod';
import type {
  DELIVERY_SUPPRESSION_REASONS,
  MAILING_ISSUE_REASONS,
} from '../../db/tables/mailings.js';
import { ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import {
  type Audience,
  type AudiencePreview,
  type AudienceSampleRecipient,
  type CONTACT_SELECTIONS,
  checkAudienceReferences,
  parseAudience,
  previewAudience,
} from '../../mail/engine/audience.js';
import { MeetingRef } from '../governance/meeting.graphql.js';
import {
  ContactRoleEnum,
  FieldOfActivityEnum,
  knownContactRoles,
  OrganizationRef,
} from '../members/organization.graphql.js';
import { MembershipCategoryCode } from '../reference/reference.graphql.js';
import { DeliverySuppressionReasonEnum } from './delivery.graphql.js';
import type { MailingIssue } from './mailing.js';
import { MailingKindEnum } from './mailing-kind.graphql.js';

const MailingIssueReasonEnum = builder.enumType('MailingIssueReason', {
  description: 'Why a targeted organisation is not reached by a mailing.',
  values: {
    NO_CONTACTS: { description: 'The organisation has no contacts.' },
    NO_MATCHING_CONTACT: {
      description:
        'No contact matches the audience’s contact selection (no primary, no such role).',
    },
    ALL_SUPPRESSED: { description: 'Every selected contact is suppressed or opted out.' },
  } satisfies Record<(typeof MAILING_ISSUE_REASONS)[number], { description: string }>,
});

const ContactSelectionEnum = builder.enumType('AudienceContactSelection', {
  description: 'Which contacts of each targeted organisation receive the mailing.',
  values: {
    PRIMARY: { description: 'The primary contact (主担当) only.' },
    ALL: { description: 'Every contact.' },
    BY_ROLE: { description: 'Contacts holding one of `roles`.' },
  } satisfies Record<(typeof CONTACT_SELECTIONS)[number], { description: string }>,
});

export const AudienceContactsInput = builder.inputType('AudienceContactsInput', {
  description: 'Which contacts of each organisation.',
  fields: (t) => ({
    selection: t.field({
      type: ContactSelectionEnum,
      required: true,
      description: 'Which contacts.',
    }),
    roles: t.field({
      type: [ContactRoleEnum],
      description: 'Roles for BY_ROLE: contacts holding any of them.',
      validate: z.array(z.string()).max(20),
    }),
  }),
});

export const AudienceInput = builder.inputType('AudienceInput', {
  description:
    'Who a mailing goes to. An organisation is targeted when it is ACTIVE and meets every criterion given (any value within a criterion), or is listed in `includeOrganizations` (any status but withdrawn); `excludeOrganizations` always wins. No criterion at all means every active member.',
  fields: (t) => ({
    categories: t.field({ type: [MembershipCategoryCode], description: 'Membership categories.' }),
    workingGroups: t.intList({ description: 'Current members of these working groups (numbers).' }),
    board: t.boolean({ description: 'Only organisations holding a board (幹事会) seat today.' }),
    organizationTypes: t.stringList({
      description: 'Organisation types, e.g. NPO法人, 都道府県.',
      validate: z.array(z.string().max(60)).max(50),
    }),
    prefectures: t.stringList({
      description: 'Prefecture codes (JIS X 0401, e.g. "13").',
      validate: z.array(z.string().max(2)).max(47),
    }),
    regions: t.stringList({
      description: 'Region codes, e.g. "kanto".',
      validate: z.array(z.string().max(20)).max(20),
    }),
    fieldsOfActivity: t.field({ type: [FieldOfActivityEnum], description: 'Fields of activity.' }),
    includeOrganizations: t.globalIDList({
      for: OrganizationRef,
      description: 'Organisations added whatever the criteria.',
    }),
    excludeOrganizations: t.globalIDList({
      for: OrganizationRef,
      description: 'Organisations left out whatever the criteria.',
    }),
    meeting: t.globalID({
      for: MeetingRef,
      description:
        'The invitees of this meeting on its day (as for a 招集通知), resolved when sending starts.',
    }),
    contacts: t.field({
      type: AudienceContactsInput,
      required: true,
      description: 'Which contacts of each organisation.',
    }),
  }),
});

type AudienceInputShape = typeof AudienceInput.$inferInput;

/** GraphQL input → the engine's audience definition (validated in the service). */
export function audienceFromInput(input: AudienceInputShape): unknown {
  return {
    categories: input.categories ?? [],
    workingGroups: input.workingGroups ?? [],
    board: input.board ?? false,
    organizationTypes: input.organizationTypes ?? [],
    prefectures: input.prefectures ?? [],
    regions: input.regions ?? [],
    fieldsOfActivity: input.fieldsOfActivity ?? [],
    includeOrganizations: (input.includeOrganizations ?? []).map((g) => g.id),
    excludeOrganizations: (input.excludeOrganizations ?? []).map((g) => g.id),
    meeting: input.meeting?.id ?? null,
    contacts: { selection: input.contacts.selection, roles: input.contacts.roles ?? [] },
  };
}

const AudienceContactsRef = builder.objectRef<Audience['contacts']>('AudienceContacts').implement({
  description: 'Which contacts of each organisation.',
  fields: (t) => ({
    selection: t.expose('selection', {
      type: ContactSelectionEnum,
      description: 'Which contacts.',
    }),
    roles: t.field({
      type: [ContactRoleEnum],
      description: 'Roles for BY_ROLE.',
      resolve: (c) => knownContactRoles(c.roles),
    }),
  }),
});

export const AudienceRef = builder.objectRef<Audience>('Audience').implement({
  description: 'A saved audience definition (see AudienceInput for the rules).',
  fields: (t) => ({
    categories: t.field({
      type: [MembershipCategoryCode],
      description: 'Membership categories.',
      resolve: (a) => [...a.categories],
    }),
    workingGroups: t.intList({
      description: 'Working group numbers.',
      resolve: (a) => [...a.workingGroups],
    }),
    board: t.exposeBoolean('board', { description: 'Board seat holders only.' }),
    organizationTypes: t.stringList({
      description: 'Organisation types.',
      resolve: (a) => [...a.organizationTypes],
    }),
    prefectures: t.stringList({
      description: 'Prefecture codes.',
      resolve: (a) => [...a.prefectures],
    }),
    regions: t.stringList({ description: 'Region codes.', resolve: (a) => [...a.regions] }),
    fieldsOfActivity: t.field({
      type: [FieldOfActivityEnum],
      description: 'Fields of activity.',
      resolve: (a) => [...a.fieldsOfActivity],
    }),
    includeOrganizations: t.field({
      type: [OrganizationRef],
      nullable: { list: false, items: true },
      description: 'Organisations added whatever the criteria (null if deleted).',
      resolve: (a) => [...a.includeOrganizations],
    }),
    excludeOrganizations: t.field({
      type: [OrganizationRef],
      nullable: { list: false, items: true },
      description: 'Organisations left out whatever the criteria (null if deleted).',
      resolve: (a) => [...a.excludeOrganizations],
    }),
    meeting: t.expose('meeting', {
      type: MeetingRef,
      nullable: true,
      description: 'The meeting whose invitees are targeted, if any.',
    }),
    contacts: t.expose('contacts', { type: AudienceContactsRef, description: 'Which contacts.' }),
  }),
});

const AudienceRecipientRef = builder
  .objectRef<AudienceSampleRecipient>('AudienceRecipient')
  .implement({
    description: 'One recipient of an audience preview.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'Contact’s name.' }),
      address: t.expose('address', { type: 'EmailAddress', description: 'Address.' }),
      organizationName: t.exposeString('organizationName', { description: 'Organisation’s name.' }),
      organization: t.field({
        type: OrganizationRef,
        nullable: true,
        description: 'The organisation.',
        resolve: (r) => r.organizationId,
      }),
    }),
  });

const SuppressedCountRef = builder
  .objectRef<{ reason: (typeof DELIVERY_SUPPRESSION_REASONS)[number]; count: number }>(
    'SuppressedCount',
  )
  .implement({
    description: 'Addresses that would be recorded as SUPPRESSED for one reason.',
    fields: (t) => ({
      reason: t.expose('reason', { type: DeliverySuppressionReasonEnum, description: 'Why.' }),
      count: t.exposeInt('count', { description: 'How many addresses.' }),
    }),
  });

const AudiencePreviewRef = builder.objectRef<AudiencePreview>('AudiencePreview').implement({
  description: 'What an audience resolves to now (the register may change before sending).',
  fields: (t) => ({
    recipientCount: t.exposeInt('recipientCount', {
      description: 'Distinct addresses that would receive it.',
    }),
    organizationCount: t.exposeInt('organizationCount', { description: 'Targeted organisations.' }),
    unreachedOrganizationCount: t.exposeInt('unreachedOrganizationCount', {
      description:
        'Targeted organisations no deliverable address reaches (reported as issues when sending).',
    }),
    suppressed: t.field({
      type: [SuppressedCountRef],
      description: 'Addresses that would be skipped, by reason.',
      resolve: (p) => [...p.suppressed],
    }),
    sample: t.field({
      type: [AudienceRecipientRef],
      description: 'The first ten recipients in sending order.',
      resolve: (p) => [...p.sample],
    }),
    unreachedOrganizations: t.field({
      type: [MailingIssueRef],
      description:
        'The first 50 targeted organisations no deliverable address reaches, in 五十音順, with the reason (the count is `unreachedOrganizationCount`).',
      resolve: (p) => [...p.unreached],
    }),
  }),
});

export const MailingIssueRef = builder.objectRef<MailingIssue>('MailingIssue').implement({
  description: 'A targeted organisation the mailing does not reach.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organisation (null if deleted since).',
      resolve: (i) => i.organizationId,
    }),
    organizationName: t.exposeString('organizationName', {
      description: 'Its name when the audience was resolved.',
    }),
    reason: t.expose('reason', { type: MailingIssueReasonEnum, description: 'Why.' }),
  }),
});

builder.queryFields((t) => ({
  audiencePreview: t.field({
    description:
      'Counts and a sample of who an audience reaches now, for a kind of mail. Secretariat only.',
    type: AudiencePreviewRef,
    authScopes: { secretariat: true },
    args: {
      audience: t.arg({ type: AudienceInput, required: true, description: 'The definition.' }),
      kind: t.arg({
        type: MailingKindEnum,
        defaultValue: 'NEWSLETTER',
        description: 'The kind (opt-outs apply to NEWSLETTER and VISIT_REPORT only).',
      }),
    },
    resolve: async (_root, args, { db }) => {
      const parsed = parseAudience(audienceFromInput(args.audience));
      if (!parsed.ok) {
        throw new ValidationFailedError(
          'audience が正しくありません。',
          parsed.problems.map((p) => ({ path: ['audience', ...p.path], message: p.message })),
        );
      }
      const problems = await checkAudienceReferences(db, parsed.audience);
      if (problems.length) {
        throw new ValidationFailedError(
          'audience が正しくありません。',
          problems.map((p) => ({ path: ['audience', ...p.path], message: p.message })),
        );
      }
      return previewAudience(db, parsed.audience, args.kind ?? 'NEWSLETTER');
    },
    errors: { types: [ValidationFailedError] },
  }),
}));
