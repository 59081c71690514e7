/**
 * 招集通知 generated from a Meeting (issue #6): content from the meeting (body, day in the
 * Japanese era, time in Japan, place, agenda), audience = the meeting's invitees on its day,
 * sent through the real worker and SMTP server; meetings that cannot be noticed are refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  insertAgendaItem,
  insertMeeting,
} from '../../../src/modules/governance/meeting.repository.js';
import type { TestUser } from '../../helpers/accounts.js';
import type { TestDatabase } from '../../helpers/database.js';
import { addOrganization, waitForMailing } from '../../helpers/mail/harness.js';
import type { SmtpSink } from '../../helpers/mail/smtp-sink.js';
import { globalIdOf, localIdOf, startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';

let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld());
});

const CREATE = `mutation($input: CreateMeetingNoticeInput!) {
  createMeetingNotice(input: $input) {
    __typename
    ... on MailingPayload {
      mailing {
        id kind subject isPublic
        meeting { title }
        audience { meeting { title } }
        preview { text }
        content { ... on MeetingNoticeContent { bodyName title date startTime endTime venueName agenda { title } allowProxy replyDeadline } }
      }
    }
    ... on Error { code message }
    ... on ValidationFailedError { problems { path message } }
  }
}`;

interface Created {
  __typename: string;
  mailing?: {
    id: string;
    kind: string;
    subject: string;
    isPublic: boolean;
    meeting: { title: string } | null;
    audience: { meeting: { title: string } | null };
    preview: { text: string };
    content: Record<string, unknown>;
  };
  code?: string;
  message?: string;
  problems?: { path: string[]; message: string }[];
}

const meetingGlobalId = (id: string) => globalIdOf('Meeting', id);

async function createNotice(input: Record<string, unknown>): Promise<Created> {
  const response = await server.graphql<{ createMeetingNotice: Created }>(
    CREATE,
    { input },
    staff.headers,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data?.createMeetingNotice as Created;
}

async function boardMeeting(title: string, options: { place?: string | null } = {}) {
  return insertMeeting(database.db, {
    body: 'BOARD',
    workingGroupNumber: null,
    title,
    // 2030-06-20 14:00–16:00 in Japan.
    startsAt: new Date('2030-06-20T05:00:00Z'),
    endsAt: new Date('2030-06-20T07:00:00Z'),
    place: options.place === undefined ? '中央合同庁舎第8号館 講堂' : options.place,
    onlineUrl: null,
    quorumNumerator: 1,
    quorumDenominator: 2,
    allowsProxy: true,
    createdBy: null,
  });
}

describe('meeting notices generated from a meeting', () => {
  it('takes the meeting’s details and agenda and reaches exactly its invitees', async () => {
    const seated = [
      await addOrganization(database.db, { contacts: ['kanji1@board.example.jp'] }),
      await addOrganization(database.db, { contacts: ['kanji2@board.example.jp'] }),
    ];
    await addOrganization(database.db, { contacts: ['ippan@member.example.jp'] });
    for (const org of seated) {
      await database.db
        .insertInto('board_seats')
        .values({ organization_id: org.id, role: 'MEMBER', starts_on: '2025-04-01' })
        .execute();
    }
    const meeting = await boardMeeting('令和12年度第1回幹事会');
    for (const title of ['令和12年度事業計画について', '分科会の活動報告']) {
      await insertAgendaItem(database.db, {
        meetingId: meeting.id,
        title,
        description: null,
        proposerKind: 'SECRETARIAT',
        proposerOrganizationId: null,
      });
    }

    const created = await createNotice({
      meetingId: meetingGlobalId(meeting.id),
      replyDeadline: '2030-06-13',
    });
    expect(created.__typename).toBe('MailingPayload');
    const mailing = created.mailing;
    expect(mailing).toMatchObject({
      kind: 'MEETING_NOTICE',
      isPublic: false,
      meeting: { title: '令和12年度第1回幹事会' },
      audience: { meeting: { title: '令和12年度第1回幹事会' } },
      content: {
        bodyName: '孤独・孤立対策官民連携プラットフォーム 幹事会',
        title: '令和12年度第1回幹事会の開催について（通知）',
        date: '2030-06-20',
        startTime: '14:00',
        endTime: '16:00',
        venueName: '中央合同庁舎第8号館 講堂',
        agenda: [{ title: '令和12年度事業計画について' }, { title: '分科会の活動報告' }],
        allowProxy: true,
        replyDeadline: '2030-06-13',
      },
    });
    expect(mailing?.preview.text).toContain('令和12年6月20日');

    const sent = await server.graphql<{ sendMailing: { __typename: string } }>(
      `mutation($id: ID!) { sendMailing(input: { mailingId: $id }) { __typename } }`,
      { id: mailing?.id },
      staff.headers,
    );
    expect(sent.data?.sendMailing.__typename).toBe('MailingPayload');
    const id = localIdOf(mailing?.id ?? '');
    await waitForMailing(database.db, id, ['SENT']);
    const recipients = sink.received.map((m) => m.to).sort();
    expect(recipients).toEqual(['kanji1@board.example.jp', 'kanji2@board.example.jp']);
    const message = await sink.parse(sink.received[0] as (typeof sink.received)[number]);
    expect(message.text).toContain('令和12年度事業計画について');
    expect(message.text).toContain('14:00');
    expect(String(message.html)).toContain('/meeting-reply/');
  });

  it('refuses a meeting without agenda, without a place, or cancelled', async () => {
    const bare = await boardMeeting('議事のない会議', { place: null });
    const refused = await createNotice({ meetingId: meetingGlobalId(bare.id) });
    expect(refused.__typename).toBe('ValidationFailedError');
    expect(refused.problems?.map((p) => p.message).join(' ')).toMatch(/議事がありません/);
    expect(refused.problems?.map((p) => p.message).join(' ')).toMatch(/開催場所/);

    const cancelled = await boardMeeting('中止の会議');
    await database.db
      .updateTable('meetings')
      .set({ status: 'CANCELLED', cancellation_reason: '台風のため' })
      .where('id', '=', cancelled.id)
      .execute();
    const conflict = await createNotice({ meetingId: meetingGlobalId(cancelled.id) });
    expect(conflict).toMatchObject({ __typename: 'ConflictError' });
  });
});
