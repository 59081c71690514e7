/** Partner API keys: `tsu_live_<id>_<secret>`, shown once, stored as a SHA-256 of the secret. */
import { hashesEqual, newApiKey, parseApiKey, sha256 } from '../../auth/tokens.js';
import type { Db } from '../../db/create-db.js';
import { type ApiKey, toApiKey } from './account.js';
import { findApiKeyWithSecret, insertApiKey, touchApiKey } from './api-key.repository.js';

export async function createApiKey(
  db: Db,
  input: { name: string; expiresAt: Date | null; createdBy: string | null },
): Promise<{ apiKey: ApiKey; key: string }> {
  const generated = newApiKey();
  const apiKey = await insertApiKey(db, {
    id: generated.id,
    name: input.name,
    secretHash: generated.secretHash,
    createdBy: input.createdBy,
    expiresAt: input.expiresAt,
  });
  return { apiKey, key: generated.key };
}

// Compared against when the id is unknown, so a miss costs the same as a wrong secret.
const DUMMY_HASH = sha256('no such key');

/** The key's record if the key is genuine, not revoked and not expired; otherwise undefined. */
export async function verifyApiKey(db: Db, key: string): Promise<ApiKey | undefined> {
  const parsed = parseApiKey(key);
  const row = parsed ? await findApiKeyWithSecret(db, parsed.id) : undefined;
  const genuine = hashesEqual(sha256(parsed?.secret ?? ''), row?.secret_hash ?? DUMMY_HASH);
  if (!row || !genuine || row.revoked_at || (row.expires_at && row.expires_at <= new Date())) {
    return undefined;
  }
  await touchApiKey(db, row.id);
  return toApiKey(row);
}
