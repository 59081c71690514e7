/**
 * Replies to a meeting notice (招集通知) end to end: a MEETING_NOTICE linked to a meeting is
 * sent by the real worker to an SMTP sink; the invitees follow the attend/absent/proxy links of
 * the messages they received over HTTP; the meeting's tally and quorum are read over GraphQL.
 * An organisation that got the notice but is not invited is refused; after the reply deadline
 * the page says so and records nothing.
 */

import { randomBytes } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInJapan } from '../../src/lib/japan-date.js';
import { sampleMeetingNotice } from '../../src/mail/render/samples.js';
import { addAgendaItem, createMeeting } from '../../src/modules/governance/meeting.service.js';
import type { Mailing } from '../../src/modules/mailings/mailing.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { createMeetingNotice } from '../../src/modules/mailings/meeting-notice.service.js';
import { graphql } from '../generated/index.js';
import { createUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import {
  addOrganization,
  PUBLIC_URL,
  type SeededOrganization,
  type ServiceCaller,
  secretariat,
  waitForMailing,
} from '../helpers/mail/harness.js';
import type { SmtpSink } from '../helpers/mail/smtp-sink.js';
import { startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';

const secretKey = randomBytes(32);
const GROUP = 3;
let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: Record<string, string>;
let ctx: ServiceCaller;
let invitees: SeededOrganization[];
let outsider: SeededOrganization;
let meetingId: string;
let notice: Mailing;

const DAY = 24 * 3600_000;

beforeAll(async () => {
  ({ database, sink, server } = await startMailWorld({ secretKey }));
  ({ ctx } = await secretariat(database.db));
  staff = (await createUser(database.db, { role: 'SECRETARIAT_STAFF' })).headers;

  invitees = [];
  for (const n of [1, 2, 3]) {
    invitees.push(
      await addOrganization(database.db, {
        contacts: [`w${n}@meeting.example.jp`],
        workingGroups: [GROUP],
      }),
    );
  }
  outsider = await addOrganization(database.db, { contacts: ['x@meeting.example.jp'] });

  const startsAt = new Date(Date.now() + 30 * DAY);
  const meeting = await createMeeting(database.db, ctx, {
    body: 'WORKING_GROUP',
    workingGroupNumber: GROUP,
    title: '第3分科会 第2回会合',
    startsAt,
    endsAt: null,
    place: '中央合同庁舎第8号館',
    onlineUrl: null,
    quorum: null,
    allowsProxy: true,
  });
  meetingId = meeting.id;

  notice = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'MEETING_NOTICE',
      contentJson: JSON.stringify({
        ...sampleMeetingNotice,
        date: todayInJapan(startsAt),
        replyDeadline: todayInJapan(new Date(Date.now() + 20 * DAY)),
      }),
      audience: {
        categories: ['SUPPORTING'],
        organizationTypes: ['(nobody)'],
        includeOrganizations: [...invitees.map((o) => o.id), outsider.id],
        contacts: { selection: 'PRIMARY' },
      },
    },
    ctx.config,
  );
  // Linked by hand (createMeetingNotice is tested below) so that an organisation that is not
  // invited gets the notice too, as when the invitees change after sending.
  await database.db
    .updateTable('mailings')
    .set({ meeting_id: meetingId })
    .where('id', '=', notice.id)
    .execute();
  await service.sendMailing(ctx.db, ctx, { mailingId: notice.id });
  await waitForMailing(database.db, notice.id, ['SENT']);
}, 60_000);

/** The reply link for `answer` in the message `address` received, pointed at the test server. */
async function replyLink(
  address: string,
  answer: 'attend' | 'absent' | 'proxy',
  subject: RegExp = /令和7年度第1回幹事会/,
) {
  let parsed: Awaited<ReturnType<SmtpSink['parse']>> | undefined;
  for (const message of sink.accepted().filter((m) => m.to.toLowerCase() === address)) {
    const candidate = await sink.parse(message);
    if (subject.test(candidate.subject ?? '')) parsed = candidate;
  }
  if (!parsed) throw new Error(`nothing received by ${address}`);
  const pattern = new RegExp(
    `https://tsunagari\\.example\\.jp/meeting-reply/[A-Za-z0-9._-]+\\?answer=${answer}`,
  );
  const link = pattern.exec(parsed.text ?? '')?.[0];
  if (!link) throw new Error(`no ${answer} link in the message to ${address}`);
  expect(String(parsed.html)).toContain(link);
  return link.replace(PUBLIC_URL, server.url);
}

