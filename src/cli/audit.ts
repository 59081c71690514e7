/**
 * Audit entries for changes made from the CLI: actor kind `CLI`, actor id `user@host`, one
 * request id per command run. Written in the caller's transaction, like recordAudit.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { type AuditEntry, redact } from '../audit/audit.js';
import type { Db } from '../db/create-db.js';
import type { CliActor } from './command.js';

export function cliActor(): CliActor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): keep "unknown".
  }
  return { kind: 'CLI', id: `${user}@${os.hostname()}`, requestId: `cli-${randomUUID()}` };
}

/** Records entries (any number) as the CLI actor. */
export async function recordCliAudit(
  db: Db,
  actor: CliActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  const rows = entries.map((entry) => ({
    actor_kind: actor.kind,
    actor_id: actor.id,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(redact(entry.before)),
    after: entry.after === undefined ? null : JSON.stringify(redact(entry.after)),
    request_id: actor.requestId,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('audit_events')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}
