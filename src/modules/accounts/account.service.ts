/**
 * Account use cases: creating, inviting, disabling and removing users, and ending sessions.
 * Each runs in one transaction with its audit entry; the caller has checked the actor's scope
 * (src/modules/accounts/account-mutations.graphql.ts), the rules on the objects are here.
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import type { AccountRole } from '../../db/tables/accounts.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { isUuid } from '../../lib/uuid.js';
import { queueTransactional } from '../../mail/transactional.js';
import { findVisibleOrganizations } from '../members/organization.repository.js';
import type { Account } from './account.js';
import {
  deleteAccount,
  findAccountByEmail,
  findAccountsByIds,
  findOrganizationName,
  insertAccount,
  setAccountDisabled as writeAccountDisabled,
} from './account.repository.js';
import { invitationMessage } from './invitation-email.js';
import { revokeAllSessions, revokeSession } from './session.repository.js';

/** The signed-in account acting, or an error (callers are scoped to signed-in viewers). */
function signedInAccountId(viewer: Viewer): string {
  if (viewer.kind !== 'MEMBER' && viewer.kind !== 'SECRETARIAT') throw new Error('not signed in');
  return viewer.accountId;
}

/**
 * A secretariat admin, or an organisation admin of `organizationId`. Secretariat staff may not:
 * accounts are the admins' (docs/accounts.md).
 */
export function canManageUsersOf(viewer: Viewer, organizationId: string): boolean {
  return (
    (viewer.kind === 'SECRETARIAT' && viewer.role === 'SECRETARIAT_ADMIN') ||
    (viewer.kind === 'MEMBER' &&
      viewer.isOrganizationAdmin &&
      viewer.organizationId === organizationId)
  );
}

/** Ends the session the actor signed in with; CONFLICT when it has already ended. */
export async function signOut(db: Db, actor: Actor): Promise<{ sessionId: string }> {
  const { viewer } = actor;
  if (viewer.kind !== 'MEMBER' && viewer.kind !== 'SECRETARIAT') throw new Error('not signed in');
  await db.transaction().execute(async (trx) => {
    if (!(await revokeSession(trx, viewer.accountId, viewer.sessionId))) {
      throw new ConflictError('このセッションは既に終了しています（サインアウト済みです）。');
    }
    await recordAudit(trx, actor, {
      action: 'session.revoke',
      targetType: 'Session',
      targetId: viewer.sessionId,
    });
  });
  return { sessionId: viewer.sessionId };
}

/** Ends one of the actor's own sessions (e.g. a lost device). */
export async function revokeOwnSession(
  db: Db,
  actor: Actor,
  input: { sessionId: string },
): Promise<{ sessionId: string }> {
  const accountId = signedInAccountId(actor.viewer);
  const { sessionId } = input;
  await db.transaction().execute(async (trx) => {
    if (!isUuid(sessionId) || !(await revokeSession(trx, accountId, sessionId))) {
      throw new NotFoundError('そのセッションは見つかりません。');
    }
    await recordAudit(trx, actor, {
      action: 'session.revoke',
      targetType: 'Session',
      targetId: sessionId,
    });
  });
  return { sessionId };
}

export interface NewAccountInput {
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  /** Required for MEMBER, refused otherwise. */
  readonly organizationId: string | null;
  readonly isOrganizationAdmin: boolean;
}

/** Creates a secretariat or member account; the address must be new. */
export async function createAccount(
  db: Db,
  actor: Actor,
  input: NewAccountInput,
): Promise<Account> {
  const organizationId = input.role === 'MEMBER' ? input.organizationId : null;
  if (input.role === 'MEMBER' && !organizationId) {
    throw new NotFoundError('MEMBER アカウントには organizationId が必要です。');
  }
  if (input.role !== 'MEMBER' && input.organizationId) {
    throw new ConflictError(
      '事務局アカウントは団体に所属できません（organizationId を外してください）。',
    );
  }
  return db.transaction().execute(async (trx) => {
    // Any status: the secretariat may give an applicant an account (only it creates accounts).
    if (organizationId && (await findOrganizationName(trx, organizationId)) === undefined) {
      throw new NotFoundError('その団体は見つかりません。');
    }
    if (await findAccountByEmail(trx, input.email)) {
      throw new ConflictError('このメールアドレスのアカウントは既にあります。');
    }
    const account = await insertAccount(trx, {
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      organizationId,
      isOrganizationAdmin: organizationId ? input.isOrganizationAdmin : false,
    });
    await recordAudit(trx, actor, {
      action: 'account.create',
      targetType: 'Account',
      targetId: account.id,
      after: account,
    });
    return account;
  });
}

/** Disables an account (ending every session) or enables it again. */
export async function setAccountDisabled(
  db: Db,
  actor: Actor,
  input: { accountId: string; disabled: boolean },
): Promise<Account> {
  const { accountId: id, disabled } = input;
  return db.transaction().execute(async (trx) => {
    const [before] = isUuid(id) ? await findAccountsByIds(trx, [id]) : [];
    if (!before) throw new NotFoundError('そのアカウントは見つかりません。');
    const account = await writeAccountDisabled(trx, id, disabled);
    if (!account) throw new NotFoundError('そのアカウントは見つかりません。');
    if (disabled) await revokeAllSessions(trx, id);
    await recordAudit(trx, actor, {
      action: disabled ? 'account.disable' : 'account.enable',
      targetType: 'Account',
      targetId: id,
      before: { disabled: before.disabledAt !== null },
      after: { disabled },
    });
    return account;
  });
}

/** What the invitation e-mail needs from the configuration. */
export type InvitationConfig = Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>;

/** Adds a user to a member organisation and e-mails them how to sign in. */
export async function inviteOrganizationUser(
  db: Db,
  actor: Actor,
  input: {
    organizationId: string;
    email: string;
    displayName: string;
    isOrganizationAdmin: boolean;
  },
  config: InvitationConfig,
): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    const { organizationId } = input;
    const [organization] = await findVisibleOrganizations(trx, actor.viewer, [organizationId]);
    if (!organization) throw new NotFoundError('その団体は見つかりません。');
    if (await findAccountByEmail(trx, input.email)) {
      throw new ConflictError('このメールアドレスのアカウントは既にあります。');
    }
    const account = await insertAccount(trx, {
      email: input.email,
      displayName: input.displayName,
      role: 'MEMBER',
      organizationId,
      isOrganizationAdmin: input.isOrganizationAdmin,
    });
    await queueTransactional(trx, config, {
      purpose: 'member-invitation',
      to: account.email,
      message: invitationMessage({
        displayName: account.displayName,
        organizationName: organization.name,
        publicUrl: config.publicUrl,
      }),
    });
    await recordAudit(trx, actor, {
      action: 'account.invite',
      targetType: 'Account',
      targetId: account.id,
      after: account,
    });
    return account;
  });
}

/** Removes a user from their organisation (deletes the account). */
export async function removeOrganizationUser(
  db: Db,
  actor: Actor,
  input: { accountId: string },
): Promise<{ accountId: string }> {
  const id = input.accountId;
  return db.transaction().execute(async (trx) => {
    const [account] = isUuid(id) ? await findAccountsByIds(trx, [id]) : [];
    // Not found and not allowed look the same to a member: no probing other organisations.
    if (!account?.organizationId || !canManageUsersOf(actor.viewer, account.organizationId)) {
      throw new NotFoundError('そのユーザーは見つかりません。');
    }
    await deleteAccount(trx, id);
    await recordAudit(trx, actor, {
      action: 'account.remove',
      targetType: 'Account',
      targetId: id,
      before: account,
    });
    return { accountId: id };
  });
}
