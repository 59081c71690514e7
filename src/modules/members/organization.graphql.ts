import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { canSeeOrganizationPrivate, type Viewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import {
  CONTACT_ROLES,
  type ContactRole,
  FIELDS_OF_ACTIVITY,
  PUBLISHABLE_FIELDS,
  type PublishableField,
} from '../../db/tables/members.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import {
  DesignatedCityRef,
  designatedCityOf,
  MembershipCategoryCode,
  PrefectureRef,
  prefectureOrCode,
} from '../reference/reference.graphql.js';
import {
  WorkingGroupRef,
  workingGroupsOrNumbers,
} from '../working-groups/working-group.graphql.js';
import { findContactsByIds, findContactsOfOrganizations } from './contact.repository.js';
import type { Contact, Organization } from './organization.js';
import {
  countOrganizations,
  findCurrentWorkingGroupNumbers,
  findOrganizations,
  findVisibleOrganizations,
} from './organization.repository.js';

/** Current working-group numbers per organisation id, batched per request. */
const workingGroupNumbersLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, readonly number[]>(async (ids) => {
      const numbers = await findCurrentWorkingGroupNumbers(context.db, ids);
      return ids.map((id) => numbers.get(id) ?? []);
    }),
);

export const OrganizationRef = builder.loadableNodeRef('Organization', {
  id: { resolve: (org: Organization) => org.id },
  // Loads only what the viewer may see at all (see visibleTo); anything else resolves to null.
  load: async (ids: string[], context: Context) => {
    const found = new Map(
      (await findVisibleOrganizations(context.db, context.viewer, ids)).map((o) => [o.id, o]),
    );
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (org: Organization) => org.id,
});

export const ContactRef = builder.loadableNodeRef('Contact', {
  id: { resolve: (contact: Contact) => contact.id },
  // Contacts are never public: only their organisation's users and the secretariat load them.
  load: async (ids: string[], context: Context) => {
    const found = new Map((await findContactsByIds(context.db, ids)).map((c) => [c.id, c]));
    return ids.map((id) => {
      const contact = found.get(id);
      return contact && canSeeOrganizationPrivate(context.viewer, contact.organizationId)
        ? contact
        : null;
    });
  },
  sort: (contact: Contact) => contact.id,
});

export const OrganizationStatusEnum = builder.enumType('OrganizationStatus', {
  description: 'Where an organisation is in its membership.',
  values: {
    APPLIED: { description: 'Applied; not yet approved (申請中).' },
    ACTIVE: { description: 'A member (会員).' },
    SUSPENDED: { description: 'Membership suspended (資格停止).' },
    WITHDRAWN: { description: 'Left the platform (退会).' },
    REJECTED: { description: 'Application rejected (不承認).' },
  } as const,
});

export const OrganizationScopeEnum = builder.enumType('OrganizationScope', {
  description: 'Where the organisation works.',
  values: {
    NATIONAL: { description: 'Nationwide (全国).' },
    REGIONAL: { description: 'In a region (地域).' },
  } as const,
});

export const FieldOfActivityEnum = builder.enumType('FieldOfActivity', {
  description: 'Field of activity (活動分野), a controlled vocabulary.',
  values: Object.fromEntries(
    Object.entries(FIELDS_OF_ACTIVITY).map(([code, label]) => [code, { description: label }]),
  ) as Record<keyof typeof FIELDS_OF_ACTIVITY, { description: string }>,
});

export const PublishableFieldEnum = builder.enumType('PublishableField', {
  description: 'A profile field a member can agree to show in the public directory.',
  values: Object.fromEntries(
    PUBLISHABLE_FIELDS.map((field) => [field, { description: `The \`${field}\` field.` }]),
  ) as Record<PublishableField, { description: string }>,
});

/**
 * A directory field: the secretariat and the organisation's own users always see it; everybody
 * else only if the organisation agreed to publish it (otherwise null, not an error).
 */
function published<T>(
  viewer: Viewer,
  org: Organization,
  field: PublishableField,
  value: T,
): T | null {
  return canSeeOrganizationPrivate(viewer, org.id) || org.publishedFields.includes(field)
    ? value
    : null;
}

OrganizationRef.implement({
  description:
    'A member organisation (会員団体). Anonymous callers and partners see active members only, and only the fields each agreed to publish.',
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'Name (団体名).',
      resolve: (o, _a, { viewer }) => published(viewer, o, 'name', o.name),
    }),
    nameKana: t.string({
      nullable: true,
      description: 'Reading in hiragana, used for 五十音順 sorting.',
      resolve: (o, _a, { viewer }) => published(viewer, o, 'nameKana', o.nameKana),
    }),
    category: t.field({
      type: MembershipCategoryCode,
      nullable: true,
      description: 'Membership category.',
      resolve: (o, _a, { viewer }) =>
        published(
          viewer,
          o,
          'category',
          o.categoryCode as 'REGULAR' | 'SUPPORTING' | 'COOPERATING',
        ),
    }),
    organizationType: t.string({
      nullable: true,
      description: 'Legal form or kind, e.g. NPO法人, 一般社団法人, 都道府県.',
      resolve: (o, _a, { viewer }) => published(viewer, o, 'organizationType', o.organizationType),
    }),
    prefecture: t.field({
      type: PrefectureRef,
      nullable: true,
      description: 'Prefecture of the main office.',
      resolve: (o, _a, { db, viewer }) => {
        const code = published(viewer, o, 'prefecture', o.prefectureCode);
        return code === null ? null : prefectureOrCode(db, code);
      },
    }),
    designatedCity: t.field({
      type: DesignatedCityRef,
      nullable: true,
      description:
        'The designated city (政令指定都市) of the main office, if it is in one; within `prefecture`. Published only with the organisation’s consent `designatedCity` (consent to the prefecture does not cover it).',
      resolve: (o, _a, { db, viewer }) => {
        const code = published(viewer, o, 'designatedCity', o.designatedCityCode);
        return code === null ? null : designatedCityOf(db, code);
      },
    }),
    scope: t.field({
      type: OrganizationScopeEnum,
      nullable: true,
      description: 'Nationwide or regional.',
      resolve: (o, _a, { viewer }) => published(viewer, o, 'scope', o.scope),
    }),
    fieldsOfActivity: t.field({
      type: [FieldOfActivityEnum],
      nullable: true,
      description: 'Fields of activity.',
      resolve: (o, _a, { viewer }) =>
        published(viewer, o, 'fieldsOfActivity', [...o.fieldsOfActivity]),
    }),
    website: t.field({
      type: 'URL',
      nullable: true,
      description: 'Website.',
      resolve: (o, _a, { viewer }) => published(viewer, o, 'website', o.website),
    }),
    description: t.string({
      nullable: true,
      description: 'Short description of the organisation’s work.',
      resolve: (o, _a, { viewer }) => published(viewer, o, 'description', o.description),
    }),
    joinedOn: t.expose('joinedOn', {
      type: 'Date',
      nullable: true,
      description: 'Date the organisation joined the platform.',
    }),
    workingGroups: t.field({
      type: [WorkingGroupRef],
      description: 'Working groups the organisation currently belongs to.',
      // The directory page brings the numbers along; other rows ask the dataloader.
      resolve: (o, _a, context) =>
        o.prefetched
          ? workingGroupsOrNumbers(context.db, o.prefetched.workingGroupNumbers)
          : workingGroupNumbersLoader(context).load(o.id),
    }),
    // Non-public fields: the organisation's own users and the secretariat only.
    status: t.expose('status', {
      type: OrganizationStatusEnum,
      description: 'Membership status. Own organisation and secretariat only.',
      authScopes: (o) => ({ organization: o.id }),
    }),
    publishedFields: t.field({
      type: [PublishableFieldEnum],
      description:
        'Fields the organisation agreed to publish. Own organisation and secretariat only.',
      authScopes: (o) => ({ organization: o.id }),
      resolve: (o) => [...o.publishedFields],
    }),
    version: t.exposeInt('version', {
      description:
        'Version for optimistic concurrency: send it back with an update. Own organisation and secretariat only.',
      authScopes: (o) => ({ organization: o.id }),
    }),
    contacts: t.loadableGroup({
      type: ContactRef,
      description: 'Contact people (担当者). Own organisation and secretariat only.',
      authScopes: (o) => ({ organization: o.id }),
      load: (ids: string[], { db }) => findContactsOfOrganizations(db, ids),
      group: (contact) => (contact as Contact).organizationId,
      resolve: (o) => o.id,
    }),
  }),
});

