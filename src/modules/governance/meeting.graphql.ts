/**
 * Meetings of the general meeting (総会), the board (幹事会) and the working groups (分科会):
 * details, agenda items (議案), replies (出欠・委任状), attendance, minutes and quorum.
 *
 * Visibility: the secretariat sees every meeting; a member user sees the meetings its
 * organisation is invited to; anonymous callers and partner sites see none.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import { WorkingGroupRef } from '../working-groups/working-group.graphql.js';
import {
  type AgendaItem,
  type Meeting,
  type MeetingResponse,
  type MeetingTally,
  type Quorum,
  quorumOf,
} from './governance.js';
import {
  countInvitees,
  countMeetings,
  findAgendaItemsOfMeetings,
  findInvitees,
  findMeetings,
  findResponses,
  findVisibleAgendaItems,
  findVisibleMeetings,
  type MeetingInvitee,
  tallyMeetings,
} from './meeting.repository.js';
export const MeetingRef = builder.loadableNodeRef('Meeting', {
  id: { resolve: (meeting: Meeting) => meeting.id },
  // Loads only meetings the viewer may see; others resolve to null (node(id) gives null).
  load: (ids: string[], context: Context) => findVisibleMeetings(context.db, context.viewer, ids),
  sort: (meeting: Meeting) => meeting.id,
});

export const AgendaItemRef = builder.loadableNodeRef('AgendaItem', {
  id: { resolve: (item: AgendaItem) => item.id },
  load: (ids: string[], context: Context) =>
    findVisibleAgendaItems(context.db, context.viewer, ids),
  sort: (item: AgendaItem) => item.id,
});

export const MeetingResponseRef = builder.objectRef<MeetingResponse>('MeetingResponse');
const MeetingInviteeRef = builder.objectRef<MeetingInvitee>('MeetingInvitee');

// ----------------------------------------------------------------------------------------------
// Enums

export const GoverningBodyEnum = builder.enumType('GoverningBody', {
  description: 'The body a meeting belongs to.',
  values: {
    GENERAL_MEETING: {
      description: 'The general meeting of the members (総会); invites every active member.',
    },
    BOARD: {
      description: 'The board (幹事会); invites the organisations holding a seat that day.',
    },
    WORKING_GROUP: {
      description: 'A working group (分科会); invites the group’s members that day.',
    },
  } as const,
});

const MeetingStatusEnum = builder.enumType('MeetingStatus', {
  description: 'Where a meeting is.',
  values: {
    SCHEDULED: { description: 'Planned (開催予定); members can reply until it starts.' },
    HELD: { description: 'Took place (開催済み): minutes or attendance were recorded.' },
    CANCELLED: { description: 'Cancelled (中止); no further changes.' },
  } as const,
});

export const AgendaItemStatusEnum = builder.enumType('AgendaItemStatus', {
  description:
    'Where an agenda item (議案) is. It moves once, from PROPOSED to one of the other three.',
  values: {
    PROPOSED: { description: 'Put to the meeting (提案中).' },
    APPROVED: { description: 'Approved (承認・可決).' },
    REJECTED: { description: 'Rejected (否決).' },
    WITHDRAWN: { description: 'Withdrawn by the proposer (取り下げ).' },
  } as const,
});

export const ProposerKindEnum = builder.enumType('ProposerKind', {
  description: 'Who proposes an agenda item.',
  values: {
    BOARD: { description: 'The board (幹事会); the default for general-meeting items.' },
    SECRETARIAT: { description: 'The secretariat (事務局); the default for other meetings.' },
    ORGANIZATION: { description: 'A member organisation (named in `organization`).' },
  } as const,
});

export const MeetingResponseKindEnum = builder.enumType('MeetingResponseKind', {
  description: 'An invited organisation’s reply to a meeting notice.',
  values: {
    ATTEND: { description: 'Will attend (出席).' },
    ABSENT: { description: 'Will not attend and gives no proxy (欠席).' },
    PROXY: { description: 'Will not attend and gives a proxy (委任状); counts toward the quorum.' },
  } as const,
});

const QuorumBasisEnum = builder.enumType('QuorumBasis', {
  description: 'What the quorum count is based on.',
  values: {
    RESPONSES: {
      description: 'Replies, before attendance is recorded: ATTEND + PROXY (a forecast).',
    },
    ATTENDANCE: {
      description:
        'Recorded attendance: invitees who attended plus PROXY replies of those who did not.',
    },
  } as const,
});

const MeetingOrderEnum = builder.enumType('MeetingOrder', {
  description: 'Order of a list of meetings.',
  values: {
    STARTS_AT_ASC: { description: 'Earliest first.' },
    STARTS_AT_DESC: { description: 'Latest first.' },
  } as const,
});

// ----------------------------------------------------------------------------------------------
// Loaders shared by several fields

/** One tally query per request for all meetings asked about (counts and quorum share it). */
const tallyLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, MeetingTally>(async (ids) => {
      const tallies = new Map((await tallyMeetings(context.db, ids)).map((t) => [t.meetingId, t]));
      return ids.map(
        (id) =>
          tallies.get(id) ?? {
            meetingId: id,
            invited: 0,
            attend: 0,
            absent: 0,
            proxy: 0,
            attendanceRecorded: 0,
            attended: 0,
            proxiesNotAttending: 0,
          },
      );
    }),
);

