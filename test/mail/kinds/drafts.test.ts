/**
 * Newsletter issue numbers and deleting drafts (issue 19, item 5), over real HTTP with the real
 * worker and SMTP server: the next number is proposed; a second 第12号 is refused at its field
 * with the other mailing named unless the duplicate is confirmed (also when two are saved at
 * once); cancelled issues free their number; a draft that never went out can be deleted —
 * audited, its attachment free to delete again — while anything started stays on record.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNewsletter, sampleNotice } from '../../../src/mail/render/samples.js';
import type { AudienceInput, CreateMailingInput } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import type { TestUser } from '../../helpers/accounts.js';
import type { TestDatabase } from '../../helpers/database.js';
import { pdf, upload } from '../../helpers/files.js';
import { dataOf, expectTypename } from '../../helpers/graphql.js';
import { addOrganization, waitForMailing } from '../../helpers/mail/harness.js';
import { globalIdOf, localIdOf, startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let audience: AudienceInput;

beforeAll(async () => {
  ({ database, server, staff } = await startMailWorld());
  const org = await addOrganization(database.db, { contacts: ['soumu@drafts.example.jp'] });
  audience = {
    organizationTypes: ['(none)'],
    includeOrganizations: [globalIdOf('Organization', org.id)],
    contacts: { selection: 'ALL' },
  };
});

/** Runs a document as the secretariat (or `user`) and fails the test on any GraphQL error. */
async function gql<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  user = staff,
): Promise<T> {
  return dataOf(await server.graphql(document, variables, user.headers));
}

const CREATE = graphql(`
  mutation DraftsCreateMailing($input: CreateMailingInput!) {
    createMailing(input: $input) {
      __typename
      ... on MailingPayload { mailing { id subject status version } }
      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }
      ... on ValidationFailedError { problems { path message } }
      ... on Error { code message }
    }
  }
`);
const UPDATE = graphql(`
  mutation DraftsUpdateMailing($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
      __typename
      ... on MailingPayload { mailing { id subject status version } }
      ... on DuplicateIssueNumberError { code message path issueNumber existingMailing { id subject } }
      ... on ValidationFailedError { problems { path message } }
      ... on Error { code message }
    }
  }
`);
const NEXT = graphql(`
  query DraftsNextIssueNumber {
    nextNewsletterIssueNumber
  }
`);
const DELETE = graphql(`
  mutation DraftsDeleteMailing($input: DeleteMailingInput!) {
    deleteMailing(input: $input) {
      __typename
      ... on DeleteMailingPayload { deletedMailingId }
      ... on Error { code message }
    }
  }
`);
const CANCEL = graphql(`
  mutation DraftsCancelMailing($input: MailingIdInput!) {
    cancelMailing(input: $input) { __typename }
  }
`);
const SEND = graphql(`
  mutation DraftsSendMailing($input: SendMailingInput!) {
    sendMailing(input: $input) { __typename }
  }
`);
const SCHEDULE = graphql(`
  mutation DraftsScheduleMailing($input: ScheduleMailingInput!) {
    scheduleMailing(input: $input) { __typename }
  }
`);
const DELETE_FILE = graphql(`
  mutation DraftsDeleteFile($id: ID!) {
    deleteFile(input: { fileId: $id }) { __typename }
  }
`);
const MAILING = graphql(`
  query DraftsMailing($id: ID!) {
    mailing(id: $id) { id version }
  }
`);

function newsletterJson(issueNumber: number, title = sampleNewsletter.title) {
  return JSON.stringify({ ...sampleNewsletter, issueNumber, title });
}

async function createNewsletter(issueNumber: number, extra: Partial<CreateMailingInput> = {}) {
  const data = await gql(CREATE, {
    input: {
      kind: 'NEWSLETTER',
      contentJson: newsletterJson(issueNumber),
      audience,
      ...extra,
    },
  });
  return data.createMailing;
}

async function nextNumber(): Promise<number> {
  return (await gql(NEXT, {})).nextNewsletterIssueNumber;
}

async function newsletterCount(issueNumber: number): Promise<number> {
  const rows = await database.db
    .selectFrom('mailings')
    .select('content')
    .where('kind', '=', 'NEWSLETTER')
    .execute();
  return rows.filter((r) => (r.content as { issueNumber: number }).issueNumber === issueNumber)
    .length;
}

