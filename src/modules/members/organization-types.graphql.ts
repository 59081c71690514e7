/**
 * The organisation types (法人格・種別) in use on the register, for the console's directory
 * filter (`OrganizationFilter.organizationTypes` takes free strings).
 */
import { builder } from '../../graphql/builder.js';

builder.queryFields((t) => ({
  organizationTypesInUse: t.stringList({
    description:
      'Organisation types (e.g. NPO法人, 都道府県) held by at least one organisation on the register, in code-point order: the choices for `OrganizationFilter.organizationTypes`. Secretariat only.',
    authScopes: { secretariat: true },
    resolve: async (_root, _args, { db }) => {
      const rows = await db
        .selectFrom('organizations')
        .select('organization_type')
        .distinct()
        .orderBy('organization_type')
        .execute();
      return rows.map((r) => r.organization_type);
    },
  }),
}));
