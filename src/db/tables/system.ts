/** Kysely table types of the audit trail, the transactional outbox, settings and seed runs. */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from './columns.js';

export interface AuditEventTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

export interface OutboundEmailTable {
  id: Generated<string>;
  purpose: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  message_id: string;
  status: Generated<'QUEUED' | 'SENT' | 'FAILED'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface SettingTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface SeedRunTable {
  name: string;
  applied_at: Timestamp;
}

export type SystemTables = {
  audit_events: AuditEventTable;
  outbound_emails: OutboundEmailTable;
  settings: SettingTable;
  seed_runs: SeedRunTable;
};

export type OutboundEmailRow = Selectable<OutboundEmailTable>;
