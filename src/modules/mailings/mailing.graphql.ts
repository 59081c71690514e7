/**
 * GraphQL of the mail engine: mailings with live delivery counts, audiences and their preview,
 * the lifecycle mutations, deliveries (resend by hand) and suppressions. Secretariat only.
 */
import { z } from 'zod';
import { isSecretariat } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import type {
  DELIVERY_STATUSES,
  DELIVERY_SUPPRESSION_REASONS,
  MAILING_ISSUE_REASONS,
  MAILING_KINDS,
  MAILING_STATUSES,
  SUPPRESSION_REASONS,
  SuppressionSource,
} from '../../db/tables/mailings.js';
import { builder } from '../../graphql/builder.js';
import { ErrorInterface } from '../../graphql/error-types.js';
import {
  ApprovalRequiredError,
  ConflictError,
  DuplicateIssueNumberError,
  NotFoundError,
  ValidationFailedError,
} from '../../graphql/errors.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { globalIdOf } from '../../lib/global-id.js';
import {
  type Audience,
  type AudiencePreview,
  type AudienceSampleRecipient,
  type CONTACT_SELECTIONS,
  checkAudienceReferences,
  parseAudience,
  previewAudience,
} from '../../mail/engine/audience.js';
import { previewEmail } from '../../mail/render/index.js';
import { AccountRef } from '../accounts/account.graphql.js';
import { MeetingRef } from '../governance/meeting.graphql.js';
import {
  ContactRoleEnum,
  FieldOfActivityEnum,
  knownContactRoles,
  OrganizationRef,
} from '../members/organization.graphql.js';
import { MembershipCategoryCode } from '../reference/reference.graphql.js';
import {
  contentFromInput,
  MailingContentInput,
  MailingContentRef,
  storedContent,
} from './content.graphql.js';
import type { Delivery, DeliveryCounts, Mailing, MailingIssue, Suppression } from './mailing.js';
import {
  countDeliveries,
  countDeliveriesOf,
  countMailingIssues,
  countMailings,
  countSuppressions,
  findDeliveriesByIds,
  findMailingsByIds,
  findSuppressionsByIds,
  listDeliveries,
  listMailingIssues,
  listMailings,
  listSuppressions,
} from './mailing.repository.js';
import * as service from './mailing.service.js';
import { MailingKindEnum } from './mailing-kind.graphql.js';
import { MailingRef } from './mailing-ref.graphql.js';
import { createMeetingNotice } from './meeting-notice.service.js';
import { nextNewsletterIssueNumber } from './newsletter-issues.js';

// ---- enums -----------------------------------------------------------------------------------

const MailingStatusEnum = builder.enumType('MailingStatus', {
  description: 'Where a mailing is in its lifecycle.',
  values: {
    DRAFT: { description: 'Being written; the only state in which it can be edited.' },
    SCHEDULED: { description: 'Will start sending at `scheduledAt`.' },
    SENDING: { description: 'Being sent.' },
    PAUSED: { description: 'Sending paused; resume to continue.' },
    SENT: { description: 'Every delivery reached a final state.' },
    CANCELLED: { description: 'Cancelled; deliveries not yet sent were cancelled.' },
  } satisfies Record<(typeof MAILING_STATUSES)[number], { description: string }>,
});

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

const DeliverySuppressionReasonEnum = builder.enumType('DeliverySuppressionReason', {
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

// ---- audience --------------------------------------------------------------------------------

const AudienceContactsInput = builder.inputType('AudienceContactsInput', {
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

const AudienceInput = builder.inputType('AudienceInput', {
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
function audienceFromInput(input: AudienceInputShape): unknown {
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
    selection: t.field({
      type: ContactSelectionEnum,
      description: 'Which contacts.',
      resolve: (c) => c.selection,
    }),
    roles: t.field({
      type: [ContactRoleEnum],
      description: 'Roles for BY_ROLE.',
      resolve: (c) => knownContactRoles(c.roles),
    }),
  }),
});

const AudienceRef = builder.objectRef<Audience>('Audience').implement({
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
    board: t.boolean({ description: 'Board seat holders only.', resolve: (a) => a.board }),
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
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: 'The meeting whose invitees are targeted, if any.',
      resolve: (a) => a.meeting,
    }),
    contacts: t.field({
      type: AudienceContactsRef,
      description: 'Which contacts.',
      resolve: (a) => a.contacts,
    }),
  }),
});

