/** GraphQL types of the expected errors in src/errors.ts. */

import {
  ApprovalRequiredError,
  ConflictError,
  type ErrorCode,
  type FieldProblem,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  type UserError,
  ValidationFailedError,
} from '../errors.js';
import { builder } from './builder.js';

const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Stable machine-readable code of an expected error.',
  values: {
    NOT_FOUND: { description: 'The object does not exist or is not visible to you.' },
    CONFLICT: {
      description: 'The object changed since you read it, or the action was already done.',
    },
    VALIDATION_FAILED: { description: 'The input was rejected; see `problems`.' },
    RATE_LIMITED: { description: 'Too many requests; retry after `retryAfterSeconds`.' },
    INVALID_TOKEN: { description: 'A link or token is expired, used or forged.' },
    APPROVAL_REQUIRED: {
      description: 'The action needs the approval of an admin other than the preparer.',
    },
    DUPLICATE_ISSUE_NUMBER: {
      description:
        'Another newsletter that is not cancelled already has this issue number; confirm to save it anyway.',
    },
  } satisfies Record<ErrorCode, { description: string }>,
});

export const ErrorInterface = builder.interfaceRef<UserError>('Error').implement({
  description: 'An expected failure of a mutation, reported in its result instead of `errors`.',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, description: 'Stable code.', resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'Explanation for people (Japanese).' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object does not exist or is not visible to you.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The object changed since it was read (stale version), or the action was already done.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
});

const FieldProblemRef = builder.objectRef<FieldProblem>('FieldProblem').implement({
  description: 'One rejected input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Path of the field, e.g. ["input", "website"].',
    }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

builder.objectType(ValidationFailedError, {
  name: 'ValidationFailedError',
  description: 'The input was rejected; nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationFailedError,
  fields: (t) => ({
    problems: t.field({
      type: [FieldProblemRef],
      description: 'Each rejected field with the reason.',
      resolve: (e) => e.problems,
    }),
  }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: 'Too many requests of this kind; nothing was done.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      description: 'Seconds to wait before retrying.',
    }),
  }),
});

builder.objectType(InvalidTokenError, {
  name: 'InvalidTokenError',
  description: 'The link or token is expired, already used or not genuine.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidTokenError,
});

builder.objectType(ApprovalRequiredError, {
  name: 'ApprovalRequiredError',
  description:
    'The mailing must first be approved by a secretariat admin other than the one who prepared it; nothing was done.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ApprovalRequiredError,
});
