/**
 * The mailing lifecycle through the GraphQL API (real HTTP) with a worker and a real SMTP
 * server: create/update with validation and optimistic versions, preview, double start →
 * CONFLICT, pause/resume three times, cancel, schedule, test send, live counts, permissions.
 */
import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRenders } from '../../../src/mail/render/index.js';
import { sampleNewsletter } from '../../../src/mail/render/samples.js';
import type { LifecycleMailingFragment } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../../helpers/accounts.js';
import type { TestDatabase } from '../../helpers/database.js';
import { dataOf, expectTypename } from '../../helpers/graphql.js';
import {
  addManyOrganizations,
  addOrganization,
  deliveryStatuses,
  waitForMailing,
} from '../../helpers/mail/harness.js';
import type { SmtpSink } from '../../helpers/mail/smtp-sink.js';
import { startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';
import { sleep, waitFor } from '../../helpers/wait.js';

const secretKey = randomBytes(32);
let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: Record<string, string>;

beforeAll(async () => {
  // 150 messages per second: a mailing of a few hundred takes long enough to pause it.
  let user: TestUser;
  ({
    database,
    sink,
    server,
    staff: user,
  } = await startMailWorld({
    secretKey,
    engine: { ratePerSecond: 150, concurrency: 3, batchSize: 10 },
    env: { MAIL_JOBS_PER_MAILING: '2' },
  }));
  staff = user.headers;
});

graphql(`
  fragment LifecycleMailing on Mailing {
    id status version subject kind
    counts { total queued sending sent retry failed suppressed unknown cancelled }
  }
`);

const CREATE = graphql(`
  mutation LifecycleCreateMailing($input: CreateMailingInput!) {
    createMailing(input: $input) {
      __typename
      ... on MailingPayload { mailing { ...LifecycleMailing } }
      ... on ValidationFailedError { code message problems { path message } }
    }
  }
`);
const UPDATE = graphql(`
  mutation LifecycleUpdateMailing($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }
    }
  }
`);
const SEND = graphql(`
  mutation LifecycleSendMailing($id: ID!) {
    result: sendMailing(input: { mailingId: $id }) {
      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }
    }
  }
`);
const PAUSE = graphql(`
  mutation LifecyclePauseMailing($id: ID!) {
    result: pauseMailing(input: { mailingId: $id }) {
      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }
    }
  }
`);
const RESUME = graphql(`
  mutation LifecycleResumeMailing($id: ID!) {
    result: resumeMailing(input: { mailingId: $id }) {
      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }
    }
  }
`);
const CANCEL = graphql(`
  mutation LifecycleCancelMailing($id: ID!) {
    result: cancelMailing(input: { mailingId: $id }) {
      __typename ... on MailingPayload { mailing { ...LifecycleMailing } } ... on Error { code message }
    }
  }
`);
const SCHEDULE = graphql(`
  mutation LifecycleScheduleMailing($input: ScheduleMailingInput!) {
    scheduleMailing(input: $input) {
      __typename ... on MailingPayload { mailing { id status } } ... on Error { code message }
    }
  }
`);
const SEND_TEST = graphql(`
  mutation LifecycleSendTestMailing($input: SendTestMailingInput!) {
    sendTestMailing(input: $input) {
      __typename ... on SendTestMailingPayload { addresses } ... on Error { code }
    }
  }
`);
const MAILING = graphql(`
  query LifecycleMailing($id: ID!) {
    mailing(id: $id) { ...LifecycleMailing }
  }
`);
const PREVIEW = graphql(`
  query LifecyclePreview($id: ID!) {
    mailing(id: $id) { preview { subject html text } previewUrl }
  }
`);
const MAILINGS = graphql(`
  query LifecycleMailings {
    mailings(first: 5) { totalCount }
  }
`);
const SUPPRESSIONS = graphql(`
  query LifecycleSuppressions {
    suppressions(first: 5) { totalCount }
  }
`);
const SENT_MAILINGS = graphql(`
  query LifecycleSentMailings {
    mailings(first: 3, filter: { statuses: [SENT] }) {
      totalCount edges { node { status counts { total } } }
    }
  }
`);

/** Runs a document as the secretariat and fails the test on any GraphQL error. */
async function gql<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  headers = staff,
): Promise<T> {
  return dataOf(await server.graphql(document, variables, headers));
}

/** The database id inside a Relay global ID (`Mailing:<uuid>` in base64). */
function localId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}

