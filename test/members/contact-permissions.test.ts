/**
 * Contacts are the organisation admin's to change (and the secretariat's); any user of the
 * organisation may change only their own contact's mail choices.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser, twoOrganizations } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let orgAdmin: TestUser;
let user: TestUser;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  [orgId] = await twoOrganizations(database.db);
  orgAdmin = await createUser(database.db, {
    role: 'MEMBER',
    organizationId: orgId,
    isOrganizationAdmin: true,
  });
  user = await createUser(database.db, { role: 'MEMBER', organizationId: orgId });
});

const ADD = graphql(`
  mutation ContactPermissionsAddContact($org: ID!, $email: EmailAddress!) {
  addContact(input: { organizationId: $org, name: "山田 一郎", email: $email }) {
  __typename ... on ContactPayload { contact { id } }
  }
  }
`);
const UPDATE = graphql(`
  mutation ContactPermissionsUpdateContact($id: ID!, $name: String, $kinds: [OptOutMailKind!]) {
  updateContact(input: { contactId: $id, name: $name, optedOutKinds: $kinds }) {
  __typename ... on ContactPayload { contact { name optedOutKinds } }
  }
  }
`);
const REMOVE = graphql(`
  mutation ContactPermissionsRemoveContact($id: ID!) {
  removeContact(input: { contactId: $id }) { __typename }
  }
`);

async function contactRow(email: string) {
  return database.db
    .selectFrom('contacts')
    .select(['id', 'name', 'opted_out_kinds'])
    .where('organization_id', '=', orgId)
    .where('email', '=', email)
    .executeTakeFirst();
}

describe('who may change an organisation’s contacts', () => {
  it('a user who is not the organisation admin cannot add, edit or remove contacts; nothing changes', async () => {
    const org = encodeGlobalID('Organization', orgId);
    const added = await server.graphql(
      ADD,
      { org, email: 'new@contacts.example.jp' },
      user.headers,
    );
    expect(added.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await contactRow('new@contacts.example.jp')).toBeUndefined();

    // The organisation admin can; the other user then can neither rename nor remove it.
    const byAdmin = await server.graphql(
      ADD,
      { org, email: 'new@contacts.example.jp' },
      orgAdmin.headers,
    );
    const id = expectTypename(byAdmin.data?.addContact, 'ContactPayload').contact.id;
    expect(id).not.toBe('');
    const renamed = await server.graphql(UPDATE, { id, name: '別の 名前' }, user.headers);
    expect(renamed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const removed = await server.graphql(REMOVE, { id }, user.headers);
    expect(removed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Nor the mail choices of someone else's contact.
    const optedOut = await server.graphql(UPDATE, { id, kinds: ['NEWSLETTER'] }, user.headers);
    expect(optedOut.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await contactRow('new@contacts.example.jp')).toMatchObject({
      name: '山田 一郎',
      opted_out_kinds: [],
    });
  });

  it('any user of the organisation may change the mail choices of their own contact, and only those', async () => {
    const org = encodeGlobalID('Organization', orgId);
    const own = await server.graphql(ADD, { org, email: user.email }, orgAdmin.headers);
    const id = expectTypename(own.data?.addContact, 'ContactPayload').contact.id;
    const optedOut = await server.graphql(UPDATE, { id, kinds: ['NEWSLETTER'] }, user.headers);
    expect(
      expectTypename(optedOut.data?.updateContact, 'ContactPayload').contact.optedOutKinds,
    ).toEqual(['NEWSLETTER']);
    const renamed = await server.graphql(UPDATE, { id, name: '自分で 改名' }, user.headers);
    expect(renamed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await contactRow(user.email)).toMatchObject({
      name: '山田 一郎',
      opted_out_kinds: ['NEWSLETTER'],
    });
  });
});
