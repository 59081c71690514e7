/**
 * Replies to a circular end to end: a NOTICE with a reply request sent by the real worker to a
 * scriptable SMTP sink; the received messages are parsed and their acknowledge links followed
 * over HTTP (GET changes nothing, POST records once per organisation, forged tokens get 404);
 * the secretariat's counts; the member mutation; a reminder that reaches only the organisations
 * that have not replied, escalating to another contact where the first one bounced; a reply
 * through the reminder recorded against the circular; and the CSV export.
 */
import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { sampleNotice } from '../../src/mail/render/samples.js';
import type { Mailing } from '../../src/modules/mailings/mailing.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { graphql } from '../generated/index.js';
import { createUser } from '../helpers/accounts.js';
import { cli } from '../helpers/cli.js';
import type { TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
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
let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let ctx: ServiceCaller;
let staff: Record<string, string>;

const QUESTION = '研修会への参加予定人数を御記入ください';
const BOUNCING = 'c-first@replies.example.jp';
const BOUNCING_ONLY = 'e-only@replies.example.jp';
const ROLE = '事務連絡担当';

let a: SeededOrganization; // two contacts with the role: two messages
let b: SeededOrganization; // replies through the API
let c: SeededOrganization; // its contact with the role bounces; another contact without it
let d: SeededOrganization; // never replies
let e: SeededOrganization; // its only contact bounces
let outsider: SeededOrganization; // not addressed
let circular: Mailing;

beforeAll(async () => {
  ({ database, sink, server } = await startMailWorld({ secretKey }));
  sink.behave((address) =>
    address === BOUNCING || address === BOUNCING_ONLY
      ? { kind: 'rcpt', code: 550, message: `5.1.1 <${address}>: user unknown` }
      : { kind: 'accept' },
  );
  ({ ctx } = await secretariat(database.db));
  staff = (await createUser(database.db, { role: 'SECRETARIAT_STAFF' })).headers;

  a = await addOrganization(database.db, {
    name: 'あおぞら会',
    contacts: [
      { email: 'a-one@replies.example.jp', roles: [ROLE] },
      { email: 'a-two@replies.example.jp', roles: [ROLE] },
    ],
  });
  b = await addOrganization(database.db, {
    contacts: [{ email: 'b@replies.example.jp', roles: [ROLE] }],
  });
  c = await addOrganization(database.db, {
    contacts: [
      { email: BOUNCING, roles: [ROLE] },
      { email: 'c-second@replies.example.jp', roles: ['会計'] },
    ],
  });
  d = await addOrganization(database.db, {
    contacts: [{ email: 'd@replies.example.jp', roles: [ROLE] }],
  });
  e = await addOrganization(database.db, {
    contacts: [{ email: BOUNCING_ONLY, roles: [ROLE] }],
  });
  outsider = await addOrganization(database.db, { contacts: ['x@replies.example.jp'] });

  circular = await service.createMailing(
    ctx.db,
    ctx,
    {
      kind: 'NOTICE',
      contentJson: JSON.stringify({
        ...sampleNotice,
        reply: { deadline: '2099-12-24', question: QUESTION },
      }),
      audience: {
        categories: ['SUPPORTING'],
        organizationTypes: ['(nobody)'],
        includeOrganizations: [a.id, b.id, c.id, d.id, e.id],
        contacts: { selection: 'BY_ROLE', roles: [ROLE] },
      },
    },
    ctx.config,
  );
  await service.sendMailing(ctx.db, ctx, { mailingId: circular.id });
  await waitForMailing(database.db, circular.id, ['SENT']);
}, 60_000);

const mailingGid = (id: string) => encodeGlobalID('Mailing', id);

/** The parsed message the sink accepted for `address` whose subject matches. */
async function messageTo(address: string, subject: RegExp = /./) {
  for (const message of sink.accepted().filter((m) => m.to.toLowerCase() === address)) {
    const parsed = await sink.parse(message);
    if (subject.test(parsed.subject ?? '')) return parsed;
  }
  throw new Error(`no message to ${address} matching ${subject}`);
}

/** The acknowledge link of a received message, pointed at the test server. */
async function acknowledgeLink(address: string, subject?: RegExp): Promise<string> {
  const parsed = await messageTo(address, subject);
  const link = /https:\/\/tsunagari\.example\.jp\/acknowledge\/[A-Za-z0-9._-]+/.exec(
    parsed.text ?? '',
  )?.[0];
  if (!link) throw new Error(`no acknowledge link in the message to ${address}`);
  // The HTML part carries the same link.
  expect(String(parsed.html)).toContain(link);
  return link.replace(PUBLIC_URL, server.url);
}

const post = (url: string, form: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

async function acknowledgements(mailingId = circular.id) {
  return database.db
    .selectFrom('acknowledgements')
    .selectAll()
    .where('mailing_id', '=', mailingId)
    .execute();
}

/** Runs a document as the secretariat (or with `headers`). */
function gql<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  headers = staff,
) {
  return server.graphql(document, variables, headers);
}

const SUMMARY = graphql(`
  query AcknowledgementsSummary($id: ID!) {
    node(id: $id) {
      __typename
      ... on Mailing {
        replySummary { organizations delivered acknowledged notYet unreached late }
        replies(first: 20) { totalCount edges { node { organizationName state delivered addresses reminded
          acknowledgement { answer channel late contact { name } } } } }
      }
    }
  }
`);

/** The reply summary of a circular, read by the secretariat. */
async function replySummary(mailingId: string) {
  const { data, errors } = await gql(SUMMARY, { id: mailingId });
  expect(errors).toBeUndefined();
  return expectTypename(data?.node, 'Mailing');
}

const NOT_YET = graphql(`
  query AcknowledgementsNotYet($id: ID!) {
    node(id: $id) {
      __typename
      ... on Mailing { replies(first: 10, state: NOT_YET) { totalCount edges { node { organizationName } } } }
    }
  }
`);
const RECEIVED = graphql(`
  query AcknowledgementsReceivedNotices($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        receivedNotices(first: 10) { totalCount edges { node { mailingId subject
          replyRequest { deadline question answerRequired } acknowledgement { channel } } } }
      }
    }
  }
`);
const ACK = graphql(`
  mutation AcknowledgementsAcknowledge($input: AcknowledgeMailingInput!) {
    acknowledgeMailing(input: $input) {
      __typename
      ... on AcknowledgementPayload { acknowledgement { answer channel } }
      ... on Error { message }
    }
  }
`);
const REMIND = graphql(`
  mutation AcknowledgementsSendReminder($input: SendReminderInput!) {
    sendReminder(input: $input) {
      __typename
      ... on SendReminderPayload { reminder { id subject status reminderOf { id } } }
      ... on Error { message }
    }
  }
`);
const RECORD = graphql(`
  mutation AcknowledgementsRecord($input: RecordAcknowledgementInput!) {
    recordAcknowledgement(input: $input) {
      __typename ... on AcknowledgementPayload { acknowledgement { channel note answer } }
      ... on Error { message }
    }
  }
`);

describe('the circular as received', () => {
  it('asks the question in both parts and carries one acknowledge link per message', async () => {
    const parsed = await messageTo('a-one@replies.example.jp');
    expect(parsed.subject).toBe(`【事務連絡・要回答】${sampleNotice.subject}`);
    expect(parsed.text).toContain(QUESTION);
    expect(String(parsed.html)).toContain(QUESTION);
    const one = await acknowledgeLink('a-one@replies.example.jp');
    const two = await acknowledgeLink('a-two@replies.example.jp');
    expect(one).not.toBe(two);
    // The bounced contact got nothing.
    expect(sink.accepted().map((m) => m.to.toLowerCase())).not.toContain(BOUNCING);
  });
});

describe('acknowledge links', () => {
  it('GET shows the circular, the organisation, the era deadline and the question, and records nothing', async () => {
    const response = await fetch(await acknowledgeLink('a-one@replies.example.jp'));
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(body).toContain(sampleNotice.subject);
    expect(body).toContain('あおぞら会');
    expect(body).toContain('令和81年12月24日');
    expect(body).toContain(QUESTION);
    expect(body).toContain('<textarea id="answer" name="answer"');
    expect(body).toContain('受領を報告する</button>');
    expect(await acknowledgements()).toEqual([]);
  });

  it('a forged, altered or wrong-purpose token gets a 404 page and records nothing', async () => {
    const link = await acknowledgeLink('a-one@replies.example.jp');
    const altered = `${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`;
    const deliveryId = (
      await database.db
        .selectFrom('deliveries')
        .select('id')
        .where('mailing_id', '=', circular.id)
        .where('address', '=', 'a-one@replies.example.jp')
        .executeTakeFirstOrThrow()
    ).id;
    const otherKey = `${server.url}/acknowledge/${signLinkToken(randomBytes(32), 'acknowledge', deliveryId)}`;
    const otherPurpose = `${server.url}/acknowledge/${signLinkToken(secretKey, 'unsubscribe', deliveryId)}`;
    for (const url of [altered, otherKey, otherPurpose, `${server.url}/acknowledge/nonsense`]) {
      const get = await fetch(url);
      expect(get.status).toBe(404);
      expect(await get.text()).toContain('リンクが無効です');
      expect((await post(url, { answer: '5名' })).status).toBe(404);
    }
    expect(await acknowledgements()).toEqual([]);
  });

  it('POST records the reply once; a second POST and the other contact’s POST change nothing', async () => {
    const first = await post(await acknowledgeLink('a-one@replies.example.jp'), {
      answer: '3名',
    });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('回答を受け付けました');
    const recorded = await acknowledgements();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      organization_id: a.id,
      answer: '3名',
      channel: 'LINK',
      late: false,
    });

    for (const address of ['a-one@replies.example.jp', 'a-two@replies.example.jp']) {
      const again = await post(await acknowledgeLink(address), { answer: '10名' });
      expect(again.status).toBe(200);
      const body = await again.text();
      expect(body).toMatch(/\d+月\d+日に回答済みです/);
      expect(body).toContain('3名');
      // A GET after the reply says so too, with no form.
      const view = await (await fetch(await acknowledgeLink(address))).text();
      expect(view).toMatch(/\d+月\d+日に回答済みです/);
      expect(view).not.toContain('<form');
    }
    expect(await acknowledgements()).toEqual(recorded);
  });

  it('the secretariat sees counts and per-organisation states', async () => {
    const node = await replySummary(mailingGid(circular.id));
    expect(node.replySummary).toEqual({
      organizations: 5,
      delivered: 3, // the messages to c and e bounced
      acknowledged: 1,
      notYet: 2,
      unreached: 2,
      late: 0,
    });
    const states = Object.fromEntries(
      node.replies.edges.map((e) => [e.node.organizationName, e.node.state]),
    );
    expect(states).toEqual({
      あおぞら会: 'ACKNOWLEDGED',
      [b.name]: 'NOT_YET',
      [c.name]: 'UNREACHED',
      [d.name]: 'NOT_YET',
      [e.name]: 'UNREACHED',
    });
    const aRow = node.replies.edges.find((e) => e.node.organizationName === 'あおぞら会');
    expect(aRow?.node.addresses).toEqual(['a-one@replies.example.jp', 'a-two@replies.example.jp']);
    expect(aRow?.node.acknowledgement).toEqual({
      answer: '3名',
      channel: 'LINK',
      late: false,
      contact: { name: a.contacts[0]?.name },
    });

    const notYet = await gql(NOT_YET, { id: mailingGid(circular.id) });
    expect(expectTypename(notYet.data?.node, 'Mailing').replies.totalCount).toBe(2);

    // Members cannot read the secretariat's view.
    const member = (await createUser(database.db, { role: 'MEMBER', organizationId: a.id }))
      .headers;
    const denied = await gql(SUMMARY, { id: mailingGid(circular.id) }, member);
    expect(denied.data?.node ?? null).toBeNull();
  });
});

