/**
 * Mutations of meetings (総会, 幹事会, 分科会): scheduling, changing and cancelling a meeting, its
 * agenda items (議案), minutes and attendance (secretariat), and a member's reply (出欠・委任状).
 * The types and queries are in ./meeting.graphql.ts.
 */
import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import type { AgendaItem, Meeting, MeetingResponse } from './governance.js';
import {
  AgendaItemRef,
  AgendaItemStatusEnum,
  GoverningBodyEnum,
  MeetingRef,
  MeetingResponseKindEnum,
  MeetingResponseRef,
  ProposerKindEnum,
} from './meeting.graphql.js';
import {
  addAgendaItem,
  cancelMeeting,
  createMeeting,
  recordAttendance,
  recordMinutes,
  respondToMeeting,
  updateAgendaItem,
  updateMeeting,
} from './meeting.service.js';

// ----------------------------------------------------------------------------------------------
// Mutations

const title = z.string().trim().min(1).max(200);
const longText = z.string().max(20_000);
const note = z.string().max(2_000);

const QuorumRuleInput = builder.inputType('QuorumRuleInput', {
  description:
    'A quorum ratio: present must be more than invitees × numerator / denominator (0 ≤ numerator < denominator).',
  fields: (t) => ({
    numerator: t.int({ required: true, description: 'Numerator, e.g. 1 (of 1/2).' }),
    denominator: t.int({ required: true, description: 'Denominator, e.g. 2 (of 1/2).' }),
  }),
});

const CreateMeetingInput = builder.inputType('CreateMeetingInput', {
  description: 'A new meeting.',
  fields: (t) => ({
    body: t.field({ type: GoverningBodyEnum, required: true, description: 'The body that meets.' }),
    workingGroupNumber: t.int({
      description: 'The working group (1–3); required for WORKING_GROUP, not allowed otherwise.',
    }),
    title: t.string({ required: true, description: 'Title.', validate: title }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'Start.' }),
    endsAt: t.field({ type: 'DateTime', description: 'Planned end; after the start.' }),
    place: t.string({ description: 'Venue (会場).', validate: z.string().max(300) }),
    onlineUrl: t.field({ type: 'URL', description: 'Online meeting link.' }),
    quorum: t.field({
      type: QuorumRuleInput,
      description: 'Quorum rule; more than half (1/2) when omitted.',
    }),
    allowsProxy: t.boolean({
      defaultValue: true,
      description: 'Whether invitees may reply PROXY (委任状); true when omitted.',
    }),
  }),
});

const UpdateMeetingInput = builder.inputType('UpdateMeetingInput', {
  description:
    'Changes to a meeting that is not cancelled; omitted fields stay. The body cannot change (create a new meeting instead). Moving the start to another day changes the invitees.',
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: MeetingRef, description: 'The meeting.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; a newer one gives CONFLICT.',
    }),
    title: t.string({ description: 'Title.', validate: title }),
    startsAt: t.field({ type: 'DateTime', description: 'Start.' }),
    endsAt: t.field({ type: 'DateTime', description: 'Planned end; null to clear.' }),
    place: t.string({ description: 'Venue; null to clear.', validate: z.string().max(300) }),
    onlineUrl: t.field({ type: 'URL', description: 'Online link; null to clear.' }),
    quorum: t.field({ type: QuorumRuleInput, description: 'Quorum rule.' }),
    allowsProxy: t.boolean({ description: 'Whether invitees may reply PROXY.' }),
  }),
});

const CancelMeetingInput = builder.inputType('CancelMeetingInput', {
  description: 'Cancelling a scheduled meeting.',
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: MeetingRef, description: 'The meeting.' }),
    reason: t.string({ description: 'Why it is cancelled.', validate: note }),
  }),
});

const RecordMinutesInput = builder.inputType('RecordMinutesInput', {
  description: 'The minutes (議事録) of a meeting that has started.',
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: MeetingRef, description: 'The meeting.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; a newer one gives CONFLICT.',
    }),
    minutes: t.string({ required: true, description: 'The minutes.', validate: longText }),
  }),
});

const AttendanceEntryInput = builder.inputType('AttendanceEntryInput', {
  description: 'Whether one invited organisation attended.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'An invited organisation.',
    }),
    attended: t.boolean({ required: true, description: 'Whether it attended in person.' }),
  }),
});