async function quorum(meeting: Meeting, context: Context): Promise<Quorum> {
  return quorumOf(meeting, await tallyLoader(context).load(meeting.id));
}

function repliesOpen(meeting: Meeting, now = new Date()): boolean {
  return meeting.status === 'SCHEDULED' && meeting.startsAt > now;
}

// ----------------------------------------------------------------------------------------------
// Object types

const QuorumRuleRef = builder
  .objectRef<{ numerator: number; denominator: number }>('QuorumRule')
  .implement({
    description:
      'The quorum (定足数) rule: those present (attending plus proxies) must be MORE THAN invitees × numerator / denominator. Default 1/2 (過半数).',
    fields: (t) => ({
      numerator: t.exposeInt('numerator', { description: 'Numerator of the ratio.' }),
      denominator: t.exposeInt('denominator', { description: 'Denominator of the ratio.' }),
    }),
  });

const QuorumRef = builder.objectRef<Quorum>('Quorum').implement({
  description:
    'Whether the meeting has (or, before attendance is recorded, is expected to have) its quorum.',
  fields: (t) => ({
    invited: t.exposeInt('invited', { description: 'Number of invited organisations.' }),
    present: t.exposeInt('present', {
      description: 'Organisations counted as present: attending plus proxies (see `basis`).',
    }),
    required: t.exposeInt('required', {
      description: 'Smallest `present` that reaches the quorum: floor(invited × n / d) + 1.',
    }),
    basis: t.expose('basis', {
      type: QuorumBasisEnum,
      description: 'Replies or recorded attendance.',
    }),
    reached: t.exposeBoolean('reached', {
      description: 'present × denominator > invited × numerator.',
    }),
  }),
});

interface ResponseCounts {
  readonly invited: number;
  readonly attend: number;
  readonly absent: number;
  readonly proxy: number;
}

const MeetingResponseCountsRef = builder
  .objectRef<ResponseCounts>('MeetingResponseCounts')
  .implement({
    description: 'Replies to a meeting notice, counted over the invitees only.',
    fields: (t) => ({
      invited: t.exposeInt('invited', { description: 'Invited organisations.' }),
      attend: t.exposeInt('attend', { description: 'Replied ATTEND (出席).' }),
      absent: t.exposeInt('absent', { description: 'Replied ABSENT (欠席).' }),
      proxy: t.exposeInt('proxy', { description: 'Replied PROXY (委任状).' }),
      noReply: t.int({
        description: 'Invitees that have not replied (未回答).',
        resolve: (c) => c.invited - c.attend - c.absent - c.proxy,
      }),
    }),
  });

const AgendaItemProposerRef = builder
  .objectRef<{ kind: AgendaItem['proposerKind']; organizationId: string | null }>(
    'AgendaItemProposer',
  )
  .implement({
    description: 'Who proposed an agenda item.',
    fields: (t) => ({
      kind: t.expose('kind', { type: ProposerKindEnum, description: 'Kind.' }),
      organization: t.field({
        type: OrganizationRef,
        nullable: true,
        description: 'The proposing organisation when `kind` is ORGANIZATION.',
        resolve: (p) => p.organizationId,
      }),
    }),
  });

