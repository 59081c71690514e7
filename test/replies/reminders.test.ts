/**
 * Reminders (督促) with an added message and the circular's approval policy (issue 19, item 6),
 * over real HTTP with the real worker and SMTP server: the secretariat's message is shown above
 * the circular, escaped, in both parts of the e-mail; a reminder of a circular that required
 * approval — or of any 事務連絡 while the setting makes NOTICE need it — waits as a DRAFT until an
 * admin who did not create it approves it, and only then can it be sent; without either it goes
 * out at once as before. A too long message is refused at its field.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AddressObject } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNotice } from '../../src/mail/render/samples.js';
import { writeSetting } from '../../src/modules/members/settings.repository.js';
import type { RemindersMailingFragment } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import { dataOf, expectTypename } from '../helpers/graphql.js';
import { addOrganization, waitForMailing } from '../helpers/mail/harness.js';
import type { SmtpSink } from '../helpers/mail/smtp-sink.js';
import { globalIdOf, localIdOf, startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';
import { waitForIdleQueue } from '../helpers/wait.js';

let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;
let preparer: TestUser;
let approver: TestUser;
let orgIds: string[];

/** Paragraphs with markup a recipient must see as text, not as HTML. */
const MESSAGE =
  '回答期限が近づいています。<b>至急</b> & 御確認ください。\n\n2段落目：未回答の団体にお送りしています。';

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld());
  preparer = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  approver = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  const a = await addOrganization(database.db, { contacts: ['a@reminders.example.jp'] });
  const b = await addOrganization(database.db, { contacts: ['b@reminders.example.jp'] });
  orgIds = [a.id, b.id];
}, 60_000);

/** Runs a document as the secretariat (or `user`) and fails the test on any GraphQL error. */
async function gql<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  user: TestUser = staff,
): Promise<T> {
  return dataOf(await server.graphql(document, variables, user.headers));
}

graphql(`
  fragment RemindersMailing on Mailing {
    id subject status version approvalRequired createdBy { email } reminderOf { id }
  }
`);

const REMIND = graphql(`
  mutation RemindersSendReminder($input: SendReminderInput!) {
    sendReminder(input: $input) {
      __typename
      ... on SendReminderPayload { reminder { ...RemindersMailing } }
      ... on ValidationFailedError { problems { path message } }
      ... on Error { code message }
    }
  }
`);
const APPROVE = graphql(`
  mutation RemindersApproveMailing($input: ApproveMailingInput!) {
    approveMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }
    }
  }
`);
const SEND = graphql(`
  mutation RemindersSendMailing($input: SendMailingInput!) {
    sendMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...RemindersMailing } } ... on Error { code message }
    }
  }
`);
const CREATE = graphql(`
  mutation RemindersCreateMailing($input: CreateMailingInput!) {
    createMailing(input: $input) {
      __typename ... on MailingPayload { mailing { id version } } ... on Error { message }
    }
  }
`);
const UPDATE = graphql(`
  mutation RemindersUpdateMailing($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
      __typename ... on ValidationFailedError { problems { path message } }
    }
  }
`);
const DELETE = graphql(`
  mutation RemindersDeleteMailing($input: DeleteMailingInput!) {
    deleteMailing(input: $input) { __typename }
  }
`);
const PREVIEW = graphql(`
  query RemindersPreview($id: ID!) {
    mailing(id: $id) { preview { subject html text } }
  }
`);

/** A circular asking for a reply, sent (approved first when `requiresApproval`). */
async function sentCircular(subject: string, requiresApproval: boolean): Promise<string> {
  const created = await gql(CREATE, {
    input: {
      kind: 'NOTICE',
      contentJson: JSON.stringify({
        ...sampleNotice,
        subject,
        reply: { deadline: '2099-12-24' },
      }),
      audience: {
        organizationTypes: ['(none)'],
        includeOrganizations: orgIds.map((id) => globalIdOf('Organization', id)),
        contacts: { selection: 'ALL' },
      },
      requiresApproval,
    },
  });
  const { id, version } = expectTypename(created.createMailing, 'MailingPayload').mailing;
  if (requiresApproval) {
    const approved = await gql(
      APPROVE,
      { input: { mailingId: id, expectedVersion: version } },
      approver,
    );
    expect(approved.approveMailing.__typename).toBe('MailingPayload');
  }
  const sent = await gql(SEND, { input: { mailingId: id } });
  expect(sent.sendMailing.__typename).toBe('MailingPayload');
  await waitForMailing(database.db, localIdOf(id), ['SENT']);
  return id;
}

