/**
 * Kysely writes of mailing rows: a draft saved, edited or deleted, an approval recorded, a
 * lifecycle step. Each change is conditional on the state the service expects and says whether
 * it applied, so the service can answer CONFLICT; the service holds the transaction.
 */
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { MailingStatus, MailingTable } from '../../db/tables/mailings.js';

/** Columns of a mailing row that a change sets. */
export type MailingColumns = Updateable<MailingTable>;

/** Inserts a new mailing row; its id. */
export async function insertMailing(db: Db, values: Insertable<MailingTable>): Promise<string> {
  const { id } = await db
    .insertInto('mailings')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Which approval a lifecycle step requires of the mailing it moves. */
export type ApprovalCondition =
  /** None (pause, resume, cancel). */
  | 'none'
  /** Approved, whatever `approval_required` says (the kind requires it by setting). */
  | 'approved'
  /** Approved if it requires approval. */
  | 'approvedIfRequired';

/**
 * Moves a mailing from one of `from` to `to` (and the other columns in `set`), bumping its
 * version: true if it applied, false if the mailing was not in an expected state (nor at
 * `expectedVersion`, nor approved as `approval` requires) — e.g. a second start.
 */
export async function moveMailing(
  db: Db,
  change: {
    readonly mailingId: string;
    readonly from: readonly MailingStatus[];
    readonly to: MailingStatus;
    readonly set: MailingColumns;
    readonly expectedVersion?: number | null;
    readonly approval: ApprovalCondition;
  },
): Promise<boolean> {
  let query = db
    .updateTable('mailings')
    .set((eb) => ({
      ...change.set,
      status: change.to,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', change.mailingId)
    .where('status', 'in', change.from);
  if (change.expectedVersion != null) query = query.where('version', '=', change.expectedVersion);
  if (change.approval === 'approved') {
    query = query.where('approved_at', 'is not', null);
  } else if (change.approval === 'approvedIfRequired') {
    query = query.where((eb) =>
      eb.or([eb('approval_required', '=', false), eb('approved_at', 'is not', null)]),
    );
  }
  return (await query.returning('id').executeTakeFirst()) !== undefined;
}

/**
 * Records `approver`'s approval of a DRAFT at `version` not yet approved and never edited by
 * them (checked here too: an edit by the approver committed since the service read it); true if
 * it applied.
 */
export async function approveDraft(
  db: Db,
  input: { readonly mailingId: string; readonly version: number; readonly approver: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('mailings')
    .set({
      approved_by: input.approver,
      approved_at: new Date(),
      approved_version: input.version,
      updated_at: new Date(),
    })
    .where('id', '=', input.mailingId)
    .where('status', '=', 'DRAFT')
    .where('version', '=', input.version)
    .where('approved_at', 'is', null)
    .where(sql<boolean>`NOT (${input.approver}::uuid = ANY (edited_by))`)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** What an edit of a draft changes; absent fields stay as they are. */
export interface DraftChange {
  readonly mailingId: string;
  readonly expectedVersion: number;
  /** The account that edits it, added to its editors (none for a caller without one). */
  readonly editor: string | null;
  readonly set: MailingColumns;
}

/**
 * Saves an edit of a DRAFT at `expectedVersion`, bumping its version, withdrawing its approval
 * (what was approved is no longer what would be sent) and adding the editor to its editors (who
 * has written part of it may not approve it); true if it applied.
 */
export async function updateDraft(db: Db, change: DraftChange): Promise<boolean> {
  const { editor } = change;
  const updated = await db
    .updateTable('mailings')
    .set((eb) => ({
      ...change.set,
      version: eb('version', '+', 1),
      updated_at: new Date(),
      last_error: null,
      approved_by: null,
      approved_at: null,
      ...(editor
        ? {
            edited_by: sql<string[]>`CASE WHEN ${editor}::uuid = ANY (edited_by) THEN edited_by
              ELSE array_append(edited_by, ${editor}::uuid) END`,
          }
        : {}),
    }))
    .where('id', '=', change.mailingId)
    .where('version', '=', change.expectedVersion)
    .where('status', '=', 'DRAFT')
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/**
 * Deletes a DRAFT at `expectedVersion` that never went out (never started, resolved or
 * published); true if it did.
 */
export async function deleteUnsentDraft(
  db: Db,
  input: { readonly mailingId: string; readonly expectedVersion: number },
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('mailings')
    .where('id', '=', input.mailingId)
    .where('status', '=', 'DRAFT')
    .where('version', '=', input.expectedVersion)
    .where('started_at', 'is', null)
    .where('resolved_at', 'is', null)
    .where('published_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}

/** The status of a mailing, its row locked until the transaction ends; undefined if none. */
export async function lockMailingStatus(
  db: Db,
  mailingId: string,
): Promise<MailingStatus | undefined> {
  const row = await db
    .selectFrom('mailings')
    .select(['status'])
    .where('id', '=', mailingId)
    .forUpdate()
    .executeTakeFirst();
  return row?.status;
}

/** A SENT mailing back to SENDING (a delivery of it is sent again). */
export async function reopenSentMailing(db: Db, mailingId: string): Promise<void> {
  await db
    .updateTable('mailings')
    .set((eb) => ({
      status: 'SENDING',
      completed_at: null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', mailingId)
    .execute();
}
