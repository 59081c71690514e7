import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context.js';

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'VALIDATION_FAILED',
]);

export function createApolloServer(schema: GraphQLSchema, log: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // src/main.ts owns signal handling and stops everything in order; Apollo's own handler would
    // stop early and re-raise the signal.
    stopOnTerminationSignals: false,
    // Our own offline IDE is served at GET /graphql (src/http/graphiql.ts).
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError(formatted, error) {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
      const original = unwrapResolverError(error);
      if (original instanceof GraphQLError && original.extensions?.code) return formatted;
      // Argument validation (Pothos validation plugin) fails before the resolver runs; its
      // message names the argument and the rule, which is what the caller needs.
      if (original instanceof PothosValidationError) {
        return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
      }
      log.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
}