const AudienceRecipientRef = builder
  .objectRef<AudienceSampleRecipient>('AudienceRecipient')
  .implement({
    description: 'One recipient of an audience preview.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'Contact’s name.' }),
      address: t.field({
        type: 'EmailAddress',
        description: 'Address.',
        resolve: (r) => r.address,
      }),
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
      reason: t.field({
        type: DeliverySuppressionReasonEnum,
        description: 'Why.',
        resolve: (s) => s.reason,
      }),
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

// ---- mailing, delivery, suppression ----------------------------------------------------------

export { MailingRef };

export const DeliveryRef = builder.loadableNodeRef('Delivery', {
  id: { resolve: (d: Delivery) => d.id },
  load: async (ids: string[], context: Context) => {
    if (!isSecretariat(context.viewer)) return ids.map(() => null);
    const found = new Map((await findDeliveriesByIds(context.db, ids)).map((d) => [d.id, d]));
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (d: Delivery) => d.id,
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

const DeliveryCountsRef = builder.objectRef<DeliveryCounts>('DeliveryCounts').implement({
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

const MailingPreviewRef = builder
  .objectRef<{ subject: string; html: string; text: string }>('MailingPreview')
  .implement({
    description:
      'The message as the sample recipient (山田　太郎 / NPO法人 サンプル（デモ）) would get it.',
    fields: (t) => ({
      subject: t.exposeString('subject', { description: 'Subject.' }),
      html: t.exposeString('html', { description: 'The HTML part.' }),
      text: t.exposeString('text', { description: 'The plain-text part.' }),
    }),
  });

const MailingIssueRef = builder.objectRef<MailingIssue>('MailingIssue').implement({
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
    reason: t.field({
      type: MailingIssueReasonEnum,
      description: 'Why.',
      resolve: (i) => i.reason,
    }),
  }),
});

const DeliveryFilter = builder.inputType('DeliveryFilter', {
  description: 'Narrow the deliveries of a mailing.',
  fields: (t) => ({
    statuses: t.field({ type: [DeliveryStatusEnum], description: 'Any of these statuses.' }),
  }),
});

MailingRef.implement({
  description: 'A mailing (メール配信): content, audience and sending state. Secretariat only.',
  fields: (t) => ({
    kind: t.field({ type: MailingKindEnum, description: 'Kind of mail.', resolve: (m) => m.kind }),
    status: t.field({
      type: MailingStatusEnum,
      description: 'Lifecycle state.',
      resolve: (m) => m.status,
    }),
    subject: t.exposeString('subject', { description: 'Subject line.' }),
    content: t.field({
      type: MailingContentRef,
      nullable: true,
      description: 'The editorial content, typed by kind.',
      resolve: (m) => storedContent(m.content),
    }),
    contentJson: t.string({
      description: 'The content as JSON (per kind; see docs/email-templates.md).',
      deprecationReason:
        'Use `content`: the same content, typed by kind (`... on NoticeContent { … }` etc.).',
      resolve: (m) => JSON.stringify(m.content),
    }),
    audience: t.field({
      type: AudienceRef,
      description: 'The audience definition.',
      resolve: (m) => m.audience,
    }),
    version: t.exposeInt('version', {
      description: 'Version for optimistic concurrency (send it back with updateMailing).',
    }),
    scheduledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a SCHEDULED mailing starts.',
      resolve: (m) => m.scheduledAt,
    }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When sending started.',
      resolve: (m) => m.startedAt,
    }),
    resolvedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the audience was resolved into deliveries (a snapshot of the register).',
      resolve: (m) => m.resolvedAt,
    }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When every delivery became final.',
      resolve: (m) => m.completedAt,
    }),
    pausedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was paused.',
      resolve: (m) => m.pausedAt,
    }),
    cancelledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was cancelled.',
      resolve: (m) => m.cancelledAt,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'Created.', resolve: (m) => m.createdAt }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'Last changed.',
      resolve: (m) => m.updatedAt,
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why starting failed (the mailing went back to DRAFT), if it did.',
    }),
    createdBy: t.field({
      type: AccountRef,
      nullable: true,
      description: 'Who prepared it (created the draft).',
      resolve: (m) => m.createdBy,
    }),
    editedBy: t.field({
      type: [AccountRef],
      description:
        'Who wrote it: the account that created it and every account that edited it since. None of them may approve it (four eyes).',
      resolve: (m) => [...m.editedBy],
    }),
    approvalRequired: t.exposeBoolean('approvalRequired', {
      description:
        'Whether an admin other than the preparer must approve it before it can be sent or scheduled.',
    }),
    approvedBy: t.field({
      type: AccountRef,
      nullable: true,
      description:
        'The admin who approved the current content (null when not approved, or when an edit withdrew the approval).',
      resolve: (m) => m.approvedBy,
    }),
    approvedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the current content was approved.',
      resolve: (m) => m.approvedAt,
    }),
    approvedVersion: t.exposeInt('approvedVersion', {
      nullable: true,
      description: 'The `version` the approver reviewed.',
    }),
    startedBy: t.field({
      type: AccountRef,
      nullable: true,
      description: 'Who scheduled or started the sending.',
      resolve: (m) => m.startedBy,
    }),
    visitedOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organisation a 事務局訪問記 (VISIT_REPORT) is about.',
      resolve: (m) => m.organizationId,
    }),
    isPublic: t.exposeBoolean('isPublic', {
      description: 'Published to the archive when sending starts (see `setMailingPublication`).',
    }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it appeared in the archive (null while not published).',
      resolve: (m) => m.publishedAt,
    }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: 'The meeting a 招集通知 (MEETING_NOTICE) was generated from.',
      resolve: (m) => m.meetingId,
    }),
    organizationCount: t.exposeInt('organizationCount', {
      description: 'Targeted organisations (after resolution).',
    }),
    issueCount: t.exposeInt('issueCount', {
      description: 'Targeted organisations not reached (after resolution).',
    }),
    counts: t.loadable({
      type: DeliveryCountsRef,
      description: 'Live counts of deliveries per status.',
      load: async (ids: string[], { db }) => {
        const counts = await countDeliveries(db, ids);
        return ids.map((id) => counts.get(id) as DeliveryCounts);
      },
      resolve: (m) => m.id,
    }),
    deliveries: t.connection({
      type: DeliveryRef,
      description: 'One delivery per address, in sending order.',
      args: { filter: t.arg({ type: DeliveryFilter, description: 'Narrow the list.' }) },
      resolve: (m, args, { db }) => {
        const filter = { statuses: args.filter?.statuses ?? null };
        return offsetConnection(
          args,
          (page) => listDeliveries(db, m.id, filter, page),
          () => countDeliveriesOf(db, m.id, filter),
        );
      },
    }),
    issues: t.connection({
      type: MailingIssueRef,
      description: 'Targeted organisations the mailing does not reach (after resolution).',
      resolve: (m, args, { db }) =>
        offsetConnection(
          args,
          (page) => listMailingIssues(db, m.id, page),
          () => countMailingIssues(db, m.id),
        ),
    }),
    preview: t.field({
      type: MailingPreviewRef,
      description:
        'Subject, HTML and text as the sample recipient gets them (rendered when saved).',
      resolve: async (m, _args, { db }) => previewEmail(await service.compiledOf(db, m.id)),
    }),
    previewUrl: t.field({
      type: 'URL',
      description:
        'A browser page with the preview (sign in as the secretariat to open it); its path carries the mailing’s global ID.',
      resolve: (m, _args, { config }) =>
        `${config.publicUrl}/mailings/${encodeURIComponent(globalIdOf('Mailing', m.id))}/preview`,
    }),
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
    address: t.field({
      type: 'EmailAddress',
      description: 'Recipient address (snapshot).',
      resolve: (d) => d.address,
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
    status: t.field({ type: DeliveryStatusEnum, description: 'Status.', resolve: (d) => d.status }),
    suppressionReason: t.field({
      type: DeliverySuppressionReasonEnum,
      nullable: true,
      description: 'Why it was SUPPRESSED.',
      resolve: (d) => d.suppressionReason,
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
    sentAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the server accepted it.',
      resolve: (d) => d.sentAt,
    }),
    bouncedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a bounce was reported.',
      resolve: (d) => d.bouncedAt,
    }),
    complainedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a complaint was reported.',
      resolve: (d) => d.complainedAt,
    }),
    softBounceCount: t.exposeInt('softBounceCount', {
      description: 'Soft bounce reports received for it.',
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'Last change.',
      resolve: (d) => d.updatedAt,
    }),
  }),
});

