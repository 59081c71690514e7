/**
 * GraphQL of replies to circulars (事務連絡): the secretariat's per-organisation view of a
 * circular (`Mailing.replySummary`, `Mailing.replies`), members' view of the circulars sent to
 * their organisation (`Organization.receivedNotices`), replying, and reminders.
 */
import { z } from 'zod';
import type { ACKNOWLEDGEMENT_CHANNELS } from '../../db/tables/replies.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { AccountRef } from '../accounts/account.graphql.js';
import { MailingRef } from '../mailings/mailing.graphql.js';
import type { Mailing } from '../mailings/mailing.js';
import { findRemindersOf } from '../mailings/mailing.repository.js';
import { ContactRef, OrganizationRef } from '../members/organization.graphql.js';
import {
  type Acknowledgement,
  MAX_ANSWER_LENGTH,
  type OrganizationReply,
  type REPLY_STATES,
  type ReceivedNotice,
  type ReplyRequest,
  type ReplySummary,
  replyRequestOf,
  stateOf,
} from './reply.js';
import {
  countReceivedNotices,
  countReplies,
  listReceivedNotices,
  listReplies,
  replySummary,
} from './reply.repository.js';
import {
  acknowledgeAsMember,
  MAX_REMINDER_MESSAGE_LENGTH,
  recordAcknowledgementBySecretariat,
  sendReminder,
} from './reply.service.js';

const AcknowledgementChannelEnum = builder.enumType('AcknowledgementChannel', {
  description: 'How a reply to a circular reached the secretariat.',
  values: {
    LINK: { description: 'The signed link in the e-mail (or in a reminder).' },
    API: { description: 'A member user through the API (acknowledgeMailing).' },
    SECRETARIAT: {
      description: 'Recorded by the secretariat (e.g. answered by phone; recordAcknowledgement).',
    },
  } satisfies Record<(typeof ACKNOWLEDGEMENT_CHANNELS)[number], { description: string }>,
});

const ReplyStateEnum = builder.enumType('ReplyState', {
  description: 'Where an addressed organisation stands with a circular.',
  values: {
    DELIVERED: {
      description:
        'As a filter only: the circular or a reminder was accepted by one of its mail servers (whether or not it replied).',
    },
    ACKNOWLEDGED: { description: 'It replied (確認しました / the form).' },
    NOT_YET: { description: 'Delivered, and no reply yet.' },
    UNREACHED: {
      description:
        'No message reached it (bounced, failed, suppressed, no contact) and no reply yet.',
    },
  } satisfies Record<(typeof REPLY_STATES)[number], { description: string }>,
});

const AcknowledgementRef = builder.objectRef<Acknowledgement>('Acknowledgement').implement({
  description: 'An organisation’s reply to a circular (one per organisation).',
  fields: (t) => ({
    acknowledgedAt: t.field({
      type: 'DateTime',
      description: 'When it was recorded.',
      resolve: (a) => a.respondedAt,
    }),
    answer: t.exposeString('answer', {
      nullable: true,
      description: 'The answer to the circular’s question, if it asked one and one was given.',
    }),
    channel: t.expose('channel', {
      type: AcknowledgementChannelEnum,
      description: 'How the reply came in.',
    }),
    late: t.exposeBoolean('late', {
      description: 'Received after the reply deadline (Japan time); accepted, but marked.',
    }),
    respondedBy: t.expose('respondedBy', {
      type: AccountRef,
      nullable: true,
      description:
        'The user who replied (API) or recorded it (SECRETARIAT); null for link replies.',
    }),
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description:
        'The contact whose link was used (LINK replies; null if deleted since or not visible to you).',
      resolve: (a) => a.contactId,
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'The secretariat’s note on a reply it recorded.',
    }),
  }),
});

const ReplyRequestRef = builder.objectRef<ReplyRequest>('ReplyRequest').implement({
  description: 'What a circular asks of the addressed organisations.',
  fields: (t) => ({
    deadline: t.expose('deadline', { type: 'Date', description: 'Reply deadline.' }),
    question: t.string({
      nullable: true,
      description: 'The short question to answer, if any.',
      resolve: (r) => r.question ?? null,
    }),
    answerRequired: t.exposeBoolean('answerRequired', {
      description: 'Whether a reply must include an answer.',
    }),
  }),
});

const ReplySummaryRef = builder.objectRef<ReplySummary>('ReplySummary').implement({
  description:
    'Counts of the organisations a circular addressed (its deliveries, those of its reminders, and the organisations it could not reach).',
  fields: (t) => ({
    organizations: t.exposeInt('organizations', { description: 'Addressed organisations.' }),
    delivered: t.exposeInt('delivered', {
      description: 'Organisations a message (circular or reminder) was accepted for.',
    }),
    acknowledged: t.exposeInt('acknowledged', { description: 'Organisations that replied.' }),
    notYet: t.exposeInt('notYet', { description: 'Delivered and not replied yet.' }),
    unreached: t.exposeInt('unreached', {
      description: 'Not reached by any message and not replied.',
    }),
    late: t.exposeInt('late', { description: 'Replies received after the deadline.' }),
  }),
});

