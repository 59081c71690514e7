/**
 * Governance domain objects (board seats, meetings, agenda items, replies) and the row → domain
 * conversions, so GraphQL never sees snake_case rows.
 */
import type { Selectable } from 'kysely';
import type {
  AgendaItemStatus,
  AgendaItemTable,
  BoardSeatTable,
  GoverningBody,
  MeetingResponseKind,
  MeetingResponseTable,
  MeetingStatus,
  MeetingTable,
  ProposerKind,
} from '../../db/tables/governance.js';

export type BoardRole = 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';

/** A seat on the board (幹事会): held from `startsOn` to `endsOn`, both days included. */
export interface BoardSeat {
  readonly id: string;
  readonly organizationId: string;
  readonly role: BoardRole;
  readonly startsOn: string;
  /** Last day of the term (included); null while the term is open. */
  readonly endsOn: string | null;
}

export function toBoardSeat(row: Selectable<BoardSeatTable>): BoardSeat {
  return {
    id: row.id,
    organizationId: row.organization_id,
    role: row.role,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

export interface Meeting {
  readonly id: string;
  readonly body: GoverningBody;
  readonly workingGroupNumber: number | null;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  /** The day of the meeting in Japan (`YYYY-MM-DD`); decides the invitees. */
  readonly meetingDate: string;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly minutes: string | null;
  readonly quorumNumerator: number;
  readonly quorumDenominator: number;
  readonly allowsProxy: boolean;
  readonly status: MeetingStatus;
  readonly cancellationReason: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function toMeeting(row: Selectable<MeetingTable>): Meeting {
  return {
    id: row.id,
    body: row.body,
    workingGroupNumber: row.working_group_number,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    meetingDate: row.meeting_date,
    place: row.place,
    onlineUrl: row.online_url,
    minutes: row.minutes,
    quorumNumerator: row.quorum_numerator,
    quorumDenominator: row.quorum_denominator,
    allowsProxy: row.allows_proxy,
    status: row.status,
    cancellationReason: row.cancellation_reason,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface AgendaItem {
  readonly id: string;
  readonly meetingId: string;
  readonly position: number;
  readonly title: string;
  readonly description: string | null;
  readonly proposerKind: ProposerKind;
  readonly proposerOrganizationId: string | null;
  readonly status: AgendaItemStatus;
  readonly resultNote: string | null;
  readonly decidedAt: Date | null;
}

export function toAgendaItem(row: Selectable<AgendaItemTable>): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    title: row.title,
    description: row.description,
    proposerKind: row.proposer_kind,
    proposerOrganizationId: row.proposer_organization_id,
    status: row.status,
    resultNote: row.result_note,
    decidedAt: row.decided_at,
  };
}

export interface MeetingResponse {
  readonly meetingId: string;
  readonly organizationId: string;
  readonly response: MeetingResponseKind;
  readonly proxyHolderOrganizationId: string | null;
  readonly proxyHolderName: string | null;
  readonly note: string | null;
  readonly respondedAt: Date;
  readonly respondedBy: string | null;
}

export function toMeetingResponse(row: Selectable<MeetingResponseTable>): MeetingResponse {
  return {
    meetingId: row.meeting_id,
    organizationId: row.organization_id,
    response: row.response,
    proxyHolderOrganizationId: row.proxy_holder_organization_id,
    proxyHolderName: row.proxy_holder_name,
    note: row.note,
    respondedAt: row.responded_at,
    respondedBy: row.responded_by,
  };
}

/** Replies and attendance of one meeting, counted over its invitees only. */
export interface MeetingTally {
  readonly meetingId: string;
  readonly invited: number;
  readonly attend: number;
  readonly absent: number;
  readonly proxy: number;
  /** Invitees recorded by the secretariat (attended or not); 0 until attendance is taken. */
  readonly attendanceRecorded: number;
  readonly attended: number;
  /** PROXY replies of invitees not recorded as attending in person. */
  readonly proxiesNotAttending: number;
}

export type QuorumBasis = 'RESPONSES' | 'ATTENDANCE';

export interface Quorum {
  readonly numerator: number;
  readonly denominator: number;
  readonly invited: number;
  /** Smallest number present that reaches the quorum: floor(invited × n / d) + 1. */
  readonly required: number;
  readonly present: number;
  readonly basis: QuorumBasis;
  readonly reached: boolean;
}

/**
 * The quorum rule: those present (attending in person plus proxies) must be MORE THAN
 * invitees × numerator / denominator (default 1/2: 過半数). Before attendance is recorded the
 * replies are counted (ATTEND + PROXY); once it is, the recorded attendance plus the proxies of
 * invitees who did not attend in person. Integer arithmetic: present × d > invited × n.
 */
export function quorumOf(meeting: Meeting, tally: MeetingTally): Quorum {
  const n = meeting.quorumNumerator;
  const d = meeting.quorumDenominator;
  const basis: QuorumBasis = tally.attendanceRecorded > 0 ? 'ATTENDANCE' : 'RESPONSES';
  const present =
    basis === 'ATTENDANCE'
      ? tally.attended + tally.proxiesNotAttending
      : tally.attend + tally.proxy;
  return {
    numerator: n,
    denominator: d,
    invited: tally.invited,
    required: Math.floor((tally.invited * n) / d) + 1,
    present,
    basis,
    reached: present * d > tally.invited * n,
  };
}
