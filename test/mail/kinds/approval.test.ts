/**
 * Approval before sending (issue #6): staff prepare, an admin other than the preparer approves
 * the version they reviewed, then it can be sent; an edit withdraws the approval; the record
 * shows who prepared, who approved and who started it. Real HTTP, worker and SMTP server.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNotice } from '../../../src/mail/render/samples.js';
import type { MailingKind } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { createUser, type TestUser } from '../../helpers/accounts.js';
import type { TestDatabase } from '../../helpers/database.js';
import { addOrganization, waitForMailing } from '../../helpers/mail/harness.js';
import type { SmtpSink } from '../../helpers/mail/smtp-sink.js';
import { globalIdOf, localIdOf, startMailWorld } from '../../helpers/mail/world.js';
import type { TestServer } from '../../helpers/server.js';

let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let otherAdmin: TestUser;
let organizationId: string;

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld());
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  otherAdmin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  organizationId = (await addOrganization(database.db, { contacts: ['soumu@approval.example.jp'] }))
    .id;
  // The test template turns mandatory approval off for other tests; here the default applies.
  await database.db.deleteFrom('settings').where('key', '=', 'approvalRequiredKinds').execute();
});

const FIELDS = `id status version approvalRequired approvedVersion approvedAt
  createdBy { email } approvedBy { email } startedBy { email }`;

interface MailingData {
  id: string;
  status: string;
  version: number;
  approvalRequired: boolean;
  approvedVersion: number | null;
  approvedAt: string | null;
  createdBy: { email: string } | null;
  approvedBy: { email: string } | null;
  startedBy: { email: string } | null;
}

interface Result {
  __typename: string;
  mailing?: MailingData;
  code?: string;
  message?: string;
}

async function mutate(name: string, input: Record<string, unknown>, user: TestUser) {
  const response = await server.graphql<Record<string, Result>>(
    `mutation($input: ${name[0]?.toUpperCase()}${name.slice(1)}Input!) {
      ${name}(input: $input) {
        __typename
        ... on MailingPayload { mailing { ${FIELDS} } }
        ... on Error { code message }
      }
    }`,
    { input },
    user.headers,
  );
  return { result: response.data?.[name], errors: response.errors };
}

async function createNotice(user: TestUser, extra: Record<string, unknown> = {}) {
  const { result } = await mutate(
    'createMailing',
    {
      kind: 'NOTICE',
      contentJson: JSON.stringify(sampleNotice),
      audience: {
        organizationTypes: ['(none)'],
        includeOrganizations: [globalIdOf('Organization', organizationId)],
        contacts: { selection: 'ALL' },
      },
      requiresApproval: true,
      ...extra,
    },
    user,
  );
  if (!result?.mailing) throw new Error(JSON.stringify(result));
  return result.mailing;
}

const SETTINGS = graphql(`
  mutation ApprovalUpdateSettings($kinds: [MailingKind!]) {
  updateSettings(input: { approvalRequiredKinds: $kinds }) { ... on SettingsPayload { settings { approvalRequiredKinds } } }
  }
`);

/** Sets which kinds always need approval, as an admin; returns the GraphQL response. */
function setApprovalRequiredKinds(kinds: MailingKind[], user: TestUser = admin) {
  return server.graphql(SETTINGS, { kinds }, user.headers);
}

const READ_SETTINGS = graphql(`
  query ApprovalSettings { settings { approvalRequiredKinds } }
`);

const UPDATE_SETTINGS2 = graphql(`
  mutation ApprovalUpdateSettings2 { updateSettings(input: {}) { __typename ... on ValidationFailedError { code problems { path message } } } }
`);

const MAILINGS = graphql(`
  query ApprovalMailings { mailings(filter: { awaitingApproval: true }, first: 50) { totalCount edges { node { id } } } }
`);

const MAILINGS2 = graphql(`
  query ApprovalMailings2 { mailings(filter: { awaitingApproval: false }, first: 100) { edges { node { id } } } }
`);

const MAILINGS3 = graphql(`
  query ApprovalMailings3($filter: MailingFilter) { mailings(filter: $filter, first: 20) { totalCount edges { node { id subject } } } }
`);

