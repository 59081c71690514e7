/**
 * GraphQL mutations of a mailing's drafts and lifecycle: create, update, delete, approve,
 * schedule, send, pause, resume, cancel, test-send, and the 招集通知 made from a meeting.
 * Secretariat only.
 */
import { z } from 'zod';
import type { Context } from '../../context.js';
import type { MAILING_KINDS } from '../../db/tables/mailings.js';
import {
  ApprovalRequiredError,
  ConflictError,
  DuplicateIssueNumberError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { ErrorInterface } from '../../graphql/error-types.js';
import { MeetingRef } from '../governance/meeting.graphql.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import { AudienceContactsInput, AudienceInput, audienceFromInput } from './audience.graphql.js';
import { contentFromInput, MailingContentInput } from './content.graphql.js';
import type { Mailing } from './mailing.js';
import * as service from './mailing.service.js';
import { MailingKindEnum } from './mailing-kind.graphql.js';
import { MailingRef } from './mailing-ref.graphql.js';
import { createMeetingNotice } from './meeting-notice.service.js';

const MailingPayload = builder.objectRef<{ mailing: Mailing }>('MailingPayload').implement({
  description: 'The mailing after the change.',
  fields: (t) => ({
    mailing: t.expose('mailing', { type: MailingRef, description: 'The mailing.' }),
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
      mailing: t.expose('mailing', { type: MailingRef, description: 'The mailing.' }),
      addresses: t.expose('addresses', { type: ['EmailAddress'], description: 'Where they go.' }),
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

/** A lifecycle step of one mailing, named and described. */
function lifecycleMutation(
  name: string,
  spec: { description: string; run: (ctx: Context, mailingId: string) => Promise<Mailing> },
) {
  builder.mutationField(name, (t) =>
    t.field({
      description: spec.description,
      type: MailingPayload,
      errors: { types: [ConflictError, NotFoundError] },
      authScopes: { secretariat: true },
      args: { input: t.arg({ type: MailingIdInput, required: true, description: 'The mailing.' }) },
      resolve: async (_root, { input }, context) => ({
        mailing: await spec.run(context, input.mailingId.id),
      }),
    }),
  );
}

lifecycleMutation('pauseMailing', {
  description: 'Pauses a SENDING mailing: no further messages start; those on the wire finish.',
  run: (ctx, mailingId) => service.pauseMailing(ctx.db, ctx, { mailingId }),
});
lifecycleMutation('resumeMailing', {
  description: 'Resumes a PAUSED mailing.',
  run: (ctx, mailingId) => service.resumeMailing(ctx.db, ctx, { mailingId }, ctx.config),
});
lifecycleMutation('cancelMailing', {
  description: 'Cancels a mailing that is not SENT; deliveries not yet sent become CANCELLED.',
  run: (ctx, mailingId) => service.cancelMailing(ctx.db, ctx, { mailingId }),
});

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
      mailing: await service.createMailing(
        context.db,
        context,
        {
          ...createContentArguments(input, input.kind ?? null),
          audience: input.audience
            ? audienceFromInput(input.audience)
            : { contacts: { selection: 'ALL', roles: [] } },
          requiresApproval: input.requiresApproval ?? null,
          isPublic: input.isPublic ?? null,
          organizationId: input.visitedOrganization?.id ?? null,
          confirmDuplicateIssueNumber: input.confirmDuplicateIssueNumber ?? null,
        },
        context.config,
      ),
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
      mailing: await service.updateMailing(
        context.db,
        context,
        {
          mailingId: input.mailingId.id,
          expectedVersion: input.expectedVersion,
          ...updateContentArguments(input),
          audience: input.audience ? audienceFromInput(input.audience) : null,
          requiresApproval: input.requiresApproval ?? null,
          isPublic: input.isPublic ?? null,
          organizationId: input.visitedOrganization?.id ?? null,
          confirmDuplicateIssueNumber: input.confirmDuplicateIssueNumber ?? null,
        },
        context.config,
      ),
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
      service.deleteMailing(context.db, context, {
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
      mailing: await service.scheduleMailing(context.db, context, {
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
      mailing: await service.sendMailing(context.db, context, {
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
      mailing: await createMeetingNotice(
        context.db,
        context,
        {
          meetingId: input.meetingId.id,
          paragraphs: input.paragraphs ?? null,
          replyDeadline: input.replyDeadline ?? null,
          contact: input.contact ?? null,
          contacts: input.contacts
            ? { selection: input.contacts.selection, roles: input.contacts.roles ?? [] }
            : null,
          requiresApproval: input.requiresApproval ?? null,
        },
        context.config,
      ),
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
      mailing: await service.approveMailing(context.db, context, {
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
      service.sendTestMailing(
        context.db,
        context,
        {
          mailingId: input.mailingId.id,
          addresses: input.addresses,
        },
        context.config,
      ),
  }),
}));
