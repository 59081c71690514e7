/**
 * The schema contract: `schema/schema.graphql` must equal what the code defines, and it must not
 * break `schema/released.graphql` (the last released schema) — fields are deprecated first and
 * removed in a later release. Breaking changes are found with GraphQL Inspector. A break made on
 * purpose is allowed only once docs/api.md records it under "Unreleased" in its "Changes"
 * section, with what a partner must do (see `recordedCoordinates`).
 */
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, printSchema } from 'graphql';

export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}

/** A change that would break clients of the released schema. */
export interface BreakingChange {
  /** Schema coordinate, e.g. `Query.organizations.last` (type, field, argument). */
  readonly path: string;
  readonly message: string;
}

/** The changes from `releasedSdl` to `current` that would break clients of the released schema. */
export async function findBreakingChanges(
  releasedSdl: string,
  current: GraphQLSchema,
): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(printSchema(current)));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '', message: change.message }));
}

/** Human-readable descriptions of the changes that would break clients of `releasedSdl`. */
export async function breakingChanges(
  releasedSdl: string,
  current: GraphQLSchema,
): Promise<string[]> {
  return (await findBreakingChanges(releasedSdl, current)).map(
    (change) => `${change.path}: ${change.message}`,
  );
}

const UNRELEASED_HEADING = /^### Unreleased\b.*$/m;
const COORDINATE = /^[A-Z*][A-Za-z0-9_*]*(\.[A-Za-z_*][A-Za-z0-9_*]*)+$/;

/**
 * The schema coordinates docs/api.md records as deliberate breaking changes: every code span
 * that is a coordinate (`Type.field`, `Type.field.argument`; `*` stands for one whole part, e.g.
 * `*.*.last`) under the "### Unreleased" heading, up to the next heading of that level or above.
 */
export function recordedCoordinates(apiDoc: string): string[] {
  const start = UNRELEASED_HEADING.exec(apiDoc);
  if (!start) return [];
  const rest = apiDoc.slice(start.index + start[0].length);
  const end = /^#{1,3} /m.exec(rest);
  const section = end ? rest.slice(0, end.index) : rest;
  return [...section.matchAll(/`([^`\n]+)`/g)]
    .map((match) => match[1] ?? '')
    .filter((span) => COORDINATE.test(span));
}

function matchesCoordinate(path: string, coordinate: string): boolean {
  const parts = path.split('.');
  const pattern = coordinate.split('.');
  return (
    parts.length === pattern.length && pattern.every((part, i) => part === '*' || part === parts[i])
  );
}

/** The breaking changes that no recorded coordinate covers. */
export function unrecordedChanges(
  changes: readonly BreakingChange[],
  recorded: readonly string[],
): BreakingChange[] {
  return changes.filter(
    (change) => !recorded.some((coordinate) => matchesCoordinate(change.path, coordinate)),
  );
}