const post = (url: string, form: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

async function responses() {
  return database.db
    .selectFrom('meeting_responses')
    .select(['organization_id', 'response', 'proxy_holder_name'])
    .where('meeting_id', '=', meetingId)
    .orderBy('organization_id')
    .execute();
}

const TALLY = graphql(`
  query MeetingRepliesNode($id: ID!) { node(id: $id) { ... on Meeting {
  responses { invited attend absent proxy noReply }
  quorum { invited present required reached }
  } } }
`);

async function tally() {
  const response = await server.graphql(TALLY, { id: encodeGlobalID('Meeting', meetingId) }, staff);
  expect(response.errors).toBeUndefined();
  const node = response.data?.node;
  if (!node || !('quorum' in node)) throw new Error('not a meeting');
  return node;
}

describe('meeting reply links', () => {
  it('GET shows the meeting with the answer preselected and records nothing', async () => {
    const [w1] = invitees;
    for (const answer of ['attend', 'absent', 'proxy'] as const) {
      const response = await fetch(await replyLink('w1@meeting.example.jp', answer));
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).toContain('第3分科会 第2回会合');
      expect(body).toContain(w1?.name ?? '?');
      expect(body).toContain(`value="${answer.toUpperCase()}" checked`);
      expect(body).toContain('議長に一任');
    }
    expect(await responses()).toEqual([]);
    expect((await tally()).quorum).toEqual({ invited: 3, present: 0, required: 2, reached: false });
  });

  it('a tampered token gets 404 and records nothing', async () => {
    const link = await replyLink('w1@meeting.example.jp', 'attend');
    const tampered = link.replace(/([A-Za-z0-9_-])\?answer/, (_m, c) =>
      c === 'A' ? 'B?answer' : 'A?answer',
    );
    expect(tampered).not.toBe(link);
    expect((await fetch(tampered)).status).toBe(404);
    expect((await post(tampered, { response: 'ATTEND' })).status).toBe(404);
    expect(await responses()).toEqual([]);
  });

  it('invitees reply attend, absent and proxy; the meeting shows the tally and the quorum', async () => {
    const [w1, w2, w3] = invitees as [SeededOrganization, SeededOrganization, SeededOrganization];
    const attend = await post(await replyLink('w1@meeting.example.jp', 'attend'), {
      response: 'ATTEND',
    });
    expect(attend.status).toBe(200);
    expect(await attend.text()).toContain('回答：<strong>出席</strong>');

    const absent = await post(await replyLink('w2@meeting.example.jp', 'absent'), {
      response: 'ABSENT',
    });
    expect(await absent.text()).toContain('回答：<strong>欠席</strong>');

    // A proxy to a named person needs the name.
    const proxyLink = await replyLink('w3@meeting.example.jp', 'proxy');
    const nameless = await post(proxyLink, { response: 'PROXY', proxyTo: 'NAME' });
    expect(nameless.status).toBe(400);
    expect(await nameless.text()).toContain('委任先のお名前を入力するか');
    expect((await responses()).map((r) => r.organization_id).sort()).toEqual([w1.id, w2.id].sort());
    const proxy = await post(proxyLink, {
      response: 'PROXY',
      proxyTo: 'NAME',
      proxyHolderName: '山田 花子',
    });
    expect(await proxy.text()).toContain('山田 花子 様に委任');

    expect(await tally()).toEqual({
      responses: { invited: 3, attend: 1, absent: 1, proxy: 1, noReply: 0 },
      quorum: { invited: 3, present: 2, required: 2, reached: true },
    });
    const byOrg = Object.fromEntries((await responses()).map((r) => [r.organization_id, r]));
    expect(byOrg[w3.id]).toMatchObject({ response: 'PROXY', proxy_holder_name: '山田 花子' });
  });

  it('an invitee may change its answer before the deadline (proxy to the chair)', async () => {
    const [, w2] = invitees as [SeededOrganization, SeededOrganization];
    const page = await (await fetch(await replyLink('w2@meeting.example.jp', 'proxy'))).text();
    expect(page).toContain('現在の回答：<strong>欠席</strong>');
    const changed = await post(await replyLink('w2@meeting.example.jp', 'proxy'), {
      response: 'PROXY',
      proxyTo: 'CHAIR',
    });
    expect(changed.status).toBe(200);
    const body = await changed.text();
    expect(body).toContain('出欠の回答を変更しました');
    expect(body).toContain('議長に一任');
    const row = (await responses()).find((r) => r.organization_id === w2.id);
    expect(row).toMatchObject({ response: 'PROXY', proxy_holder_name: null });
    expect((await tally()).responses).toMatchObject({ attend: 1, absent: 0, proxy: 2 });
  });

  it('an organisation that got the notice but is not invited is refused', async () => {
    const link = await replyLink('x@meeting.example.jp', 'attend');
    const get = await fetch(link);
    expect(get.status).toBe(403);
    expect(await get.text()).toContain('招集されていない');
    expect((await post(link, { response: 'ATTEND' })).status).toBe(403);
    expect((await responses()).map((r) => r.organization_id)).not.toContain(outsider.id);
  });

  it('after the reply deadline the page says so and records nothing', async () => {
    await database.db
      .updateTable('mailings')
      .set({
        content: JSON.stringify({ ...(notice.content as object), replyDeadline: '2020-01-10' }),
      })
      .where('id', '=', notice.id)
      .execute();
    const before = await responses();
    const link = await replyLink('w1@meeting.example.jp', 'absent');
    const page = await (await fetch(link)).text();
    expect(page).toContain('回答期限（令和2年1月10日（金））を過ぎたため');
    expect(page).toContain('記録されている回答：<strong>出席</strong>');
    expect(page).not.toContain('<form');
    const refused = await post(link, { response: 'ABSENT' });
    expect(refused.status).toBe(409);
    expect(await responses()).toEqual(before);
  });
});

