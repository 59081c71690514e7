/** Kysely table types of working-group memberships and of requests to join or leave a group. */
import type { Generated } from 'kysely';
import type { DateString, NullableTimestamp, Timestamp } from './columns.js';

export interface WorkingGroupMembershipTable {
  id: Generated<string>;
  working_group_number: number;
  organization_id: string;
  role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';
  joined_on: DateString;
  left_on: DateString | null;
  created_at: Timestamp;
}

export interface WorkingGroupRequestTable {
  id: Generated<string>;
  organization_id: string;
  working_group_number: number;
  kind: 'JOIN' | 'LEAVE';
  status: Generated<'PENDING' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN'>;
  requested_by: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  reason: string | null;
  /** The organisation's own reason for asking (会員ページ), not the decision's. */
  request_reason: string | null;
  created_at: Timestamp;
}

export type WorkingGroupTables = {
  working_group_memberships: WorkingGroupMembershipTable;
  working_group_requests: WorkingGroupRequestTable;
};