SuppressionRef.implement({
  description: 'An address that must not be mailed. Secretariat only.',
  fields: (t) => ({
    address: t.field({
      type: 'EmailAddress',
      description: 'The address (lower case).',
      resolve: (s) => s.address,
    }),
    reason: t.field({ type: SuppressionReasonEnum, description: 'Why.', resolve: (s) => s.reason }),
    source: t.field({
      type: SuppressionSourceEnum,
      description: 'Where it came from.',
      resolve: (s) => s.source,
    }),
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
    createdAt: t.field({
      type: 'DateTime',
      description: 'Since when.',
      resolve: (s) => s.createdAt,
    }),
    liftedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was lifted.',
      resolve: (s) => s.liftedAt,
    }),
    liftedBy: t.field({
      type: AccountRef,
      nullable: true,
      description: 'Who lifted it.',
      resolve: (s) => s.liftedBy,
    }),
    liftNote: t.exposeString('liftNote', { nullable: true, description: 'Why it was lifted.' }),
  }),
});

const MailingFilter = builder.inputType('MailingFilter', {
  description: 'Narrow the list of mailings.',
  fields: (t) => ({
    statuses: t.field({ type: [MailingStatusEnum], description: 'Any of these statuses.' }),
    awaitingApproval: t.boolean({
      description:
        'true: only drafts that need an admin’s approval of their current content and do not have it yet (what waits for an approver); false: all others.',
    }),
    kinds: t.field({ type: [MailingKindEnum], description: 'Any of these kinds.' }),
    search: t.string({
      description:
        'Words (separated by spaces) that must all appear in the subject, ignoring case; e.g. "熱中症 周知".',
      validate: z.string().max(200),
    }),
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
  mailing: t.field({
    description: 'One mailing by its global ID. Secretariat only.',
    type: MailingRef,
    nullable: true,
    authScopes: { secretariat: true },
    args: { id: t.arg.globalID({ for: MailingRef, required: true, description: 'Global ID.' }) },
    resolve: (_root, args) => args.id.id,
  }),
  mailings: t.connection({
    description: 'Mailings, newest first. Secretariat only.',
    type: MailingRef,
    authScopes: { secretariat: true },
    args: { filter: t.arg({ type: MailingFilter, description: 'Narrow the list.' }) },
    resolve: (_root, args, { db }) => {
      const filter = {
        statuses: args.filter?.statuses ?? null,
        awaitingApproval: args.filter?.awaitingApproval ?? null,
        kinds: args.filter?.kinds ?? null,
        search: args.filter?.search ?? null,
      };
      return offsetConnection(
        args,
        (page) => listMailings(db, filter, page),
        () => countMailings(db, filter),
      );
    },
  }),
  nextNewsletterIssueNumber: t.int({
    description:
      'The issue number (第N号) to propose for a new newsletter: one more than the highest of the newsletters that are not cancelled (1 when there is none). Secretariat only.',
    authScopes: { secretariat: true },
    resolve: (_root, _args, { db }) => nextNewsletterIssueNumber(db),
  }),
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

const MailingPayload = builder.objectRef<{ mailing: Mailing }>('MailingPayload').implement({
  description: 'The mailing after the change.',
  fields: (t) => ({
    mailing: t.field({ type: MailingRef, description: 'The mailing.', resolve: (p) => p.mailing }),
  }),
});

const CreateMailingInput = builder.inputType('CreateMailingInput', {
  description:
    'A new mailing (DRAFT). Give the content as `content` (typed), or as `contentJson` (deprecated).',
  fields: (t) => ({
    kind: t.field({
      type: MailingKindEnum,
      description: 'Kind of mail; required with `contentJson`, implied by `content`.',
    }),
    content: t.field({
      type: MailingContentInput,
      description: 'The content, typed by kind (the field you fill gives the kind).',
    }),
    contentJson: t.string({
      description:
        'The content as JSON, per kind (docs/email-templates.md); `kind` may be left out of the JSON.',
      deprecationReason:
        'Use `content` (MailingContentInput: one typed field per kind, which also gives the kind).',
      validate: z.string().max(1_000_000),
    }),
    audience: t.field({
      type: AudienceInput,
      description:
        'Who it goes to. Default: every contact of every active member (contacts who opted out of newsletters or visit reports are skipped when sending). A MEETING_NOTICE is best made with `createMeetingNotice`.',
    }),
    requiresApproval: t.boolean({
      description:
        'An admin other than the preparer must approve it before it can be sent or scheduled (default false).',
    }),
    isPublic: t.boolean({
      description:
        'Publish to the archive when sending starts. Default: true for NEWSLETTER and VISIT_REPORT, false for NOTICE; MEETING_NOTICE is never public.',
    }),
    visitedOrganization: t.globalID({
      for: OrganizationRef,
      description: 'VISIT_REPORT only: the visited organisation (its profile links the report).',
    }),
    confirmDuplicateIssueNumber: t.boolean({
      description:
        'NEWSLETTER only: save even though another newsletter that is not cancelled has the same issue number (otherwise DuplicateIssueNumberError). Default false.',
    }),
  }),
});

const UpdateMailingInput = builder.inputType('UpdateMailingInput', {
  description: 'Changes to a DRAFT mailing; fields left out stay as they are.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; a newer one gives CONFLICT.',
    }),
    content: t.field({
      type: MailingContentInput,
      description: 'New content, typed (must be of the mailing’s kind).',
    }),
    contentJson: t.string({
      description: 'New content as JSON (instead of `content`).',
      deprecationReason: 'Use `content` (MailingContentInput: one typed field per kind).',
      validate: z.string().max(1_000_000),
    }),
    audience: t.field({ type: AudienceInput, description: 'New audience.' }),
    requiresApproval: t.boolean({
      description: 'Require approval (only an admin may turn a required approval off).',
    }),
    isPublic: t.boolean({ description: 'Publish to the archive when sending starts.' }),
    visitedOrganization: t.globalID({
      for: OrganizationRef,
      description: 'VISIT_REPORT only: the visited organisation.',
    }),
    confirmDuplicateIssueNumber: t.boolean({
      description:
        'NEWSLETTER only: save a changed issue number even though another newsletter that is not cancelled has it (otherwise DuplicateIssueNumberError). Default false.',
    }),
  }),
});

