/**
 * Mutations of accounts: signing in by link, signing out and revoking sessions, creating and
 * disabling accounts, inviting and removing an organisation's users, and API keys.
 */
import { z } from 'zod';
import {
  ConflictError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
} from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { singleLineText } from '../../lib/single-line.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import { AccountRef, AccountRoleEnum, ApiKeyRef } from './account.graphql.js';
import type { Account, ApiKey, Session } from './account.js';
import {
  canManageUsersOf,
  createAccount,
  inviteOrganizationUser,
  removeOrganizationUser,
  revokeOwnSession,
  setAccountDisabled,
  signOut,
} from './account.service.js';
import { issueApiKey, revokeApiKey } from './api-key.service.js';
import { redeemSignInToken, requestSignInLink } from './sign-in.js';
import { SIGN_IN_REQUESTED_MESSAGE } from './sign-in-messages.js';

// ---- mutations -------------------------------------------------------------------------------

const RequestSignInLinkInput = builder.inputType('RequestSignInLinkInput', {
  description: 'Where to send a sign-in link.',
  fields: (t) => ({
    email: t.field({
      type: 'EmailAddress',
      required: true,
      description: 'Your registered address.',
    }),
  }),
});

const RequestSignInLinkPayload = builder
  .objectRef<{ message: string }>('RequestSignInLinkPayload')
  .implement({
    description: 'The same answer whether or not the address has an account.',
    fields: (t) => ({ message: t.exposeString('message', { description: 'What happens next.' }) }),
  });

const RedeemSignInLinkInput = builder.inputType('RedeemSignInLinkInput', {
  description: 'The token from a sign-in link.',
  fields: (t) => ({
    token: t.string({
      required: true,
      description: 'The `token` parameter of the link.',
      validate: z.string().max(200),
    }),
  }),
});

const RedeemSignInLinkPayload = builder
  .objectRef<{ sessionToken: string; session: Session; account: Account }>(
    'RedeemSignInLinkPayload',
  )
  .implement({
    description: 'A new session.',
    fields: (t) => ({
      sessionToken: t.exposeString('sessionToken', {
        description: 'Bearer token for `Authorization: Bearer …`. Shown once; keep it secret.',
      }),
      expiresAt: t.field({
        type: 'DateTime',
        description: 'When the session ends.',
        resolve: (p) => p.session.expiresAt,
      }),
      account: t.expose('account', {
        type: AccountRef,
        description: 'The signed-in account.',
      }),
    }),
  });

const SignOutPayload = builder.objectRef<{ sessionId: string }>('SignOutPayload').implement({
  description: 'The session was ended.',
  fields: (t) => ({
    revokedSessionId: t.exposeID('sessionId', { description: 'The ended session.' }),
  }),
});

const RevokeSessionInput = builder.inputType('RevokeSessionInput', {
  description: 'A session of yours to end.',
  fields: (t) => ({ sessionId: t.id({ required: true, description: 'From `mySessions`.' }) }),
});

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  description: 'A new account.',
  fields: (t) => ({
    email: t.field({ type: 'EmailAddress', required: true, description: 'Sign-in address.' }),
    displayName: t.string({
      required: true,
      description: 'Name shown in the service.',
      validate: singleLineText(1, 100),
    }),
    role: t.field({ type: AccountRoleEnum, required: true, description: 'Role.' }),
    organizationId: t.globalID({
      for: OrganizationRef,
      description: 'Required for MEMBER accounts.',
    }),
    isOrganizationAdmin: t.boolean({
      description: 'For MEMBER accounts: may manage the organisation’s users.',
    }),
  }),
});

const AccountPayload = builder.objectRef<{ account: Account }>('AccountPayload').implement({
  description: 'The account after the change.',
  fields: (t) => ({
    account: t.expose('account', { type: AccountRef, description: 'The account.' }),
  }),
});

const SetAccountDisabledInput = builder.inputType('SetAccountDisabledInput', {
  description: 'Disable or re-enable an account.',
  fields: (t) => ({
    accountId: t.globalID({ required: true, for: AccountRef, description: 'The account.' }),
    disabled: t.boolean({ required: true, description: 'true to disable (ends its sessions).' }),
  }),
});