describe('members', () => {
  it('see the circulars sent to their organisation and whether they replied', async () => {
    const member = (await createUser(database.db, { role: 'MEMBER', organizationId: b.id }))
      .headers;
    const { data, errors } = await gql(
      RECEIVED,
      { id: encodeGlobalID('Organization', b.id) },
      member,
    );
    expect(errors).toBeUndefined();
    const { receivedNotices } = expectTypename(data?.node, 'Organization');
    expect(receivedNotices.totalCount).toBe(1);
    expect(receivedNotices.edges[0]?.node).toEqual({
      mailingId: mailingGid(circular.id),
      subject: `【事務連絡・要回答】${sampleNotice.subject}`,
      replyRequest: { deadline: '2099-12-24', question: QUESTION, answerRequired: false },
      acknowledgement: null,
    });
    // Another organisation's users do not see them.
    const other = (await createUser(database.db, { role: 'MEMBER', organizationId: d.id })).headers;
    const hidden = await gql(RECEIVED, { id: encodeGlobalID('Organization', b.id) }, other);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reply once for their own organisation; a second reply is a CONFLICT', async () => {
    const member = (await createUser(database.db, { role: 'MEMBER', organizationId: b.id }))
      .headers;
    const input = { mailingId: mailingGid(circular.id), answer: '2名' };
    const first = await gql(ACK, { input }, member);
    expect(first.errors).toBeUndefined();
    expect(first.data?.acknowledgeMailing).toEqual({
      __typename: 'AcknowledgementPayload',
      acknowledgement: { answer: '2名', channel: 'API' },
    });
    const second = await gql(ACK, { input: { ...input, answer: '4名' } }, member);
    expect(second.data?.acknowledgeMailing.__typename).toBe('ConflictError');
    const rows = (await acknowledgements()).filter((r) => r.organization_id === b.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answer).toBe('2名');
  });

  it('cannot reply to a circular not sent to their organisation', async () => {
    const member = (await createUser(database.db, { role: 'MEMBER', organizationId: outsider.id }))
      .headers;
    const response = await gql(ACK, { input: { mailingId: mailingGid(circular.id) } }, member);
    expect(response.data?.acknowledgeMailing.__typename).toBe('NotFoundError');
    expect((await acknowledgements()).filter((r) => r.organization_id === outsider.id)).toEqual([]);
  });
});

