import { readFile } from 'node:fs/promises';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  printSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';

describe('schema contract', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after a change)', async () => {
    const committed = await readFile(
      new URL('../../schema/schema.graphql', import.meta.url),
      'utf8',
    );
    expect(`${printSchema(schema)}\n`).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) {
            for (const arg of field.args) {
              if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
      if (isScalarType(type) || isUnionType(type)) continue;
    }
    // Built-in scalars come with the spec's own descriptions.
    expect(missing).toEqual([]);
  });
});

describe('closed sets', () => {
  it('are enums, not strings', () => {
    const expected: Record<string, string> = {
      'Contact.roles': 'ContactRole',
      'AddContactInput.roles': 'ContactRole',
      'UpdateContactInput.roles': 'ContactRole',
      'AudienceContacts.roles': 'ContactRole',
      'AudienceContactsInput.roles': 'ContactRole',
      'Contact.emailStatus': 'ContactEmailStatus',
      'Contact.optedOutKinds': 'OptOutMailKind',
      'MembershipEvent.kind': 'MembershipEventKind',
      'MembershipEvent.statusAfter': 'OrganizationStatus',
      'Suppression.source': 'SuppressionSource',
      'AuditEvent.actorKind': 'AuditActorKind',
      'ProfileFieldChange.field': 'ProfileChangeField',
    };
    const actual = Object.fromEntries(
      Object.keys(expected).map((coordinate) => {
        const [typeName = '', fieldName = ''] = coordinate.split('.');
        const type = schema.getType(typeName);
        const field =
          type && (isObjectType(type) || isInputObjectType(type))
            ? type.getFields()[fieldName]
            : undefined;
        return [coordinate, field ? getNamedType(field.type).name : undefined];
      }),
    );
    expect(actual).toEqual(expected);
  });

  it('ContactRole names every role of the register’s vocabulary, which it keeps inside', async () => {
    const { CONTACT_ROLES } = await import('../../src/db/tables/members.js');
    const type = schema.getType('ContactRole');
    const values = isEnumType(type) ? type.getValues().map((v) => String(v.value)) : [];
    expect(values.sort()).toEqual([...CONTACT_ROLES].sort());
  });
});

describe('deprecations', () => {
  it('say what to use instead; contentJson points to the typed content', () => {
    const reasons = new Map<string, string | null | undefined>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.deprecationReason)
            reasons.set(`${type.name}.${field.name}`, field.deprecationReason);
          for (const arg of 'args' in field ? field.args : []) {
            if (arg.deprecationReason) {
              reasons.set(`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason);
            }
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (value.deprecationReason)
            reasons.set(`${type.name}.${value.name}`, value.deprecationReason);
        }
      }
    }
    for (const [coordinate, reason] of reasons) {
      expect(reason, coordinate).toMatch(/^Use `/);
    }
    for (const coordinate of [
      'Mailing.contentJson',
      'CreateMailingInput.contentJson',
      'UpdateMailingInput.contentJson',
    ]) {
      expect(reasons.get(coordinate), coordinate).toMatch(/^Use `content`/);
    }
  });
});

describe('breaking-change check', () => {
  it('breaks the released schema only where docs/api.md records it (Changes → Unreleased)', async () => {
    const { findBreakingChanges, recordedCoordinates, unrecordedChanges } = await import(
      '../../src/graphql/contract.js'
    );
    const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
    const breaking = await findBreakingChanges(await read('schema/released.graphql'), schema);
    const recorded = recordedCoordinates(await read('docs/api.md'));
    expect(unrecordedChanges(breaking, recorded)).toEqual([]);
  });

  it('reads the recorded coordinates of the Unreleased changes only, `*` for one part', async () => {
    const { recordedCoordinates, unrecordedChanges } = await import(
      '../../src/graphql/contract.js'
    );
    const doc = [
      '## Changes',
      '### Unreleased',
      '| what | coordinates | do |',
      '| --- | --- | --- |',
      '| x | `Query.a`, `*.*.last` | query `... on Error`, use `first` |',
      '### 2026-01-01',
      '| y | `Query.b` | |',
    ].join('\n');
    const recorded = recordedCoordinates(doc);
    expect(recorded).toEqual(['Query.a', '*.*.last']);
    const change = (path: string) => ({ path, message: path });
    expect(
      unrecordedChanges(
        [change('Query.a'), change('Query.b'), change('Query.c.last'), change('Query.last')],
        recorded,
      ).map((c) => c.path),
    ).toEqual(['Query.b', 'Query.last']);
  });

  it('finds a removed field and a newly required argument, and passes additions', async () => {
    const { breakingChanges } = await import('../../src/graphql/contract.js');
    const { buildSchema } = await import('graphql');
    const released = 'type Query { a: String, b(x: Int): Int }';
    expect(
      await breakingChanges(
        released,
        buildSchema('type Query { a: String, b(x: Int): Int, c: Int }'),
      ),
    ).toEqual([]);
    const broken = await breakingChanges(released, buildSchema('type Query { b(x: Int!): Int }'));
    expect(broken.join('\n')).toMatch(/a/);
    expect(broken).toHaveLength(2);
  });
});