const RecordAttendanceInput = builder.inputType('RecordAttendanceInput', {
  description:
    'Attendance of a meeting that has started; organisations not listed keep what was recorded.',
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: MeetingRef, description: 'The meeting.' }),
    entries: t.field({
      type: [AttendanceEntryInput],
      required: true,
      description: 'Invited organisations and whether they attended (up to 1000).',
      validate: z.array(z.unknown()).min(1).max(1000),
    }),
  }),
});

const ProposerInput = builder.inputType('AgendaItemProposerInput', {
  description: 'Who proposes an agenda item.',
  fields: (t) => ({
    kind: t.field({ type: ProposerKindEnum, required: true, description: 'Kind.' }),
    organizationId: t.globalID({
      for: OrganizationRef,
      description: 'The proposing organisation; required for ORGANIZATION, not allowed otherwise.',
    }),
  }),
});

const AddAgendaItemInput = builder.inputType('AddAgendaItemInput', {
  description: 'A new agenda item (議案), added at the end of the agenda.',
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: MeetingRef, description: 'The meeting.' }),
    title: t.string({ required: true, description: 'Title (件名).', validate: title }),
    description: t.string({ description: 'Explanation.', validate: longText }),
    proposer: t.field({
      type: ProposerInput,
      description:
        'Who proposes it; the board for a general-meeting item and the secretariat otherwise when omitted.',
    }),
  }),
});

const UpdateAgendaItemInput = builder.inputType('UpdateAgendaItemInput', {
  description:
    'Changes to an agenda item. Status moves only from PROPOSED to APPROVED, REJECTED or WITHDRAWN; a decided item keeps its title and description.',
  fields: (t) => ({
    agendaItemId: t.globalID({ required: true, for: AgendaItemRef, description: 'The item.' }),
    title: t.string({ description: 'Title.', validate: title }),
    description: t.string({ description: 'Explanation; null to clear.', validate: longText }),
    status: t.field({ type: AgendaItemStatusEnum, description: 'New status.' }),
    resultNote: t.string({ description: 'Note on the decision; null to clear.', validate: note }),
  }),
});

const RespondToMeetingInput = builder.inputType('RespondToMeetingInput', {
  description: 'An invited organisation’s reply, changeable until the meeting starts.',
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: MeetingRef, description: 'The meeting.' }),
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The replying organisation (your own, unless you are the secretariat).',
    }),
    response: t.field({ type: MeetingResponseKindEnum, required: true, description: 'The reply.' }),
    proxyHolderOrganizationId: t.globalID({
      for: OrganizationRef,
      description: 'For PROXY: another invited organisation to hold the proxy.',
    }),
    proxyHolderName: t.string({
      description: 'For PROXY: the person to hold the proxy. With no holder, the chair (議長).',
      validate: z.string().trim().min(1).max(200),
    }),
    note: t.string({ description: 'Note, e.g. who will attend.', validate: note }),
  }),
});

const MeetingPayload = builder.objectRef<{ meeting: Meeting }>('MeetingPayload').implement({
  description: 'The meeting after the change.',
  fields: (t) => ({
    meeting: t.expose('meeting', { type: MeetingRef, description: 'The meeting.' }),
  }),
});

const AgendaItemPayload = builder
  .objectRef<{ agendaItem: AgendaItem }>('AgendaItemPayload')
  .implement({
    description: 'The agenda item after the change.',
    fields: (t) => ({
      agendaItem: t.expose('agendaItem', {
        type: AgendaItemRef,
        description: 'The agenda item.',
      }),
    }),
  });

const RespondToMeetingPayload = builder
  .objectRef<{ response: MeetingResponse; meeting: Meeting }>('RespondToMeetingPayload')
  .implement({
    description: 'The reply as recorded.',
    fields: (t) => ({
      response: t.expose('response', {
        type: MeetingResponseRef,
        description: 'The reply.',
      }),
      meeting: t.expose('meeting', {
        type: MeetingRef,
        description: 'The meeting.',
      }),
    }),
  });

const secretariatOnly = ' Secretariat only.';