const OrganizationReplyRef = builder.objectRef<OrganizationReply>('OrganizationReply').implement({
  description: 'One addressed organisation of a circular: delivery and reply.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organisation (null if deleted since).',
      resolve: (r) => r.organizationId,
    }),
    organizationName: t.exposeString('organizationName', {
      description: 'Its name when the circular was sent.',
    }),
    state: t.field({
      type: ReplyStateEnum,
      description: 'ACKNOWLEDGED, NOT_YET or UNREACHED.',
      resolve: (r) => stateOf(r),
    }),
    delivered: t.exposeBoolean('delivered', {
      description: 'A message (circular or reminder) was accepted by its server.',
    }),
    addresses: t.stringList({
      description: 'Addresses the circular and its reminders were sent to.',
      resolve: (r) => [...r.addresses],
    }),
    reminded: t.exposeBoolean('reminded', { description: 'A reminder was sent to it.' }),
    acknowledgement: t.expose('acknowledgement', {
      type: AcknowledgementRef,
      nullable: true,
      description: 'Its reply, if any.',
    }),
  }),
});

builder.objectFields(MailingRef, (t) => ({
  replySummary: t.field({
    type: ReplySummaryRef,
    nullable: true,
    description:
      'Replies to a circular (NOTICE with a reply request): addressed, delivered, replied, not yet. Null for other mailings and for reminders (see the circular). Secretariat only.',
    authScopes: { secretariat: true },
    resolve: (m, _args, { db }) =>
      replyRequestOf(m.kind, m.content) && !m.reminderOf ? replySummary(db, m.id) : null,
  }),
  replies: t.connection({
    type: OrganizationReplyRef,
    description:
      'Addressed organisations of a circular in 五十音順, with their delivery and reply. Empty for other mailings. Secretariat only.',
    authScopes: { secretariat: true },
    args: {
      state: t.arg({ type: ReplyStateEnum, description: 'Only organisations in this state.' }),
    },
    resolve: (m, args, { db }) =>
      offsetConnection(
        args,
        (page) =>
          replyRequestOf(m.kind, m.content) && !m.reminderOf
            ? listReplies(db, m.id, args.state ?? null, page)
            : Promise.resolve([]),
        () =>
          replyRequestOf(m.kind, m.content) && !m.reminderOf
            ? countReplies(db, m.id, args.state ?? null)
            : Promise.resolve(0),
      ),
  }),
  reminderOf: t.expose('reminderOf', {
    type: MailingRef,
    nullable: true,
    description: 'For a reminder (【再送・回答のお願い】): the circular it follows up.',
    authScopes: { secretariat: true },
  }),
  reminders: t.field({
    type: [MailingRef],
    description:
      'The reminders of this circular, oldest first: sent, being sent, or a DRAFT awaiting approval. Empty for other mailings. Secretariat only.',
    authScopes: { secretariat: true },
    resolve: (m, _args, { db }) => findRemindersOf(db, m.id),
  }),
}));

const ReceivedNoticeRef = builder.objectRef<ReceivedNotice>('ReceivedNotice').implement({
  description: 'A circular (事務連絡) sent to an organisation, and whether it replied.',
  fields: (t) => ({
    mailingId: t.globalID({
      description: 'The circular’s Mailing ID (give it to acknowledgeMailing).',
      resolve: (n) => ({ type: 'Mailing', id: n.mailingId }),
    }),
    subject: t.exposeString('subject', { description: 'Subject as sent.' }),
    sentAt: t.expose('sentAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When sending started.',
    }),
    replyRequest: t.field({
      type: ReplyRequestRef,
      nullable: true,
      description: 'What it asks (deadline, question); null when no reply is requested.',
      resolve: (n) => n.reply,
    }),
    acknowledgement: t.expose('acknowledgement', {
      type: AcknowledgementRef,
      nullable: true,
      description: 'The organisation’s reply, if any.',
    }),
  }),
});

builder.objectField(OrganizationRef, 'receivedNotices', (t) =>
  t.connection({
    type: ReceivedNoticeRef,
    description:
      'Circulars (事務連絡) sent to this organisation, newest first, with its replies. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    resolve: (o, args, { db }) =>
      offsetConnection(
        args,
        (page) => listReceivedNotices(db, o.id, page),
        () => countReceivedNotices(db, o.id),
      ),
  }),
);