function organizationGlobalId(id: string): string {
  return Buffer.from(`Organization:${id}`).toString('base64');
}

async function create(
  organizationIds: string[],
  content: unknown = sampleNewsletter,
): Promise<LifecycleMailingFragment> {
  const data = await gql(CREATE, {
    input: {
      kind: 'NEWSLETTER',
      contentJson: JSON.stringify(content),
      audience: {
        organizationTypes: ['(none)'],
        includeOrganizations: organizationIds.map(organizationGlobalId),
        contacts: { selection: 'ALL' },
      },
      // The same sample issue every time: the duplicate issue number is deliberate.
      confirmDuplicateIssueNumber: true,
    },
  });
  return expectTypename(data.createMailing, 'MailingPayload').mailing;
}

const LIFECYCLE = {
  sendMailing: SEND,
  pauseMailing: PAUSE,
  resumeMailing: RESUME,
  cancelMailing: CANCEL,
};

async function run(name: keyof typeof LIFECYCLE, id: string) {
  return (await gql(LIFECYCLE[name], { id })).result;
}

async function bulkAudience(count: number, domain: string): Promise<string[]> {
  return (await addManyOrganizations(database.db, count, domain)).organizationIds;
}

function receivedAt(domain: string) {
  return sink.received.filter((m) => m.to.endsWith(`@${domain}`));
}

