/**
 * Issuing a partner API key: one door for the GraphQL mutation and the CLI
 * (`tsunagari api-keys create`). The key is created and audited in one transaction.
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { NotFoundError, ValidationFailedError } from '../../errors.js';
import type { ApiKey } from './account.js';
import { revokeApiKey as writeRevocation } from './api-key.repository.js';
import { createApiKey } from './api-keys.js';

/** Creates a key valid until `expiresAt` (null: no expiry); its full text is returned once. */
export async function issueApiKey(
  db: Db,
  actor: Actor,
  input: { name: string; expiresAt: Date | null },
): Promise<{ apiKey: ApiKey; key: string }> {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new ValidationFailedError('有効期限が過去の日時です。', [
      { path: ['input', 'expiresAt'], message: '有効期限には今より後の日時を指定してください。' },
    ]);
  }
  const { viewer } = actor;
  // The CLI acts as no account: its keys have no creator (the audit names the operator).
  const createdBy =
    viewer.kind === 'SECRETARIAT' || viewer.kind === 'MEMBER' ? viewer.accountId : null;
  return db.transaction().execute(async (trx) => {
    const created = await createApiKey(trx, { ...input, createdBy });
    await recordAudit(trx, actor, {
      action: 'apiKey.create',
      targetType: 'ApiKey',
      targetId: created.apiKey.id,
      after: created.apiKey,
    });
    return created;
  });
}

/** Revokes a key at once (a revoked key keeps its first revocation time). */
export async function revokeApiKey(db: Db, actor: Actor, input: { id: string }): Promise<ApiKey> {
  return db.transaction().execute(async (trx) => {
    const apiKey = await writeRevocation(trx, input.id);
    if (!apiKey) throw new NotFoundError('その API キーは見つかりません。');
    await recordAudit(trx, actor, {
      action: 'apiKey.revoke',
      targetType: 'ApiKey',
      targetId: apiKey.id,
      after: apiKey,
    });
    return apiKey;
  });
}