MeetingRef.implement({
  description:
    'A meeting of the general meeting (総会), the board (幹事会) or a working group (分科会). Visible to the secretariat and to the users of invited organisations.',
  fields: (t) => ({
    body: t.expose('body', {
      type: GoverningBodyEnum,
      description: 'The body that meets.',
    }),
    workingGroup: t.field({
      type: WorkingGroupRef,
      nullable: true,
      description: 'The working group, for a WORKING_GROUP meeting.',
      resolve: (m) => m.workingGroupNumber,
    }),
    title: t.exposeString('title', { description: 'Title, e.g. 令和7年度第1回幹事会.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'Start.' }),
    endsAt: t.expose('endsAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Planned end.',
    }),
    meetingDate: t.expose('meetingDate', {
      type: 'Date',
      description: 'The day of the meeting in Japan; the invitees are those of this day.',
    }),
    place: t.exposeString('place', { nullable: true, description: 'Venue (会場), if any.' }),
    onlineUrl: t.expose('onlineUrl', {
      type: 'URL',
      nullable: true,
      description: 'Online meeting link, if any.',
    }),
    status: t.expose('status', { type: MeetingStatusEnum, description: 'Status.' }),
    cancellationReason: t.exposeString('cancellationReason', {
      nullable: true,
      description: 'Why the meeting was cancelled.',
    }),
    allowsProxy: t.exposeBoolean('allowsProxy', {
      description: 'Whether invitees may reply PROXY (委任状).',
    }),
    repliesOpen: t.boolean({
      description: 'Whether replies can still be given or changed (scheduled and not started).',
      resolve: (m) => repliesOpen(m),
    }),
    minutes: t.exposeString('minutes', { nullable: true, description: 'Minutes (議事録).' }),
    agendaItems: t.loadableGroup({
      type: AgendaItemRef,
      description: 'Agenda items (議案) in order.',
      load: (ids: string[], { db }) => findAgendaItemsOfMeetings(db, ids),
      group: (item) => (item as AgendaItem).meetingId,
      resolve: (m) => m.id,
    }),
    quorumRule: t.field({
      type: QuorumRuleRef,
      description: 'The quorum rule of this meeting.',
      resolve: (m) => ({ numerator: m.quorumNumerator, denominator: m.quorumDenominator }),
    }),
    responses: t.field({
      type: MeetingResponseCountsRef,
      description: 'Counts of replies: attend, absent, proxy and no reply.',
      resolve: (m, _args, context) => tallyLoader(context).load(m.id),
    }),
    quorum: t.field({
      type: QuorumRef,
      description: 'The quorum count and whether it is reached (see QuorumRule).',
      resolve: (m, _args, context) => quorum(m, context),
    }),
    quorumReached: t.boolean({
      description:
        'Whether present (attending + proxies) > invitees × ratio; from replies until attendance is recorded.',
      resolve: async (m, _args, context) => (await quorum(m, context)).reached,
    }),
    invitees: t.connection({
      type: MeetingInviteeRef,
      description:
        'Invited organisations in 五十音順 with their replies and attendance. Secretariat only.',
      authScopes: { secretariat: true },
      args: {
        responded: t.arg.boolean({
          description: 'true: only those who replied; false: only those who have not.',
        }),
      },
      resolve: (m, args, { db }) =>
        offsetConnection(
          args,
          (page) => findInvitees(db, m.id, { responded: args.responded ?? null }, page),
          () => countInvitees(db, m.id, { responded: args.responded ?? null }),
        ),
    }),
    ownResponse: t.loadable({
      type: MeetingResponseRef,
      nullable: true,
      description: 'Your organisation’s reply, for a member user; null for others or if none.',
      load: async (keys: string[], { db }) => {
        const pairs = keys.map((key) => {
          const [meetingId = '', organizationId = ''] = key.split('|');
          return { meetingId, organizationId };
        });
        const found = new Map(
          (await findResponses(db, pairs)).map((r) => [`${r.meetingId}|${r.organizationId}`, r]),
        );
        return keys.map((key) => found.get(key) ?? null);
      },
      resolve: (m, _args, { viewer }) =>
        viewer.kind === 'MEMBER' ? `${m.id}|${viewer.organizationId}` : null,
    }),
    version: t.exposeInt('version', {
      description:
        'Version for optimistic concurrency: send it back with an update. Secretariat only.',
      authScopes: { secretariat: true },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Created.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'Last changed.',
    }),
  }),
});

AgendaItemRef.implement({
  description: 'An agenda item (議案) of a meeting. Visible to those who see the meeting.',
  fields: (t) => ({
    meeting: t.field({
      type: MeetingRef,
      description: 'The meeting.',
      resolve: (item) => item.meetingId,
    }),
    position: t.exposeInt('position', { description: 'Order on the agenda, from 1.' }),
    title: t.exposeString('title', { description: 'Title (件名).' }),
    description: t.exposeString('description', { nullable: true, description: 'Explanation.' }),
    proposer: t.field({
      type: AgendaItemProposerRef,
      description: 'Who proposed it.',
      resolve: (item) => ({ kind: item.proposerKind, organizationId: item.proposerOrganizationId }),
    }),
    status: t.expose('status', {
      type: AgendaItemStatusEnum,
      description: 'Status.',
    }),
    resultNote: t.exposeString('resultNote', {
      nullable: true,
      description: 'Note on the decision, e.g. the vote or conditions.',
    }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the status left PROPOSED.',
    }),
  }),
});

