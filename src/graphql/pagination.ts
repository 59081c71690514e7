import { type DefaultConnectionArguments, resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError, type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
import type { Page, PageRequest } from '../lib/page.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './forward-paging.js';

export type { Page, PageRequest };

function badPage(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Every connection pages forwards with `first` of 1..MAX_PAGE_SIZE (`Int! = DEFAULT_PAGE_SIZE`
 * in the schema, see src/graphql/forward-paging.ts), so no query can ask for an unbounded list.
 * Checked before any SQL runs.
 */
export function assertPageArgs(args: DefaultConnectionArguments): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badPage(
      `first は 1 から ${MAX_PAGE_SIZE} の範囲で指定してください（${first} が指定されました）。`,
    );
  }
  return first;
}

/**
 * Whether the connection field's selection includes `totalCount`. A named fragment is followed;
 * a selection that cannot be read counts as yes (the count is then made with the page).
 */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  const selects = (selections: readonly SelectionNode[], seen: Set<string>): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return selects(selection.selectionSet.selections, seen);
      }
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = info.fragments[name];
      return fragment ? selects(fragment.selectionSet.selections, seen) : true;
    });
  return info.fieldNodes.some((node) =>
    node.selectionSet ? selects(node.selectionSet.selections, new Set()) : false,
  );
}

/**
 * An offset-cursor page plus `totalCount`, computed only when asked for: from the page query
 * itself when `fetchPage` returns a `Page` with its total (pass `info` so it knows), otherwise by
 * `count` when the field is resolved.
 */
export async function offsetConnection<T>(
  args: DefaultConnectionArguments,
  fetchPage: (page: PageRequest) => Promise<readonly T[] | Page<T>>,
  count: () => Promise<number>,
  info?: GraphQLResolveInfo,
) {
  const first = assertPageArgs(args);
  const withTotal = info ? selectsTotalCount(info) : false;
  let total: number | undefined;
  const connection = await resolveOffsetConnection(
    { args: { after: args.after, first } },
    async ({ limit, offset }) => {
      const page = await fetchPage({ limit, offset, withTotal });
      if (!isPage(page)) return page;
      total = page.total;
      return page.rows;
    },
  );
  const known = total;
  return { ...connection, totalCount: known === undefined ? count : known };
}

function isPage<T>(value: readonly T[] | Page<T>): value is Page<T> {
  return !Array.isArray(value);
}