// ---- mutations -------------------------------------------------------------------------------

const answerField = z
  .string()
  .max(MAX_ANSWER_LENGTH, `回答は ${MAX_ANSWER_LENGTH} 文字以内で入力してください。`);

const AcknowledgeMailingInput = builder.inputType('AcknowledgeMailingInput', {
  description: 'Your organisation’s reply to a circular.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The circular.' }),
    answer: t.string({
      description: 'The answer to its question (required when the circular says so).',
      validate: answerField,
    }),
  }),
});

const RecordAcknowledgementInput = builder.inputType('RecordAcknowledgementInput', {
  description: 'A reply the secretariat received otherwise (phone, paper).',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The circular.' }),
    organizationId: t.globalID({
      for: OrganizationRef,
      required: true,
      description: 'The organisation that replied (one the circular addressed).',
    }),
    answer: t.string({ description: 'Its answer, if any.', validate: answerField }),
    note: t.string({ description: 'How it was received.', validate: z.string().max(500) }),
  }),
});

const SendReminderInput = builder.inputType('SendReminderInput', {
  description: 'The circular to remind non-respondents of.',
  fields: (t) => ({
    mailingId: t.globalID({ for: MailingRef, required: true, description: 'The circular.' }),
    expectedVersion: t.int({
      description: 'The circular’s version you saw; CONFLICT if it changed.',
    }),
    message: t.string({
      description: `A short message of the secretariat shown in the reminder above the circular (under 「事務局より」), e.g. why it is sent again; plain text, at most ${MAX_REMINDER_MESSAGE_LENGTH} characters, paragraphs separated by a blank line. Leave out for none.`,
      validate: z.string().max(10_000),
    }),
  }),
});

const AcknowledgementPayload = builder
  .objectRef<{ acknowledgement: Acknowledgement }>('AcknowledgementPayload')
  .implement({
    description: 'The reply as recorded.',
    fields: (t) => ({
      acknowledgement: t.expose('acknowledgement', {
        type: AcknowledgementRef,
        description: 'The reply.',
      }),
    }),
  });

const SendReminderPayload = builder
  .objectRef<{ reminder: Mailing }>('SendReminderPayload')
  .implement({
    description:
      'The reminder mailing: started, or a DRAFT awaiting approval when the circular’s approval policy requires it.',
    fields: (t) => ({
      reminder: t.expose('reminder', {
        type: MailingRef,
        description:
          'The reminder (a NOTICE with reminderOf set; its audience is resolved as it starts). SENDING when it started at once; DRAFT with approvalRequired when the circular required approval or NOTICE is in the setting approvalRequiredKinds — an admin other than its creator approves it (approveMailing), then sendMailing sends it.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  acknowledgeMailing: t.field({
    description:
      'Replies to a circular for your organisation, once (channel API). Member users of an organisation the circular was sent to only; NOT_FOUND for other circulars, CONFLICT when your organisation already replied.',
    type: AcknowledgementPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: AcknowledgeMailingInput, required: true, description: 'The reply.' }),
    },
    resolve: async (_root, { input }, context) => ({
      acknowledgement: await acknowledgeAsMember(context.db, context, {
        mailingId: input.mailingId.id,
        answer: input.answer ?? null,
      }),
    }),
  }),
  recordAcknowledgement: t.field({
    description:
      'Records a reply the secretariat received otherwise (channel SECRETARIAT); CONFLICT when the organisation already replied. Secretariat only.',
    type: AcknowledgementPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: RecordAcknowledgementInput, required: true, description: 'The reply.' }),
    },
    resolve: async (_root, { input }, context) => ({
      acknowledgement: await recordAcknowledgementBySecretariat(context.db, context, {
        mailingId: input.mailingId.id,
        organizationId: input.organizationId.id,
        answer: input.answer ?? null,
        note: input.note ?? null,
      }),
    }),
  }),
  sendReminder: t.field({
    description:
      'Sends a reminder (【再送・回答のお願い】) of a sent circular with a reply request to the organisations that have not replied by the time it starts, with an optional short message above the circular; a contact whose copy bounced is replaced by another contact of the organisation. It follows the circular’s approval policy: when the circular required approval (or NOTICE always needs it, setting approvalRequiredKinds) the reminder is created as a DRAFT to approve and send like any mailing. Secretariat only.',
    type: SendReminderPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ type: SendReminderInput, required: true, description: 'The circular.' }),
    },
    resolve: async (_root, { input }, context) => ({
      reminder: await sendReminder(
        context.db,
        context,
        {
          mailingId: input.mailingId.id,
          expectedVersion: input.expectedVersion ?? null,
          message: input.message ?? null,
        },
        context.config,
      ),
    }),
  }),
}));