describe('newsletter issue numbers', () => {
  let first: { id: string; subject: string; version: number };

  it('proposes the next number: 1 with no newsletter, then one more than the highest', async () => {
    expect(await nextNumber()).toBe(1);
    const created = await createNewsletter(12);
    first = expectTypename(created, 'MailingPayload').mailing;
    expect(await nextNumber()).toBe(13);
    // Secretariat only.
    const anonymous = await server.graphql(NEXT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('refuses a second 第12号 at its field, naming the other mailing; nothing is saved', async () => {
    const refused = await createNewsletter(12);
    expect(refused).toMatchObject({
      __typename: 'DuplicateIssueNumberError',
      code: 'DUPLICATE_ISSUE_NUMBER',
      path: ['input', 'contentJson', 'issueNumber'],
      issueNumber: 12,
      existingMailing: { id: first.id, subject: first.subject },
    });
    const { message } = expectTypename(refused, 'DuplicateIssueNumberError');
    expect(message).toContain('第12号');
    expect(message).toContain(`「${first.subject}」`);
    expect(await newsletterCount(12)).toBe(1);

    // Typed content: the path is that of the typed field.
    const typed = await gql(CREATE, {
      input: {
        content: {
          newsletter: {
            issueNumber: 12,
            issueDate: '2025-06-01',
            sections: [{ heading: '会員の活動紹介', items: [{ title: '居場所づくり' }] }],
          },
        },
        audience,
      },
    });
    expect(typed.createMailing).toMatchObject({
      __typename: 'DuplicateIssueNumberError',
      path: ['input', 'content', 'newsletter', 'issueNumber'],
    });
    expect(await newsletterCount(12)).toBe(1);
  });

  it('saves the duplicate when the input confirms it', async () => {
    const confirmed = await createNewsletter(12, { confirmDuplicateIssueNumber: true });
    expect(confirmed.__typename).toBe('MailingPayload');
    expect(await newsletterCount(12)).toBe(2);
    expect(await nextNumber()).toBe(13);
  });

  it('on update: a new number is checked, an unchanged one is not asked about again', async () => {
    const draft = expectTypename(await createNewsletter(14), 'MailingPayload').mailing;
    const toTwelve = await gql(UPDATE, {
      input: {
        mailingId: draft.id,
        expectedVersion: draft.version,
        contentJson: newsletterJson(12),
      },
    });
    expect(toTwelve.updateMailing).toMatchObject({
      __typename: 'DuplicateIssueNumberError',
      path: ['input', 'contentJson', 'issueNumber'],
      existingMailing: { id: first.id },
    });
    // A stale edit is a conflict first, whatever its number.
    const stale = await gql(UPDATE, {
      input: {
        mailingId: draft.id,
        expectedVersion: draft.version + 1,
        contentJson: newsletterJson(12),
      },
    });
    expect(stale.updateMailing.__typename).toBe('ConflictError');
    // Other text of the first 第12号 changes without a question: its number did not change.
    const edited = await gql(UPDATE, {
      input: {
        mailingId: first.id,
        expectedVersion: first.version,
        contentJson: newsletterJson(12, '強化月間を振り返って（改訂）'),
      },
    });
    expect(edited.updateMailing.__typename).toBe('MailingPayload');
    const confirmed = await gql(UPDATE, {
      input: {
        mailingId: draft.id,
        expectedVersion: draft.version,
        contentJson: newsletterJson(12),
        confirmDuplicateIssueNumber: true,
      },
    });
    expect(confirmed.updateMailing.__typename).toBe('MailingPayload');
    expect(await newsletterCount(12)).toBe(3);
  });

  it('a cancelled issue frees its number; of two saved at once, only one gets it', async () => {
    const twenty = expectTypename(await createNewsletter(20), 'MailingPayload').mailing;
    expect(await nextNumber()).toBe(21);
    const cancelled = await gql(CANCEL, { input: { mailingId: twenty.id } });
    expect(cancelled.cancelMailing.__typename).toBe('MailingPayload');
    expect(await nextNumber()).toBe(13);

    const both = await Promise.all([createNewsletter(20), createNewsletter(20)]);
    expect(both.map((r) => r.__typename).sort()).toEqual([
      'DuplicateIssueNumberError',
      'MailingPayload',
    ]);
    expect(await nextNumber()).toBe(21);
  });
});

describe('deleting a draft', () => {
  it('deletes a draft that never went out, audited; its attachment is free to delete again', async () => {
    const file = await upload(server.url, staff.headers, 'ATTACHMENT', '別添1.pdf', pdf(10));
    expect(file.status).toBe(201);
    const content = {
      ...sampleNotice,
      subject: '削除する下書き',
      attachments: [{ label: '別添1', fileId: file.json.fileId }],
    };
    const created = await gql(CREATE, {
      input: { kind: 'NOTICE', contentJson: JSON.stringify(content), audience },
    });
    const draft = expectTypename(created.createMailing, 'MailingPayload').mailing;
    expect((await gql(DELETE_FILE, { id: file.json.id })).deleteFile.__typename).toBe(
      'ConflictError',
    );

    // A stale version is refused and changes nothing.
    const stale = await gql(DELETE, {
      input: { mailingId: draft.id, expectedVersion: draft.version + 1 },
    });
    expect(stale.deleteMailing).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(expectTypename(stale.deleteMailing, 'ConflictError').message).toMatch(/変更されました/);

    const deleted = await gql(DELETE, {
      input: { mailingId: draft.id, expectedVersion: draft.version },
    });
    expect(deleted.deleteMailing).toEqual({
      __typename: 'DeleteMailingPayload',
      deletedMailingId: draft.id,
    });
    expect((await gql(MAILING, { id: draft.id })).mailing).toBeNull();
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'before'])
      .where('target_id', '=', localIdOf(draft.id))
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['mailing.create', 'mailing.delete']);
    expect(audit[1]).toMatchObject({
      actor_id: staff.accountId,
      before: {
        kind: 'NOTICE',
        subject: expect.stringContaining('削除する下書き'),
        status: 'DRAFT',
      },
    });
    // The file is no longer held by any mailing.
    expect((await gql(DELETE_FILE, { id: file.json.id })).deleteFile.__typename).toBe(
      'DeleteFilePayload',
    );
    // Deleting again: NOT_FOUND.
    const again = await gql(DELETE, {
      input: { mailingId: draft.id, expectedVersion: draft.version },
    });
    expect(again.deleteMailing.__typename).toBe('NotFoundError');
  });

  it('a deleted newsletter draft frees its issue number', async () => {
    const thirty = expectTypename(await createNewsletter(30), 'MailingPayload').mailing;
    expect(await nextNumber()).toBe(31);
    const deleted = await gql(DELETE, {
      input: { mailingId: thirty.id, expectedVersion: thirty.version },
    });
    expect(deleted.deleteMailing.__typename).toBe('DeleteMailingPayload');
    expect(await nextNumber()).toBe(21);
  });

  it('refuses what was scheduled, sent or cancelled: it stays on record', async () => {
    const make = async (subject: string) =>
      expectTypename(
        (
          await gql(CREATE, {
            input: {
              kind: 'NOTICE',
              contentJson: JSON.stringify({ ...sampleNotice, subject }),
              audience,
            },
          })
        ).createMailing,
        'MailingPayload',
      ).mailing;
    const sent = await make('送信した事務連絡');
    await gql(SEND, { input: { mailingId: sent.id } });
    await waitForMailing(database.db, localIdOf(sent.id), ['SENT']);
    const scheduled = await make('予約した事務連絡');
    await gql(SCHEDULE, {
      input: { mailingId: scheduled.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const cancelled = await make('中止した事務連絡');
    await gql(CANCEL, { input: { mailingId: cancelled.id } });

    for (const [mailing, state] of [
      [sent, '配信済み'],
      [scheduled, '配信予約中'],
      [cancelled, '中止済み'],
    ] as const) {
      const current = (await gql(MAILING, { id: mailing.id })).mailing;
      if (!current) throw new Error('mailing not found');
      const { version } = current;
      const refused = await gql(DELETE, {
        input: { mailingId: mailing.id, expectedVersion: version },
      });
      expect(expectTypename(refused.deleteMailing, 'ConflictError').message).toContain(
        `${state}のため削除できません`,
      );
      const still = await database.db
        .selectFrom('mailings')
        .select('id')
        .where('id', '=', localIdOf(mailing.id))
        .executeTakeFirst();
      expect(still).toBeDefined();
    }
  });
});
