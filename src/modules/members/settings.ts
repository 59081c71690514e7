/** Service-wide settings the secretariat can change at run time (the `settings` table). */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';

export interface Settings {
  /** Hold member users' profile changes for secretariat review instead of publishing them at once. */
  readonly profileChangesRequireReview: boolean;
}

const DEFAULTS: Settings = { profileChangesRequireReview: false };

export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    profileChangesRequireReview:
      typeof stored.profileChangesRequireReview === 'boolean'
        ? stored.profileChangesRequireReview
        : DEFAULTS.profileChangesRequireReview,
  };
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
