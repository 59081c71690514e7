/**
 * Issue #6, "done when": each kind is created, edited, previewed, test-sent, approved, sent to
 * its audience and read back from the archive, all through the GraphQL API over HTTP, with a
 * worker and a real SMTP server receiving what was sent.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  insertAgendaItem,
  insertMeeting,
} from '../../../src/modules/governance/meeting.repository.js';
import type {
  ArchiveKind,
  MailingContentInput,
  MailingKind,
  UpdateMailingInput,
} from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { createUser, type TestUser } from '../../helpers/accounts.js';
import type { TestDatabase } from '../../helpers/database.js';
import { dataOf, expectTypename } from '../../helpers/graphql.js';
import { addOrganization, waitForMailing } from '../../helpers/mail/harness.js';
import type { SmtpSink } from '../../helpers/mail/smtp-sink.js';
import { globalIdOf, localIdOf, startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/wait.js';

let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let meetingId: string;
const ORG_ADDRESS = 'soumu@each-kind.example.jp';

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld());
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  // The only active member, and the only board seat: every kind reaches exactly this address.
  await database.db.updateTable('organizations').set({ status: 'WITHDRAWN' }).execute();
  const org = await addOrganization(database.db, {
    name: 'NPO法人 つなぐ手',
    contacts: [ORG_ADDRESS],
  });
  await database.db
    .insertInto('board_seats')
    .values({ organization_id: org.id, role: 'MEMBER', starts_on: '2025-04-01' })
    .execute();
  const meeting = await insertMeeting(database.db, {
    body: 'BOARD',
    workingGroupNumber: null,
    title: '令和12年度第2回幹事会',
    startsAt: new Date('2030-09-10T01:00:00Z'),
    endsAt: null,
    place: null,
    onlineUrl: 'https://meet.example.jp/kanjikai',
    quorumNumerator: 1,
    quorumDenominator: 2,
    allowsProxy: false,
    createdBy: null,
  });
  await insertAgendaItem(database.db, {
    meetingId: meeting.id,
    title: '下半期の活動について',
    description: null,
    proposerKind: 'SECRETARIAT',
    proposerOrganizationId: null,
  });
  meetingId = globalIdOf('Meeting', meeting.id);
});

const MAILING = graphql(`
  query EachKindMailing($id: ID!) { mailing(id: $id) { kind preview { html text } } }
`);

const ARCHIVE = graphql(`
  query EachKindArchive { archive(first: 50) { edges { node { kind title text } } } }
`);

graphql(`
  fragment EachKindMailingFields on Mailing { id version subject }
`);
const CREATE = graphql(`
  mutation EachKindCreateMailing($input: CreateMailingInput!) {
    result: createMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }
    }
  }
`);
const CREATE_MEETING_NOTICE = graphql(`
  mutation EachKindCreateMeetingNotice($input: CreateMeetingNoticeInput!) {
    result: createMeetingNotice(input: $input) {
      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }
    }
  }
`);
const UPDATE = graphql(`
  mutation EachKindUpdateMailing($input: UpdateMailingInput!) {
    result: updateMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }
    }
  }
`);
const SEND_TEST = graphql(`
  mutation EachKindSendTestMailing($input: SendTestMailingInput!) {
    result: sendTestMailing(input: $input) { __typename }
  }
`);
const APPROVE = graphql(`
  mutation EachKindApproveMailing($input: ApproveMailingInput!) {
    result: approveMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }
    }
  }
`);
const SEND = graphql(`
  mutation EachKindSendMailing($input: SendMailingInput!) {
    result: sendMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...EachKindMailingFields } } ... on Error { message }
    }
  }
`);

/** Runs a mutation (its field aliased `result`) and fails the test unless it succeeded. */
async function call<R extends { __typename: string }, V extends Record<string, unknown>>(
  document: TypedDocumentNode<{ result: R }, V>,
  variables: V,
  user: TestUser,
): Promise<R> {
  const { result } = dataOf(await server.graphql(document, variables, user.headers));
  if (result.__typename !== 'MailingPayload' && result.__typename !== 'SendTestMailingPayload') {
    throw new Error(JSON.stringify(result));
  }
  return result;
}

/** One mailing per kind: its content, an edit, a text it shows, where the archive lists it. */
interface Kind {
  kind: MailingKind;
  content: MailingContentInput | null;
  edit: MailingContentInput | null;
  text: string;
  archived: ArchiveKind | null;
}

