/** Domain types of replies to circulars (事務連絡) and row → domain conversion. */

import type { AcknowledgementChannel, AcknowledgementRow } from '../../db/tables/replies.js';
import { todayInJapan } from '../../lib/japan-date.js';

export interface Acknowledgement {
  readonly id: string;
  /** The original circular. */
  readonly mailingId: string;
  readonly organizationId: string;
  readonly deliveryId: string | null;
  readonly answer: string | null;
  readonly channel: AcknowledgementChannel;
  readonly respondedBy: string | null;
  readonly contactId: string | null;
  readonly note: string | null;
  readonly late: boolean;
  readonly respondedAt: Date;
}

export function toAcknowledgement(row: AcknowledgementRow): Acknowledgement {
  return {
    id: row.id,
    mailingId: row.mailing_id,
    organizationId: row.organization_id,
    deliveryId: row.delivery_id,
    answer: row.answer,
    channel: row.channel,
    respondedBy: row.responded_by,
    contactId: row.contact_id,
    note: row.note,
    late: row.late,
    respondedAt: row.responded_at,
  };
}

/** The reply request of a NOTICE's content (content.reply), as stored. */
export interface ReplyRequest {
  readonly deadline: string;
  readonly request?: string;
  readonly buttonLabel: string;
  readonly question?: string;
  readonly answerRequired: boolean;
}

/** The reply request of stored NOTICE content, or null when the circular asks for none. */
export function replyRequestOf(kind: string, content: unknown): ReplyRequest | null {
  if (kind !== 'NOTICE' || typeof content !== 'object' || content === null) return null;
  const reply = (content as { reply?: Partial<ReplyRequest> }).reply;
  if (!reply || typeof reply.deadline !== 'string') return null;
  return {
    deadline: reply.deadline,
    ...(reply.request ? { request: reply.request } : {}),
    buttonLabel: reply.buttonLabel ?? '受領を報告する',
    ...(reply.question ? { question: reply.question } : {}),
    answerRequired: reply.answerRequired === true,
  };
}

/** The circular's own subject (content.subject), without the 【事務連絡】 prefix of the e-mail. */
export function noticeSubjectOf(content: unknown, fallback: string): string {
  const subject = (content as { subject?: unknown } | null)?.subject;
  return typeof subject === 'string' ? subject : fallback;
}

/** A reply is late when it arrives after the deadline day (Japan time); it is still accepted. */
export function isLate(deadline: string, at: Date = new Date()): boolean {
  return todayInJapan(at) > deadline;
}

/** The longest answer accepted (characters). */
export const MAX_ANSWER_LENGTH = 2000;

/** Where an organisation stands with a circular. */
export const REPLY_STATES = ['DELIVERED', 'ACKNOWLEDGED', 'NOT_YET', 'UNREACHED'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];

export interface ReplySummary {
  readonly organizations: number;
  readonly delivered: number;
  readonly acknowledged: number;
  readonly notYet: number;
  readonly unreached: number;
  readonly late: number;
}

/** One addressed organisation of a circular with its delivery and reply state. */
export interface OrganizationReply {
  readonly mailingId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  /** At least one message (of the circular or a reminder) was accepted by its server. */
  readonly delivered: boolean;
  /** Addresses the circular or its reminders were sent to. */
  readonly addresses: readonly string[];
  readonly acknowledgement: Acknowledgement | null;
  /** Whether a reminder was sent to it. */
  readonly reminded: boolean;
}

export function stateOf(reply: OrganizationReply): Exclude<ReplyState, 'DELIVERED'> {
  if (reply.acknowledgement) return 'ACKNOWLEDGED';
  return reply.delivered ? 'NOT_YET' : 'UNREACHED';
}

/** A circular addressed to an organisation, as its own users see it. */
export interface ReceivedNotice {
  readonly mailingId: string;
  readonly organizationId: string;
  readonly subject: string;
  readonly sentAt: Date | null;
  readonly reply: ReplyRequest | null;
  readonly acknowledgement: Acknowledgement | null;
}
