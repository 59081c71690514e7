/**
 * The schema contract: `schema/schema.graphql` must equal what the code defines, and it must not
 * break `schema/released.graphql` (the last released schema) — fields are deprecated first and
 * removed in a later release. Breaking changes are found with GraphQL Inspector.
 */
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, printSchema } from 'graphql';

export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}

/** Human-readable descriptions of the changes that would break clients of `releasedSdl`. */
export async function breakingChanges(
  releasedSdl: string,
  current: GraphQLSchema,
): Promise<string[]> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(printSchema(current)));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => `${change.path ?? ''}: ${change.message}`);
}
