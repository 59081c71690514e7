/** Kysely table types of governance: meetings, their agenda, replies and attendance, board seats. */
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { DateString, NullableTimestamp, Timestamp } from './columns.js';

/** The bodies that meet: 総会, 幹事会 and the working groups (分科会). */
export const GOVERNING_BODIES = ['GENERAL_MEETING', 'BOARD', 'WORKING_GROUP'] as const;
export type GoverningBody = (typeof GOVERNING_BODIES)[number];

export const MEETING_STATUSES = ['SCHEDULED', 'HELD', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENDA_ITEM_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

export const PROPOSER_KINDS = ['BOARD', 'SECRETARIAT', 'ORGANIZATION'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];

export const MEETING_RESPONSE_KINDS = ['ATTEND', 'ABSENT', 'PROXY'] as const;
export type MeetingResponseKind = (typeof MEETING_RESPONSE_KINDS)[number];

export interface MeetingTable {
  id: Generated<string>;
  body: GoverningBody;
  working_group_number: number | null;
  title: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: NullableTimestamp;
  /** Generated: the calendar day of `starts_at` in Japan (`YYYY-MM-DD`). */
  meeting_date: GeneratedAlways<string>;
  place: string | null;
  online_url: string | null;
  minutes: string | null;
  quorum_numerator: Generated<number>;
  quorum_denominator: Generated<number>;
  allows_proxy: Generated<boolean>;
  status: Generated<MeetingStatus>;
  cancellation_reason: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  title: string;
  description: string | null;
  proposer_kind: ProposerKind;
  proposer_organization_id: string | null;
  status: Generated<AgendaItemStatus>;
  result_note: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingResponseTable {
  meeting_id: string;
  organization_id: string;
  response: MeetingResponseKind;
  proxy_holder_organization_id: string | null;
  proxy_holder_name: string | null;
  note: string | null;
  responded_at: Timestamp;
  responded_by: string | null;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  organization_id: string;
  attended: boolean;
  recorded_at: Timestamp;
  recorded_by: string | null;
}

export interface BoardSeatTable {
  id: Generated<string>;
  organization_id: string;
  role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';
  starts_on: DateString;
  ends_on: DateString | null;
  created_at: Timestamp;
}

export type GovernanceTables = {
  meetings: MeetingTable;
  agenda_items: AgendaItemTable;
  meeting_responses: MeetingResponseTable;
  meeting_attendance: MeetingAttendanceTable;
  board_seats: BoardSeatTable;
};