const CreateMeetingNoticeInput = builder.inputType('CreateMeetingNoticeInput', {
  description:
    'A 招集通知 generated from a meeting: its body, title, day, time, place or online link and agenda, sent to its invitees.',
  fields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: 'The meeting.' }),
    paragraphs: t.stringList({
      description: 'Paragraphs before the details (a standard request to attend when left out).',
    }),
    replyDeadline: t.field({ type: 'Date', description: 'Reply deadline (on or before the day).' }),
    contact: t.stringList({ description: 'Inquiries block, one line each.' }),
    contacts: t.field({
      type: AudienceContactsInput,
      description: 'Which contacts of each invited organisation (default: all).',
    }),
    requiresApproval: t.boolean({ description: 'Require an admin’s approval before sending.' }),
  }),
});

const ApproveMailingInput = builder.inputType('ApproveMailingInput', {
  description: 'The approval of a DRAFT mailing.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you reviewed; a newer one gives CONFLICT.',
    }),
  }),
});

const ScheduleMailingInput = builder.inputType('ScheduleMailingInput', {
  description: 'When to send a mailing.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
    at: t.field({
      type: 'DateTime',
      required: true,
      description: 'Start time (from one minute to one year ahead).',
    }),
    expectedVersion: t.int({
      description: 'The `version` you reviewed; a newer one gives CONFLICT.',
    }),
  }),
});

