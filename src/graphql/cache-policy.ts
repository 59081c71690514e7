/**
 * HTTP caching of GraphQL responses from per-field cache hints (Apollo's cache-control plugin).
 *
 * Public reads default to a short max-age; any field that is not public (it has an authorisation
 * rule other than `public`) or that depends on the caller marks the response PRIVATE with max-age
 * 0. Signed-in callers' responses and every mutation are `no-store`: private data is never
 * cacheable.
 */
import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { Context } from '../context.js';

export const PUBLIC_MAX_AGE_SECONDS = 300;

/** Fields whose answer depends on who asks, whatever their authorisation rule. */
const CALLER_DEPENDENT = new Set(['Query.viewer', 'Query.mySessions']);

function isPublicField(extensions: Readonly<Record<string, unknown>> | null | undefined): boolean {
  const options = (extensions?.pothosOptions ?? {}) as { authScopes?: unknown };
  const scopes = options.authScopes;
  if (scopes === undefined) return true;
  return (
    typeof scopes === 'object' &&
    scopes !== null &&
    Object.keys(scopes).every((k) => k === 'public')
  );
}

/** Wraps the resolvers of non-public fields so they mark the response private and uncacheable. */
export function applyCacheHints(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (isPublicField(field.extensions) && !CALLER_DEPENDENT.has(coordinate)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        maybeCacheControlFromInfo(info)?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

export function cachePolicyPlugins(): ApolloServerPlugin<Context>[] {
  return [
    ApolloServerPluginCacheControl({
      defaultMaxAge: PUBLIC_MAX_AGE_SECONDS,
      calculateHttpHeaders: true,
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue, operation }) {
            const signedIn =
              contextValue.viewer.kind === 'MEMBER' || contextValue.viewer.kind === 'SECRETARIAT';
            const headers = response.http.headers;
            if (signedIn || operation?.operation !== 'query' || !headers.get('cache-control')) {
              headers.set('cache-control', 'no-store');
            } else {
              // A CDN must not hand a cached public answer to a request carrying credentials.
              headers.set('vary', 'Accept, Authorization, x-api-key');
            }
          },
        };
      },
    },
  ];
}
