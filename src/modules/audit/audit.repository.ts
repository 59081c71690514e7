/** Reading the audit trail (src/audit/audit.ts writes it). */
import type { Db } from '../../db/create-db.js';
import type { AuditActorKind } from '../../db/tables/system.js';

export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorKind: AuditActorKind;
  readonly actorId: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

export interface AuditEventFilter {
  readonly targetType: string | null;
  /** The object's id as stored, and its type when the caller named it (a global ID). */
  readonly target: { readonly id: string; readonly typename?: string } | null;
  readonly action: string | null;
}

function filtered(db: Db, filter: AuditEventFilter) {
  const { targetType, target, action } = filter;
  return db
    .selectFrom('audit_events')
    .$if(targetType !== null, (q) => q.where('target_type', '=', targetType as string))
    .$if(target?.typename !== undefined, (q) =>
      q.where('target_type', '=', target?.typename as string),
    )
    .$if(target !== null, (q) => q.where('target_id', '=', target?.id as string))
    .$if(action !== null, (q) => q.where('action', '=', action as string));
}

/** Events, newest first. */
export async function findAuditEvents(
  db: Db,
  filter: AuditEventFilter,
  page: { limit: number; offset: number },
): Promise<AuditEvent[]> {
  return filtered(db, filter)
    .select([
      'id',
      'occurred_at as occurredAt',
      'actor_kind as actorKind',
      'actor_id as actorId',
      'action',
      'target_type as targetType',
      'target_id as targetId',
      'before',
      'after',
      'request_id as requestId',
    ])
    .orderBy('occurred_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAuditEvents(db: Db, filter: AuditEventFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