const SendMailingInput = builder.inputType('SendMailingInput', {
  description: 'Start sending now.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
    expectedVersion: t.int({
      description: 'The `version` you reviewed; a newer one gives CONFLICT.',
    }),
  }),
});

const MailingIdInput = builder.inputType('MailingIdInput', {
  description: 'A mailing.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
  }),
});

const SendTestMailingInput = builder.inputType('SendTestMailingInput', {
  description: 'A test send.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The mailing.' }),
    addresses: t.field({
      type: ['EmailAddress'],
      required: true,
      description: 'One to ten addresses.',
    }),
  }),
});

const SendTestMailingPayload = builder
  .objectRef<{ mailing: Mailing; addresses: string[] }>('SendTestMailingPayload')
  .implement({
    description: 'The test messages were queued.',
    fields: (t) => ({
      mailing: t.field({
        type: MailingRef,
        description: 'The mailing.',
        resolve: (p) => p.mailing,
      }),
      addresses: t.field({
        type: ['EmailAddress'],
        description: 'Where they go.',
        resolve: (p) => p.addresses,
      }),
    }),
  });

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
    delivery: t.field({
      type: DeliveryRef,
      description: 'The delivery.',
      resolve: (p) => p.delivery,
    }),
  }),
});

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
      suppression: t.field({
        type: SuppressionRef,
        description: 'The suppression.',
        resolve: (p) => p.suppression,
      }),
    }),
  });

