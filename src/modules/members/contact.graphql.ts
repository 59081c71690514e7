/** Contacts of an organisation: kept by its own users and the secretariat; never public. */
import { GraphQLError } from 'graphql';
import { sql } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit.js';
import { canSeeOrganizationPrivate, isOrganizationAdminOf } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/create-db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { singleLineText } from '../../lib/single-line.js';
import {
  ContactRef,
  ContactRoleEnum,
  OptOutMailKindEnum,
  OrganizationRef,
} from './organization.graphql.js';
import type { Contact } from './organization.js';
import { contactColumns, findContactsByIds } from './organization.repository.js';

const roles = z.array(z.string()).max(10);
const hiragana = z
  .string()
  .trim()
  .regex(/^[\u3041-\u3096ー・ \u3000]+$/, 'ひらがなで入力してください')
  .max(100);
const phone = z.string().regex(/^[0-9+\-() ]{6,20}$/, '電話番号の形式が正しくありません');

const ContactPayload = builder.objectRef<{ contact: Contact }>('ContactPayload').implement({
  description: 'The contact after the change.',
  fields: (t) => ({
    contact: t.field({ type: ContactRef, description: 'The contact.', resolve: (p) => p.contact }),
  }),
});

const AddInput = builder.inputType('AddContactInput', {
  description: 'A new contact person.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The organisation.',
    }),
    name: t.string({
      required: true,
      description: 'Name (one line: it is written into mail headers).',
      validate: singleLineText(1, 100),
    }),
    nameKana: t.string({ description: 'Reading in hiragana.', validate: hiragana }),
    email: t.field({ type: 'EmailAddress', required: true, description: 'E-mail address.' }),
    phone: t.string({ description: 'Phone number.', validate: phone }),
    roles: t.field({ type: [ContactRoleEnum], description: 'Roles.', validate: roles }),
    isPrimary: t.boolean({ description: 'Make this the primary contact.' }),
  }),
});

const UpdateInput = builder.inputType('UpdateContactInput', {
  description: 'Changes to a contact; omitted fields stay as they are.',
  fields: (t) => ({
    contactId: t.globalID({ required: true, for: ContactRef, description: 'The contact.' }),
    name: t.string({
      description: 'Name (one line: it is written into mail headers).',
      validate: singleLineText(1, 100),
    }),
    nameKana: t.string({ description: 'Reading in hiragana.', validate: hiragana }),
    email: t.field({ type: 'EmailAddress', description: 'E-mail address.' }),
    phone: t.string({ description: 'Phone number.', validate: phone }),
    roles: t.field({
      type: [ContactRoleEnum],
      description: 'Roles (replacing the ones it holds).',
      validate: roles,
    }),
    isPrimary: t.boolean({
      description: 'true makes this the primary contact (the previous one stops being it).',
    }),
    optedOutKinds: t.field({
      type: [OptOutMailKindEnum],
      description: 'Mail kinds this contact declines.',
    }),
  }),
});

const RemoveInput = builder.inputType('RemoveContactInput', {
  description: 'A contact to remove.',
  fields: (t) => ({
    contactId: t.globalID({ required: true, for: ContactRef, description: 'The contact.' }),
  }),
});

const RemovedPayload = builder.objectRef<{ contactId: string }>('RemoveContactPayload').implement({
  description: 'The contact was removed.',
  fields: (t) => ({
    removedContactId: t.globalID({
      description: 'ID of the removed contact (its global ID, as `Contact.id` was).',
      resolve: (p) => ({ type: 'Contact', id: p.contactId }),
    }),
  }),
});

