/**
 * Expected failures. Mutations list the ones they can raise (Pothos errors plugin) and clients
 * receive them as typed payload members implementing the `Error` interface; anything else is
 * an unexpected error, logged and answered with a generic message.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VALIDATION_FAILED'
  | 'RATE_LIMITED'
  | 'INVALID_TOKEN'
  | 'APPROVAL_REQUIRED'
  | 'DUPLICATE_ISSUE_NUMBER';

export abstract class UserError extends Error {
  abstract readonly code: ErrorCode;
}

export class NotFoundError extends UserError {
  readonly code = 'NOT_FOUND' as const;
  override name = 'NotFoundError';
}

export class ConflictError extends UserError {
  readonly code = 'CONFLICT' as const;
  override name = 'ConflictError';
}

export interface FieldProblem {
  /** Path of the input field, e.g. `["input", "website"]`. */
  readonly path: string[];
  readonly message: string;
}

export class ValidationFailedError extends UserError {
  readonly code = 'VALIDATION_FAILED' as const;
  override name = 'ValidationFailedError';
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export class RateLimitedError extends UserError {
  readonly code = 'RATE_LIMITED' as const;
  override name = 'RateLimitedError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class InvalidTokenError extends UserError {
  readonly code = 'INVALID_TOKEN' as const;
  override name = 'InvalidTokenError';
}

/**
 * The action needs an approval it does not have: a mailing that requires approval is sent or
 * scheduled before an admin approved it, or its preparer tries to approve it themselves.
 */
export class ApprovalRequiredError extends UserError {
  readonly code = 'APPROVAL_REQUIRED' as const;
  override name = 'ApprovalRequiredError';
}

/**
 * A newsletter's issue number (第N号) is already another newsletter's that is not cancelled;
 * saving it anyway needs the input's explicit confirmation (`confirmDuplicateIssueNumber`).
 */
export class DuplicateIssueNumberError extends UserError {
  readonly code = 'DUPLICATE_ISSUE_NUMBER' as const;
  override name = 'DuplicateIssueNumberError';
  constructor(
    message: string,
    /** Path of the issue number in the input, e.g. `["input", "contentJson", "issueNumber"]`. */
    readonly path: string[],
    readonly issueNumber: number,
    /** The newsletter that already has the number. */
    readonly otherMailingId: string,
  ) {
    super(message);
  }
}
