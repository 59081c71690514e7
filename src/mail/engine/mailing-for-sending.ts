/** What the engine reads of a mailing before it starts or sends it. */
import type { Db } from '../../db/create-db.js';
import type { MailingKind } from '../../db/tables/mailings.js';

export interface MailingForSending {
  readonly id: string;
  readonly kind: MailingKind;
  /** Published to the archive (decides where 「ブラウザで表示する」 leads). */
  readonly isPublic: boolean;
  readonly status: string;
  readonly version: number;
  readonly resolvedAt: Date | null;
  readonly compiledVersion: number | null;
}

export async function loadMailingForSending(
  db: Db,
  mailingId: string,
): Promise<MailingForSending | null> {
  const row = await db
    .selectFrom('mailings')
    .select(['id', 'kind', 'status', 'version', 'resolved_at', 'compiled_version', 'is_public'])
    .where('id', '=', mailingId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        kind: row.kind,
        isPublic: row.is_public,
        status: row.status,
        version: row.version,
        resolvedAt: row.resolved_at,
        compiledVersion: row.compiled_version,
      }
    : null;
}
