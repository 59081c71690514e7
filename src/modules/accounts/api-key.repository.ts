/** Partner API keys in the database (secrets only as SHA-256; see ./api-keys.ts). */
import { sql } from 'kysely';
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

export async function insertApiKey(
  db: Db,
  key: {
    id: string;
    name: string;
    secretHash: Buffer;
    createdBy: string | null;
    expiresAt: Date | null;
  },
): Promise<ApiKey> {
  const row = await db
    .insertInto('api_keys')
    .values({
      id: key.id,
      name: key.name,
      secret_hash: key.secretHash,
      created_by: key.createdBy,
      expires_at: key.expiresAt,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toApiKey(row);
}

/** The key's record with its secret hash (for verifying a key), or undefined. */
export async function findApiKeyWithSecret(db: Db, id: string) {
  return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findApiKey(db: Db, id: string): Promise<ApiKey | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toApiKey(row);
}

/** Marks a key used now, at most once a minute (no write per request). */
export async function touchApiKey(db: Db, id: string): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('last_used_at', 'is', null),
        eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .execute();
}

export async function listApiKeys(db: Db): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(columns)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiKey);
}

/** Revokes a key (a revoked key keeps its first revocation time); undefined if unknown. */
export async function revokeApiKey(db: Db, id: string): Promise<ApiKey | undefined> {
  const row = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql`coalesce(revoked_at, now())` })
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst();
  return row && toApiKey(row);
}