/** The messages the sink accepted whose subject contains `subject`. */
async function received(subject: string) {
  const out = [];
  for (const message of sink.accepted()) {
    const parsed = await sink.parse(message);
    if (parsed.subject?.includes(subject)) out.push(parsed);
  }
  return out;
}

function expectMessageAboveCircular(text: string, html: string): void {
  // Text part: the message, then the circular's own body.
  const at = text.indexOf('回答期限が近づいています。<b>至急</b> & 御確認ください。');
  expect(at).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('2段落目：未回答の団体にお送りしています。')).toBeGreaterThan(at);
  expect(text.indexOf('事務局より')).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('事務局より')).toBeLessThan(at);
  expect(text.indexOf(sampleNotice.paragraphs[0] as string)).toBeGreaterThan(at);
  // HTML part: escaped, never markup.
  expect(html).toContain('&lt;b&gt;至急&lt;/b&gt; &amp; 御確認ください。');
  expect(html).not.toContain('<b>至急</b>');
  expect(html.indexOf('&lt;b&gt;至急')).toBeLessThan(
    html.indexOf(sampleNotice.paragraphs[0] as string),
  );
}

describe('a reminder of a circular that required approval', () => {
  const SUBJECT = '承認が必要だった事務連絡';
  let circularId: string;
  let reminder: RemindersMailingFragment;

  it('is a DRAFT that needs approval: nothing goes out yet', async () => {
    circularId = await sentCircular(SUBJECT, true);
    const before = sink.accepted().length;
    const data = await gql(
      REMIND,
      { input: { mailingId: circularId, message: MESSAGE } },
      preparer,
    );
    reminder = expectTypename(data.sendReminder, 'SendReminderPayload').reminder;
    expect(reminder).toMatchObject({
      subject: `【再送・回答のお願い】【事務連絡・要回答】${SUBJECT}`,
      status: 'DRAFT',
      approvalRequired: true,
      createdBy: { email: preparer.email },
      reminderOf: { id: circularId },
    });
    // Whatever the request queued has been worked: a reminder that was sent would be here now.
    await waitForIdleQueue(database.db);
    expect(sink.accepted().length).toBe(before);
    const deliveries = await database.db
      .selectFrom('deliveries')
      .select('id')
      .where('mailing_id', '=', localIdOf(reminder.id))
      .execute();
    expect(deliveries).toEqual([]);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'after'])
      .where('target_id', '=', localIdOf(reminder.id))
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'mailing.createReminder',
        actor_id: preparer.accountId,
        after: expect.objectContaining({ message: MESSAGE, approvalRequired: true }),
      }),
    ]);
  });

  it('its preview shows the message above the circular, escaped', async () => {
    const data = await gql(PREVIEW, { id: reminder.id });
    const preview = data.mailing?.preview;
    if (!preview) throw new Error('no preview');
    expect(preview.subject).toBe(`【再送・回答のお願い】【事務連絡・要回答】${SUBJECT}`);
    expectMessageAboveCircular(preview.text, preview.html);
  });

  it('cannot be sent, approved by its creator, changed, or made twice', async () => {
    const send = await gql(SEND, {
      input: { mailingId: reminder.id },
    });
    expect(send.sendMailing.__typename).toBe('ApprovalRequiredError');
    const own = await gql(
      APPROVE,
      { input: { mailingId: reminder.id, expectedVersion: reminder.version } },
      preparer,
    );
    expect(own.approveMailing.__typename).toBe('ApprovalRequiredError');
    const changed = await gql(UPDATE, {
      input: {
        mailingId: reminder.id,
        expectedVersion: reminder.version,
        requiresApproval: false,
      },
    });
    expect(changed.updateMailing).toEqual({
      __typename: 'ValidationFailedError',
      problems: [
        {
          path: ['input', 'mailingId'],
          message: expect.stringContaining('督促のメールは変更できません'),
        },
      ],
    });
    const twice = await gql(REMIND, { input: { mailingId: circularId } }, preparer);
    expect(expectTypename(twice.sendReminder, 'ConflictError').message).toContain(
      '承認待ちの督促があります',
    );
  });

  it('another admin approves it; then it is sent with the message above the circular', async () => {
    const approved = await gql(
      APPROVE,
      { input: { mailingId: reminder.id, expectedVersion: reminder.version } },
      approver,
    );
    expect(approved.approveMailing.__typename).toBe('MailingPayload');
    const sent = await gql(SEND, {
      input: { mailingId: reminder.id },
    });
    expect(sent.sendMailing.__typename).toBe('MailingPayload');
    await waitForMailing(database.db, localIdOf(reminder.id), ['SENT']);
    const messages = await received(`【再送・回答のお願い】【事務連絡・要回答】${SUBJECT}`);
    expect(messages.map((m) => (m.to as AddressObject).value[0]?.address).sort()).toEqual([
      'a@reminders.example.jp',
      'b@reminders.example.jp',
    ]);
    for (const message of messages) {
      expectMessageAboveCircular(message.text ?? '', String(message.html));
    }
  });
});

