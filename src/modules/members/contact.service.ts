/**
 * Contact people of an organisation: added, changed and removed by its admins and the
 * secretariat; any user of the organisation may change their own contact's mail choices.
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { canSeeOrganizationPrivate, isOrganizationAdminOf } from '../../auth/viewer.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import {
  accountHasEmail,
  contactEmailTaken,
  deleteContact,
  findContactsByIds,
  hasPrimaryContact,
  insertContact,
  makePrimaryContact,
  organizationExists,
  updateContact as updateContactRow,
} from './contact.repository.js';
import type { Contact } from './organization.js';

/**
 * The actor may see the contact but not change it. Not a domain error of the API's payloads:
 * the GraphQL door answers it as FORBIDDEN, like its other rights checks.
 */
export class ContactChangeForbiddenError extends Error {
  override name = 'ContactChangeForbiddenError';
  constructor() {
    super('担当者を変更できるのは、団体の管理者と事務局です。');
  }
}

export interface AddContactInput {
  readonly organizationId: string;
  readonly name: string;
  readonly nameKana?: string | null;
  readonly email: string;
  readonly phone?: string | null;
  readonly roles?: readonly string[] | null;
  readonly isPrimary?: boolean | null;
}

export interface UpdateContactInput {
  readonly contactId: string;
  readonly name?: string | null;
  /** null clears the reading; undefined leaves it. */
  readonly nameKana?: string | null;
  readonly email?: string | null;
  /** null clears the phone number; undefined leaves it. */
  readonly phone?: string | null;
  readonly roles?: readonly string[] | null;
  readonly isPrimary?: boolean | null;
  readonly optedOutKinds?: readonly string[] | null;
}

/** Loads a contact the actor may manage; not found and not allowed look the same. */
async function manageableContact(db: Db, actor: Actor, contactId: string): Promise<Contact> {
  const [contact] = await findContactsByIds(db, [contactId]);
  if (!contact || !canSeeOrganizationPrivate(actor.viewer, contact.organizationId)) {
    throw new NotFoundError('その担当者は見つかりません。');
  }
  return contact;
}

/**
 * Contacts are the organisation admin's (and the secretariat's) to change. Any user of the
 * organisation may change only their own contact's mail choices, as the e-mail preferences
 * page lets each recipient do.
 */
async function assertMayChangeContact(
  db: Db,
  actor: Actor,
  contact: Contact,
  change: { onlyMailChoices: boolean },
): Promise<void> {
  const { viewer } = actor;
  if (viewer.kind === 'SECRETARIAT' || isOrganizationAdminOf(viewer, contact.organizationId)) {
    return;
  }
  if (
    change.onlyMailChoices &&
    viewer.kind === 'MEMBER' &&
    (await accountHasEmail(db, viewer.accountId, contact.email))
  ) {
    return;
  }
  throw new ContactChangeForbiddenError();
}

async function assertEmailFree(db: Db, organizationId: string, email: string, exceptId?: string) {
  if (await contactEmailTaken(db, organizationId, email, exceptId)) {
    throw new ConflictError('このメールアドレスの担当者は既に登録されています。');
  }
}

/** Adds a contact; the first one of an organisation becomes its primary contact. */
export async function addContact(db: Db, actor: Actor, input: AddContactInput): Promise<Contact> {
  const { organizationId } = input;
  if (actor.viewer.kind !== 'SECRETARIAT' && !isOrganizationAdminOf(actor.viewer, organizationId)) {
    throw new ContactChangeForbiddenError();
  }
  return db.transaction().execute(async (trx) => {
    if (!(await organizationExists(trx, organizationId))) {
      throw new NotFoundError('その団体は見つかりません。');
    }
    await assertEmailFree(trx, organizationId, input.email);
    const hasPrimary = await hasPrimaryContact(trx, organizationId);
    const id = await insertContact(trx, organizationId, {
      name: input.name,
      nameKana: input.nameKana ?? null,
      email: input.email,
      phone: input.phone ?? null,
      roles: input.roles ?? [],
      isPrimary: !hasPrimary,
    });
    if (input.isPrimary && hasPrimary) await makePrimaryContact(trx, { id, organizationId });
    const [contact] = await findContactsByIds(trx, [id]);
    if (!contact) throw new Error('contact vanished');
    await recordAudit(trx, actor, {
      action: 'contact.add',
      targetType: 'Contact',
      targetId: contact.id,
      after: contact,
    });
    return contact;
  });
}

export async function updateContact(
  db: Db,
  actor: Actor,
  input: UpdateContactInput,
): Promise<Contact> {
  return db.transaction().execute(async (trx) => {
    const before = await manageableContact(trx, actor, input.contactId);
    const { contactId: _id, optedOutKinds: _kinds, ...otherChanges } = input;
    await assertMayChangeContact(trx, actor, before, {
      onlyMailChoices: Object.values(otherChanges).every((value) => value == null),
    });
    if (input.email) await assertEmailFree(trx, before.organizationId, input.email, before.id);
    if (input.isPrimary === false && before.isPrimary) {
      throw new ValidationFailedError('主担当を外すには、別の担当者を主担当にしてください。', [
        { path: ['input', 'isPrimary'], message: '別の担当者を主担当にしてください。' },
      ]);
    }
    await updateContactRow(trx, before.id, {
      ...(input.name != null ? { name: input.name } : {}),
      ...(input.nameKana !== undefined ? { nameKana: input.nameKana } : {}),
      ...(input.email != null ? { email: input.email } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.roles != null ? { roles: input.roles } : {}),
      ...(input.optedOutKinds != null ? { optedOutKinds: input.optedOutKinds } : {}),
    });
    if (input.isPrimary && !before.isPrimary) await makePrimaryContact(trx, before);
    const [after] = await findContactsByIds(trx, [before.id]);
    if (!after) throw new Error('contact vanished');
    await recordAudit(trx, actor, {
      action: 'contact.update',
      targetType: 'Contact',
      targetId: before.id,
      before,
      after,
    });
    return after;
  });
}

/** Removes a contact that is not the primary one; returns its id. */
export async function removeContact(
  db: Db,
  actor: Actor,
  input: { contactId: string },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const contact = await manageableContact(trx, actor, input.contactId);
    await assertMayChangeContact(trx, actor, contact, { onlyMailChoices: false });
    if (contact.isPrimary) {
      throw new ValidationFailedError(
        '主担当は削除できません。先に別の担当者を主担当にしてください。',
        [{ path: ['input', 'contactId'], message: '主担当の担当者です。' }],
      );
    }
    await deleteContact(trx, contact.id);
    await recordAudit(trx, actor, {
      action: 'contact.remove',
      targetType: 'Contact',
      targetId: contact.id,
      before: contact,
    });
    return contact.id;
  });
}
