/** Partner API keys: `tsu_live_<id>_<secret>`, shown once, stored as a SHA-256 of the secret. */
import { sql } from 'kysely';
import { hashesEqual, newApiKey, parseApiKey, sha256 } from '../../auth/tokens.js';
import type { Db } from '../../db/create-db.js';
import { type ApiKey, toApiKey } from './account.js';

const columns = [
  'id',
  'name',
  'created_by',
  'created_at',
  'expires_at',
  'revoked_at',
  'last_used_at',
] as const;

export async function createApiKey(
  db: Db,
  input: { name: string; expiresAt: Date | null; createdBy: string | null },
): Promise<{ apiKey: ApiKey; key: string }> {
  const generated = newApiKey();
  const row = await db
    .insertInto('api_keys')
    .values({
      id: generated.id,
      name: input.name,
      secret_hash: generated.secretHash,
      created_by: input.createdBy,
      expires_at: input.expiresAt,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return { apiKey: toApiKey(row), key: generated.key };
}

// Compared against when the id is unknown, so a miss costs the same as a wrong secret.
const DUMMY_HASH = sha256('no such key');

/** The key's record if the key is genuine, not revoked and not expired; otherwise undefined. */
export async function verifyApiKey(db: Db, key: string): Promise<ApiKey | undefined> {
  const parsed = parseApiKey(key);
  const row = parsed
    ? await db.selectFrom('api_keys').selectAll().where('id', '=', parsed.id).executeTakeFirst()
    : undefined;
  const genuine = hashesEqual(sha256(parsed?.secret ?? ''), row?.secret_hash ?? DUMMY_HASH);
  if (!row || !genuine || row.revoked_at || (row.expires_at && row.expires_at <= new Date())) {
    return undefined;
  }
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', row.id)
    .where((eb) =>
      eb.or([
        eb('last_used_at', 'is', null),
        eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .execute();
  return toApiKey(row);
}

export async function listApiKeys(db: Db): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(columns)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiKey);
}

export async function revokeApiKey(db: Db, id: string): Promise<ApiKey | undefined> {
  const row = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql`coalesce(revoked_at, now())` })
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst();
  return row && toApiKey(row);
}
