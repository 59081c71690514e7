/**
 * The organisation types (法人格・種別) in use on the register, for the console's directory
 * filter (`OrganizationFilter.organizationTypes` takes free strings).
 */
import { builder } from '../../graphql/builder.js';
import { findOrganizationTypesInUse } from './organization.repository.js';

builder.queryFields((t) => ({
  organizationTypesInUse: t.stringList({
    description:
      'Organisation types (e.g. NPO法人, 都道府県) held by at least one organisation on the register, in code-point order: the choices for `OrganizationFilter.organizationTypes`. Secretariat only.',
    authScopes: { secretariat: true },
    resolve: (_root, _args, { db }) => findOrganizationTypesInUse(db),
  }),
}));
