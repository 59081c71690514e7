/** Domain types of mailings, deliveries and suppressions, and row → domain conversion. */

import type {
  DeliveryRow,
  DeliveryStatus,
  DeliverySuppressionReason,
  MailingIssueReason,
  MailingIssueRow,
  MailingKind,
  MailingRow,
  MailingStatus,
  SuppressionReason,
  SuppressionRow,
} from '../../db/tables/mailings.js';
import type { Audience } from '../../mail/engine/audience.js';
import { audienceSchema } from '../../mail/engine/audience.js';

export interface Mailing {
  readonly id: string;
  readonly kind: MailingKind;
  readonly subject: string;
  readonly content: unknown;
  readonly audience: Audience;
  readonly status: MailingStatus;
  readonly scheduledAt: Date | null;
  readonly version: number;
  readonly createdBy: string | null;
  /** Who wrote it: the creator and everyone who edited it since (none of them may approve it). */
  readonly editedBy: readonly string[];
  /** The admin who approved the content. */
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
  /** The content version the approval covers; an edit after approval needs a new one. */
  readonly approvedVersion: number | null;
  readonly approvalRequired: boolean;
  /** Who scheduled or started the sending. */
  readonly startedBy: string | null;
  /** The meeting a 招集通知 was generated from. */
  readonly meetingId: string | null;
  /** The circular this mailing reminds non-respondents of. */
  readonly reminderOf: string | null;
  /** The organisation a 事務局訪問記 is about. */
  readonly organizationId: string | null;
  /** Published to the archive once sending starts. */
  readonly isPublic: boolean;
  readonly publishedAt: Date | null;
  readonly startedAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly completedAt: Date | null;
  readonly pausedAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly lastError: string | null;
  readonly recipientCount: number;
  readonly organizationCount: number;
  readonly issueCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function toMailing(row: Omit<MailingRow, 'compiled_email'>): Mailing {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    content: row.content,
    // Stored definitions were validated on the way in; parsing fills defaults of older ones.
    audience: audienceSchema.parse(row.audience),
    status: row.status,
    scheduledAt: row.scheduled_at,
    version: row.version,
    createdBy: row.created_by,
    editedBy: row.edited_by,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    approvedVersion: row.approved_version,
    approvalRequired: row.approval_required,
    startedBy: row.started_by,
    meetingId: row.meeting_id,
    reminderOf: row.reminder_of,
    organizationId: row.organization_id,
    isPublic: row.is_public,
    publishedAt: row.published_at,
    startedAt: row.started_at,
    resolvedAt: row.resolved_at,
    completedAt: row.completed_at,
    pausedAt: row.paused_at,
    cancelledAt: row.cancelled_at,
    lastError: row.last_error,
    recipientCount: row.recipient_count,
    organizationCount: row.organization_count,
    issueCount: row.issue_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface Delivery {
  readonly id: string;
  readonly mailingId: string;
  readonly contactId: string | null;
  readonly organizationId: string | null;
  readonly address: string;
  readonly recipientName: string;
  readonly organizationName: string;
  readonly status: DeliveryStatus;
  readonly suppressionReason: DeliverySuppressionReason | null;
  readonly messageId: string;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastSmtpReply: string | null;
  readonly lastError: string | null;
  readonly sentAt: Date | null;
  readonly bouncedAt: Date | null;
  readonly complainedAt: Date | null;
  readonly softBounceCount: number;
  readonly updatedAt: Date;
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    mailingId: row.mailing_id,
    contactId: row.contact_id,
    organizationId: row.organization_id,
    address: row.address,
    recipientName: row.recipient_name,
    organizationName: row.organization_name,
    status: row.status,
    suppressionReason: row.suppression_reason,
    messageId: row.message_id,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastSmtpReply: row.last_smtp_reply,
    lastError: row.last_error,
    sentAt: row.sent_at,
    bouncedAt: row.bounced_at,
    complainedAt: row.complained_at,
    softBounceCount: row.soft_bounce_count,
    updatedAt: row.updated_at,
  };
}

export interface MailingIssue {
  readonly organizationId: string | null;
  readonly organizationName: string;
  readonly reason: MailingIssueReason;
}

export function toMailingIssue(row: MailingIssueRow): MailingIssue {
  return {
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    reason: row.reason,
  };
}

export interface Suppression {
  readonly id: string;
  readonly address: string;
  readonly reason: SuppressionReason;
  readonly source: string;
  readonly detail: string | null;
  readonly deliveryId: string | null;
  readonly createdAt: Date;
  readonly liftedAt: Date | null;
  readonly liftedBy: string | null;
  readonly liftNote: string | null;
}

export function toSuppression(row: SuppressionRow): Suppression {
  return {
    id: row.id,
    address: row.address,
    reason: row.reason,
    source: row.source,
    detail: row.detail,
    deliveryId: row.delivery_id,
    createdAt: row.created_at,
    liftedAt: row.lifted_at,
    liftedBy: row.lifted_by,
    liftNote: row.lift_note,
  };
}

/** Live counts of a mailing's deliveries per status, plus bounce report counts. */
export type DeliveryCounts = Readonly<Record<DeliveryStatus, number>> & {
  readonly total: number;
  readonly softBounces: number;
  readonly complaints: number;
};
