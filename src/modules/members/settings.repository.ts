/** The `settings` table: one JSON value per key. */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';

/** Every stored setting by key (values as stored; settings.ts decodes them). */
export async function readSettingValues(db: Db): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Stores one setting (no audit entry: `updateSettings` in settings.ts is the use case). */
export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: sql`now()` }),
    )
    .execute();
}