describe('a reminder of a circular that did not require approval', () => {
  const SUBJECT = '承認なしで送った事務連絡';
  let circularId: string;

  it('needs approval while the setting makes every 事務連絡 need it; a draft can be deleted', async () => {
    circularId = await sentCircular(SUBJECT, false);
    await writeSetting(database.db, 'approvalRequiredKinds', ['NOTICE']);
    try {
      const data = await gql(REMIND, { input: { mailingId: circularId } });
      const reminder = expectTypename(data.sendReminder, 'SendReminderPayload').reminder;
      expect(reminder).toMatchObject({ status: 'DRAFT', approvalRequired: true });
      const deleted = await gql(DELETE, {
        input: { mailingId: reminder.id, expectedVersion: reminder.version },
      });
      expect(deleted.deleteMailing.__typename).toBe('DeleteMailingPayload');
    } finally {
      await writeSetting(database.db, 'approvalRequiredKinds', []);
    }
  });

  it('otherwise goes out at once, with the message', async () => {
    const data = await gql(REMIND, { input: { mailingId: circularId, message: MESSAGE } });
    const reminder = expectTypename(data.sendReminder, 'SendReminderPayload').reminder;
    expect(reminder).toMatchObject({ status: 'SENDING', approvalRequired: false });
    await waitForMailing(database.db, localIdOf(reminder.id), ['SENT']);
    const messages = await received(`【再送・回答のお願い】【事務連絡・要回答】${SUBJECT}`);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expectMessageAboveCircular(message.text ?? '', String(message.html));
    }
  });

  it('refuses a message over 400 characters at its field; blank is no message', async () => {
    const circular = await sentCircular('文字数を確かめる事務連絡', false);
    const tooLong = await gql(REMIND, {
      input: { mailingId: circular, message: 'あ'.repeat(401) },
    });
    expect(tooLong.sendReminder).toMatchObject({
      __typename: 'ValidationFailedError',
      problems: [
        {
          path: ['input', 'message'],
          message: '督促に添える文は400文字以内で入力してください（401文字あります）。',
        },
      ],
    });
    const none = await database.db
      .selectFrom('mailings')
      .select('id')
      .where('reminder_of', '=', localIdOf(circular))
      .execute();
    expect(none).toEqual([]);

    const blank = await gql(REMIND, { input: { mailingId: circular, message: ' \n ' } });
    const reminder = expectTypename(blank.sendReminder, 'SendReminderPayload').reminder;
    const preview = (await gql(PREVIEW, { id: reminder.id })).mailing?.preview;
    expect(preview?.text).not.toContain('事務局より');
  });
});
