/**
 * Kysely queries of meetings, agenda items, replies and attendance. Every query about invitees
 * reuses the one SQL definition of a meeting's invitees (`INVITEES_OF_M`, src/db/invitees.ts).
 */
import { type Expression, type Selectable, type SqlBool, sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/create-db.js';
import { INVITEES_OF_M } from '../../db/invitees.js';
import type {
  AgendaItemStatus,
  GoverningBody,
  MeetingResponseKind,
  MeetingTable,
  ProposerKind,
} from '../../db/tables/governance.js';
import type { OrganizationTable } from '../../db/tables/members.js';
import { isUuid } from '../../lib/uuid.js';
import { type Organization, toOrganization } from '../members/organization.js';
import {
  type AgendaItem,
  type Meeting,
  type MeetingResponse,
  type MeetingTally,
  toAgendaItem,
  toMeeting,
  toMeetingResponse,
} from './governance.js';

/** True when `organizationId` is invited to the meeting aliased `m`. */
function isInvited(organizationId: string): Expression<SqlBool> {
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM ${INVITEES_OF_M} AS invitee WHERE invitee.organization_id = ${organizationId}
  )`;
}

/**
 * Meetings a viewer may see: the secretariat all of them, a member user those its organisation
 * is invited to, nobody else any (anonymous callers and partner sites see no meetings).
 */
function visibleTo(db: Db, viewer: Viewer) {
  const query = db.selectFrom('meetings as m');
  if (viewer.kind === 'SECRETARIAT') return query;
  if (viewer.kind === 'MEMBER') return query.where(isInvited(viewer.organizationId));
  return query.where(sql<SqlBool>`false`);
}

export async function findVisibleMeetings(
  db: Db,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Meeting[]> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return [];
  const rows = await visibleTo(db, viewer).selectAll('m').where('m.id', 'in', uuids).execute();
  return rows.map(toMeeting);
}

/** A meeting by id regardless of viewer, optionally locked (update or share) in a transaction. */
export async function findMeeting(
  db: Db,
  id: string,
  options: { forUpdate?: boolean; forShare?: boolean } = {},
): Promise<Meeting | undefined> {
  if (!isUuid(id)) return undefined;
  let query = db.selectFrom('meetings').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  else if (options.forShare) query = query.forShare();
  const row = await query.executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

export interface MeetingFilter {
  readonly body?: GoverningBody | null;
  readonly workingGroupNumber?: number | null;
  /** First day (in Japan), included. */
  readonly from?: string | null;
  /** Last day (in Japan), included. */
  readonly to?: string | null;
}

function filtered(db: Db, viewer: Viewer, filter: MeetingFilter) {
  let query = visibleTo(db, viewer);
  if (filter.body) query = query.where('m.body', '=', filter.body);
  if (filter.workingGroupNumber != null)
    query = query.where('m.working_group_number', '=', filter.workingGroupNumber);
  if (filter.from) query = query.where('m.meeting_date', '>=', filter.from);
  if (filter.to) query = query.where('m.meeting_date', '<=', filter.to);
  return query;
}

export async function findMeetings(
  db: Db,
  viewer: Viewer,
  filter: MeetingFilter,
  order: 'asc' | 'desc',
  page: { limit: number; offset: number },
): Promise<Meeting[]> {
  const rows = await filtered(db, viewer, filter)
    .selectAll('m')
    .orderBy('m.starts_at', order)
    .orderBy('m.id', order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toMeeting);
}

export async function countMeetings(
  db: Db,
  viewer: Viewer,
  filter: MeetingFilter,
): Promise<number> {
  const row = await filtered(db, viewer, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Organisation ids invited to the meeting, in no particular order (empty if none). */
export async function findInviteeIds(db: Db, meetingId: string): Promise<string[]> {
  const { rows } = await sql<{ organization_id: string }>`
    SELECT invitee.organization_id
    FROM meetings m CROSS JOIN LATERAL ${INVITEES_OF_M} AS invitee
    WHERE m.id = ${meetingId}`.execute(db);
  return rows.map((r) => r.organization_id);
}

/** Which of `organizationIds` are invited to the meeting. */
export async function filterInvited(
  db: Db,
  meetingId: string,
  organizationIds: readonly string[],
): Promise<Set<string>> {
  const uuids = organizationIds.filter(isUuid);
  if (uuids.length === 0) return new Set();
  const { rows } = await sql<{ organization_id: string }>`
    SELECT invitee.organization_id
    FROM meetings m CROSS JOIN LATERAL ${INVITEES_OF_M} AS invitee
    WHERE m.id = ${meetingId} AND invitee.organization_id = ANY(${uuids}::uuid[])`.execute(db);
  return new Set(rows.map((r) => r.organization_id));
}

/** Counts of replies and attendance over the invitees of each meeting, in one query. */
export async function tallyMeetings(
  db: Db,
  meetingIds: readonly string[],
): Promise<MeetingTally[]> {
  const uuids = meetingIds.filter(isUuid);
  if (uuids.length === 0) return [];
  const { rows } = await sql<MeetingTally>`
    SELECT
      m.id AS "meetingId",
      count(invitee.organization_id)::int AS invited,
      count(*) FILTER (WHERE r.response = 'ATTEND')::int AS attend,
      count(*) FILTER (WHERE r.response = 'ABSENT')::int AS absent,
      count(*) FILTER (WHERE r.response = 'PROXY')::int AS proxy,
      count(a.organization_id)::int AS "attendanceRecorded",
      count(*) FILTER (WHERE a.attended)::int AS attended,
      count(*) FILTER (WHERE r.response = 'PROXY' AND a.attended IS NOT TRUE)::int
        AS "proxiesNotAttending"
    FROM meetings m
    LEFT JOIN LATERAL ${INVITEES_OF_M} AS invitee ON true
    LEFT JOIN meeting_responses r
      ON r.meeting_id = m.id AND r.organization_id = invitee.organization_id
    LEFT JOIN meeting_attendance a
      ON a.meeting_id = m.id AND a.organization_id = invitee.organization_id
    WHERE m.id = ANY(${uuids}::uuid[])
    GROUP BY m.id`.execute(db);
  return rows;
}

/** One invitee of a meeting with its reply and recorded attendance. */
export interface MeetingInvitee {
  readonly meetingId: string;
  readonly organization: Organization;
  readonly response: MeetingResponse | null;
  /** As recorded by the secretariat; null while not recorded. */
  readonly attended: boolean | null;
}

export interface InviteeFilter {
  /** true: only invitees who replied; false: only those who have not. */
  readonly responded?: boolean | null;
}

type InviteeRow = Selectable<OrganizationTable> & {
  r_response: MeetingResponseKind | null;
  r_proxy_holder_organization_id: string | null;
  r_proxy_holder_name: string | null;
  r_note: string | null;
  r_responded_at: Date | null;
  r_responded_by: string | null;
  a_attended: boolean | null;
};

function respondedCondition(filter: InviteeFilter) {
  if (filter.responded === true) return sql`AND r.response IS NOT NULL`;
  if (filter.responded === false) return sql`AND r.response IS NULL`;
  return sql``;
}

/** A page of the meeting's invitees in 五十音順, with their replies and attendance. */
export async function findInvitees(
  db: Db,
  meetingId: string,
  filter: InviteeFilter,
  page: { limit: number; offset: number },
): Promise<MeetingInvitee[]> {
  const { rows } = await sql<InviteeRow>`
    SELECT o.*,
      r.response AS r_response,
      r.proxy_holder_organization_id AS r_proxy_holder_organization_id,
      r.proxy_holder_name AS r_proxy_holder_name,
      r.note AS r_note,
      r.responded_at AS r_responded_at,
      r.responded_by AS r_responded_by,
      a.attended AS a_attended
    FROM meetings m
    CROSS JOIN LATERAL ${INVITEES_OF_M} AS invitee
    JOIN organizations o ON o.id = invitee.organization_id
    LEFT JOIN meeting_responses r ON r.meeting_id = m.id AND r.organization_id = o.id
    LEFT JOIN meeting_attendance a ON a.meeting_id = m.id AND a.organization_id = o.id
    WHERE m.id = ${meetingId} ${respondedCondition(filter)}
    ORDER BY o.name_kana, o.id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return rows.map((row) => {
    const organization = toOrganization(row);
    return {
      meetingId,
      organization,
      response:
        row.r_response === null
          ? null
          : {
              meetingId,
              organizationId: organization.id,
              response: row.r_response,
              proxyHolderOrganizationId: row.r_proxy_holder_organization_id,
              proxyHolderName: row.r_proxy_holder_name,
              note: row.r_note,
              respondedAt: row.r_responded_at as Date,
              respondedBy: row.r_responded_by,
            },
      attended: row.a_attended,
    };
  });
}

