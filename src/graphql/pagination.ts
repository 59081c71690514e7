import { type DefaultConnectionArguments, resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from './builder.js';

function badPage(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Every connection pages forwards with a required `first` of 1..MAX_PAGE_SIZE, so no query can
 * ask for an unbounded list. Checked before any SQL runs.
 */
export function assertPageArgs(args: DefaultConnectionArguments): number {
  if (args.last != null || args.before != null) {
    throw badPage('Backward pagination (last/before) is not supported: use first and after.');
  }
  const { first } = args;
  if (first == null)
    throw badPage(`first is required: give a page size from 1 to ${MAX_PAGE_SIZE}.`);
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badPage(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`);
  }
  return first;
}

/**
 * An offset-cursor page plus a lazily computed `totalCount` (counted only when asked for).
 */
export async function offsetConnection<T>(
  args: DefaultConnectionArguments,
  fetchPage: (page: { limit: number; offset: number }) => Promise<readonly T[]>,
  count: () => Promise<number>,
) {
  assertPageArgs(args);
  const connection = await resolveOffsetConnection({ args }, ({ limit, offset }) =>
    fetchPage({ limit, offset }),
  );
  return { ...connection, totalCount: count };
}
