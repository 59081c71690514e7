/**
 * The public URL the running server hands out (sign-in links, links in e-mails), recorded in the
 * `settings` table when it starts, so that a command-line tool working on the same database
 * builds the same links without PORT/PUBLIC_URL being repeated for it (docs/cli.md).
 */
import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from './create-db.js';

const KEY = 'server.publicUrl';

export interface RecordedPublicUrl {
  readonly publicUrl: string;
  /** Where the server took it from: PUBLIC_URL, or the default from PORT. */
  readonly source: Config['publicUrlSource'];
  /** When the server that recorded it started (ISO 8601). */
  readonly recordedAt: string;
}

export async function recordPublicUrl(
  db: Db,
  config: Pick<Config, 'publicUrl' | 'publicUrlSource'>,
  now: Date = new Date(),
): Promise<void> {
  const value: RecordedPublicUrl = {
    publicUrl: config.publicUrl,
    source: config.publicUrlSource,
    recordedAt: now.toISOString(),
  };
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key: KEY, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: sql`now()` }))
    .execute();
}

/** What the last server to start on this database recorded, if any server has. */
export async function readRecordedPublicUrl(db: Db): Promise<RecordedPublicUrl | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', KEY)
    .executeTakeFirst();
  const value = row?.value as Partial<RecordedPublicUrl> | undefined;
  if (typeof value?.publicUrl !== 'string' || typeof value.recordedAt !== 'string')
    return undefined;
  return {
    publicUrl: value.publicUrl,
    source: value.source === 'PUBLIC_URL' ? 'PUBLIC_URL' : 'PORT',
    recordedAt: value.recordedAt,
  };
}
