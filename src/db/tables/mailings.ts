/** Kysely table types of mailings: deliveries, suppressions, issues, bounces and senders. */
import type { Generated, Selectable } from 'kysely';
import type { Json, NullableJson, NullableTimestamp, Timestamp } from './columns.js';

/** The kinds of mail a mailing can be (TRANSACTIONAL mail goes through outbound_emails). */
export const MAILING_KINDS = ['NEWSLETTER', 'VISIT_REPORT', 'NOTICE', 'MEETING_NOTICE'] as const;
export type MailingKind = (typeof MAILING_KINDS)[number];

/** Kinds that may be published. 招集通知 (MEETING_NOTICE) never are: they carry reply links. */
export const ARCHIVE_KINDS = ['NEWSLETTER', 'VISIT_REPORT', 'NOTICE'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

export function isArchiveKind(kind: string): kind is ArchiveKind {
  return (ARCHIVE_KINDS as readonly string[]).includes(kind);
}

export const MAILING_STATUSES = [
  'DRAFT',
  'SCHEDULED',
  'SENDING',
  'PAUSED',
  'SENT',
  'CANCELLED',
] as const;
export type MailingStatus = (typeof MAILING_STATUSES)[number];

export const DELIVERY_STATUSES = [
  'QUEUED',
  'SENDING',
  'SENT',
  'RETRY',
  'FAILED',
  'BOUNCED',
  'SUPPRESSED',
  'UNKNOWN',
  'CANCELLED',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const SUPPRESSION_REASONS = [
  'HARD_BOUNCE',
  'COMPLAINT',
  'UNSUBSCRIBE_ALL',
  'MANUAL',
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** Why a delivery was not sent: an address suppression, or the contact's own choice. */
export const DELIVERY_SUPPRESSION_REASONS = [
  ...SUPPRESSION_REASONS,
  'OPTED_OUT',
  'INVALID_ADDRESS',
] as const;
export type DeliverySuppressionReason = (typeof DELIVERY_SUPPRESSION_REASONS)[number];

export const MAILING_ISSUE_REASONS = [
  'NO_CONTACTS',
  'NO_MATCHING_CONTACT',
  'ALL_SUPPRESSED',
] as const;
export type MailingIssueReason = (typeof MAILING_ISSUE_REASONS)[number];

export type BounceType = 'HARD' | 'SOFT' | 'COMPLAINT';
export type BounceSource = 'SMTP' | 'WEBHOOK' | 'DSN';

export interface MailingTable {
  id: Generated<string>;
  kind: MailingKind;
  subject: string;
  content: Json;
  audience: Json;
  status: Generated<MailingStatus>;
  scheduled_at: NullableTimestamp;
  compiled_email: NullableJson;
  compiled_version: number | null;
  created_by: string | null;
  /** The creator and every account that edited the mailing since: none of them may approve it. */
  edited_by: Generated<string[]>;
  /** The admin who approved the content (see approved_version). */
  approved_by: string | null;
  version: Generated<number>;
  meeting_id: string | null;
  reminder_of: string | null;
  organization_id: string | null;
  approval_required: Generated<boolean>;
  approved_at: NullableTimestamp;
  approved_version: number | null;
  started_by: string | null;
  is_public: Generated<boolean>;
  published_at: NullableTimestamp;
  started_at: NullableTimestamp;
  resolved_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  paused_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  last_claim_at: NullableTimestamp;
  last_error: string | null;
  recipient_count: Generated<number>;
  organization_count: Generated<number>;
  issue_count: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeliveryTable {
  id: string;
  mailing_id: string;
  /** The mailing's kind, copied when the row is written (indexes partial on circulars). */
  kind: MailingKind;
  contact_id: string | null;
  organization_id: string | null;
  address: string;
  recipient_name: string;
  organization_name: string;
  status: DeliveryStatus;
  suppression_reason: DeliverySuppressionReason | null;
  message_id: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_by: string | null;
  claimed_at: NullableTimestamp;
  attempt_started_at: NullableTimestamp;
  last_smtp_reply: string | null;
  last_error: string | null;
  sent_at: NullableTimestamp;
  bounced_at: NullableTimestamp;
  complained_at: NullableTimestamp;
  soft_bounce_count: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SuppressionTable {
  id: Generated<string>;
  address: string;
  reason: SuppressionReason;
  source: string;
  detail: string | null;
  delivery_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  lifted_at: NullableTimestamp;
  lifted_by: string | null;
  lift_note: string | null;
}

export interface MailingIssueTable {
  id: Generated<string>;
  mailing_id: string;
  organization_id: string | null;
  organization_name: string;
  reason: MailingIssueReason;
  created_at: Timestamp;
}

export interface BounceEventTable {
  id: Generated<string>;
  received_at: Timestamp;
  source: BounceSource;
  type: BounceType;
  address: string;
  delivery_id: string | null;
  status: string | null;
  reason: string | null;
}

export interface MailSenderTable {
  id: string;
  mailing_id: string;
  host: string;
  pid: number;
  started_at: Timestamp;
  heartbeat_at: Timestamp;
}

export type MailingTables = {
  mailings: MailingTable;
  deliveries: DeliveryTable;
  suppressions: SuppressionTable;
  mailing_issues: MailingIssueTable;
  bounce_events: BounceEventTable;
  mail_senders: MailSenderTable;
};

export type MailingRow = Selectable<MailingTable>;
export type DeliveryRow = Selectable<DeliveryTable>;
export type SuppressionRow = Selectable<SuppressionTable>;
export type MailingIssueRow = Selectable<MailingIssueTable>;
