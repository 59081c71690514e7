/** Service-wide settings the secretariat can change at run time (the `settings` table). */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import { MAILING_KINDS, type MailingKind } from '../../db/tables/mailings.js';

export interface Settings {
  /** Hold member users' profile changes for secretariat review instead of publishing them at once. */
  readonly profileChangesRequireReview: boolean;
  /**
   * Mail kinds that always need an admin's approval before sending, whatever a mailing says.
   * Administrative mail goes to every member: 事務連絡 and 招集通知 by default.
   */
  readonly approvalRequiredKinds: readonly MailingKind[];
}

const DEFAULTS: Settings = {
  profileChangesRequireReview: false,
  approvalRequiredKinds: ['NOTICE', 'MEETING_NOTICE'],
};

function isKindList(value: unknown): value is MailingKind[] {
  return (
    Array.isArray(value) &&
    value.every((kind) => (MAILING_KINDS as readonly unknown[]).includes(kind))
  );
}

export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    profileChangesRequireReview:
      typeof stored.profileChangesRequireReview === 'boolean'
        ? stored.profileChangesRequireReview
        : DEFAULTS.profileChangesRequireReview,
    approvalRequiredKinds: isKindList(stored.approvalRequiredKinds)
      ? stored.approvalRequiredKinds
      : DEFAULTS.approvalRequiredKinds,
  };
}

/** Whether every mailing of `kind` needs an admin's approval (the `approvalRequiredKinds` setting). */
export async function kindRequiresApproval(db: Db, kind: MailingKind): Promise<boolean> {
  return (await readSettings(db)).approvalRequiredKinds.includes(kind);
}

export async function writeSetting<K extends keyof Settings>(
  db: Db,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: sql`now()` }),
    )
    .execute();
}
