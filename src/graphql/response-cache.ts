/**
 * Public answers served from memory (Apollo's response cache plugin).
 *
 * Partner sites read the same public pages over and over — the directory, the working groups,
 * the archive — and each answer costs a database query and its serialisation. A query whose
 * answer is public (./cache-policy.ts: asked anonymously or with a partner key, selecting only
 * public fields; the answer CDNs may already keep for 300 s) is kept here for `ttlSeconds` and
 * served again without running it. Nothing else is ever stored: members and the secretariat
 * always get a fresh answer, and so does any request whose answer had errors.
 *
 * Freshness: every mutation this process runs empties the cache, and an answer computed while
 * a mutation ran is not stored, so a change made through the API shows at once. Changes made
 * elsewhere — the worker marking a mailing sent (it then enters the archive), the CLI, another
 * API process — show within `ttlSeconds`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { isPublicRequest } from './cache-policy.js';

/** Memory the stored answers may take (their JSON text, counted in UTF-16 code units). */
const MAX_CACHE_SIZE = 32 * 1024 * 1024;

export interface ResponseCache {
  readonly plugins: ApolloServerPlugin<Context>[];
  /** Drops every stored answer. */
  clear(): void;
}

export function createResponseCache(schema: GraphQLSchema, ttlSeconds: number): ResponseCache {
  const cache = new InMemoryLRUCache<string>({ maxSize: MAX_CACHE_SIZE });
  // Bumped when a mutation starts and again when it has answered (its changes committed): an
  // answer begun in an older generation may hold what a mutation changed since, so it is not
  // stored.
  let generation = 0;
  const startedIn = new WeakMap<Context, number>();

  const freshness: ApolloServerPlugin<Context> = {
    async requestDidStart({ contextValue }) {
      startedIn.set(contextValue, generation);
      return {
        async didResolveOperation(request) {
          if (request.operation?.operation === 'mutation') {
            generation += 1;
            cache.clear();
          } else if (isPublicRequest(schema, request)) {
            // Without Apollo's per-field hints the policy starts empty (nothing is cacheable);
            // this is what makes a public answer storable.
            request.overallCachePolicy.replace({ maxAge: ttlSeconds, scope: 'PUBLIC' });
          }
        },
        async willSendResponse(request) {
          if (request.operation?.operation === 'mutation') {
            generation += 1;
            cache.clear();
          }
        },
      };
    },
  };

  const responses = responseCachePlugin<Context>({
    cache,
    shouldReadFromCache: async (request) => isPublicRequest(schema, request),
    shouldWriteToCache: async (request) =>
      isPublicRequest(schema, request) && startedIn.get(request.contextValue) === generation,
  });

  return { plugins: [freshness, responses], clear: () => cache.clear() };
}
