/**
 * Limits checked while validating a query, before any resolver runs (GraphQL Armor): depth,
 * cost, aliases, directives and tokens. Field suggestions ("Did you mean …?") are dropped from
 * every message by ./japanese-messages.ts (Armor's own mask left `[Suggestion hidden]?` behind);
 * introspection stays on for partners.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 20000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
} as const;

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Tokens are limited by the parser itself (Apollo `parseOptions.maxTokens`), which answers a
    // proper 400; Armor's own token plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}
