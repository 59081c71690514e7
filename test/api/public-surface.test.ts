/**
 * Walks every field reachable in the public schema — every root query field an anonymous caller
 * or a partner key may use, and every public field below it — on the demo register, and checks
 * that no e-mail address, phone number or unpublished directory field comes back.
 */
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPublicField } from '../../src/graphql/cache-policy.js';
import { schema } from '../../src/graphql/schema.js';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let partnerHeaders: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({
    db: database.db,
    env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' },
  });
  const { key } = await createApiKey(database.db, {
    name: 'walk',
    expiresAt: null,
    createdBy: null,
  });
  partnerHeaders = { authorization: `Bearer ${key}` };
});

function isPublic(field: GraphQLField<unknown, unknown>): boolean {
  return isPublicField(field.extensions);
}

/** Values for required arguments, by name and type; null when we cannot invent one. */
function argumentsFor(field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    const type = getNamedType(arg.type).name;
    if (arg.name === 'first') parts.push('first: 3');
    else if (!isNonNullType(arg.type)) continue;
    else if (type === 'Int' && arg.name === 'number') parts.push('number: 1');
    else if (type === 'Date')
      parts.push(`${arg.name}: "${arg.name === 'to' ? '2025-06-30' : '2025-04-01'}"`);
    else return null;
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (!isPublic(field)) continue;
    const args = argumentsFor(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      fields.push(`${field.name}${args}`);
    } else if (isObjectType(named) && depth > 0) {
      fields.push(`${field.name}${args} { ${selectionOf(named, depth - 1)} }`);
    } else if ((isInterfaceType(named) || isUnionType(named)) && depth > 0) {
      const variants = schema
        .getPossibleTypes(named)
        .map((t) => `... on ${t.name} { ${selectionOf(t, depth - 1)} }`);
      fields.push(`${field.name}${args} { __typename ${variants.join(' ')} }`);
    }
  }
  return fields.join(' ');
}

function publicRootQueries(): string[] {
  const query = schema.getQueryType();
  if (!query) return [];
  return Object.values(query.getFields())
    .filter((field) => isPublic(field) && !['node', 'nodes'].includes(field.name))
    .flatMap((field) => {
      const args = argumentsFor(field);
      if (args === null) return [];
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) return [`{ ${field.name}${args} }`];
      if (!isObjectType(named)) return [];
      return [`{ ${field.name}${args} { ${selectionOf(named, 4)} } }`];
    });
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+/;
const PHONE = /\b0\d{1,4}-\d{1,4}-\d{3,4}\b/;

describe('the public surface', () => {
  const queries = publicRootQueries();

  it('covers the directory, catalogue, stats and working groups', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    const all = queries.join('\n');
    for (const root of [
      'organizations',
      'policyMeasures',
      'membershipStats',
      'workingGroups',
      'prefectures',
    ]) {
      expect(all).toContain(`{ ${root}`);
    }
  });

  for (const [who, headers] of [
    ['anonymous', () => ({})],
    ['a partner key', () => partnerHeaders],
  ] as const) {
    it(`as ${who}: no e-mail, no phone, no unpublished field anywhere`, async () => {
      const published = new Map(
        (
          await database.db
            .selectFrom('organizations')
            .select(['id', 'published_fields', 'status'])
            .execute()
        ).map((o) => [o.id, o]),
      );
      for (const query of queries) {
        const { data, errors } = await server.graphql<Record<string, unknown>>(
          query,
          {},
          headers(),
        );
        expect(errors, query).toBeUndefined();
        const text = JSON.stringify(data);
        expect(text, query).not.toMatch(EMAIL);
        expect(text, query).not.toMatch(PHONE);
        // Every organisation that appears is active and shows only what it published.
        for (const org of organizationsIn(data)) {
          const row = published.get(
            Buffer.from(org.id, 'base64').toString('utf8').split(':')[1] ?? '',
          );
          expect(row?.status, query).toBe('ACTIVE');
          for (const [field, value] of Object.entries(org)) {
            if (
              [
                'id',
                '__typename',
                'joinedOn',
                'workingGroups',
                'workingGroupMemberships',
                'boardSeat',
                'visitReports',
              ].includes(field)
            )
              continue;
            if (value !== null && value !== undefined)
              expect(row?.published_fields, `${field} in ${query}`).toContain(field);
          }
        }
      }
    });
  }
});

function organizationsIn(
  value: unknown,
  found: Record<string, unknown>[] = [],
): (Record<string, unknown> & { id: string })[] {
  if (Array.isArray(value)) {
    for (const v of value) organizationsIn(v, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.__typename === 'Organization' && typeof record.id === 'string') found.push(record);
    for (const v of Object.values(record)) organizationsIn(v, found);
  }
  return found as (Record<string, unknown> & { id: string })[];
}
