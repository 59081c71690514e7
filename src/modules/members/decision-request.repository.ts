/**
 * Who decided a request and when, for the three workflows the secretariat decides. The services
 * return their own request shapes; this reads the two decision columns they do not all carry
 * (`decided_by` everywhere, `decided_at` of working-group requests), batched by the GraphQL layer.
 */
import type { Db } from '../../db/create-db.js';

/** The one vocabulary of a decision, across applications, profile changes and WG requests. */
export type DecisionState = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'SUPERSEDED';

/** The tables of the three workflows; an application's key is its organisation id. */
export type DecisionTable =
  | 'membership_applications'
  | 'profile_change_requests'
  | 'working_group_requests';

export interface DecisionRecord {
  readonly key: string;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
}

export async function findDecisionRecords(
  db: Db,
  table: DecisionTable,
  keys: readonly string[],
): Promise<DecisionRecord[]> {
  if (keys.length === 0) return [];
  if (table === 'membership_applications') {
    return db
      .selectFrom('membership_applications')
      .select(['organization_id as key', 'decided_by as decidedBy', 'decided_at as decidedAt'])
      .where('organization_id', 'in', keys)
      .execute();
  }
  return db
    .selectFrom(table)
    .select(['id as key', 'decided_by as decidedBy', 'decided_at as decidedAt'])
    .where('id', 'in', keys)
    .execute();
}
