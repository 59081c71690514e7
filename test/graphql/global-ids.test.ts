import { encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';

// Every node's `id` is computed from the object at hand; it must not cost a promise per object
// (src/graphql/sync-global-id.ts explains why, and the directory benchmark shows what it saves).
const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType =>
    isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
);

describe('global ids', () => {
  it('are answered synchronously, as base64("Type:id"), by every node type', () => {
    expect(nodeTypes.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Organization', 'Mailing', 'WorkingGroup']),
    );
    const resolve = (type: GraphQLObjectType, parent: object) =>
      type.getFields().id?.resolve?.(parent, {}, {}, {
        fieldName: 'id',
        parentType: type,
        path: { key: 'id', prev: undefined, typename: type.name },
      } as unknown as GraphQLResolveInfo);

    const organization = nodeTypes.find((t) => t.name === 'Organization');
    const workingGroup = nodeTypes.find((t) => t.name === 'WorkingGroup');
    if (!organization || !workingGroup) throw new Error('node types missing');
    const uuid = '0b9a5c6e-2f1d-4c3b-9a8e-7d6c5b4a3f21';
    expect(resolve(organization, { id: uuid })).toBe(encodeGlobalID('Organization', uuid));
    expect(resolve(workingGroup, { number: 2 })).toBe(encodeGlobalID('WorkingGroup', '2'));
  });
});