describe('approval is mandatory for notices by default', () => {
  it('NOTICE needs an admin’s approval unless asked for or not; only an admin changes that, audited', async () => {
    const settings = await server.graphql(READ_SETTINGS, {}, staff.headers);
    expect(settings.data?.settings.approvalRequiredKinds).toEqual(['NOTICE', 'MEETING_NOTICE']);

    // Not asking for approval still requires it; refusing it explicitly is an error.
    const draft = await createNotice(staff, { requiresApproval: undefined });
    expect(draft.approvalRequired).toBe(true);
    const refused = await mutate(
      'createMailing',
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify(sampleNotice),
        audience: { contacts: { selection: 'ALL' } },
        requiresApproval: false,
      },
      staff,
    );
    expect(refused.result?.__typename).toBe('ValidationFailedError');
    expect(refused.result?.message ?? '').toMatch(/承認|入力/);
    // Not even an admin drops it on one mailing.
    const dropped = await mutate(
      'updateMailing',
      { mailingId: draft.id, expectedVersion: draft.version, requiresApproval: false },
      admin,
    );
    expect(dropped.result?.__typename).toBe('ApprovalRequiredError');
    expect((await mutate('sendMailing', { mailingId: draft.id }, staff)).result?.__typename).toBe(
      'ApprovalRequiredError',
    );

    // Staff cannot change the setting; an admin can, and it is audited.
    const byStaff = await setApprovalRequiredKinds([], staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await setApprovalRequiredKinds(['MEETING_NOTICE']);
    expect(byAdmin.data?.updateSettings.settings.approvalRequiredKinds).toEqual(['MEETING_NOTICE']);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'before', 'after'])
      .where('action', '=', 'settings.update')
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_id: admin.accountId,
      before: { approvalRequiredKinds: ['NOTICE', 'MEETING_NOTICE'] },
      after: { approvalRequiredKinds: ['MEETING_NOTICE'] },
    });
    // An input that changes nothing is a typed error of UpdateSettingsResult, and nothing is written.
    const empty = await server.graphql(UPDATE_SETTINGS2, {}, admin.headers);
    expect(empty.data?.updateSettings).toEqual({
      __typename: 'ValidationFailedError',
      code: 'VALIDATION_FAILED',
      problems: [
        {
          path: ['input'],
          message:
            'profileChangesRequireReview か approvalRequiredKinds の少なくとも一つを指定してください。',
        },
      ],
    });
    const free = await createNotice(staff, { requiresApproval: false });
    expect(free.approvalRequired).toBe(false);
    await setApprovalRequiredKinds(['NOTICE', 'MEETING_NOTICE']);
    // A draft made while notices were free needs approval again once the setting is back.
    expect((await mutate('sendMailing', { mailingId: free.id }, staff)).result?.__typename).toBe(
      'ApprovalRequiredError',
    );
  });
});

describe('four eyes: nobody who wrote the mailing approves it', () => {
  it('an admin who edited the draft cannot approve it, even though someone else created it', async () => {
    const draft = await createNotice(staff);
    const edited = await mutate(
      'updateMailing',
      {
        mailingId: draft.id,
        expectedVersion: draft.version,
        contentJson: JSON.stringify({ ...sampleNotice, subject: '管理者が書き換えた件名' }),
      },
      otherAdmin,
    );
    const version = edited.result?.mailing?.version as number;
    const own = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: version },
      otherAdmin,
    );
    expect(own.result).toMatchObject({ __typename: 'ApprovalRequiredError' });
    expect(own.result?.message).toContain('自分で編集した');
    const approved = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: version },
      admin,
    );
    expect(approved.result?.mailing?.approvedBy?.email).toBe(admin.email);
  });
});