describe('reminders', () => {
  it('are refused for a mailing that asks no reply, and for a circular not sent yet', async () => {
    const noReply = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({ ...sampleNotice, reply: undefined }),
        audience: { includeOrganizations: [d.id], contacts: { selection: 'PRIMARY' } },
      },
      ctx.config,
    );
    const draft = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({ ...sampleNotice, reply: { deadline: '2099-12-24' } }),
        audience: { includeOrganizations: [d.id], contacts: { selection: 'PRIMARY' } },
      },
      ctx.config,
    );
    for (const mailing of [noReply, draft]) {
      const response = await gql(REMIND, { input: { mailingId: mailingGid(mailing.id) } });
      expect(response.data?.sendReminder.__typename).toBe('ValidationFailedError');
    }
    const count = await database.db
      .selectFrom('mailings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reminder_of', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('reach only the organisations that have not replied, and the other contact where the first bounced', async () => {
    const response = await gql(REMIND, { input: { mailingId: mailingGid(circular.id) } });
    expect(response.errors).toBeUndefined();
    const { reminder } = expectTypename(response.data?.sendReminder, 'SendReminderPayload');
    expect(reminder.subject).toBe(
      `【再送・回答のお願い】【事務連絡・要回答】${sampleNotice.subject}`,
    );
    expect(reminder.reminderOf?.id).toBe(mailingGid(circular.id));
    const reminderId = Buffer.from(reminder.id, 'base64').toString().split(':')[1] as string;
    await waitForMailing(database.db, reminderId, ['SENT']);

    const received = sink.accepted().map((m) => m.to.toLowerCase());
    const reminded: string[] = [];
    for (const message of sink.accepted()) {
      const parsed = await sink.parse(message);
      if (parsed.subject?.startsWith('【再送・回答のお願い】'))
        reminded.push(message.to.toLowerCase());
    }
    expect(reminded.sort()).toEqual(['c-second@replies.example.jp', 'd@replies.example.jp']);
    expect(received).not.toContain(BOUNCING);
    // The addresses that bounced were not tried again.
    expect(sink.rcptAttempts.get(BOUNCING)).toBe(1);
    expect(sink.rcptAttempts.get(BOUNCING_ONLY)).toBe(1);
    const parsed = await messageTo('d@replies.example.jp', /再送/);
    expect(parsed.text).toContain(QUESTION);

    expect((await replySummary(mailingGid(circular.id))).replySummary).toMatchObject({
      delivered: 4,
      acknowledged: 2,
      notYet: 2,
      unreached: 1,
    });
    // e has no other contact: reported as an issue of the reminder.
    const issues = await database.db
      .selectFrom('mailing_issues')
      .select(['organization_id', 'reason'])
      .where('mailing_id', '=', reminderId)
      .execute();
    expect(issues).toEqual([{ organization_id: e.id, reason: 'ALL_SUPPRESSED' }]);
  });

  it('a reply through the reminder’s link is recorded against the circular, once', async () => {
    const link = await acknowledgeLink('c-second@replies.example.jp', /再送/);
    const page = await (await fetch(link)).text();
    expect(page).toContain(sampleNotice.subject);
    expect(page).toContain(c.name);
    const response = await post(link, { answer: '' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('回答を受け付けました');
    const row = (await acknowledgements()).find((r) => r.organization_id === c.id);
    expect(row).toMatchObject({ mailing_id: circular.id, channel: 'LINK', answer: null });
    const delivery = await database.db
      .selectFrom('deliveries')
      .select('mailing_id')
      .where('id', '=', row?.delivery_id ?? '')
      .executeTakeFirstOrThrow();
    expect(delivery.mailing_id).not.toBe(circular.id);
    // Nothing is recorded against the reminder itself.
    const reminderIds = await database.db
      .selectFrom('mailings')
      .select('id')
      .where('reminder_of', '=', circular.id)
      .execute();
    for (const { id } of reminderIds) expect(await acknowledgements(id)).toEqual([]);

    const again = await post(link, { answer: '1名' });
    expect(await again.text()).toMatch(/\d+月\d+日に回答済みです/);
    expect((await acknowledgements()).filter((r) => r.organization_id === c.id)).toHaveLength(1);
  });

  it('the secretariat records a reply received by phone; the organisation must be addressed', async () => {
    const outside = await gql(RECORD, {
      input: {
        mailingId: mailingGid(circular.id),
        organizationId: encodeGlobalID('Organization', outsider.id),
      },
    });
    expect(outside.data?.recordAcknowledgement.__typename).toBe('ValidationFailedError');
    const ok = await gql(RECORD, {
      input: {
        mailingId: mailingGid(circular.id),
        organizationId: encodeGlobalID('Organization', d.id),
        answer: '0名',
        note: '電話で回答あり',
      },
    });
    expect(ok.data?.recordAcknowledgement).toEqual({
      __typename: 'AcknowledgementPayload',
      acknowledgement: { channel: 'SECRETARIAT', note: '電話で回答あり', answer: '0名' },
    });
    expect((await replySummary(mailingGid(circular.id))).replySummary).toMatchObject({
      organizations: 5,
      acknowledged: 4,
      notYet: 0,
      unreached: 1,
    });
  });

  it('export acknowledgements writes a CSV with BOM: one row per organisation', async () => {
    const result = await cli(database.url, ['export', 'acknowledgements', circular.id]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = result.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('団体ID,団体名,配信,宛先アドレス,回答日時,回答,回答経路,再送経由,期限後');
    expect(lines).toHaveLength(6);
    const rowOf = (id: string) => lines.find((line) => line.startsWith(id))?.split(',') ?? [];
    expect(rowOf(a.id)).toEqual([
      a.id,
      'あおぞら会',
      'はい',
      'a-one@replies.example.jp a-two@replies.example.jp',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      '3名',
      'メールのリンク',
      'いいえ',
      'いいえ',
    ]);
    expect(rowOf(c.id).slice(2, 4)).toEqual(['はい', `${BOUNCING} c-second@replies.example.jp`]);
    expect(rowOf(c.id).slice(6)).toEqual(['メールのリンク', 'はい', 'いいえ']);
    expect(rowOf(b.id)[6]).toBe('API（会員ユーザー）');
    expect(rowOf(d.id)[6]).toBe('事務局が記録');
    expect(rowOf(e.id).slice(2)).toEqual(['いいえ', BOUNCING_ONLY, '', '', '', '', '']);
    expect(result.stderr).toContain('Exported 5 organisations (4 replied)');
  });

  it('export acknowledgements refuses a mailing that asks for no reply, and an unknown id', async () => {
    const noReply = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({ ...sampleNotice, reply: undefined }),
        audience: { includeOrganizations: [d.id], contacts: { selection: 'PRIMARY' } },
      },
      ctx.config,
    );
    expect(await cli(database.url, ['export', 'acknowledgements', noReply.id])).toEqual({
      code: 1,
      stdout: '',
      // The CLI names the mailing by the ID the API and the console show.
      stderr: `error: mailing ${encodeGlobalID('Mailing', noReply.id)} is not a circular (NOTICE) that asks for replies\n`,
    });
    const unknown = await cli(database.url, ['export', 'acknowledgements', otherUuid(circular.id)]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: no mailing has the id/);
  });
});

