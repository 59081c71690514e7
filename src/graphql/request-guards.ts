/**
 * Requests refused before execution with a client error instead of an internal one: a
 * subscription (this API serves queries and mutations over HTTP only) and text with NUL
 * characters (U+0000), which Postgres cannot store or compare.
 */
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Context } from '../context.js';

function badRequest(message: string, code: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, http: { status: 400, headers: new HeaderMap() } },
  });
}

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export function requestGuardsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation?.operation === 'subscription') {
            throw badRequest(
              'subscription には対応していません。query か mutation を送ってください。',
              'BAD_REQUEST',
            );
          }
          if (hasNul(request.variables) || documentHasNul(document)) {
            throw badRequest('文字列に NUL 文字（U+0000）は使えません。', 'BAD_USER_INPUT');
          }
        },
      };
    },
  };
}
