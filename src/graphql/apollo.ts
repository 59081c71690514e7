import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { Metrics } from '../observability/metrics.js';
import { cachePolicyPlugin } from './cache-policy.js';
import { variableProblem } from './input-errors.js';
import { japaneseMessage } from './japanese-messages.js';
import { QUERY_LIMITS, queryLimits } from './limits.js';
import { requestGuardsPlugin } from './request-guards.js';
import { createResponseCache } from './response-cache.js';

/** What an unexpected failure says; the details go to the log with the request id. */
const INTERNAL_ERROR_MESSAGE =
  'サーバー内部でエラーが発生しました。続く場合は、応答の x-request-id を添えて事務局にお知らせください。';

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

/** graphql-js's execution-time refusals of an argument value (graphql/execution/values.js). */
const ARGUMENT_COERCION =
  /^Argument "[^"]+" (?:of non-null type|of required type|has invalid value)/;

export function createApolloServer(
  schema: GraphQLSchema,
  log: Logger,
  metrics?: Metrics,
  /** Seconds a public answer is served from memory (./response-cache.ts); 0 or absent: never. */
  responseCacheSeconds = 0,
): ApolloServer<Context> {
  const limits = queryLimits();
  const responseCache =
    responseCacheSeconds > 0 ? createResponseCache(schema, responseCacheSeconds) : undefined;
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Cookie sessions are honoured only on JSON POSTs (src/modules/accounts/authenticate.ts), which browsers
    // cannot send cross-site without a CORS preflight; so GET stays usable for partners and CDNs.
    csrfPrevention: false,
    // src/main.ts owns signal handling and stops everything in order; Apollo's own handler would
    // stop early and re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Our own offline IDE is served at GET /graphql (web/graphiql.html, GraphiQL 5 built with the web app).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // GraphQL Armor is typed against Apollo's CommonJS build; the plugins are the same at run time.
      ...(limits.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Our own policy (./cache-policy.ts) replaces the per-field hints Apollo adds by default.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(schema),
      ...(responseCache?.plugins ?? []),
      requestGuardsPlugin(),
      operationsPlugin(log, metrics),
    ],
    // Every message leaves in Japanese (./japanese-messages.ts); the codes stay as they are.
    formatError(formatted, error) {
      const client = clientError(formatted, error, log);
      // A refused variable names its field for clients, as argument rules do (./input-errors.ts).
      const problem = client.extensions?.problems ? undefined : variableProblem(client.message);
      return {
        ...client,
        message: japaneseMessage(client.message),
        ...(problem ? { extensions: { ...client.extensions, problems: [problem] } } : {}),
      };
    },
  });
}

/** The error as the client may see it: its own message and code, or a masked internal one. */
function clientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code) return formatted;
  // Apollo's own refusals of a request (a persisted-query hash that does not match the
  // query) carry an HTTP 4xx status and no code; their message is for the client.
  const status = (original as GraphQLError | undefined)?.extensions?.http as
    | { status?: number }
    | undefined;
  if (original instanceof GraphQLError && status?.status && status.status < 500) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  // graphql-js refuses an argument while executing (not while validating) when a variable's
  // value does not fit it: `null` for `first: Int! = 20` through a nullable `$first: Int`.
  if (original instanceof GraphQLError && ARGUMENT_COERCION.test(original.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  // Pothos's own refusals of an argument (a malformed cursor, an ID of another type) come
  // before the resolver runs; their message names the argument, which is what the caller needs.
  if (original instanceof PothosValidationError) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  log.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs each operation with its request id and counts operations and errors by code. */
function operationsPlugin(log: Logger, metrics: Metrics | undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, errors, contextValue, metrics: m }) {
          const type = operation?.operation ?? 'unknown';
          if (m.responseCacheHit) metrics?.graphqlCacheHits.inc();
          log.debug(
            { requestId: contextValue.requestId, operationName, type },
            'graphql operation',
          );
          metrics?.countOperation(operationName, type);
          for (const error of errors ?? []) {
            metrics?.countError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          }
        },
      };
    },
  };
}