export async function countInvitees(
  db: Db,
  meetingId: string,
  filter: InviteeFilter,
): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count
    FROM meetings m
    CROSS JOIN LATERAL ${INVITEES_OF_M} AS invitee
    LEFT JOIN meeting_responses r
      ON r.meeting_id = m.id AND r.organization_id = invitee.organization_id
    WHERE m.id = ${meetingId} ${respondedCondition(filter)}`.execute(db);
  return rows[0]?.count ?? 0;
}

export interface NewMeeting {
  readonly body: GoverningBody;
  readonly workingGroupNumber: number | null;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly quorumNumerator: number;
  readonly quorumDenominator: number;
  readonly allowsProxy: boolean;
  readonly createdBy: string | null;
}

export async function insertMeeting(db: Db, meeting: NewMeeting): Promise<Meeting> {
  const row = await db
    .insertInto('meetings')
    .values({
      body: meeting.body,
      working_group_number: meeting.workingGroupNumber,
      title: meeting.title,
      starts_at: meeting.startsAt,
      ends_at: meeting.endsAt,
      place: meeting.place,
      online_url: meeting.onlineUrl,
      quorum_numerator: meeting.quorumNumerator,
      quorum_denominator: meeting.quorumDenominator,
      allows_proxy: meeting.allowsProxy,
      created_by: meeting.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMeeting(row);
}

export interface MeetingPatch {
  readonly title?: string;
  readonly startsAt?: Date;
  readonly endsAt?: Date | null;
  readonly place?: string | null;
  readonly onlineUrl?: string | null;
  readonly minutes?: string | null;
  readonly quorumNumerator?: number;
  readonly quorumDenominator?: number;
  readonly allowsProxy?: boolean;
  readonly status?: Meeting['status'];
  readonly cancellationReason?: string | null;
}

const PATCH_COLUMNS = {
  title: 'title',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  place: 'place',
  onlineUrl: 'online_url',
  minutes: 'minutes',
  quorumNumerator: 'quorum_numerator',
  quorumDenominator: 'quorum_denominator',
  allowsProxy: 'allows_proxy',
  status: 'status',
  cancellationReason: 'cancellation_reason',
} as const satisfies Record<keyof MeetingPatch, keyof MeetingTable>;

/**
 * Applies `patch` and bumps the version if the meeting is still at `expectedVersion` (any
 * version when null); undefined when it is not (someone changed it first).
 */
export async function updateMeeting(
  db: Db,
  id: string,
  expectedVersion: number | null,
  patch: MeetingPatch,
): Promise<Meeting | undefined> {
  const values: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(PATCH_COLUMNS)) {
    const value = patch[key as keyof MeetingPatch];
    if (value !== undefined) values[column] = value;
  }
  let query = db
    .updateTable('meetings')
    .set(values)
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id);
  if (expectedVersion !== null) query = query.where('version', '=', expectedVersion);
  const row = await query.returningAll().executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

// ----------------------------------------------------------------------------------------------
// Agenda items

export async function findAgendaItemsOfMeetings(
  db: Db,
  meetingIds: readonly string[],
): Promise<AgendaItem[]> {
  const uuids = meetingIds.filter(isUuid);
  if (uuids.length === 0) return [];
  const rows = await db
    .selectFrom('agenda_items')
    .selectAll()
    .where('meeting_id', 'in', uuids)
    .orderBy('meeting_id')
    .orderBy('position')
    .execute();
  return rows.map(toAgendaItem);
}

/** Agenda items whose meeting the viewer may see. */
export async function findVisibleAgendaItems(
  db: Db,
  viewer: Viewer,
  ids: readonly string[],
): Promise<AgendaItem[]> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return [];
  const rows = await db
    .selectFrom('agenda_items')
    .selectAll()
    .where('id', 'in', uuids)
    .where('meeting_id', 'in', visibleTo(db, viewer).select('m.id'))
    .execute();
  return rows.map(toAgendaItem);
}

export async function findAgendaItem(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AgendaItem | undefined> {
  if (!isUuid(id)) return undefined;
  let query = db.selectFrom('agenda_items').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toAgendaItem(row) : undefined;
}

/** Appends an item after the meeting's last one (call with the meeting row locked). */
export async function insertAgendaItem(
  db: Db,
  item: {
    meetingId: string;
    title: string;
    description: string | null;
    proposerKind: ProposerKind;
    proposerOrganizationId: string | null;
  },
): Promise<AgendaItem> {
  const row = await db
    .insertInto('agenda_items')
    .values((eb) => ({
      meeting_id: item.meetingId,
      position: eb
        .selectFrom('agenda_items')
        .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
        .where('meeting_id', '=', item.meetingId),
      title: item.title,
      description: item.description,
      proposer_kind: item.proposerKind,
      proposer_organization_id: item.proposerOrganizationId,
    }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgendaItem(row);
}

export interface AgendaItemPatch {
  readonly title?: string;
  readonly description?: string | null;
  readonly status?: AgendaItemStatus;
  readonly resultNote?: string | null;
}

/**
 * Updates an item; a status change applies only while the item is still PROPOSED (so two
 * concurrent decisions cannot both win). Undefined when the status had already moved on.
 */
export async function updateAgendaItem(
  db: Db,
  id: string,
  patch: AgendaItemPatch,
): Promise<AgendaItem | undefined> {
  const changesStatus = patch.status !== undefined && patch.status !== 'PROPOSED';
  let query = db
    .updateTable('agenda_items')
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.resultNote !== undefined ? { result_note: patch.resultNote } : {}),
      ...(changesStatus ? { status: patch.status, decided_at: sql`now()` } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id);
  if (changesStatus) query = query.where('status', '=', 'PROPOSED');
  const row = await query.returningAll().executeTakeFirst();
  return row ? toAgendaItem(row) : undefined;
}

// ----------------------------------------------------------------------------------------------
// Replies and attendance

export async function findResponses(
  db: Db,
  keys: readonly { meetingId: string; organizationId: string }[],
): Promise<MeetingResponse[]> {
  const valid = keys.filter((k) => isUuid(k.meetingId) && isUuid(k.organizationId));
  if (valid.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_responses')
    .selectAll()
    .where((eb) =>
      eb.or(
        valid.map((k) =>
          eb.and([
            eb('meeting_id', '=', k.meetingId),
            eb('organization_id', '=', k.organizationId),
          ]),
        ),
      ),
    )
    .execute();
  return rows.map(toMeetingResponse);
}

export async function upsertResponse(
  db: Db,
  response: {
    meetingId: string;
    organizationId: string;
    response: MeetingResponseKind;
    proxyHolderOrganizationId: string | null;
    proxyHolderName: string | null;
    note: string | null;
    respondedBy: string | null;
  },
): Promise<MeetingResponse> {
  const values = {
    response: response.response,
    proxy_holder_organization_id: response.proxyHolderOrganizationId,
    proxy_holder_name: response.proxyHolderName,
    note: response.note,
    responded_at: sql<Date>`now()`,
    responded_by: response.respondedBy,
  };
  const row = await db
    .insertInto('meeting_responses')
    .values({
      meeting_id: response.meetingId,
      organization_id: response.organizationId,
      ...values,
    })
    .onConflict((oc) => oc.columns(['meeting_id', 'organization_id']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMeetingResponse(row);
}

export async function upsertAttendance(
  db: Db,
  meetingId: string,
  entries: readonly { organizationId: string; attended: boolean }[],
  recordedBy: string | null,
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('meeting_attendance')
    .values(
      entries.map((e) => ({
        meeting_id: meetingId,
        organization_id: e.organizationId,
        attended: e.attended,
        recorded_by: recordedBy,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['meeting_id', 'organization_id']).doUpdateSet((eb) => ({
        attended: eb.ref('excluded.attended'),
        recorded_at: sql`now()`,
        recorded_by: eb.ref('excluded.recorded_by'),
      })),
    )
    .execute();
}

export async function findOrganizationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return new Set();
  const rows = await db.selectFrom('organizations').select('id').where('id', 'in', uuids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Ids of the 招集通知 mailings generated from a meeting, newest first. */
export async function findNoticeMailingIds(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mailings')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', 'MEETING_NOTICE')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => row.id);
}
