import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailWorker } from '../../src/jobs/mail-worker.js';
import { type LocalMailbox, startLocalMailbox } from '../../src/mail/local-mailbox.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestMailWorker } from '../helpers/mail-worker.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const secretKey = randomBytes(32);
const PREFIX = '【孤独・孤立対策官民連携プラットフォーム】';
let database: TestDatabase;
let server: TestServer;
let mailbox: LocalMailbox;
let mail: MailWorker;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let orgId: string;
let orgGlobalId: string;
let primaryEmail: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  mailbox = await startLocalMailbox({ dir: await mkdtemp(path.join(os.tmpdir(), 'mailbox-')) });
  server = await startTestServer({
    db: database.db,
    secretKey,
    env: { PUBLIC_URL: 'https://tsunagari.example.jp' },
  });
  mail = await startTestMailWorker({
    database,
    smtpUrl: mailbox.smtpUrl,
    publicUrl: server.url,
    secretKey,
    overrides: { concurrency: 1 },
  });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  [orgId] = await twoOrganizations(database.db);
  orgGlobalId = encodeGlobalID('Organization', orgId);
  member = await createUser(database.db, {
    role: 'MEMBER',
    organizationId: orgId,
    isOrganizationAdmin: true,
  });
  const primary = await database.db
    .selectFrom('contacts')
    .select('email')
    .where('organization_id', '=', orgId)
    .where('is_primary', '=', true)
    .executeTakeFirstOrThrow();
  primaryEmail = primary.email;
  await server.graphql(UPDATE_SETTINGS, {}, admin.headers);
});

afterAll(async () => {
  await mail?.stop();
  await mailbox?.stop();
});

async function delivered(): Promise<ParsedMail[]> {
  const all: ParsedMail[] = [];
  for (const entry of await mailbox.list()) {
    all.push(await simpleParser((await mailbox.raw(entry.id)) ?? Buffer.alloc(0)));
  }
  return all;
}

function recipient(mail: ParsedMail): string {
  return (mail.to && 'text' in mail.to ? mail.to.text : '').toLowerCase();
}

/** Every delivered message to `address` with exactly `subject`. */
async function messagesTo(address: string, subject: string): Promise<ParsedMail[]> {
  return (await delivered()).filter(
    (m) => recipient(m).includes(address.toLowerCase()) && m.subject === subject,
  );
}

/** Waits for the message to `address` with exactly `subject`. */
function mailTo(address: string, subject: string): Promise<ParsedMail> {
  return waitFor(async () => (await messagesTo(address, subject))[0], { timeoutMs: 15_000 });
}

async function currentVersion(): Promise<number> {
  const row = await database.db
    .selectFrom('organizations')
    .select('version')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return row.version;
}

async function requestProfileChange(description: string): Promise<string> {
  const res = await server.graphql(
    UPDATE_ORGANIZATION_PROFILE,
    { id: orgGlobalId, v: await currentVersion(), d: description },
    member.headers,
  );
  const id = res.data?.updateOrganizationProfile.pendingChange?.id;
  if (!id) throw new Error(`no pending change: ${JSON.stringify(res)}`);
  return id;
}

const REJECT_PROFILE = graphql(`
  mutation NotificationsRejectProfileChange($id: ID!, $reason: String!) { rejectProfileChange(input: { requestId: $id, reason: $reason }) { __typename } }
`);
const APPROVE_PROFILE = graphql(`
  mutation NotificationsApproveProfileChange($id: ID!) { approveProfileChange(input: { requestId: $id }) { __typename } }
`);