const InviteOrganizationUserInput = builder.inputType('InviteOrganizationUserInput', {
  description: 'A new user for a member organisation.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The organisation.',
    }),
    email: t.field({
      type: 'EmailAddress',
      required: true,
      description: 'The new user’s address.',
    }),
    displayName: t.string({
      required: true,
      description: 'The new user’s name.',
      validate: singleLineText(1, 100),
    }),
    isOrganizationAdmin: t.boolean({ description: 'May manage the organisation’s users too.' }),
  }),
});

const RemoveOrganizationUserInput = builder.inputType('RemoveOrganizationUserInput', {
  description: 'A user to remove from their organisation.',
  fields: (t) => ({
    accountId: t.globalID({ required: true, for: AccountRef, description: 'The account.' }),
  }),
});

const RemovedAccountPayload = builder
  .objectRef<{ accountId: string }>('RemoveOrganizationUserPayload')
  .implement({
    description: 'The account was removed.',
    fields: (t) => ({
      removedAccountId: t.globalID({
        description: 'ID of the removed account (its global ID, as `Account.id` was).',
        resolve: (p) => ({ type: 'Account', id: p.accountId }),
      }),
    }),
  });

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new partner API key.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'Who it is for, e.g. ○○県官民連携プラットフォーム.',
      validate: z.string().trim().min(1).max(200),
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'Optional expiry; must be in the future.',
    }),
  }),
});

const CreateApiKeyPayload = builder
  .objectRef<{ apiKey: ApiKey; key: string }>('CreateApiKeyPayload')
  .implement({
    description: 'The new key. `key` is shown only now.',
    fields: (t) => ({
      apiKey: t.expose('apiKey', {
        type: ApiKeyRef,
        description: 'The key’s record.',
      }),
      key: t.exposeString('key', {
        description: 'The full key `tsu_live_<id>_<secret>`; not retrievable later.',
      }),
    }),
  });

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'A key to revoke.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The key’s id.' }) }),
});

const ApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>('ApiKeyPayload').implement({
  description: 'The key after the change.',
  fields: (t) => ({
    apiKey: t.expose('apiKey', { type: ApiKeyRef, description: 'The key.' }),
  }),
});