builder.mutationFields((t) => ({
  createMeeting: t.field({
    type: MeetingPayload,
    description: `Schedules a meeting of the general meeting, the board or a working group.${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [ValidationFailedError] },
    args: {
      input: t.arg({ type: CreateMeetingInput, required: true, description: 'The meeting.' }),
    },
    resolve: async (_root, { input }, context) => ({
      meeting: await createMeeting(context.db, context, {
        body: input.body,
        workingGroupNumber: input.workingGroupNumber ?? null,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
        quorum: input.quorum ?? null,
        allowsProxy: input.allowsProxy ?? true,
      }),
    }),
  }),
  updateMeeting: t.field({
    type: MeetingPayload,
    description: `Changes a meeting’s details; CONFLICT on a stale version.${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: UpdateMeetingInput, required: true, description: 'The change.' }),
    },
    resolve: async (_root, { input }, context) => ({
      meeting: await updateMeeting(context.db, context, {
        meetingId: input.meetingId.id,
        expectedVersion: input.expectedVersion,
        changes: {
          ...(input.title != null ? { title: input.title } : {}),
          ...(input.startsAt != null ? { startsAt: input.startsAt } : {}),
          ...(input.endsAt !== undefined ? { endsAt: input.endsAt } : {}),
          ...(input.place !== undefined ? { place: input.place } : {}),
          ...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl } : {}),
          ...(input.quorum != null ? { quorum: input.quorum } : {}),
          ...(input.allowsProxy != null ? { allowsProxy: input.allowsProxy } : {}),
        },
      }),
    }),
  }),
  cancelMeeting: t.field({
    type: MeetingPayload,
    description: `Cancels a scheduled meeting; CONFLICT if it already is.${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: CancelMeetingInput, required: true, description: 'The meeting.' }),
    },
    resolve: async (_root, { input }, context) => ({
      meeting: await cancelMeeting(context.db, context, {
        meetingId: input.meetingId.id,
        reason: input.reason ?? null,
      }),
    }),
  }),
  recordMinutes: t.field({
    type: MeetingPayload,
    description: `Records or corrects the minutes of a meeting that has started and marks it HELD.${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: RecordMinutesInput, required: true, description: 'The minutes.' }),
    },
    resolve: async (_root, { input }, context) => ({
      meeting: await recordMinutes(context.db, context, {
        meetingId: input.meetingId.id,
        expectedVersion: input.expectedVersion,
        minutes: input.minutes,
      }),
    }),
  }),
  recordAttendance: t.field({
    type: MeetingPayload,
    description: `Records which invited organisations attended a meeting that has started, and marks it HELD; from then on the quorum counts attendance.${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: RecordAttendanceInput, required: true, description: 'Attendance.' }),
    },
    resolve: async (_root, { input }, context) => ({
      meeting: await recordAttendance(context.db, context, {
        meetingId: input.meetingId.id,
        entries: input.entries.map((e) => ({
          organizationId: e.organizationId.id,
          attended: e.attended,
        })),
      }),
    }),
  }),
  addAgendaItem: t.field({
    type: AgendaItemPayload,
    description: `Adds an agenda item (議案) at the end of a meeting’s agenda.${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: { input: t.arg({ type: AddAgendaItemInput, required: true, description: 'The item.' }) },
    resolve: async (_root, { input }, context) => ({
      agendaItem: await addAgendaItem(context.db, context, {
        meetingId: input.meetingId.id,
        title: input.title,
        description: input.description ?? null,
        proposer: input.proposer
          ? { kind: input.proposer.kind, organizationId: input.proposer.organizationId?.id ?? null }
          : null,
      }),
    }),
  }),
  updateAgendaItem: t.field({
    type: AgendaItemPayload,
    description: `Edits or decides an agenda item: PROPOSED → APPROVED, REJECTED or WITHDRAWN only (other transitions give VALIDATION_FAILED).${secretariatOnly}`,
    authScopes: { secretariat: true },
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: UpdateAgendaItemInput, required: true, description: 'The change.' }),
    },
    resolve: async (_root, { input }, context) => ({
      agendaItem: await updateAgendaItem(context.db, context, {
        agendaItemId: input.agendaItemId.id,
        changes: {
          ...(input.title != null ? { title: input.title } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.status != null ? { status: input.status } : {}),
          ...(input.resultNote !== undefined ? { resultNote: input.resultNote } : {}),
        },
      }),
    }),
  }),
  respondToMeeting: t.field({
    type: RespondToMeetingPayload,
    description:
      'Replies for an invited organisation (attend, absent, or proxy), changeable until the meeting starts. The organisation’s own users and the secretariat only; NOT_FOUND when the organisation is not invited.',
    authScopes: (_root, args) => ({ organization: args.input.organizationId.id }),
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: {
      input: t.arg({ type: RespondToMeetingInput, required: true, description: 'The reply.' }),
    },
    resolve: (_root, { input }, context) =>
      respondToMeeting(context.db, context, {
        meetingId: input.meetingId.id,
        organizationId: input.organizationId.id,
        response: input.response,
        proxyHolderOrganizationId: input.proxyHolderOrganizationId?.id ?? null,
        proxyHolderName: input.proxyHolderName ?? null,
        note: input.note ?? null,
      }),
  }),
}));