/**
 * Each role's name in the API (the GraphQL enum `ContactRole`), with what it means. The register,
 * its CSV files and the mail engine keep the Japanese role; only the API speaks these names.
 */
const CONTACT_ROLE_NAMES = {
  代表: { name: 'REPRESENTATIVE', meaning: 'represents the organisation (代表者)' },
  事務担当: {
    name: 'ADMINISTRATIVE_CONTACT',
    meaning: 'handles the organisation’s business with the secretariat',
  },
  総会代議員: {
    name: 'GENERAL_MEETING_DELEGATE',
    meaning: 'attends and votes at the general meeting (総会) for the organisation',
  },
  幹事: { name: 'BOARD_MEMBER', meaning: 'sits on the board (幹事会) for the organisation' },
  分科会担当: {
    name: 'WORKING_GROUP_CONTACT',
    meaning: 'takes part in the working groups (分科会) the organisation belongs to',
  },
  '孤独・孤立対策担当': {
    name: 'LONELINESS_ISOLATION_OFFICER',
    meaning: 'is in charge of loneliness and isolation measures (孤独・孤立対策)',
  },
} as const satisfies Record<ContactRole, { name: string; meaning: string }>;

type ContactRoleName = (typeof CONTACT_ROLE_NAMES)[ContactRole]['name'];

