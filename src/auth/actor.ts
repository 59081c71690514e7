/**
 * Who performs a use case. Every service is called as `fn(db, actor, input)`: the GraphQL API
 * passes its request context (which is an Actor), the HTTP pages the visitor they
 * authenticated, the CLI the account a command acts as (`--as`) together with the operator at
 * the terminal. Services authorise against `actor.viewer` and write `actor` into the audit trail.
 */
import type { Viewer } from './viewer.js';

export interface Actor {
  /** Whose rights apply. */
  readonly viewer: Viewer;
  /** Groups the audit entries of one request or one command run (the `x-request-id`). */
  readonly requestId: string;
  /**
   * `user@host` of the operator when a CLI command runs the use case. A command that acts as no
   * account (`viewer` anonymous) is recorded in the audit trail under this name, kind `CLI`.
   */
  readonly operator?: string;
}
