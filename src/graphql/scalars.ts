import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { emailAddressProblem, httpUrlProblem } from '../lib/address-formats.js';

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw new GraphQLError(`${scalar} は文字列で指定してください。`, { nodes: ast });
  }
  return ast.value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` and rejects impossible dates such as 2025-02-30. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw new TypeError('Date は YYYY-MM-DD 形式の文字列で指定してください（例: 2025-05-01）。');
  }
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (
    !match ||
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new TypeError(
      `「${value}」は日付として正しくありません。YYYY-MM-DD 形式の実在する日付を指定してください（例: 2025-05-01）。`,
    );
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time zone, ISO 8601 `YYYY-MM-DD` (e.g. `2025-05-01`).',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => parseIsoDate(literalString(ast, 'Date')),
});

function parseDateTime(value: unknown): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new TypeError(
      'DateTime は ISO 8601 形式の日時で指定してください（例: 2025-05-27T09:00:00+09:00）。',
    );
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 with offset (e.g. `2025-05-27T09:00:00.000Z`).',
  serialize: (value) => parseDateTime(value).toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
});

export function parseEmailAddress(value: unknown): string {
  const problem = emailAddressProblem(value);
  if (problem !== undefined) throw new TypeError(problem);
  return value as string;
}

export const EmailAddressScalar = new GraphQLScalarType<string, string>({
  name: 'EmailAddress',
  description: 'An e-mail address (RFC 5321 mailbox, e.g. `info@example.or.jp`).',
  serialize: (value) => parseEmailAddress(value),
  parseValue: (value) => parseEmailAddress(value),
  parseLiteral: (ast) => parseEmailAddress(literalString(ast, 'EmailAddress')),
});

export function parseHttpUrl(value: unknown): string {
  const problem = httpUrlProblem(value);
  if (problem !== undefined) throw new TypeError(problem);
  return new URL(value as string).toString();
}

export const UrlScalar = new GraphQLScalarType<string, string>({
  name: 'URL',
  description: 'An absolute http or https URL.',
  serialize: (value) => parseHttpUrl(value),
  parseValue: (value) => parseHttpUrl(value),
  parseLiteral: (ast) => parseHttpUrl(literalString(ast, 'URL')),
});
