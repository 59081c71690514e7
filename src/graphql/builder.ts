/**
 * The Pothos schema builder: plugins and shared settings only, no types. Types live with their
 * domain in src/modules/<area>/*.graphql.ts and are collected by src/graphql/schema.ts.
 */

import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import { isOrganizationAdminOf } from '../auth/viewer.js';
import ForwardPagingPlugin, {
  CONNECTION_ARGUMENT,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from './forward-paging.js';
import './sync-global-id.js';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import IdsPlugin from './ids.js';
import { argumentValidationError } from './input-errors.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** Most global IDs `nodes(ids:)` takes in one call. */
export const MAX_NODES_IDS = 100;

export interface AuthScopes {
  /** Anyone, including anonymous callers. */
  public: boolean;
  /** A signed-in account (secretariat or member). */
  signedIn: boolean;
  /** Secretariat staff or admin. */
  secretariat: boolean;
  /** Secretariat admin only (accounts, API keys). */
  secretariatAdmin: boolean;
  /** A member user of the given organisation, or any secretariat account. */
  organization: string;
  /** An organisation admin of the given organisation, or any secretariat account. */
  organizationAdmin: string;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    EmailAddress: { Input: string; Output: string };
    URL: { Input: string; Output: string };
    ID: { Input: string; Output: string | number };
  };
  Connection: { totalCount: number | (() => Promise<number>) };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Scope-auth must come first so authorisation runs before any other plugin's work.
  // IdsPlugin decodes ID arguments (a global ID or a raw UUID) before the scope checks see them.
  plugins: [
    ScopeAuthPlugin,
    RelayPlugin,
    ForwardPagingPlugin,
    IdsPlugin,
    DataloaderPlugin,
    ErrorsPlugin,
    ValidationPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => {
      const { viewer } = context;
      const secretariat = viewer.kind === 'SECRETARIAT';
      return {
        public: true,
        signedIn: viewer.kind === 'SECRETARIAT' || viewer.kind === 'MEMBER',
        secretariat,
        secretariatAdmin: secretariat && viewer.role === 'SECRETARIAT_ADMIN',
        organization: (organizationId) =>
          secretariat || (viewer.kind === 'MEMBER' && viewer.organizationId === organizationId),
        organizationAdmin: (organizationId) =>
          secretariat || isOrganizationAdminOf(viewer, organizationId),
      };
    },
    unauthorizedError: (_parent, context) =>
      context.viewer.kind === 'ANONYMOUS'
        ? new GraphQLError('この操作にはサインインが必要です。', {
            extensions: { code: 'UNAUTHENTICATED' },
          })
        : new GraphQLError('この操作を行う権限がありません。', {
            extensions: { code: 'FORBIDDEN' },
          }),
  },
  relay: {
    // ID arguments are decoded by ./ids.ts (global IDs and raw UUIDs), not by the relay plugin.
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: {
      nullable: false,
      description: 'The items of this page with their cursors.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    // Forward paging only: ForwardPagingPlugin (src/graphql/forward-paging.ts) makes `first`
    // `Int! = DEFAULT_PAGE_SIZE` and drops `last` / `before`, found by this extension;
    // src/graphql/pagination.ts checks the range before any query runs.
    firstArgOptions: {
      description: `Number of items to return, from 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when left out.`,
      extensions: { [CONNECTION_ARGUMENT]: 'first' },
    },
    afterArgOptions: {
      description: 'Return the items after this cursor (from `pageInfo.endCursor`).',
      extensions: { [CONNECTION_ARGUMENT]: 'after' },
    },
    lastArgOptions: { extensions: { [CONNECTION_ARGUMENT]: 'last' } },
    beforeArgOptions: { extensions: { [CONNECTION_ARGUMENT]: 'before' } },
    nodeQueryOptions: {
      description:
        'Fetches any object that has a global ID; null if it does not exist or is not visible to you.',
      args: { id: { description: 'Global ID of the object.' } },
    },
    nodesQueryOptions: {
      description: `Fetches several objects by their global IDs, in the same order (at most ${MAX_NODES_IDS}).`,
      args: { ids: { description: `Global IDs of the objects, at most ${MAX_NODES_IDS}.` } },
      // Refused before anything is loaded: one request may not fan out into unbounded lookups.
      resolve: (_root, { ids }, _context, _info, resolveNodes) => {
        if (ids.length > MAX_NODES_IDS) {
          throw new GraphQLError(
            `nodes に指定できる ID は ${MAX_NODES_IDS} 件までです（${ids.length} 件指定されました）。`,
            { extensions: { code: 'BAD_USER_INPUT' } },
          );
        }
        return resolveNodes(ids);
      },
    },
    nodeTypeOptions: { description: 'An object with a globally unique ID (Relay).' },
    pageInfoTypeOptions: { description: 'Where a page of a connection lies in the whole list.' },
    idFieldOptions: { description: 'Globally unique ID of this object (Relay global ID).' },
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after`.' },
    pageInfoFieldOptions: { description: 'Where this page lies in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    defaultConnectionTypeOptions: { description: 'A page of items (Relay connection).' },
    defaultEdgeTypeOptions: { description: 'An item of a page with its cursor.' },
  },
  // Argument rules (`validate:`) fail with a Japanese message and each field's problem.
  validation: { validationError: ({ issues }) => argumentValidationError(issues) },
  errors: {
    defaultTypes: [],
    // Mutations return `<Name>Result = <Name>Payload | <typed errors>`, no wrapper object.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]?.toUpperCase()}${fieldName.slice(1)}Result`,
      description:
        'The payload on success, or a typed error (query `... on Error { code message }`).',
    },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items in the whole list (all pages) for the given filter.',
    resolve: (parent) =>
      typeof parent.totalCount === 'function' ? parent.totalCount() : parent.totalCount,
  }),
);