async function outboundCount(): Promise<number> {
  const row = await database.db
    .selectFrom('outbound_emails')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function freeGroup(): Promise<number> {
  const current = await database.db
    .selectFrom('working_group_memberships')
    .select('working_group_number')
    .where('organization_id', '=', orgId)
    .where('left_on', 'is', null)
    .execute();
  const group = [1, 2, 3].find((g) => !current.some((c) => c.working_group_number === g));
  if (!group) throw new Error('organisation is in every group');
  return group;
}

const REQUEST_JOIN = graphql(`
  mutation NotificationsRequestToJoinWorkingGroup($id: ID!, $g: Int!) { requestToJoinWorkingGroup(input: { organizationId: $id, workingGroup: $g }) { __typename ... on WorkingGroupRequestPayload { request { id } } } }
`);

async function requestJoin(group: number): Promise<string> {
  const res = await server.graphql(REQUEST_JOIN, { id: orgGlobalId, g: group }, member.headers);
  return expectTypename(res.data?.requestToJoinWorkingGroup, 'WorkingGroupRequestPayload').request
    .id;
}

const SET = graphql(`
  mutation NotificationsSetWorkingGroupMembership($id: ID!, $g: Int!, $r: WorkingGroupRole) { setWorkingGroupMembership(input: { organizationId: $id, workingGroup: $g, role: $r, effectiveOn: "2026-12-10" }) { __typename } }
`);

const UPDATE_SETTINGS = graphql(`
  mutation NotificationsUpdateSettings { updateSettings(input: { profileChangesRequireReview: true }) { ... on SettingsPayload { settings { profileChangesRequireReview } } } }
`);

const UPDATE_ORGANIZATION_PROFILE = graphql(`
  mutation NotificationsUpdateOrganizationProfile($id: ID!, $v: Int!, $d: String!) {
      updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: $d }) {
        ... on UpdateOrganizationProfilePayload { pendingChange { id } }
      }
    }
`);

const APPROVE_WORKING_GROUP_REQUEST = graphql(`
  mutation NotificationsApproveWorkingGroupRequest($id: ID!) { approveWorkingGroupRequest(input: { requestId: $id, effectiveOn: "2026-12-01" }) { __typename } }
`);

const DECLINE_WORKING_GROUP_REQUEST = graphql(`
  mutation NotificationsDeclineWorkingGroupRequest($id: ID!) { declineWorkingGroupRequest(input: { requestId: $id, reason: "今年度の募集は締め切りました" }) { __typename } }
`);

const UPDATE_ORGANIZATION_PROFILE2 = graphql(`
  mutation NotificationsUpdateOrganizationProfile2($id: ID!, $v: Int!) { updateOrganizationProfile(input: { organizationId: $id, expectedVersion: $v, description: "事務局が先に修正" }) { __typename } }
`);

describe('profile change decisions are e-mailed to the member', () => {
  it('approval reaches the primary contact and the requesting user', async () => {
    const id = await requestProfileChange('承認される説明');
    const res = await server.graphql(APPROVE_PROFILE, { id }, staff.headers);
    expect(res.data?.approveProfileChange.__typename).toBe('DecideProfileChangePayload');
    const subject = `${PREFIX}団体プロフィールの変更を承認しました`;
    const toPrimary = await mailTo(primaryEmail, subject);
    expect(toPrimary.text).toContain('登録内容に反映しました');
    await mailTo(member.email, subject);
  });

  it('rejection carries the secretariat’s reason as plain text', async () => {
    const id = await requestProfileChange('却下される説明');
    const reason = '活動内容の記載が<b>規約</b>と合っていません';
    const res = await server.graphql(REJECT_PROFILE, { id, reason }, staff.headers);
    expect(res.data?.rejectProfileChange.__typename).toBe('DecideProfileChangePayload');
    const mail = await mailTo(primaryEmail, `${PREFIX}団体プロフィールの変更申請の結果について`);
    expect(mail.text).toContain(`理由：${reason}`);
    expect(String(mail.html)).not.toContain('<b>規約</b>');
    expect(String(mail.html)).toContain('&lt;b&gt;規約&lt;/b&gt;');
  });
});

describe('working-group request decisions are e-mailed to the member', () => {
  it('approval of a join request names the group and the date', async () => {
    const group = await freeGroup();
    const id = await requestJoin(group);
    const res = await server.graphql(APPROVE_WORKING_GROUP_REQUEST, { id }, staff.headers);
    expect(res.data?.approveWorkingGroupRequest.__typename).toBe('WorkingGroupRequestPayload');
    const subject = `${PREFIX}分科会への参加申請を承認しました`;
    const mail = await mailTo(primaryEmail, subject);
    expect(mail.text).toContain(`第${group}分科会`);
    expect(mail.text).toContain('令和8年12月1日付');
    await mailTo(member.email, subject);
  });

  it('a declined request carries the reason', async () => {
    const group = await freeGroup();
    const id = await requestJoin(group);
    const res = await server.graphql(DECLINE_WORKING_GROUP_REQUEST, { id }, staff.headers);
    expect(res.data?.declineWorkingGroupRequest.__typename).toBe('WorkingGroupRequestPayload');
    const mail = await mailTo(primaryEmail, `${PREFIX}分科会への参加申請の結果について`);
    expect(mail.text).toContain('理由：今年度の募集は締め切りました');
  });
});

describe('direct working-group changes by the secretariat are e-mailed to the member', () => {
  it('adding and removing each send a message to the primary contact', async () => {
    const group = await freeGroup();
    const added = await server.graphql(
      SET,
      { id: orgGlobalId, g: group, r: 'MEMBER' },
      staff.headers,
    );
    expect(added.data?.setWorkingGroupMembership.__typename).toBe(
      'SetWorkingGroupMembershipPayload',
    );
    const addMail = await mailTo(primaryEmail, `${PREFIX}分科会のメンバーに登録しました`);
    expect(addMail.text).toContain(`第${group}分科会`);
    expect(addMail.text).toContain('令和8年12月10日付');

    const removed = await server.graphql(
      SET,
      { id: orgGlobalId, g: group, r: null },
      staff.headers,
    );
    expect(removed.data?.setWorkingGroupMembership.__typename).toBe(
      'SetWorkingGroupMembershipPayload',
    );
    await mailTo(primaryEmail, `${PREFIX}分科会のメンバーから外れました`);
  });
});

describe('a failed decision sends nothing', () => {
  it('deciding an already decided request or a stale profile change queues no message', async () => {
    // A group with a chair the organisation is not in (another organisation made chair if needed).
    const chairGroup = await freeGroup();
    const chair = await database.db
      .selectFrom('working_group_memberships')
      .select('id')
      .where('working_group_number', '=', chairGroup)
      .where('role', '=', 'CHAIR')
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (!chair) {
      const [, otherId] = await twoOrganizations(database.db);
      const made = await server.graphql(
        SET,
        { id: encodeGlobalID('Organization', otherId), g: chairGroup, r: 'CHAIR' },
        staff.headers,
      );
      expect(made.data?.setWorkingGroupMembership.__typename).toBe(
        'SetWorkingGroupMembershipPayload',
      );
    }

    // A rejected request cannot be rejected again.
    const decided = await requestProfileChange('二度目の判断');
    await server.graphql(REJECT_PROFILE, { id: decided, reason: '一度目の理由' }, staff.headers);
    await mailTo(primaryEmail, `${PREFIX}団体プロフィールの変更申請の結果について`);
    const before = await outboundCount();
    const again = await server.graphql(
      REJECT_PROFILE,
      { id: decided, reason: '二度目の理由' },
      staff.headers,
    );
    expect(again.data?.rejectProfileChange.__typename).toBe('ConflictError');

    // A request made against a version the secretariat has since edited cannot be approved.
    const stale = await requestProfileChange('古い版への変更');
    await server.graphql(
      UPDATE_ORGANIZATION_PROFILE2,
      { id: orgGlobalId, v: await currentVersion() },
      staff.headers,
    );
    const approveStale = await server.graphql(APPROVE_PROFILE, { id: stale }, staff.headers);
    expect(approveStale.data?.approveProfileChange.__typename).toBe('ConflictError');

    // Adding the organisation as a second chair is refused after its membership row is written:
    // the whole decision rolls back, its message with it.
    const second = await server.graphql(
      SET,
      { id: orgGlobalId, g: chairGroup, r: 'CHAIR' },
      staff.headers,
    );
    expect(second.data?.setWorkingGroupMembership.__typename).toBe('ConflictError');
    expect(await outboundCount()).toBe(before);

    // A marker sent afterwards arrives; the failed decisions left nothing in between.
    const group = await freeGroup();
    await server.graphql(SET, { id: orgGlobalId, g: group, r: 'MEMBER' }, staff.headers);
    await waitFor(async () =>
      (await messagesTo(primaryEmail, `${PREFIX}分科会のメンバーに登録しました`)).length >= 2
        ? true
        : undefined,
    );
    const mails = await messagesTo(
      primaryEmail,
      `${PREFIX}団体プロフィールの変更申請の結果について`,
    );
    expect(mails.map((m) => m.text ?? '').filter((t) => t.includes('二度目の理由'))).toEqual([]);
    expect(
      (await messagesTo(primaryEmail, `${PREFIX}団体プロフィールの変更を承認しました`)).length,
    ).toBe(1);
  });
});