builder.mutationFields((t) => ({
  requestSignInLink: t.field({
    description:
      'E-mails a single-use sign-in link (valid 15 minutes) if the address has an account. The answer is the same either way.',
    type: RequestSignInLinkPayload,
    errors: { types: [RateLimitedError] },
    args: {
      input: t.arg({ type: RequestSignInLinkInput, required: true, description: 'The address.' }),
    },
    authScopes: { public: true },
    resolve: async (_root, { input }, context) => {
      await requestSignInLink(
        context.db,
        context,
        { email: input.email, clientIp: context.clientIp },
        context.config,
        context.secretKey,
      );
      return { message: SIGN_IN_REQUESTED_MESSAGE };
    },
  }),
  redeemSignInLink: t.field({
    description:
      'Exchanges a sign-in link’s token for a session token (for API clients; browsers use the link’s page).',
    type: RedeemSignInLinkPayload,
    errors: { types: [InvalidTokenError] },
    args: {
      input: t.arg({ type: RedeemSignInLinkInput, required: true, description: 'The token.' }),
    },
    authScopes: { public: true },
    resolve: async (_root, { input }, context) => {
      const { token, session, account } = await redeemSignInToken(
        context.db,
        context,
        { token: input.token, clientIp: context.clientIp, userAgent: context.userAgent },
        context.config,
      );
      return { sessionToken: token, session, account };
    },
  }),
  signOut: t.field({
    description:
      'Ends the session making this request. CONFLICT when it has already ended (signed out at the same moment elsewhere, e.g. in another tab).',
    type: SignOutPayload,
    errors: { types: [ConflictError] },
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => signOut(context.db, context),
  }),
  revokeSession: t.field({
    description: 'Ends one of your sessions (e.g. a lost device).',
    type: SignOutPayload,
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: RevokeSessionInput, required: true, description: 'The session.' }),
    },
    resolve: (_root, { input }, context) =>
      revokeOwnSession(context.db, context, { sessionId: String(input.sessionId) }),
  }),
  createAccount: t.field({
    description: 'Creates an account (secretariat or member user). Secretariat admin only.',
    type: AccountPayload,
    errors: { types: [ConflictError, NotFoundError] },
    authScopes: { secretariatAdmin: true },
    args: {
      input: t.arg({ type: CreateAccountInput, required: true, description: 'The account.' }),
    },
    resolve: async (_root, { input }, context) => ({
      account: await createAccount(context.db, context, {
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        organizationId: input.organizationId?.id ?? null,
        isOrganizationAdmin: input.isOrganizationAdmin ?? false,
      }),
    }),
  }),
  setAccountDisabled: t.field({
    description:
      'Disables (ending every session) or re-enables an account. Secretariat admin only.',
    type: AccountPayload,
    errors: { types: [NotFoundError] },
    authScopes: { secretariatAdmin: true },
    args: {
      input: t.arg({ type: SetAccountDisabledInput, required: true, description: 'The change.' }),
    },
    resolve: async (_root, { input }, context) => ({
      account: await setAccountDisabled(context.db, context, {
        accountId: input.accountId.id,
        disabled: input.disabled,
      }),
    }),
  }),
  inviteOrganizationUser: t.field({
    description:
      'Adds a user to a member organisation and e-mails them how to sign in. The organisation’s admins and secretariat admins.',
    type: AccountPayload,
    errors: { types: [ConflictError, NotFoundError] },
    args: {
      input: t.arg({
        type: InviteOrganizationUserInput,
        required: true,
        description: 'The new user.',
      }),
    },
    authScopes: (_root, args, context) =>
      canManageUsersOf(context.viewer, args.input.organizationId.id)
        ? { signedIn: true }
        : { secretariatAdmin: true },
    resolve: async (_root, { input }, context) => ({
      account: await inviteOrganizationUser(
        context.db,
        context,
        {
          organizationId: input.organizationId.id,
          email: input.email,
          displayName: input.displayName,
          isOrganizationAdmin: input.isOrganizationAdmin ?? false,
        },
        context.config,
      ),
    }),
  }),
  removeOrganizationUser: t.field({
    description:
      'Removes a user from their organisation (deletes the account). The organisation’s admins and secretariat admins.',
    type: RemovedAccountPayload,
    errors: { types: [NotFoundError] },
    args: {
      input: t.arg({ type: RemoveOrganizationUserInput, required: true, description: 'The user.' }),
    },
    // Secretariat staff are refused outright; a member user is checked against the account below.
    authScopes: (_root, _args, context) =>
      context.viewer.kind === 'SECRETARIAT' ? { secretariatAdmin: true } : { signedIn: true },
    resolve: (_root, { input }, context) =>
      removeOrganizationUser(context.db, context, { accountId: input.accountId.id }),
  }),
  createApiKey: t.field({
    description:
      'Creates a read-only partner API key; the key is shown once. VALIDATION_FAILED when `expiresAt` is not in the future. Secretariat admin only.',
    type: CreateApiKeyPayload,
    errors: { types: [ValidationFailedError] },
    authScopes: { secretariatAdmin: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key.' }) },
    resolve: (_root, { input }, context) =>
      issueApiKey(context.db, context, { name: input.name, expiresAt: input.expiresAt ?? null }),
  }),
  revokeApiKey: t.field({
    description: 'Revokes a partner API key at once. Secretariat admin only.',
    type: ApiKeyPayload,
    errors: { types: [NotFoundError] },
    authScopes: { secretariatAdmin: true },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key.' }) },
    resolve: async (_root, { input }, context) => ({
      apiKey: await revokeApiKey(context.db, context, { id: String(input.id) }),
    }),
  }),
}));