const KINDS: Kind[] = [
  {
    kind: 'NEWSLETTER',
    content: {
      newsletter: {
        issueNumber: 21,
        issueDate: '2025-05-01',
        sections: [{ heading: '会員の活動紹介', items: [{ title: '居場所づくりの取組' }] }],
      },
    },
    edit: {
      newsletter: {
        issueNumber: 21,
        issueDate: '2025-05-01',
        theme: '孤独・孤立対策強化月間特集',
        sections: [{ heading: '会員の活動紹介', items: [{ title: '居場所づくりの取組' }] }],
      },
    },
    text: '孤独・孤立対策強化月間特集',
    archived: 'NEWSLETTER',
  },
  {
    kind: 'VISIT_REPORT',
    content: {
      visitReport: {
        title: 'つなぐ手を訪ねて',
        organization: 'NPO法人 つなぐ手',
        visitDate: '2025-04-18',
        staff: ['事務局 佐藤'],
        paragraphs: ['電話相談の現場を伺いました。'],
      },
    },
    edit: {
      visitReport: {
        title: 'つなぐ手を訪ねて（電話相談の現場）',
        organization: 'NPO法人 つなぐ手',
        visitDate: '2025-04-18',
        staff: ['事務局 佐藤', '事務局 鈴木'],
        paragraphs: ['電話相談の現場を伺いました。'],
      },
    },
    text: '電話相談の現場',
    archived: 'VISIT_REPORT',
  },
  {
    kind: 'NOTICE',
    content: {
      notice: {
        date: '2025-05-27',
        issuerCodes: ['cao'],
        addressee: '会員 各位',
        subject: '熱中症予防の周知について',
        paragraphs: ['周知をお願いします。'],
      },
    },
    edit: {
      notice: {
        date: '2025-05-27',
        issuerCodes: ['cao', 'mhlw'],
        addressee: '会員 各位',
        subject: '熱中症予防の周知について',
        paragraphs: ['周知をお願いします。'],
      },
    },
    text: '厚生労働省',
    archived: 'NOTICE',
  },
  {
    kind: 'MEETING_NOTICE',
    content: null,
    edit: null,
    text: '下半期の活動について',
    archived: null,
  },
];

describe.each(KINDS)('$kind', ({ kind, content, edit, text, archived }) => {
  it('is created, edited, previewed, test-sent, approved, sent and read back', async () => {
    // Create (a staff member prepares it) …
    let { mailing } = expectTypename(
      content
        ? await call(CREATE, { input: { content, requiresApproval: true, isPublic: true } }, staff)
        : await call(
            CREATE_MEETING_NOTICE,
            { input: { meetingId, requiresApproval: true } },
            staff,
          ),
      'MailingPayload',
    );

    // … edits it …
    const changes: Partial<UpdateMailingInput> = edit
      ? { content: edit }
      : { audience: { meeting: meetingId, contacts: { selection: 'PRIMARY' } } };
    mailing = expectTypename(
      await call(
        UPDATE,
        { input: { mailingId: mailing.id, expectedVersion: mailing.version, ...changes } },
        staff,
      ),
      'MailingPayload',
    ).mailing;

    // … previews it …
    const preview = await server.graphql(MAILING, { id: mailing.id }, staff.headers);
    expect(preview.data?.mailing?.kind).toBe(kind);
    expect(preview.data?.mailing?.preview.text).toContain(text);
    const page = await fetch(`${server.url}/mailings/${localIdOf(mailing.id)}/preview`, {
      headers: staff.headers,
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(text);
    // The HTML part alone, for the console's iframe: framed by the app only, sandboxed.
    const part = await fetch(`${server.url}/mailings/${localIdOf(mailing.id)}/preview?part=html`, {
      headers: staff.headers,
    });
    expect(part.status).toBe(200);
    const csp = part.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain('sandbox');
    expect(csp).not.toContain('script-src');
    expect(await part.text()).toBe(preview.data?.mailing?.preview.html);

    // … test-sends it …
    const testAddress = `check-${kind.toLowerCase()}@secretariat.example.jp`;
    await call(SEND_TEST, { input: { mailingId: mailing.id, addresses: [testAddress] } }, staff);
    const test = await waitFor(async () => sink.received.find((m) => m.to === testAddress));
    expect((await sink.parse(test)).subject).toMatch(/^【テスト】/);

    // … an admin approves it and it is sent to its audience …
    await call(
      APPROVE,
      { input: { mailingId: mailing.id, expectedVersion: mailing.version } },
      admin,
    );
    await call(SEND, { input: { mailingId: mailing.id } }, staff);
    await waitForMailing(database.db, localIdOf(mailing.id), ['SENT']);
    const received = sink.received.filter((m) => m.to === ORG_ADDRESS);
    const parsed = await Promise.all(received.map((m) => sink.parse(m)));
    const mine = parsed.filter((m) => m.subject === mailing?.subject);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.text).toContain(text);

    // … and read back from the archive (never for a meeting notice).
    const archive = await server.graphql(ARCHIVE, {});
    const items = archive.data?.archive.edges.map((e) => e.node) ?? [];
    if (archived) {
      const item = items.find((i) => i.kind === archived);
      expect(item?.text).toContain(text);
    } else {
      expect(items.some((i) => i.text.includes(text))).toBe(false);
    }
  });
});
