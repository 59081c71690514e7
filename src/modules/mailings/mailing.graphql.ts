/**
 * GraphQL of the mail engine's mailings: the Mailing type with its live delivery counts, and the
 * queries that read mailings. Secretariat only. The mutations are in ./mailing-mutations.graphql.ts;
 * audiences, deliveries and suppressions have their own files (./audience.graphql.ts,
 * ./delivery.graphql.ts, ./suppression.graphql.ts).
 */
import { z } from 'zod';
import type { MAILING_STATUSES } from '../../db/tables/mailings.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { globalIdOf } from '../../lib/global-id.js';
import { previewEmail } from '../../mail/render/index.js';
import { AccountRef } from '../accounts/account.graphql.js';
import { MeetingRef } from '../governance/meeting.graphql.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import { AudienceRef, MailingIssueRef } from './audience.graphql.js';
import { MailingContentRef, storedContent } from './content.graphql.js';
import { DeliveryCountsRef, DeliveryFilter, DeliveryRef } from './delivery.graphql.js';
import type { DeliveryCounts } from './mailing.js';
import {
  countDeliveries,
  countDeliveriesOf,
  countMailingIssues,
  countMailings,
  listDeliveries,
  listMailingIssues,
  listMailings,
} from './mailing.repository.js';
import * as service from './mailing.service.js';
import { MailingKindEnum } from './mailing-kind.graphql.js';
import { MailingRef } from './mailing-ref.graphql.js';
import { nextNewsletterIssueNumber } from './newsletter-issues.js';

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

export { MailingRef };

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

MailingRef.implement({
  description: 'A mailing (メール配信): content, audience and sending state. Secretariat only.',
  fields: (t) => ({
    kind: t.expose('kind', { type: MailingKindEnum, description: 'Kind of mail.' }),
    status: t.expose('status', { type: MailingStatusEnum, description: 'Lifecycle state.' }),
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
    audience: t.expose('audience', { type: AudienceRef, description: 'The audience definition.' }),
    version: t.exposeInt('version', {
      description: 'Version for optimistic concurrency (send it back with updateMailing).',
    }),
    scheduledAt: t.expose('scheduledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a SCHEDULED mailing starts.',
    }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When sending started.',
    }),
    resolvedAt: t.expose('resolvedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the audience was resolved into deliveries (a snapshot of the register).',
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When every delivery became final.',
    }),
    pausedAt: t.expose('pausedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was paused.',
    }),
    cancelledAt: t.expose('cancelledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was cancelled.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last changed.' }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why starting failed (the mailing went back to DRAFT), if it did.',
    }),
    createdBy: t.expose('createdBy', {
      type: AccountRef,
      nullable: true,
      description: 'Who prepared it (created the draft).',
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
    approvedBy: t.expose('approvedBy', {
      type: AccountRef,
      nullable: true,
      description:
        'The admin who approved the current content (null when not approved, or when an edit withdrew the approval).',
    }),
    approvedAt: t.expose('approvedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the current content was approved.',
    }),
    approvedVersion: t.exposeInt('approvedVersion', {
      nullable: true,
      description: 'The `version` the approver reviewed.',
    }),
    startedBy: t.expose('startedBy', {
      type: AccountRef,
      nullable: true,
      description: 'Who scheduled or started the sending.',
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
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it appeared in the archive (null while not published).',
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
}));