describe('a notice made with createMeetingNotice', () => {
  it('goes to the invitees, and its links record replies for its meeting', async () => {
    const meeting = await createMeeting(database.db, ctx, {
      body: 'WORKING_GROUP',
      workingGroupNumber: GROUP,
      title: '第3分科会 臨時会合',
      startsAt: new Date(Date.now() + 40 * DAY),
      endsAt: null,
      place: null,
      onlineUrl: 'https://meet.example.jp/wg3',
      quorum: null,
      allowsProxy: false,
    });
    await addAgendaItem(database.db, ctx, {
      meetingId: meeting.id,
      title: '活動報告',
      description: null,
      proposer: null,
    });
    const mailing = await createMeetingNotice(ctx.db, ctx, { meetingId: meeting.id }, ctx.config);
    await service.sendMailing(ctx.db, ctx, { mailingId: mailing.id });
    await waitForMailing(database.db, mailing.id, ['SENT']);

    const subject = /臨時会合/;
    const page = await (
      await fetch(await replyLink('w2@meeting.example.jp', 'attend', subject))
    ).text();
    expect(page).toContain('第3分科会 臨時会合');
    // Proxies are not allowed for this meeting: no proxy choice.
    expect(page).not.toContain('value="PROXY"');
    const recorded = await post(await replyLink('w2@meeting.example.jp', 'attend', subject), {
      response: 'ATTEND',
    });
    expect(recorded.status).toBe(200);
    const rows = await database.db
      .selectFrom('meeting_responses')
      .select(['organization_id', 'response'])
      .where('meeting_id', '=', meeting.id)
      .execute();
    expect(rows).toEqual([{ organization_id: invitees[1]?.id, response: 'ATTEND' }]);
    // The outsider is not invited, so it did not get this notice at all.
    const toOutsider = sink.accepted().filter((m) => m.to === 'x@meeting.example.jp');
    expect(toOutsider).toHaveLength(1);
  });
});