function isContactRole(value: string): value is ContactRole {
  return (CONTACT_ROLES as readonly string[]).includes(value);
}

/** The register's contact roles; the API names them in English and keeps the Japanese inside. */
export const ContactRoleEnum = builder.enumType('ContactRole', {
  description:
    'A role a contact person holds for their organisation (the register’s vocabulary; the Japanese name is in each description).',
  values: Object.fromEntries(
    CONTACT_ROLES.map((role) => [
      CONTACT_ROLE_NAMES[role].name,
      { value: role, description: `${role}: ${CONTACT_ROLE_NAMES[role].meaning}.` },
    ]),
  ) as Record<ContactRoleName, { value: ContactRole; description: string }>,
});

/**
 * The vocabulary roles among stored ones. Every write path checks the vocabulary; a value from
 * before that (an audience's roles were free text once) matched no contact and is left out.
 */
export function knownContactRoles(roles: readonly string[]): ContactRole[] {
  return roles.filter(isContactRole);
}

export const ContactEmailStatusEnum = builder.enumType('ContactEmailStatus', {
  description: 'Whether mail reaches a contact’s address.',
  values: {
    OK: { description: 'Nothing wrong is known: mail is sent to it.' },
    BOUNCED: {
      description:
        'Mail to it bounced for good (hard bounce): the address is suppressed until the secretariat lifts the suppression.',
    },
    COMPLAINED: {
      description:
        'Its recipient reported a message as spam: the address is suppressed until the secretariat lifts the suppression.',
    },
  } satisfies Record<Contact['emailStatus'], { description: string }>,
});

export const OptOutMailKindEnum = builder.enumType('OptOutMailKind', {
  description:
    'Mail kinds a contact may decline. 事務連絡 (NOTICE) and meeting notices are administrative and always delivered.',
  values: {
    NEWSLETTER: { description: 'メールマガジン.' },
    VISIT_REPORT: { description: '事務局訪問記.' },
  } as const,
});