builder.objectType(DuplicateIssueNumberError, {
  name: 'DuplicateIssueNumberError',
  description:
    'The newsletter’s issue number (第N号) is already another newsletter’s that is not cancelled; nothing was saved. Check the number, or send the same input again with `confirmDuplicateIssueNumber: true`.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DuplicateIssueNumberError,
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description:
        'Path of the issue number in the input, e.g. ["input", "contentJson", "issueNumber"] or ["input", "content", "newsletter", "issueNumber"].',
    }),
    issueNumber: t.exposeInt('issueNumber', { description: 'The issue number given.' }),
    existingMailing: t.field({
      type: MailingRef,
      nullable: true,
      description: 'The other newsletter that already has the number.',
      resolve: (e) => e.otherMailingId,
    }),
  }),
});

const DeleteMailingInput = builder.inputType('DeleteMailingInput', {
  description: 'A draft to delete.',
  fields: (t) => ({
    mailingId: t.globalID({
      for: MailingRef,
      required: true,
      description: 'A DRAFT mailing that was never started.',
    }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you saw; a newer one gives CONFLICT.',
    }),
  }),
});

const DeleteMailingPayload = builder
  .objectRef<{ deletedMailingId: string }>('DeleteMailingPayload')
  .implement({
    description: 'The draft was deleted.',
    fields: (t) => ({
      deletedMailingId: t.globalID({
        description: 'The global ID the deleted mailing had.',
        resolve: (p) => ({ type: 'Mailing', id: p.deletedMailingId }),
      }),
    }),
  });

type ContentArgumentsInput = {
  content?: typeof MailingContentInput.$inferInput | null;
  contentJson?: string | null;
};

/** Typed `content` or `contentJson`, not both; the typed content with its kind. */
function typedContent(input: ContentArgumentsInput) {
  if (input.content && input.contentJson != null) {
    throw new ValidationFailedError('content と contentJson の両方は指定できません。', [
      { path: ['input', 'contentJson'], message: 'content か contentJson のどちらか一方です。' },
    ]);
  }
  return input.content ? contentFromInput(input.content) : null;
}

/**
 * The content arguments of createMailing: the kind comes from the typed content's field, or
 * must be given with `contentJson`; a `kind` given with typed content must agree.
 */
function createContentArguments(
  input: ContentArgumentsInput,
  kind: (typeof MAILING_KINDS)[number] | null,
) {
  const typed = typedContent(input);
  if (typed) {
    if (kind && kind !== typed.kind) {
      throw new ValidationFailedError('kind と content の種類が一致しません。', [
        { path: ['input', 'kind'], message: `content は ${typed.kind} の内容です。` },
      ]);
    }
    return {
      kind: typed.kind,
      content: { object: typed.content, path: typed.path },
      contentJson: null,
    };
  }
  if (input.contentJson == null) {
    throw new ValidationFailedError('内容がありません。', [
      { path: ['input', 'content'], message: 'content か contentJson を指定してください。' },
    ]);
  }
  if (kind === null) {
    throw new ValidationFailedError('kind がありません。', [
      { path: ['input', 'kind'], message: 'contentJson を使うときは kind を指定してください。' },
    ]);
  }
  return { kind, content: null, contentJson: input.contentJson };
}

