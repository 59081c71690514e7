/** Contacts of an organisation: kept by its own users and the secretariat; never public. */
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { countContactsOfOrganizations } from './contact.repository.js';
import {
  addContact,
  ContactChangeForbiddenError,
  removeContact,
  updateContact,
} from './contact.service.js';
import {
  ContactRef,
  ContactRoleEnum,
  OptOutMailKindEnum,
  OrganizationRef,
} from './organization.graphql.js';
import type { Contact } from './organization.js';
import { personName, personReading, phone, ruleSchema } from './rules.js';

const roles = z.array(z.string()).max(10);
const ContactPayload = builder.objectRef<{ contact: Contact }>('ContactPayload').implement({
  description: 'The contact after the change.',
  fields: (t) => ({
    contact: t.expose('contact', { type: ContactRef, description: 'The contact.' }),
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
      validate: ruleSchema(personName),
    }),
    nameKana: t.string({
      description: 'Reading in hiragana.',
      validate: ruleSchema(personReading),
    }),
    email: t.field({ type: 'EmailAddress', required: true, description: 'E-mail address.' }),
    phone: t.string({ description: 'Phone number.', validate: ruleSchema(phone) }),
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
      validate: ruleSchema(personName),
    }),
    nameKana: t.string({
      description: 'Reading in hiragana.',
      validate: ruleSchema(personReading),
    }),
    email: t.field({ type: 'EmailAddress', description: 'E-mail address.' }),
    phone: t.string({ description: 'Phone number.', validate: ruleSchema(phone) }),
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

/** The service's rights check, answered as the API's other rights checks are. */
async function forbiddenAsGraphQL<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof ContactChangeForbiddenError) {
      throw new GraphQLError(error.message, { extensions: { code: 'FORBIDDEN' } });
    }
    throw error;
  }
}

builder.mutationFields((t) => ({
  addContact: t.field({
    description: 'Adds a contact person. The organisation’s admins and the secretariat.',
    type: ContactPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: (_root, args) => ({ organizationAdmin: args.input.organizationId.id }),
    args: { input: t.arg({ type: AddInput, required: true, description: 'The contact.' }) },
    resolve: async (_root, { input }, context) => ({
      contact: await forbiddenAsGraphQL(
        addContact(context.db, context, { ...input, organizationId: input.organizationId.id }),
      ),
    }),
  }),
  updateContact: t.field({
    description:
      'Changes a contact person, their primary flag or their mail preferences. The organisation’s admins and the secretariat; any user of the organisation may change the mail preferences (`optedOutKinds`) of their own contact.',
    type: ContactPayload,
    errors: { types: [ConflictError, NotFoundError, ValidationFailedError] },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateInput, required: true, description: 'The change.' }) },
    resolve: async (_root, { input }, context) => ({
      contact: await forbiddenAsGraphQL(
        updateContact(context.db, context, { ...input, contactId: input.contactId.id }),
      ),
    }),
  }),
  removeContact: t.field({
    description:
      'Removes a contact person (not the primary one). The organisation’s admins and the secretariat.',
    type: RemovedPayload,
    errors: { types: [NotFoundError, ValidationFailedError] },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RemoveInput, required: true, description: 'The contact.' }) },
    resolve: async (_root, { input }, context) => ({
      contactId: await forbiddenAsGraphQL(
        removeContact(context.db, context, { contactId: input.contactId.id }),
      ),
    }),
  }),
}));

builder.objectField(OrganizationRef, 'contactCount', (t) =>
  t.loadable({
    type: 'Int',
    description: 'Number of contact people. Own organisation and secretariat only.',
    authScopes: (o) => ({ organization: o.id }),
    load: async (ids: string[], { db }) => {
      const counts = await countContactsOfOrganizations(db, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    },
    resolve: (o) => o.id,
  }),
);
