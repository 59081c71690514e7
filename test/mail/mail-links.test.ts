/**
 * Links every e-mail carries, followed as a recipient would: mailings created and sent through
 * the GraphQL API over HTTP, received by a real SMTP server, their links opened over HTTP.
 *
 * - The footer's 「ウェブサイト」 goes to the platform's website (PLATFORM_SITE_URL), never to
 *   this server's root (the GraphQL IDE) — in mailings and in service mail alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../helpers/accounts.js';
import type { TestDatabase } from '../helpers/database.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';
import { addOrganization, PUBLIC_URL, waitForMailing } from './engine/helpers/harness.js';
import type { SmtpSink } from './engine/helpers/smtp-sink.js';
import { globalIdOf, localIdOf, startMailWorld } from './engine/helpers/world.js';

const SITE_URL = 'https://platform.example.go.jp/kodoku/';
const ORG_ADDRESS = 'soumu@mail-links.example.jp';
const RECIPIENT_NAME = '受信　一郎';

let database: TestDatabase;
let sink: SmtpSink;
let server: TestServer;
let staff: TestUser;
let admin: TestUser;
let organizationId: string;

beforeAll(async () => {
  ({ database, sink, server, staff } = await startMailWorld({
    env: { PLATFORM_SITE_URL: SITE_URL },
  }));
  admin = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  // The only active member: every mailing reaches exactly this address.
  await database.db.updateTable('organizations').set({ status: 'WITHDRAWN' }).execute();
  const org = await addOrganization(database.db, {
    name: 'NPO法人 リンクの会',
    contacts: [{ email: ORG_ADDRESS, name: RECIPIENT_NAME }],
  });
  organizationId = org.id;
}, 60_000);

type Payload = {
  __typename: string;
  mailing?: { id: string; version: number; subject: string };
  message?: string;
};
const PAYLOAD = `__typename ... on MailingPayload { mailing { id version subject } } ... on Error { message }`;

async function call(query: string, variables: Record<string, unknown>, user: TestUser) {
  const response = await server.graphql<Record<string, Payload>>(query, variables, user.headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const payload = Object.values(response.data ?? {})[0] as Payload;
  if (payload.__typename !== 'MailingPayload' && payload.__typename !== 'AccountPayload') {
    throw new Error(JSON.stringify(payload));
  }
  return payload;
}

/** Creates, approves and sends a mailing through the API; returns its id and the message received. */
async function sendThroughApi(content: Record<string, unknown>, isPublic: boolean) {
  const created = await call(
    `mutation($input: CreateMailingInput!) { createMailing(input: $input) { ${PAYLOAD} } }`,
    { input: { content, requiresApproval: true, isPublic } },
    staff,
  );
  const mailing = created.mailing;
  if (!mailing) throw new Error('not created');
  await call(
    `mutation($input: ApproveMailingInput!) { approveMailing(input: $input) { ${PAYLOAD} } }`,
    { input: { mailingId: mailing.id, expectedVersion: mailing.version } },
    admin,
  );
  await call(
    `mutation($input: SendMailingInput!) { sendMailing(input: $input) { ${PAYLOAD} } }`,
    { input: { mailingId: mailing.id } },
    staff,
  );
  const id = localIdOf(mailing.id);
  await waitForMailing(database.db, id, ['SENT']);
  const received = await Promise.all(
    sink.received.filter((m) => m.to === ORG_ADDRESS).map((m) => sink.parse(m)),
  );
  const message = received.find((m) => m.subject === mailing.subject);
  if (!message) throw new Error(`no message received for ${mailing.subject}`);
  return { id, html: String(message.html), text: message.text ?? '' };
}

/** The href of the first link labelled `label` in an HTML part. */
function hrefOf(html: string, label: string): string | undefined {
  return new RegExp(`<a href="([^"]+)"[^>]*>${label}</a>`)
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&');
}

const NEWSLETTER = {
  newsletter: {
    issueNumber: 31,
    issueDate: '2025-07-01',
    theme: 'リンクの確認',
    sections: [{ heading: '会員の活動紹介', items: [{ title: '居場所づくりの取組' }] }],
  },
};

describe('「ウェブサイト」 in the footer', () => {
  it('goes to PLATFORM_SITE_URL in a sent mailing (HTML and text), not to the GraphQL IDE', async () => {
    const { html, text } = await sendThroughApi(NEWSLETTER, true);
    expect(hrefOf(html, 'ウェブサイト')).toBe(SITE_URL);
    expect(text).toContain(`ウェブサイト: ${SITE_URL}`);
    // This server's root is the IDE; no footer link points there.
    expect(html).not.toMatch(new RegExp(`href="${PUBLIC_URL}/?"`));
    expect(text).not.toMatch(new RegExp(`ウェブサイト: ${PUBLIC_URL}/?$`, 'm'));
  });

  it('goes to PLATFORM_SITE_URL in service mail too (an invitation)', async () => {
    const address = 'new-user@mail-links.example.jp';
    await call(
      `mutation($input: InviteOrganizationUserInput!) { inviteOrganizationUser(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          organizationId: globalIdOf('Organization', organizationId),
          email: address,
          displayName: '新規　花子',
        },
      },
      admin,
    );
    const message = await waitFor(async () => sink.received.find((m) => m.to === address));
    const parsed = await sink.parse(message);
    expect(hrefOf(String(parsed.html), 'ウェブサイト')).toBe(SITE_URL);
  });
});
