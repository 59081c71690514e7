/**
 * The audit trail: every mutation records who did what to which object, with before/after
 * values, in the same transaction as the change. Secrets never reach it (see `redact`).
 */
import type { Actor } from '../auth/actor.js';
import type { Viewer } from '../auth/viewer.js';
import type { Db } from '../db/create-db.js';
import type { AuditActorKind } from '../db/tables/system.js';

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

/** How the audit trail names an actor: its account, API key, or the CLI operator. */
export function auditActorOf(actor: Actor): { kind: AuditActorKind; id: string | null } {
  if (actor.operator !== undefined && actor.viewer.kind === 'ANONYMOUS') {
    return { kind: 'CLI', id: actor.operator };
  }
  return actorOf(actor.viewer);
}

export function actorOf(viewer: Viewer): { kind: AuditActorKind; id: string | null } {
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

export async function recordAudit(db: Db, context: Actor, entry: AuditEntry): Promise<void> {
  const actor = auditActorOf(context);
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

/** Records many entries of one actor (a bulk import) in few statements. */
export async function recordAuditEntries(
  db: Db,
  context: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  const actor = auditActorOf(context);
  const rows = entries.map((entry) => ({
    actor_kind: actor.kind,
    actor_id: actor.id,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(redact(entry.before)),
    after: entry.after === undefined ? null : JSON.stringify(redact(entry.after)),
    request_id: context.requestId,
  }));
  // 500 rows of 8 values stay well below Postgres's 65,535 bind parameters.
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('audit_events')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}
