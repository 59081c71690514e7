/**
 * One kind of ID for people, both accepted everywhere (issue 19): the API, its URLs and the
 * CLI show global IDs; every argument or input field that names an object of a known type takes
 * its global ID or its raw UUID; an ID of another type is refused in Japanese, naming the field.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { ID_TYPE_NAMES } from '../../src/lib/global-id.js';
import { sampleNotice } from '../../src/mail/render/samples.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let member: TestUser;
let organizationId: string;
let mailingId: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  const organization = await database.db
    .selectFrom('organizations')
    .select('id')
    .where('status', '=', 'ACTIVE')
    .orderBy('name_kana')
    .executeTakeFirstOrThrow();
  organizationId = organization.id;
  staff = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  member = await createUser(database.db, {
    role: 'MEMBER',
    organizationId,
    isOrganizationAdmin: true,
  });
  const created = await server.graphql(
    CREATE_MAILING,
    {
      input: {
        kind: 'NOTICE',
        contentJson: JSON.stringify({ ...sampleNotice, reply: undefined }),
        audience: { includeOrganizations: [organizationId], contacts: { selection: 'ALL' } },
      },
    },
    staff.headers,
  );
  const id = created.data?.createMailing.mailing?.id;
  if (!id) throw new Error(`no mailing: ${JSON.stringify(created)}`);
  mailingId = Buffer.from(id, 'base64')
    .toString()
    .replace(/^Mailing:/, '');
});

const nodeTypes = Object.values(schema.getTypeMap())
  .filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
  )
  .map((type) => type.name)
  .sort();

const CREATE_MAILING = graphql(`
  mutation IdsCreateMailing($input: CreateMailingInput!) { createMailing(input: $input) {
      ... on MailingPayload { mailing { id } } } }
`);

const UPDATE_ORGANIZATION_PROFILE = graphql(`
  mutation IdsUpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {
          updateOrganizationProfile(input: $input) { __typename } }
`);

const ADD_CONTACT = graphql(`
  mutation IdsAddContact($input: AddContactInput!) { addContact(input: $input) {
        ... on ContactPayload { contact { id } } } }
`);

const REMOVE_CONTACT = graphql(`
  mutation IdsRemoveContact($input: RemoveContactInput!) { removeContact(input: $input) {
        ... on RemoveContactPayload { removedContactId } } }
`);

describe('the two spellings of an ID', () => {
  it('every type with a global ID has a Japanese name for messages', () => {
    expect(Object.keys(ID_TYPE_NAMES).sort()).toEqual(nodeTypes);
  });

  it('every ID argument and input field takes both spellings (or is an id of its own kind)', () => {
    // Ids of objects that have no global ID: shown and taken as they are.
    const ownIds = new Set([
      'DecideProfileChangeInput.requestId',
      'WithdrawProfileChangeInput.requestId',
      'DecideWorkingGroupRequestInput.requestId',
      'RevokeSessionInput.sessionId',
      'RevokeApiKeyInput.id',
    ]);
    const unmarked: string[] = [];
    const check = (
      owner: string,
      field: GraphQLInputField | GraphQLField<unknown, unknown>['args'][number],
    ) => {
      if (getNamedType(field.type).name !== 'ID') return;
      const name = `${owner}.${field.name}`;
      if (!field.extensions?.tsunagariIdFor && !ownIds.has(name)) unmarked.push(name);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(type.name, field);
      } else if (isObjectType(type) && !type.name.startsWith('__')) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) check(`${type.name}.${field.name}`, arg);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('an argument takes the global ID or the UUID; the preview URL shows the global ID', async () => {
    const global = encodeGlobalID('Mailing', mailingId);
    const query = graphql(`
      query IdsMailing($id: ID!) { mailing(id: $id) { id previewUrl } }
    `);
    const byGlobal = await server.graphql(query, { id: global }, staff.headers);
    const byUuid = await server.graphql(query, { id: mailingId.toUpperCase() }, staff.headers);
    expect(byGlobal.errors).toBeUndefined();
    expect(byUuid.data).toEqual(byGlobal.data);
    const previewUrl = byGlobal.data?.mailing?.previewUrl ?? '';
    expect(previewUrl).toBe(
      `${new URL(previewUrl).origin}/mailings/${encodeURIComponent(global)}/preview`,
    );
    expect(previewUrl).not.toContain(mailingId);

    // The preview opens by either spelling; an ID of another type names no mailing.
    const open = (id: string) =>
      fetch(`${server.url}/mailings/${id}/preview`, { headers: staff.headers });
    expect((await open(encodeURIComponent(global))).status).toBe(200);
    expect((await open(mailingId)).status).toBe(200);
    expect((await open(encodeURIComponent(encodeGlobalID('File', mailingId)))).status).toBe(404);
  });

  it('an input field takes the UUID, and refuses a global ID of another type in Japanese, at its path', async () => {
    const version = async () =>
      (
        await database.db
          .selectFrom('organizations')
          .select('version')
          .where('id', '=', organizationId)
          .executeTakeFirstOrThrow()
      ).version;
    const update = (id: string, expectedVersion: number) =>
      server.graphql(
        UPDATE_ORGANIZATION_PROFILE,
        { input: { organizationId: id, expectedVersion, description: 'UUID で更新' } },
        member.headers,
      );
    const ok = await update(organizationId, await version());
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateOrganizationProfile.__typename).toBe('UpdateOrganizationProfilePayload');

    const wrong = encodeGlobalID('Mailing', mailingId);
    const refused = await update(wrong, await version());
    expect(refused.data).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: `「${wrong}」はメール（Mailing）の ID です。ここには団体（Organization）の ID を指定してください。`,
        extensions: {
          code: 'BAD_USER_INPUT',
          problems: [
            {
              path: ['input', 'organizationId'],
              message: `「${wrong}」はメール（Mailing）の ID です。ここには団体（Organization）の ID を指定してください。`,
            },
          ],
        },
      }),
    ]);
    const garbled = await update('12345', await version());
    expect(garbled.errors?.[0]?.message).toBe(
      '「12345」は団体（Organization）の ID ではありません。API が返した id（グローバル ID）か UUID を指定してください。',
    );
  });

  it('a removed contact is answered by its global ID, like Contact.id', async () => {
    const added = await server.graphql(
      ADD_CONTACT,
      {
        input: {
          organizationId: encodeGlobalID('Organization', organizationId),
          name: '削除 予定',
          email: 'remove-me@ids.example.jp',
        },
      },
      member.headers,
    );
    const contactId = added.data?.addContact.contact?.id ?? '';
    expect(contactId).not.toBe('');
    const uuid = Buffer.from(contactId, 'base64')
      .toString()
      .replace(/^Contact:/, '');
    const removed = await server.graphql(
      REMOVE_CONTACT,
      { input: { contactId: uuid } },
      member.headers,
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeContact.removedContactId).toBe(contactId);
  });

  it('the audit trail shows global IDs and is searched by either spelling', async () => {
    const query = graphql(`
      query IdsAuditEvents($id: String!) { auditEvents(first: 50, targetId: $id) {
      edges { node { action actorId targetType targetId } } } }
    `);
    const global = encodeGlobalID('Organization', organizationId);
    const byGlobal = await server.graphql(query, { id: global }, staff.headers);
    const byUuid = await server.graphql(query, { id: organizationId }, staff.headers);
    expect(byGlobal.errors).toBeUndefined();
    expect(byUuid.data).toEqual(byGlobal.data);
    const update = byGlobal.data?.auditEvents.edges
      .map((e) => e.node)
      .find((e) => e.action === 'organization.updateProfile');
    expect(update).toEqual({
      action: 'organization.updateProfile',
      actorId: encodeGlobalID('Account', member.accountId),
      targetType: 'Organization',
      targetId: global,
    });
  });
});
