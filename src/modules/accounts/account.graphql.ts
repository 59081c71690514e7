/**
 * GraphQL of accounts: the Account type, the viewer, sessions and API keys as read, the queries
 * that read them, and an organisation's users. The mutations are in
 * ./account-mutations.graphql.ts.
 */
import { isSecretariat, type Viewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { isUuid } from '../../lib/uuid.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import type { Account, ApiKey, Session } from './account.js';
import { countAccounts, findAccountsByIds, listAccounts } from './account.repository.js';
import { listApiKeys } from './api-key.repository.js';
import { listLiveSessions } from './session.repository.js';

/** Who may read an account: the secretariat, the account itself, its organisation's users. */
function canSeeAccount(viewer: Viewer, account: Account): boolean {
  if (isSecretariat(viewer)) return true;
  if (viewer.kind !== 'MEMBER') return false;
  return viewer.accountId === account.id || viewer.organizationId === account.organizationId;
}

export const AccountRef = builder.loadableNodeRef('Account', {
  id: { resolve: (account: Account) => account.id },
  load: async (ids: string[], context: Context) => {
    const found = new Map(
      (await findAccountsByIds(context.db, ids.filter(isUuid))).map((a) => [a.id, a]),
    );
    return ids.map((id) => {
      const account = found.get(id);
      return account && canSeeAccount(context.viewer, account) ? account : null;
    });
  },
  sort: (account: Account) => account.id,
});

export const AccountRoleEnum = builder.enumType('AccountRole', {
  description: 'What an account may do.',
  values: {
    SECRETARIAT_ADMIN: {
      description: 'Secretariat (事務局) administrator: also accounts and API keys.',
    },
    SECRETARIAT_STAFF: { description: 'Secretariat (事務局) staff: everything operational.' },
    MEMBER: { description: 'A user of one member organisation.' },
  } as const,
});

AccountRef.implement({
  description: 'A person who signs in: secretariat staff or a member organisation’s user.',
  fields: (t) => ({
    email: t.expose('email', {
      type: 'EmailAddress',
      description: 'Sign-in address.',
    }),
    displayName: t.exposeString('displayName', { description: 'Name shown in the service.' }),
    role: t.expose('role', { type: AccountRoleEnum, description: 'Role.' }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organisation a MEMBER account belongs to.',
      resolve: (a) => a.organizationId,
    }),
    isOrganizationAdmin: t.exposeBoolean('isOrganizationAdmin', {
      description: 'May invite and remove the organisation’s other users.',
    }),
    disabled: t.boolean({ description: 'Cannot sign in.', resolve: (a) => a.disabledAt !== null }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Created.' }),
    lastSignInAt: t.expose('lastSignInAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last successful sign-in.',
    }),
  }),
});

const SessionRef = builder.objectRef<Session & { current: boolean }>('Session').implement({
  description: 'A signed-in browser or client of the current account.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Session id (for revokeSession).' }),
    current: t.exposeBoolean('current', { description: 'The session making this request.' }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'Signed in at.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'Expires at.',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      description: 'Last used (to the minute).',
    }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'Browser or client.' }),
    clientIp: t.exposeString('clientIp', {
      nullable: true,
      description: 'Address it signed in from.',
    }),
  }),
});

export const ApiKeyRef = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'A partner site’s read-only API key. The secret is shown once, at creation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Public id (the part after `tsu_live_`).' }),
    name: t.exposeString('name', { description: 'Who the key is for.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Created.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Expiry, if any.',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Revoked at, if revoked.',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last used (to the minute).',
    }),
  }),
});

const ViewerKindEnum = builder.enumType('ViewerKind', {
  description: 'How the caller is identified.',
  values: {
    ANONYMOUS: { description: 'No credentials.' },
    PARTNER: { description: 'A partner API key.' },
    MEMBER: { description: 'A member organisation’s user.' },
    SECRETARIAT: { description: 'Secretariat staff.' },
  } as const,
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The caller of this request.',
  fields: (t) => ({
    kind: t.expose('kind', {
      type: ViewerKindEnum,
      description: 'How the caller is identified.',
    }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: 'The signed-in account, if any.',
      resolve: (v) => (v.kind === 'MEMBER' || v.kind === 'SECRETARIAT' ? v.accountId : null),
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The member user’s organisation, if any.',
      resolve: (v) => (v.kind === 'MEMBER' ? v.organizationId : null),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    description: 'Who you are in this request.',
    type: ViewerRef,
    resolve: (_root, _args, { viewer }) => viewer,
  }),
  mySessions: t.field({
    description: 'Your live sessions (signed-in browsers and clients).',
    type: [SessionRef],
    authScopes: { signedIn: true },
    resolve: async (_root, _args, { db, viewer }) => {
      if (viewer.kind !== 'MEMBER' && viewer.kind !== 'SECRETARIAT') return [];
      const sessions = await listLiveSessions(db, viewer.accountId);
      return sessions.map((s) => ({ ...s, current: s.id === viewer.sessionId }));
    },
  }),
  accounts: t.connection({
    description: 'All accounts. Secretariat admin only.',
    type: AccountRef,
    authScopes: { secretariatAdmin: true },
    args: {
      organizationId: t.arg.globalID({
        for: OrganizationRef,
        description: 'Only this organisation’s users.',
      }),
      role: t.arg({ type: AccountRoleEnum, description: 'Only this role.' }),
    },
    resolve: (_root, args, { db }) => {
      const filter = { organizationId: args.organizationId?.id ?? null, role: args.role ?? null };
      return offsetConnection(
        args,
        (page) => listAccounts(db, filter, page),
        () => countAccounts(db, filter),
      );
    },
  }),
  apiKeys: t.field({
    description: 'Partner API keys, newest first. Secretariat admin only.',
    type: [ApiKeyRef],
    authScopes: { secretariatAdmin: true },
    resolve: (_root, _args, { db }) => listApiKeys(db),
  }),
}));

builder.objectField(OrganizationRef, 'users', (t) =>
  t.field({
    type: [AccountRef],
    description: 'The organisation’s user accounts. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    resolve: (o, _args, { db }) =>
      listAccounts(db, { organizationId: o.id }, { limit: 100, offset: 0 }),
  }),
);