/** Loads a contact the viewer may manage; not found and not allowed look the same. */
async function manageableContact(context: Context, db: Db, contactId: string): Promise<Contact> {
  const [contact] = await findContactsByIds(db, [contactId]);
  if (!contact || !canSeeOrganizationPrivate(context.viewer, contact.organizationId)) {
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
  context: Context,
  db: Db,
  contact: Contact,
  change: { onlyMailChoices: boolean },
): Promise<void> {
  const { viewer } = context;
  if (viewer.kind === 'SECRETARIAT' || isOrganizationAdminOf(viewer, contact.organizationId))
    return;
  if (change.onlyMailChoices && viewer.kind === 'MEMBER') {
    const own = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', viewer.accountId)
      .where(sql`lower(email)`, '=', contact.email.toLowerCase())
      .executeTakeFirst();
    if (own) return;
  }
  throw new GraphQLError('担当者を変更できるのは、団体の管理者と事務局です。', {
    extensions: { code: 'FORBIDDEN' },
  });
}

async function assertEmailFree(db: Db, organizationId: string, email: string, exceptId?: string) {
  const clash = await db
    .selectFrom('contacts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId as string))
    .executeTakeFirst();
  if (clash) throw new ConflictError('このメールアドレスの担当者は既に登録されています。');
}

async function makePrimary(db: Db, contact: { id: string; organizationId: string }) {
  // Two statements: the partial unique index allows one primary per organisation at a time.
  await db
    .updateTable('contacts')
    .set({ is_primary: false })
    .where('organization_id', '=', contact.organizationId)
    .where('is_primary', '=', true)
    .execute();
  await db
    .updateTable('contacts')
    .set({ is_primary: true, updated_at: new Date() })
    .where('id', '=', contact.id)
    .execute();
}

builder.mutationFields((t) => ({
  addContact: t.field({
    description: 'Adds a contact person. The organisation’s admins and the secretariat.',
    type: ContactPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: (_root, args) => ({ organizationAdmin: args.input.organizationId.id }),
    args: { input: t.arg({ type: AddInput, required: true, description: 'The contact.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction().execute(async (trx) => {
        const organizationId = input.organizationId.id;
        const org = await trx
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', organizationId)
          .executeTakeFirst();
        if (!org) throw new NotFoundError('その団体は見つかりません。');
        await assertEmailFree(trx, organizationId, input.email);
        const hasPrimary = await trx
          .selectFrom('contacts')
          .select('id')
          .where('organization_id', '=', organizationId)
          .where('is_primary', '=', true)
          .executeTakeFirst();
        const inserted = await trx
          .insertInto('contacts')
          .values({
            organization_id: organizationId,
            name: input.name,
            name_kana: input.nameKana ?? null,
            email: input.email,
            phone: input.phone ?? null,
            roles: input.roles ?? [],
            is_primary: !hasPrimary,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (input.isPrimary && hasPrimary)
          await makePrimary(trx, { id: inserted.id, organizationId });
        const [contact] = await findContactsByIds(trx, [inserted.id]);
        if (!contact) throw new Error('contact vanished');
        await recordAudit(trx, context, {
          action: 'contact.add',
          targetType: 'Contact',
          targetId: contact.id,
          after: contact,
        });
        return { contact };
      }),
  }),
  updateContact: t.field({
    description:
      'Changes a contact person, their primary flag or their mail preferences. The organisation’s admins and the secretariat; any user of the organisation may change the mail preferences (`optedOutKinds`) of their own contact.',
    type: ContactPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateInput, required: true, description: 'The change.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction().execute(async (trx) => {
        const before = await manageableContact(context, trx, input.contactId.id);
        const { contactId: _id, optedOutKinds: _kinds, ...otherChanges } = input;
        await assertMayChangeContact(context, trx, before, {
          onlyMailChoices: Object.values(otherChanges).every((value) => value == null),
        });
        if (input.email) await assertEmailFree(trx, before.organizationId, input.email, before.id);
        if (input.isPrimary === false && before.isPrimary) {
          throw new ValidationFailedError('主担当を外すには、別の担当者を主担当にしてください。', [
            { path: ['input', 'isPrimary'], message: '別の担当者を主担当にしてください。' },
          ]);
        }
        await trx
          .updateTable('contacts')
          .set({
            ...(input.name != null ? { name: input.name } : {}),
            ...(input.nameKana !== undefined ? { name_kana: input.nameKana } : {}),
            ...(input.email != null ? { email: input.email } : {}),
            ...(input.phone !== undefined ? { phone: input.phone } : {}),
            ...(input.roles != null ? { roles: input.roles } : {}),
            ...(input.optedOutKinds != null ? { opted_out_kinds: input.optedOutKinds } : {}),
            updated_at: new Date(),
          })
          .where('id', '=', before.id)
          .execute();
        if (input.isPrimary && !before.isPrimary) await makePrimary(trx, before);
        const after = await trx
          .selectFrom('contacts')
          .select(contactColumns)
          .where('id', '=', before.id)
          .executeTakeFirstOrThrow();
        await recordAudit(trx, context, {
          action: 'contact.update',
          targetType: 'Contact',
          targetId: before.id,
          before,
          after,
        });
        return { contact: after };
      }),
  }),
  removeContact: t.field({
    description:
      'Removes a contact person (not the primary one). The organisation’s admins and the secretariat.',
    type: RemovedPayload,
    errors: { types: [NotFoundError, ValidationFailedError] },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RemoveInput, required: true, description: 'The contact.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction().execute(async (trx) => {
        const contact = await manageableContact(context, trx, input.contactId.id);
        await assertMayChangeContact(context, trx, contact, { onlyMailChoices: false });
        if (contact.isPrimary) {
          throw new ValidationFailedError(
            '主担当は削除できません。先に別の担当者を主担当にしてください。',
            [{ path: ['input', 'contactId'], message: '主担当の担当者です。' }],
          );
        }
        await trx.deleteFrom('contacts').where('id', '=', contact.id).execute();
        await recordAudit(trx, context, {
          action: 'contact.remove',
          targetType: 'Contact',
          targetId: contact.id,
          before: contact,
        });
        return { contactId: contact.id };
      }),
  }),
}));

builder.objectField(OrganizationRef, 'contactCount', (t) =>
  t.loadable({
    type: 'Int',
    description: 'Number of contact people. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    load: async (ids: string[], { db }) => {
      const rows = await db
        .selectFrom('contacts')
        .select(['organization_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('organization_id', 'in', ids)
        .groupBy('organization_id')
        .execute();
      const counts = new Map(rows.map((r) => [r.organization_id, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    },
    resolve: (o) => o.id,
  }),
);
