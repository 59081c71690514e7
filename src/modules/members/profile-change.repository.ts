/** The SQL of held profile changes (`profile_change_requests`). */
import type { Db } from '../../db/create-db.js';
import type { ProfilePatch } from './organization.repository.js';

export interface ProfileChangeRequest {
  readonly id: string;
  readonly organizationId: string;
  readonly changes: ProfilePatch;
  readonly baseVersion: number;
  readonly status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUPERSEDED' | 'WITHDRAWN';
  readonly reason: string | null;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
}

type Status = ProfileChangeRequest['status'];

export function toRequest(row: {
  id: string;
  organization_id: string;
  changes: Record<string, unknown>;
  base_version: number;
  status: Status;
  reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}): ProfileChangeRequest {
  return {
    id: row.id,
    organizationId: row.organization_id,
    changes: row.changes as ProfilePatch,
    baseVersion: row.base_version,
    status: row.status,
    reason: row.reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

/** A newer request replaces the one still waiting. */
export async function supersedePending(db: Db, organizationId: string): Promise<void> {
  await db
    .updateTable('profile_change_requests')
    .set({ status: 'SUPERSEDED', decided_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'PENDING')
    .execute();
}

export async function insertProfileChangeRequest(
  db: Db,
  values: { organizationId: string; requestedBy: string; patch: ProfilePatch; baseVersion: number },
): Promise<ProfileChangeRequest> {
  const row = await db
    .insertInto('profile_change_requests')
    .values({
      organization_id: values.organizationId,
      requested_by: values.requestedBy,
      changes: JSON.stringify(values.patch),
      base_version: values.baseVersion,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRequest(row);
}

/** The request row locked FOR UPDATE (with who requested it); undefined if there is none. */
export async function lockProfileChangeRequest(db: Db, id: string) {
  return db
    .selectFrom('profile_change_requests')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Closes a request: decided by the secretariat, or withdrawn (no decider). */
export async function closeProfileChangeRequest(
  db: Db,
  id: string,
  outcome: {
    status: 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
    decidedBy?: string;
    reason?: string | null;
  },
): Promise<ProfileChangeRequest> {
  const row = await db
    .updateTable('profile_change_requests')
    .set({
      status: outcome.status,
      ...(outcome.decidedBy !== undefined ? { decided_by: outcome.decidedBy } : {}),
      decided_at: new Date(),
      ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRequest(row);
}

export async function findProfileChangeRequests(
  db: Db,
  filter: { status?: Status | null; organizationId?: string | null },
  page: { limit: number; offset: number },
): Promise<ProfileChangeRequest[]> {
  const rows = await db
    .selectFrom('profile_change_requests')
    .selectAll()
    .$if(filter.status != null, (q) => q.where('status', '=', filter.status as Status))
    .$if(filter.organizationId != null, (q) =>
      q.where('organization_id', '=', filter.organizationId as string),
    )
    .orderBy('created_at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toRequest);
}

export async function countProfileChangeRequests(
  db: Db,
  filter: { status?: Status | null },
): Promise<number> {
  const row = await db
    .selectFrom('profile_change_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(filter.status != null, (q) => q.where('status', '=', filter.status as Status))
    .executeTakeFirstOrThrow();
  return row.n;
}
