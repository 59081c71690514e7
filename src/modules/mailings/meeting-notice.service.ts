/**
 * 招集通知 generated from a Meeting: its body, title, day, time, place or online link and its
 * agenda become the content; its invitees (resolved when sending starts, as of the meeting
 * day) become the audience. The result is an ordinary MEETING_NOTICE draft that can be edited,
 * previewed, approved and sent; each invited organisation replies through its signed links.
 */
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import type { FieldProblem } from '../../errors.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import type { Meeting } from '../governance/governance.js';
import { findAgendaItemsOfMeetings, findMeeting } from '../governance/meeting.repository.js';
import type { Mailing } from './mailing.js';
import { createMailing } from './mailing.service.js';
import type { MailingConfig } from './mailing-config.js';

const PLATFORM = '孤独・孤立対策官民連携プラットフォーム';

export function bodyNameOf(meeting: Pick<Meeting, 'body' | 'workingGroupNumber'>): string {
  switch (meeting.body) {
    case 'GENERAL_MEETING':
      return `${PLATFORM} 総会`;
    case 'BOARD':
      return `${PLATFORM} 幹事会`;
    case 'WORKING_GROUP':
      return `${PLATFORM} 第${meeting.workingGroupNumber ?? ''}分科会`;
  }
}

const hhmm = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface CreateMeetingNoticeInput {
  readonly meetingId: string;
  /** Paragraphs before the details; a standard sentence when left out. */
  readonly paragraphs?: readonly string[] | null;
  readonly replyDeadline?: string | null;
  readonly contact?: readonly string[] | null;
  /** Which contacts of each invited organisation (default: all). */
  readonly contacts?: { selection: 'PRIMARY' | 'ALL' | 'BY_ROLE'; roles?: string[] } | null;
  readonly requiresApproval?: boolean | null;
}

export async function createMeetingNotice(
  db: Db,
  actor: Actor,
  input: CreateMeetingNoticeInput,
  config: Pick<MailingConfig, 'publicUrl' | 'siteUrl'>,
): Promise<Mailing> {
  const meeting = await findMeeting(db, input.meetingId);
  if (!meeting) throw new NotFoundError('その会議は見つかりません。');
  if (meeting.status !== 'SCHEDULED') {
    throw new ConflictError(
      meeting.status === 'CANCELLED'
        ? 'この会議は中止されたため、招集通知は作れません。'
        : 'この会議はすでに開催済みです。',
    );
  }
  const agenda = (await findAgendaItemsOfMeetings(db, [meeting.id])).filter(
    (item) => item.status !== 'WITHDRAWN' && item.status !== 'REJECTED',
  );
  const problems: FieldProblem[] = [];
  if (agenda.length === 0) {
    problems.push({
      path: ['input', 'meetingId'],
      message: 'この会議には議事がありません。先に議事を登録してください。',
    });
  }
  if (!meeting.place && !meeting.onlineUrl) {
    problems.push({
      path: ['input', 'meetingId'],
      message: 'この会議には開催場所もオンラインの URL もありません。先に会議に登録してください。',
    });
  }
  if (problems.length > 0) {
    throw new ValidationFailedError('この会議からは招集通知を作れません。', problems);
  }
  const content = {
    kind: 'MEETING_NOTICE',
    bodyName: bodyNameOf(meeting),
    title: `${meeting.title}の開催について（通知）`,
    date: meeting.meetingDate,
    startTime: hhmm.format(meeting.startsAt),
    ...(meeting.endsAt ? { endTime: hhmm.format(meeting.endsAt) } : {}),
    ...(meeting.place ? { venue: { name: meeting.place } } : {}),
    ...(meeting.onlineUrl ? { online: { url: meeting.onlineUrl } } : {}),
    paragraphs: input.paragraphs ?? [
      '下記のとおり開催しますので、御出席くださいますようお願いします。',
      '御出欠を下のボタンから御回答ください。',
    ],
    agenda: agenda.map((item) => ({
      title: item.title,
      ...(item.description ? { note: item.description.replace(/\s+/g, ' ').slice(0, 300) } : {}),
    })),
    ...(input.replyDeadline ? { replyDeadline: input.replyDeadline } : {}),
    allowProxy: meeting.allowsProxy,
    ...(input.contact ? { contact: input.contact } : {}),
  };
  return createMailing(
    db,
    actor,
    {
      kind: 'MEETING_NOTICE',
      content: { object: content, path: ['input'] },
      audience: {
        meeting: meeting.id,
        contacts: {
          selection: input.contacts?.selection ?? 'ALL',
          roles: input.contacts?.roles ?? [],
        },
      },
      meetingId: meeting.id,
      requiresApproval: input.requiresApproval ?? null,
      isPublic: false,
    },
    config,
  );
}