/** The content arguments of updateMailing: the kind is the mailing's own (checked by the service). */
function updateContentArguments(input: ContentArgumentsInput) {
  const typed = typedContent(input);
  if (typed) return { content: { object: typed.content, path: typed.path }, contentJson: null };
  return { content: null, contentJson: input.contentJson ?? null };
}

const lifecycle = (
  description: string,
  run: (ctx: Context, mailingId: string) => Promise<Mailing>,
) =>
  builder.mutationField(description.split(':')[0] as string, (t) =>
    t.field({
      description: description.slice(description.indexOf(':') + 1).trim(),
      type: MailingPayload,
      errors: { types: [ConflictError, NotFoundError] },
      authScopes: { secretariat: true },
      args: { input: t.arg({ type: MailingIdInput, required: true, description: 'The mailing.' }) },
      resolve: async (_root, { input }, context) => ({
        mailing: await run(context, input.mailingId.id),
      }),
    }),
  );

lifecycle(
  'pauseMailing: Pauses a SENDING mailing: no further messages start; those on the wire finish.',
  (ctx, mailingId) => service.pauseMailing(ctx, { mailingId }),
);
lifecycle('resumeMailing: Resumes a PAUSED mailing.', (ctx, mailingId) =>
  service.resumeMailing(ctx, { mailingId }),
);
lifecycle(
  'cancelMailing: Cancels a mailing that is not SENT; deliveries not yet sent become CANCELLED.',
  (ctx, mailingId) => service.cancelMailing(ctx, { mailingId }),
);