describe('create, validate, update', () => {
  it('creates a DRAFT rendered once, with a preview field and a preview page for the secretariat', async () => {
    const org = await addOrganization(database.db, { contacts: ['p@preview.example.jp'] });
    const mailing = await create([org.id]);
    expect(mailing).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(mailing.subject).toContain('第12号');

    const data = await gql(PREVIEW, { id: mailing.id });
    if (!data.mailing) throw new Error('mailing not found');
    expect(data.mailing.preview.text).toContain('山田　太郎');
    expect(data.mailing.preview.html).toContain('NPO法人 サンプル（デモ）');
    const path = new URL(data.mailing.previewUrl).pathname;
    const page = await fetch(`${server.url}${path}`, { headers: staff });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('プレビュー');
    expect(body).toContain('山田　太郎');
    expect((await fetch(`${server.url}${path}`)).status).toBe(401);
    const [own] = await twoOrganizations(database.db).catch(() => [org.id]);
    const member = await createUser(database.db, { role: 'MEMBER', organizationId: own ?? org.id });
    expect((await fetch(`${server.url}${path}`, { headers: member.headers })).status).toBe(403);
  });

  it('rejects invalid content and audiences field by field, and creates nothing', async () => {
    const before = await database.db
      .selectFrom('mailings')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const data = await gql(CREATE, {
      input: {
        kind: 'NEWSLETTER',
        contentJson: JSON.stringify({ ...sampleNewsletter, issueNumber: 0 }),
        audience: { prefectures: ['99'], contacts: { selection: 'BY_ROLE' } },
      },
    });
    const result = expectTypename(data.createMailing, 'ValidationFailedError');
    const paths = result.problems.map((p) => p.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['input.contentJson.issueNumber', 'input.audience.contacts.roles']),
    );
    const broken = expectTypename(
      (
        await gql(CREATE, {
          input: {
            kind: 'NEWSLETTER',
            contentJson: '{not json',
            audience: { contacts: { selection: 'ALL' } },
          },
        })
      ).createMailing,
      'ValidationFailedError',
    );
    expect(broken.problems[0]?.path).toEqual(['input', 'contentJson']);
    const unknownPrefecture = expectTypename(
      (
        await gql(CREATE, {
          input: {
            kind: 'NEWSLETTER',
            contentJson: JSON.stringify(sampleNewsletter),
            audience: { prefectures: ['99'], contacts: { selection: 'ALL' } },
          },
        })
      ).createMailing,
      'ValidationFailedError',
    );
    expect(unknownPrefecture.problems).toEqual([
      {
        path: ['input', 'audience', 'prefectures', '0'],
        message: '都道府県コード「99」は登録されていません。',
      },
    ]);
    const after = await database.db
      .selectFrom('mailings')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('updates a DRAFT with its version; a stale version gets CONFLICT and changes nothing', async () => {
    const org = await addOrganization(database.db, { contacts: ['u@update.example.jp'] });
    const mailing = await create([org.id]);
    const content = JSON.stringify({ ...sampleNewsletter, issueNumber: 13 });
    const ok = expectTypename(
      (
        await gql(UPDATE, {
          input: { mailingId: mailing.id, expectedVersion: 1, contentJson: content },
        })
      ).updateMailing,
      'MailingPayload',
    );
    expect(ok.mailing).toMatchObject({ version: 2 });
    expect(ok.mailing.subject).toContain('第13号');
    const stale = (
      await gql(UPDATE, {
        input: { mailingId: mailing.id, expectedVersion: 1, contentJson: content },
      })
    ).updateMailing;
    expect(stale).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });

  it('is for the secretariat only', async () => {
    const member = await createUser(database.db, {
      role: 'MEMBER',
      organizationId: (await addOrganization(database.db)).id,
    });
    const denied = await server.graphql(MAILINGS, {}, member.headers);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.graphql(SUPPRESSIONS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('sending', () => {
  it('two starts at once: one starts it, the other gets CONFLICT; each recipient gets one message', async () => {
    const orgs = await bulkAudience(30, 'double.example.jp');
    const rendersBefore = countRenders();
    const mailing = await create(orgs);
    const [a, b] = await Promise.all([
      run('sendMailing', mailing.id),
      run('sendMailing', mailing.id),
    ]);
    expect([a?.__typename, b?.__typename].sort()).toEqual(['ConflictError', 'MailingPayload']);
    const conflict = expectTypename(
      [a, b].find((r) => r?.__typename === 'ConflictError'),
      'ConflictError',
    );
    expect(conflict.message).toContain('配信中');
    const third = await run('sendMailing', mailing.id);
    expect(expectTypename(third, 'ConflictError').code).toBe('CONFLICT');
    await waitForMailing(database.db, localId(mailing.id), ['SENT']);
    const received = receivedAt('double.example.jp');
    expect(received).toHaveLength(30);
    // Rendered once (when saved), not per recipient and not again when sending.
    const renders = countRenders();
    expect(renders.mjml - rendersBefore.mjml).toBe(1);
    expect(renders.htmlToText - rendersBefore.htmlToText).toBe(1);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(30);
    const counts = (await gql(MAILING, { id: mailing.id })).mailing?.counts;
    expect(counts).toMatchObject({ total: 30, sent: 30, queued: 0, sending: 0 });
  });

  it('pause and resume three times: nothing new starts while paused; everyone gets exactly one', async () => {
    const orgs = await bulkAudience(240, 'pause.example.jp');
    const mailing = await create(orgs);
    expect((await run('sendMailing', mailing.id)).__typename).toBe('MailingPayload');
    for (let round = 1; round <= 3; round++) {
      await waitFor(
        async () => (receivedAt('pause.example.jp').length >= round * 40 ? true : undefined),
        { timeoutMs: 15_000 },
      );
      const paused = await run('pauseMailing', mailing.id);
      expect(expectTypename(paused, 'MailingPayload').mailing.status).toBe('PAUSED');
      // Messages already on the wire may finish (none is left SENDING); then nothing more
      // arrives.
      await waitFor(async () => {
        const now = await deliveryStatuses(database.db, localId(mailing.id));
        return (now.SENDING ?? 0) === 0 ? true : undefined;
      });
      const settled = receivedAt('pause.example.jp').length;
      // The behaviour under test is an absence — no message while paused — so this waits a
      // fixed time: five of the worker's 100 ms polls.
      await sleep(500);
      expect(receivedAt('pause.example.jp').length).toBe(settled);
      expect(settled).toBeLessThan(240);
      expect(expectTypename(await run('pauseMailing', mailing.id), 'ConflictError').code).toBe(
        'CONFLICT',
      );
      const resumed = expectTypename(await run('resumeMailing', mailing.id), 'MailingPayload');
      expect(resumed.mailing.status).toBe('SENDING');
    }
    await waitForMailing(database.db, localId(mailing.id), ['SENT'], 20_000);
    const received = receivedAt('pause.example.jp');
    expect(received).toHaveLength(240);
    expect(new Set(received.map((m) => m.to)).size).toBe(240);
    expect(await deliveryStatuses(database.db, localId(mailing.id))).toEqual({ SENT: 240 });
  });

  it('cancel mid-send: the rest become CANCELLED and nothing more is sent', async () => {
    const orgs = await bulkAudience(200, 'cancel.example.jp');
    const mailing = await create(orgs);
    await run('sendMailing', mailing.id);
    await waitFor(async () => (receivedAt('cancel.example.jp').length >= 20 ? true : undefined));
    const cancelled = expectTypename(await run('cancelMailing', mailing.id), 'MailingPayload');
    expect(cancelled.mailing.status).toBe('CANCELLED');
    // The messages on the wire at the cancel finish; none is left SENDING.
    const statuses = await waitFor(async () => {
      const now = await deliveryStatuses(database.db, localId(mailing.id));
      return (now.SENDING ?? 0) === 0 ? now : undefined;
    });
    expect((statuses.CANCELLED ?? 0) + (statuses.SENT ?? 0)).toBe(200);
    expect(statuses.CANCELLED).toBeGreaterThan(0);
    expect(receivedAt('cancel.example.jp')).toHaveLength(statuses.SENT ?? 0);
    expect(expectTypename(await run('resumeMailing', mailing.id), 'ConflictError').code).toBe(
      'CONFLICT',
    );
  });

  it('scheduled: a start job waits for the time; rescheduling moves it; at the time it sends', async () => {
    const org = await addOrganization(database.db, {
      contacts: ['s1@schedule.example.jp', 's2@schedule.example.jp'],
    });
    const mailing = await create([org.id]);
    const tooSoon = (
      await gql(SCHEDULE, {
        input: { mailingId: mailing.id, at: new Date(Date.now() + 5_000).toISOString() },
      })
    ).scheduleMailing;
    expect(tooSoon).toMatchObject({ code: 'VALIDATION_FAILED' });
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = (
      await gql(SCHEDULE, { input: { mailingId: mailing.id, at: at.toISOString() } })
    ).scheduleMailing;
    expect(scheduled).toMatchObject({ mailing: { status: 'SCHEDULED' } });
    const later = new Date(Date.now() + 7_200_000);
    await gql(SCHEDULE, { input: { mailingId: mailing.id, at: later.toISOString() } });
    const jobs = await sql<{ run_at: Date }>`SELECT run_at FROM graphile_worker._private_jobs
      WHERE key = ${`mailing-start:${localId(mailing.id)}`}`.execute(database.db);
    expect(jobs.rows).toHaveLength(1);
    expect(jobs.rows[0]?.run_at.getTime()).toBe(later.getTime());
    // An absence (nothing goes before the time), so a fixed wait: three of the worker's polls.
    await sleep(300);
    expect(receivedAt('schedule.example.jp')).toHaveLength(0);
    // Let the time come (move the clock of this mailing rather than wait two hours).
    await sql`UPDATE mailings SET scheduled_at = now() WHERE id = ${localId(mailing.id)}`.execute(
      database.db,
    );
    await sql`UPDATE graphile_worker._private_jobs SET run_at = now()
      WHERE key = ${`mailing-start:${localId(mailing.id)}`}`.execute(database.db);
    await waitForMailing(database.db, localId(mailing.id), ['SENT']);
    expect(receivedAt('schedule.example.jp')).toHaveLength(2);
  });

  it('test send: 【テスト】 in the subject, the sample recipient, no deliveries recorded', async () => {
    const org = await addOrganization(database.db, { contacts: ['real@testsend.example.jp'] });
    const mailing = await create([org.id]);
    const data = await gql(SEND_TEST, {
      input: { mailingId: mailing.id, addresses: ['checker@testsend.example.jp'] },
    });
    expect(data.sendTestMailing).toMatchObject({ addresses: ['checker@testsend.example.jp'] });
    await waitFor(async () => (receivedAt('testsend.example.jp').length === 1 ? true : undefined));
    const [message] = receivedAt('testsend.example.jp');
    if (!message) throw new Error('no test message');
    const parsed = await sink.parse(message);
    expect(message.to).toBe('checker@testsend.example.jp');
    expect(parsed.subject?.startsWith('【テスト】')).toBe(true);
    expect(parsed.text).toContain('山田　太郎');
    expect(await deliveryStatuses(database.db, localId(mailing.id))).toEqual({});
    const status = await gql(MAILING, { id: mailing.id });
    expect(status.mailing?.status).toBe('DRAFT');
  });

  it('lists mailings newest first with live counts and each mailing’s deliveries', async () => {
    const data = await gql(SENT_MAILINGS, {});
    expect(data.mailings.totalCount).toBeGreaterThanOrEqual(2);
    expect(data.mailings.edges.every((e) => e.node.status === 'SENT')).toBe(true);
  });
});