type OptOutMailKind = 'NEWSLETTER' | 'VISIT_REPORT';
const isOptOutMailKind = (kind: string): kind is OptOutMailKind =>
  kind === 'NEWSLETTER' || kind === 'VISIT_REPORT';

ContactRef.implement({
  description: 'A contact person at a member organisation. Never public.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    nameKana: t.exposeString('nameKana', { nullable: true, description: 'Reading in hiragana.' }),
    email: t.expose('email', {
      type: 'EmailAddress',
      description: 'E-mail address.',
    }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number.' }),
    roles: t.field({
      type: [ContactRoleEnum],
      description: 'The roles the contact holds, in the order they were given.',
      resolve: (c) => knownContactRoles(c.roles),
    }),
    isPrimary: t.exposeBoolean('isPrimary', { description: 'The organisation’s primary contact.' }),
    emailStatus: t.expose('emailStatus', {
      type: ContactEmailStatusEnum,
      description: 'Whether mail reaches the address.',
    }),
    optedOutKinds: t.field({
      type: [OptOutMailKindEnum],
      description: 'Mail kinds this contact chose not to receive.',
      // Only the optional kinds are ever stored (unsubscribe and the inputs allow no other).
      resolve: (c) => c.optedOutKinds.filter(isOptOutMailKind),
    }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The organisation.',
      resolve: (c) => c.organizationId,
    }),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Conditions an organisation must all meet.',
  fields: (t) => ({
    text: t.string({
      description: 'Words in the name or reading; width and katakana/hiragana are ignored.',
      validate: z.string().max(200),
    }),
    categories: t.field({
      type: [MembershipCategoryCode],
      description: 'Any of these categories.',
    }),
    statuses: t.field({
      type: [OrganizationStatusEnum],
      description: 'Any of these statuses. Secretariat only; others always see active members.',
    }),
    organizationTypes: t.stringList({
      description: 'Any of these organisation types, e.g. ["NPO法人", "都道府県"].',
      validate: z.array(z.string().max(50)).max(50),
    }),
    prefectures: t.stringList({
      description: 'Any of these prefecture codes (JIS X 0401, e.g. "13").',
      validate: z.array(z.string().regex(/^\d{2}$/)).max(47),
    }),
    regions: t.stringList({
      description: 'Any of these region codes (see `regions`), e.g. ["kanto"].',
      validate: z.array(z.string().max(20)).max(8),
    }),
    fieldsOfActivity: t.field({ type: [FieldOfActivityEnum], description: 'Any of these fields.' }),
    workingGroups: t.intList({
      description: 'Current members of any of these working groups (1–3).',
      validate: z.array(z.number().int().min(1).max(3)).max(3),
    }),
    onBoard: t.boolean({
      description:
        'true: only organisations holding a board (幹事会) seat today; false: only those without.',
    }),
  }),
});

const OrganizationOrderEnum = builder.enumType('OrganizationOrder', {
  description: 'Order of the directory.',
  values: {
    KANA: { description: '五十音順 by reading.' },
    JOINED_ON: { description: 'By joining date, earliest first.' },
    PREFECTURE: { description: 'By prefecture code (北海道 first), then reading.' },
  } as const,
});

builder.queryFields((t) => ({
  organizations: t.connection({
    description:
      'The member directory in 五十音順. Anonymous callers and partners see active members only.',
    type: OrganizationRef,
    args: {
      filter: t.arg({ type: OrganizationFilter, description: 'Narrow the list.' }),
      orderBy: t.arg({
        type: OrganizationOrderEnum,
        description: 'Order; default KANA (五十音順).',
      }),
    },
    resolve: (_root, args, { db, viewer }, info) => {
      const filter = args.filter ?? {};
      return offsetConnection(
        args,
        (page) => findOrganizations(db, viewer, filter, page, args.orderBy ?? 'KANA'),
        () => countOrganizations(db, viewer, filter),
        info,
      );
    },
  }),
}));
