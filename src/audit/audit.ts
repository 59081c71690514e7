/**
 * The audit trail: every mutation records who did what to which object, with before/after
 * values, in the same transaction as the change. Secrets never reach it (see `redact`).
 */
import type { Viewer } from '../auth/viewer.js';
import type { Db } from '../db/create-db.js';

export interface AuditEntry {
  readonly action: string;
  readonly targetType: string;
  readonly targetId?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

const SECRET_KEYS = /token|secret|password|hash|key$/i;

/** Drops values under keys that could hold secrets (defence in depth; callers pass none). */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

export function actorOf(viewer: Viewer): { kind: string; id: string | null } {
  switch (viewer.kind) {
    case 'ANONYMOUS':
      return { kind: 'ANONYMOUS', id: null };
    case 'PARTNER':
      return { kind: 'PARTNER', id: viewer.apiKeyId };
    case 'MEMBER':
    case 'SECRETARIAT':
      return { kind: viewer.kind, id: viewer.accountId };
  }
}

export async function recordAudit(
  db: Db,
  context: { viewer: Viewer; requestId: string },
  entry: AuditEntry,
): Promise<void> {
  const actor = actorOf(context.viewer);
  await db
    .insertInto('audit_events')
    .values({
      actor_kind: actor.kind,
      actor_id: actor.id,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(redact(entry.before)),
      after: entry.after === undefined ? null : JSON.stringify(redact(entry.after)),
      request_id: context.requestId,
    })
    .execute();
}
