/**
 * The actor of a CLI command run: no account (anonymous viewer) unless a command acts as one,
 * the operator `user@host`, and one request id per run. The audit trail records it as actor
 * kind `CLI`, id `user@host` (src/audit/audit.ts `auditActorOf`).
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Actor } from '../auth/actor.js';
import { anonymousViewer } from '../auth/viewer.js';

export function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): keep "unknown".
  }
  return {
    viewer: anonymousViewer,
    operator: `${user}@${os.hostname()}`,
    requestId: `cli-${randomUUID()}`,
  };
}