MeetingResponseRef.implement({
  description: 'An invited organisation’s reply to a meeting notice (出欠・委任状).',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The replying organisation.',
      resolve: (r) => r.organizationId,
    }),
    response: t.expose('response', {
      type: MeetingResponseKindEnum,
      description: 'The reply.',
    }),
    proxyHolder: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'For PROXY: the organisation given the proxy, if one was named.',
      resolve: (r) => r.proxyHolderOrganizationId,
    }),
    proxyHolderName: t.exposeString('proxyHolderName', {
      nullable: true,
      description:
        'For PROXY: the person given the proxy, if named. No holder at all means the chair (議長).',
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Note, e.g. who will attend.',
    }),
    respondedAt: t.expose('respondedAt', {
      type: 'DateTime',
      description: 'When the reply was last given or changed.',
    }),
  }),
});

MeetingInviteeRef.implement({
  description: 'An organisation invited to a meeting, with its reply and attendance.',
  fields: (t) => ({
    organization: t.expose('organization', {
      type: OrganizationRef,
      description: 'The organisation.',
    }),
    response: t.expose('response', {
      type: MeetingResponseRef,
      nullable: true,
      description: 'Its reply; null while it has not replied.',
    }),
    attended: t.exposeBoolean('attended', {
      nullable: true,
      description: 'Attendance recorded by the secretariat; null while not recorded.',
    }),
  }),
});

// ----------------------------------------------------------------------------------------------
// Queries

builder.queryFields((t) => ({
  meetings: t.connection({
    type: MeetingRef,
    description:
      'Meetings you may see: all for the secretariat, those your organisation is invited to for a member user. Signed-in users only.',
    authScopes: { signedIn: true },
    args: {
      body: t.arg({ type: GoverningBodyEnum, description: 'Only meetings of this body.' }),
      workingGroupNumber: t.arg.int({
        description: 'Only meetings of this working group (1–3).',
      }),
      from: t.arg({ type: 'Date', description: 'Only meetings on or after this day (in Japan).' }),
      to: t.arg({ type: 'Date', description: 'Only meetings on or before this day (in Japan).' }),
      order: t.arg({
        type: MeetingOrderEnum,
        defaultValue: 'STARTS_AT_ASC',
        description: 'Order; earliest first by default.',
      }),
    },
    resolve: (_root, args, { db, viewer }) => {
      const filter = {
        body: args.body ?? null,
        workingGroupNumber: args.workingGroupNumber ?? null,
        from: args.from ?? null,
        to: args.to ?? null,
      };
      const order = args.order === 'STARTS_AT_DESC' ? 'desc' : 'asc';
      return offsetConnection(
        args,
        (page) => findMeetings(db, viewer, filter, order, page),
        () => countMeetings(db, viewer, filter),
      );
    },
  }),
}));
