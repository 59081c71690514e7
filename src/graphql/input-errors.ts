/**
 * Input refused before a resolver runs — an argument rule (`validate:`, Pothos validation
 * plugin) or a variable its type does not accept — as one `BAD_USER_INPUT` error: a Japanese
 * message, and `extensions.problems` listing each field as `{ path, message }`, the shape of
 * `ValidationFailedError.problems`, so that clients can show each message at its field without
 * reading the message text.
 */
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import type { FieldProblem } from '../errors.js';
import { japaneseIssueMessage } from '../lib/zod-japanese.js';
import { japaneseMessage } from './japanese-messages.js';

type IssuePath = readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;

/** The error for argument rules that failed; the validators are zod schemas. */
export function argumentValidationError(
  issues: readonly { readonly message: string; readonly path?: IssuePath }[],
): GraphQLError {
  const problems = issues.map((issue) => ({
    path: (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)),
    // Zod's issues carry their code and parameters, from which the Japanese is worded.
    message: japaneseIssueMessage(issue as z.core.$ZodIssue),
  }));
  const listed = problems.map((p) => (p.path.length ? `${p.path.join('.')}: ` : '') + p.message);
  return new GraphQLError(`入力が正しくありません。${listed.join(' ')}`, {
    extensions: { code: 'BAD_USER_INPUT', problems },
  });
}

/**
 * The field problem in graphql-js's message for a variable its type refuses
 * (`Variable "$input" got invalid value "x" at "input.website"; <reason>`), or undefined for
 * any other message. The path starts with the variable's name, as `input` above.
 */
export function variableProblem(message: string): FieldProblem | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .+?(?: at "(.+?)")?; (.*)$/s.exec(message);
  if (!match) return undefined;
  const [, name = '', at, reason = ''] = match;
  const path = at
    ? at.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')
    : [name];
  return { path, message: japaneseMessage(reason) };
}
