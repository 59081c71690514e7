/**
 * Reading typed GraphQL results (the documents in test/generated/, see README § Tests): assert
 * that a call succeeded, or that a union result is the member a test expects, and get the value
 * with that type — instead of `as any`.
 */
import { expect } from 'vitest';
import type { GraphqlResponse } from './server.js';

/** The data of a response that must have no GraphQL errors. */
export function dataOf<T>(response: GraphqlResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  if (response.data == null) throw new Error(`no data (HTTP ${response.status})`);
  return response.data;
}

/** Asserts the `__typename` of a union (or interface) result and narrows it to that member. */
export function expectTypename<
  T extends { readonly __typename?: string },
  N extends NonNullable<T['__typename']>,
>(value: T | null | undefined, typename: N): Extract<T, { readonly __typename?: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { readonly __typename?: N }>;
}

/** A value a test needs to go on (an id for the next call): fails the test when it is missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`${what} is missing`);
  return value;
}