builder.mutationFields((t) => ({
  createMailing: t.field({
    description:
      'Creates a DRAFT mailing; the content is validated and rendered once. Secretariat only.',
    type: MailingPayload,
    errors: { types: [ValidationFailedError, DuplicateIssueNumberError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: CreateMailingInput, required: true, description: 'The mailing.' }),
    },
    resolve: async (_root, { input }, context) => ({
      mailing: await service.createMailing(context, {
        ...createContentArguments(input, input.kind ?? null),
        audience: input.audience
          ? audienceFromInput(input.audience)
          : { contacts: { selection: 'ALL', roles: [] } },
        requiresApproval: input.requiresApproval ?? null,
        isPublic: input.isPublic ?? null,
        organizationId: input.visitedOrganization?.id ?? null,
        confirmDuplicateIssueNumber: input.confirmDuplicateIssueNumber ?? null,
      }),
    }),
  }),
  updateMailing: t.field({
    description:
      'Changes a DRAFT mailing (optimistic concurrency on `version`). A reminder (`reminderOf`) cannot be changed: delete it and create it again. Secretariat only.',
    type: MailingPayload,
    errors: {
      types: [
        ApprovalRequiredError,
        ConflictError,
        NotFoundError,
        ValidationFailedError,
        DuplicateIssueNumberError,
      ],
    },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: UpdateMailingInput, required: true, description: 'The change.' }),
    },
    resolve: async (_root, { input }, context) => ({
      mailing: await service.updateMailing(context, {
        mailingId: input.mailingId.id,
        expectedVersion: input.expectedVersion,
        ...updateContentArguments(input),
        audience: input.audience ? audienceFromInput(input.audience) : null,
        requiresApproval: input.requiresApproval ?? null,
        isPublic: input.isPublic ?? null,
        organizationId: input.visitedOrganization?.id ?? null,
        confirmDuplicateIssueNumber: input.confirmDuplicateIssueNumber ?? null,
      }),
    }),
  }),
  deleteMailing: t.field({
    description:
      'Deletes a DRAFT mailing that was never started (a reminder draft too); CONFLICT for any other state or a stale `expectedVersion` — cancel a mailing that was scheduled or sent instead. Audited. Secretariat only.',
    type: DeleteMailingPayload,
    errors: { types: [ConflictError, NotFoundError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: DeleteMailingInput, required: true, description: 'The draft.' }),
    },
    resolve: (_root, { input }, context) =>
      service.deleteMailing(context, {
        mailingId: input.mailingId.id,
        expectedVersion: input.expectedVersion,
      }),
  }),
  scheduleMailing: t.field({
    description: 'Schedules a DRAFT (or reschedules a SCHEDULED) mailing. Secretariat only.',
    type: MailingPayload,
    errors: {
      types: [ApprovalRequiredError, ConflictError, NotFoundError, ValidationFailedError],
    },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: ScheduleMailingInput, required: true, description: 'When.' }) },
    resolve: async (_root, { input }, context) => ({
      mailing: await service.scheduleMailing(context, {
        mailingId: input.mailingId.id,
        at: input.at,
        expectedVersion: input.expectedVersion ?? null,
      }),
    }),
  }),
  sendMailing: t.field({
    description:
      'Starts sending a DRAFT or SCHEDULED mailing now. A second call (double click) gets CONFLICT and sends nothing twice. Secretariat only.',
    type: MailingPayload,
    errors: { types: [ApprovalRequiredError, ConflictError, NotFoundError] },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: SendMailingInput, required: true, description: 'The mailing.' }) },
    resolve: async (_root, { input }, context) => ({
      mailing: await service.sendMailing(context, {
        mailingId: input.mailingId.id,
        expectedVersion: input.expectedVersion ?? null,
      }),
    }),
  }),
  createMeetingNotice: t.field({
    description:
      'Creates a DRAFT 招集通知 (MEETING_NOTICE) from a scheduled meeting, addressed to its invitees; edit, preview, approve and send it like any mailing. Secretariat only.',
    type: MailingPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: CreateMeetingNoticeInput, required: true, description: 'The notice.' }),
    },
    resolve: async (_root, { input }, context) => ({
      mailing: await createMeetingNotice(context, {
        meetingId: input.meetingId.id,
        paragraphs: input.paragraphs ?? null,
        replyDeadline: input.replyDeadline ?? null,
        contact: input.contact ?? null,
        contacts: input.contacts
          ? { selection: input.contacts.selection, roles: input.contacts.roles ?? [] }
          : null,
        requiresApproval: input.requiresApproval ?? null,
      }),
    }),
  }),
  approveMailing: t.field({
    description:
      'Approves the reviewed version of a DRAFT mailing, so it can be sent or scheduled. Secretariat admins only, and not the one who prepared it; any later edit withdraws the approval.',
    type: MailingPayload,
    errors: { types: [ApprovalRequiredError, ConflictError, NotFoundError] },
    authScopes: { secretariatAdmin: true },
    args: {
      input: t.arg({ type: ApproveMailingInput, required: true, description: 'The approval.' }),
    },
    resolve: async (_root, { input }, context) => ({
      mailing: await service.approveMailing(context, {
        mailingId: input.mailingId.id,
        expectedVersion: input.expectedVersion,
      }),
    }),
  }),
  sendTestMailing: t.field({
    description:
      'Sends the mailing to up to ten addresses as a test (subject marked 【テスト】); not recorded as deliveries.',
    type: SendTestMailingPayload,
    errors: { types: [NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: SendTestMailingInput, required: true, description: 'Where.' }) },
    resolve: (_root, { input }, context) =>
      service.sendTestMailing(context, {
        mailingId: input.mailingId.id,
        addresses: input.addresses,
      }),
  }),
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
      delivery: await service.resendDelivery(context, { deliveryId: input.deliveryId.id }),
    }),
  }),
  suppressAddress: t.field({
    description: 'Stops all mail to an address (MANUAL suppression). Secretariat only.',
    type: SuppressionPayload,
    errors: { types: [ConflictError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: SuppressAddressInput, required: true, description: 'The address.' }),
    },
    resolve: async (_root, { input }, context) => ({
      suppression: await service.suppressAddress(context, {
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
      suppression: await service.liftSuppression(context, {
        suppressionId: input.suppressionId.id,
        note: input.note ?? null,
      }),
    }),
  }),
}));