/** Another UUID of the same shape (for a mailing that does not exist). */
function otherUuid(id: string): string {
  return `${id.slice(0, -4)}${id.endsWith('0000') ? 'ffff' : '0000'}`;
}

describe('late replies and required answers', () => {
  it('an empty answer is refused when required; a reply after the deadline is accepted and marked late', async () => {
    const late = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({
          ...sampleNotice,
          subject: '期限を過ぎた照会',
          reply: { deadline: '2025-06-10', question: '担当者名', answerRequired: true },
        }),
        audience: {
          categories: ['SUPPORTING'],
          organizationTypes: ['(nobody)'],
          includeOrganizations: [b.id],
          contacts: { selection: 'PRIMARY' },
        },
      },
      ctx.config,
    );
    await service.sendMailing(ctx.db, ctx, { mailingId: late.id });
    await waitForMailing(database.db, late.id, ['SENT']);
    const link = await acknowledgeLink('b@replies.example.jp', /期限を過ぎた照会/);
    const page = await (await fetch(link)).text();
    expect(page).toContain('回答期限を過ぎていますが、回答は受け付けます');
    expect(page).toContain('担当者名（必須）');

    const empty = await post(link, { answer: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('回答を入力してください');
    expect(await acknowledgements(late.id)).toEqual([]);

    const ok = await post(link, { answer: '佐藤' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('回答期限後の回答として記録されています');
    expect(await acknowledgements(late.id)).toMatchObject([{ answer: '佐藤', late: true }]);
    expect((await replySummary(mailingGid(late.id))).replySummary).toMatchObject({
      organizations: 1,
      acknowledged: 1,
      late: 1,
    });
  });
});
