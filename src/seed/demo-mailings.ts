/**
 * Demo drafts of the kinds of mail — a メールマガジン issue, a 事務局訪問記, a 事務連絡 asking
 * for a reply, written after the source documents, and a 幹事会 with its 招集通知 — so that
 * someone trying the service can preview, test-send, approve and send each to the local mailbox
 * and answer them. Created once, as drafts by the demo secretariat staff member; nothing is sent
 * by itself.
 *
 * Everything still open is dated relative to the day the demo is loaded (in Japan), so that the
 * 事務連絡's reply deadline and the 幹事会 are ahead of the person trying it, not in 2025.
 */
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/create-db.js';
import { todayInJapan } from '../lib/japan-date.js';
import { sampleNewsletter, sampleNotice, sampleVisitReport } from '../mail/render/samples.js';
import { addAgendaItem, createMeeting } from '../modules/governance/meeting.service.js';
import { createMailing, type MailingConfig } from '../modules/mailings/mailing.service.js';
import { createMeetingNotice } from '../modules/mailings/meeting-notice.service.js';
import { DEMO_STAFF_EMAIL } from './demo-accounts.js';

export const DEMO_MAILINGS_SEED_NAME = 'demo-mailings';

/** Days from the loading day: the 事務連絡's reply deadline, the 幹事会 and its reply deadline. */
export const DEMO_NOTICE_REPLY_DAYS = 14;
export const DEMO_BOARD_MEETING_DAYS = 28;
export const DEMO_MEETING_REPLY_DAYS_BEFORE = 7;

/** `YYYY-MM-DD` plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day, or the following Monday for a Saturday or Sunday. */
function weekdayOnOrAfter(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

/** Creates the demo drafts once (after the demo accounts); returns how many were created. */
export async function loadDemoMailings(
  db: Db,
  config: MailingConfig,
  options: { now?: Date } = {},
): Promise<number> {
  const staff = await db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', DEMO_STAFF_EMAIL)
    .executeTakeFirst();
  if (!staff) return 0;
  const claimed = await db
    .insertInto('seed_runs')
    .values({ name: DEMO_MAILINGS_SEED_NAME })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!claimed) return 0;
  const actor: Actor = {
    viewer: {
      kind: 'SECRETARIAT',
      accountId: staff.id,
      sessionId: 'demo-seed',
      role: 'SECRETARIAT_STAFF',
    } as const,
    requestId: 'demo-seed',
  };
  const today = todayInJapan(options.now);
  const everyone = { contacts: { selection: 'ALL' } };
  const drafts = [
    {
      kind: 'NEWSLETTER',
      content: { ...sampleNewsletter, issueDate: today },
      requiresApproval: false,
    },
    {
      kind: 'VISIT_REPORT',
      content: { ...sampleVisitReport, visitDate: addDays(today, -10) },
      requiresApproval: false,
    },
    // A circular waits for an admin's approval, as the secretariat would run it.
    {
      kind: 'NOTICE',
      content: {
        ...sampleNotice,
        date: today,
        reply: { ...sampleNotice.reply, deadline: addDays(today, DEMO_NOTICE_REPLY_DAYS) },
      },
      requiresApproval: true,
    },
  ] as const;
  for (const draft of drafts) {
    await createMailing(
      db,
      actor,
      {
        kind: draft.kind,
        contentJson: JSON.stringify(draft.content),
        audience: everyone,
        requiresApproval: draft.requiresApproval,
      },
      config,
    );
  }
  await createDemoBoardMeeting(db, actor, config, today);
  return drafts.length + 1;
}

/** A 幹事会 four weeks ahead (a weekday, 14:00–16:00 in Japan) and its 招集通知 as a draft. */
async function createDemoBoardMeeting(
  db: Db,
  actor: Actor,
  config: MailingConfig,
  today: string,
): Promise<void> {
  const day = weekdayOnOrAfter(addDays(today, DEMO_BOARD_MEETING_DAYS));
  const meeting = await createMeeting(db, actor, {
    body: 'BOARD',
    workingGroupNumber: null,
    title: '幹事会（デモ）',
    startsAt: new Date(`${day}T14:00:00+09:00`),
    endsAt: new Date(`${day}T16:00:00+09:00`),
    place: '中央合同庁舎第8号館 会議室（デモ）',
    onlineUrl: 'https://meet.example.jp/demo-board',
    quorum: null,
    allowsProxy: true,
  });
  for (const title of ['次年度事業計画（案）について', '分科会の活動報告']) {
    await addAgendaItem(db, actor, {
      meetingId: meeting.id,
      title,
      description: null,
      proposer: null,
    });
  }
  await createMeetingNotice(
    db,
    actor,
    {
      meetingId: meeting.id,
      replyDeadline: addDays(day, -DEMO_MEETING_REPLY_DAYS_BEFORE),
      contact: ['事務局 担当：佐藤（デモ）'],
      requiresApproval: true,
    },
    config,
  );
}