describe('approval before sending', () => {
  it('staff prepare, another admin approves the reviewed version, then it is sent', async () => {
    const draft = await createNotice(staff);
    expect(draft).toMatchObject({ approvalRequired: true, approvedBy: null, status: 'DRAFT' });

    // Not approved: neither sending nor scheduling is possible, and nothing is sent.
    const send = await mutate('sendMailing', { mailingId: draft.id }, staff);
    expect(send.result).toMatchObject({ __typename: 'ApprovalRequiredError' });
    const at = new Date(Date.now() + 3600_000).toISOString();
    const schedule = await mutate('scheduleMailing', { mailingId: draft.id, at }, staff);
    expect(schedule.result?.__typename).toBe('ApprovalRequiredError');

    // Staff cannot approve at all.
    const byStaff = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: draft.version },
      staff,
    );
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // An admin who reviewed an older version gets CONFLICT.
    const stale = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: draft.version - 1 },
      admin,
    );
    expect(stale.result?.__typename).toBe('ConflictError');

    const approved = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: draft.version },
      admin,
    );
    expect(approved.result?.mailing).toMatchObject({
      approvedBy: { email: admin.email },
      approvedVersion: draft.version,
      createdBy: { email: staff.email },
    });

    const sent = await mutate('sendMailing', { mailingId: draft.id }, staff);
    expect(sent.result?.mailing).toMatchObject({
      status: 'SENDING',
      startedBy: { email: staff.email },
      approvedBy: { email: admin.email },
    });
    const mailingId = localIdOf(draft.id);
    await waitForMailing(database.db, mailingId, ['SENT']);
    expect(sink.received.filter((m) => m.to.endsWith('@approval.example.jp')).length).toBe(1);
  });

  it('an edit after approval withdraws it; the preparer cannot approve their own mailing', async () => {
    // Where approval is not mandatory for the kind, an admin may drop it from one mailing.
    await setApprovalRequiredKinds([]);
    const draft = await createNotice(admin);
    const own = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: draft.version },
      admin,
    );
    expect(own.result).toMatchObject({ __typename: 'ApprovalRequiredError' });
    expect(own.result?.message).toContain('自分で作成した');

    const approved = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: draft.version },
      otherAdmin,
    );
    expect(approved.result?.mailing?.approvedBy?.email).toBe(otherAdmin.email);
    const again = await mutate(
      'approveMailing',
      { mailingId: draft.id, expectedVersion: draft.version },
      otherAdmin,
    );
    expect(again.result?.__typename).toBe('ConflictError');

    const edited = await mutate(
      'updateMailing',
      {
        mailingId: draft.id,
        expectedVersion: draft.version,
        contentJson: JSON.stringify({ ...sampleNotice, subject: '件名を修正しました' }),
      },
      staff,
    );
    expect(edited.result?.mailing).toMatchObject({ approvedBy: null, approvedAt: null });
    const send = await mutate('sendMailing', { mailingId: draft.id }, staff);
    expect(send.result?.__typename).toBe('ApprovalRequiredError');

    // Staff may not drop the requirement; an admin may.
    const version = edited.result?.mailing?.version as number;
    const drop = await mutate(
      'updateMailing',
      { mailingId: draft.id, expectedVersion: version, requiresApproval: false },
      staff,
    );
    expect(drop.result?.__typename).toBe('ApprovalRequiredError');
    const dropped = await mutate(
      'updateMailing',
      { mailingId: draft.id, expectedVersion: version, requiresApproval: false },
      admin,
    );
    expect(dropped.result?.mailing?.approvalRequired).toBe(false);
    const sent = await mutate('sendMailing', { mailingId: draft.id }, staff);
    expect(sent.result?.mailing?.status).toBe('SENDING');
  });

  it('a mailing that does not require approval is sent without one', async () => {
    const draft = await createNotice(staff, { requiresApproval: false });
    expect(draft.approvalRequired).toBe(false);
    const sent = await mutate('sendMailing', { mailingId: draft.id }, staff);
    expect(sent.result?.mailing?.status).toBe('SENDING');
  });

  it('mailings(filter: { awaitingApproval: true }) lists what waits for an approver, and no longer once approved or edited out of it', async () => {
    const awaiting = async () => {
      const { data } = await server.graphql(MAILINGS, {}, staff.headers);
      return data?.mailings.edges.map((e) => e.node.id) ?? [];
    };
    const waiting = await createNotice(staff);
    const noApproval = await createNotice(staff, { requiresApproval: false });
    expect(await awaiting()).toContain(waiting.id);
    expect(await awaiting()).not.toContain(noApproval.id);

    await mutate(
      'approveMailing',
      { mailingId: waiting.id, expectedVersion: waiting.version },
      admin,
    );
    expect(await awaiting()).not.toContain(waiting.id);

    // An edit withdraws the approval: it waits again.
    const edited = await mutate(
      'updateMailing',
      {
        mailingId: waiting.id,
        expectedVersion: waiting.version,
        contentJson: JSON.stringify({ ...sampleNotice, subject: '再確認をお願いします' }),
      },
      staff,
    );
    expect(edited.result?.mailing?.approvedBy).toBeNull();
    expect(await awaiting()).toContain(waiting.id);
    const { data } = await server.graphql(MAILINGS2, {}, staff.headers);
    const others = data?.mailings.edges.map((e) => e.node.id) ?? [];
    expect(others).toContain(noApproval.id);
    expect(others).not.toContain(waiting.id);
  });
  it('mailings(filter: { kinds, search }) narrows by kind and by words of the subject, newest first', async () => {
    const list = async (filter: Record<string, unknown>) => {
      const { data, errors } = await server.graphql(MAILINGS3, { filter }, staff.headers);
      expect(errors).toBeUndefined();
      return data?.mailings ?? { totalCount: 0, edges: [] };
    };
    const older = await createNotice(staff, {
      contentJson: JSON.stringify({ ...sampleNotice, subject: '熱中症予防の周知（第1報）' }),
    });
    const newer = await createNotice(staff, {
      contentJson: JSON.stringify({ ...sampleNotice, subject: '熱中症予防の周知（第2報）100%' }),
    });
    const found = await list({ search: '熱中症　周知', kinds: ['NOTICE'] });
    expect(found.edges.map((e) => e.node.id)).toEqual([newer.id, older.id]);
    expect(found.totalCount).toBe(2);
    // Every word must appear; % is a character, not a wildcard.
    expect((await list({ search: '熱中症 第2報' })).edges.map((e) => e.node.id)).toEqual([
      newer.id,
    ]);
    expect((await list({ search: '100%' })).edges.map((e) => e.node.id)).toEqual([newer.id]);
    expect((await list({ search: '熱中症予防の周知（第%' })).totalCount).toBe(0);
    expect((await list({ search: '熱中症', kinds: ['NEWSLETTER'] })).totalCount).toBe(0);
  });
});
