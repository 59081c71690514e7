/** Collects every module's types and prints the schema. Imports only; no types here. */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars-registration.js';
import '../modules/catalogue/catalogue.graphql.js';
import '../modules/reference/reference.graphql.js';
import '../modules/working-groups/working-group.graphql.js';
import '../modules/working-groups/membership.graphql.js';
import '../modules/members/membership-stats.graphql.js';
import './error-types.js';
import '../modules/members/organization.graphql.js';
import '../modules/members/membership.graphql.js';
import '../modules/members/profile-change.graphql.js';
import '../modules/members/organization-types.graphql.js';
import '../modules/members/contact.graphql.js';
import '../modules/accounts/account.graphql.js';
import '../modules/accounts/account-mutations.graphql.js';
import '../modules/audit/audit.graphql.js';
import '../modules/mailings/mailing.graphql.js';
import '../modules/mailings/mailing-mutations.graphql.js';
import '../modules/mailings/audience.graphql.js';
import '../modules/mailings/delivery.graphql.js';
import '../modules/mailings/suppression.graphql.js';
import '../modules/governance/governance.graphql.js';
import '../modules/files/file.graphql.js';
import '../modules/replies/reply.graphql.js';
import '../modules/archive/archive.graphql.js';

builder.queryType({ description: 'Entry points for reading the platform’s data.' });
builder.mutationType({ description: 'Entry points for changing data. Every change is audited.' });

export const schema = lexicographicSortSchema(builder.toSchema());
