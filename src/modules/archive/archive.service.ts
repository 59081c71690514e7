/** Publication rules: who may publish what, and when an item becomes visible. */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { NotFoundError, ValidationFailedError } from '../../errors.js';
import type { Mailing } from '../mailings/mailing.js';
import { findMailing } from '../mailings/mailing.repository.js';
import { isArchiveKind } from './archive.js';
import { setPublication } from './archive.repository.js';

/**
 * Marks a mailing public or not. A public mailing appears in the archive once its sending has
 * started (`published_at`, set by the engine's start step); one whose sending already started
 * is published at once. Unpublishing keeps `published_at`, so its URL answers 410 Gone.
 * 招集通知 are never public.
 */
export async function setMailingPublication(
  db: Db,
  actor: Actor,
  input: { mailingId: string; isPublic: boolean },
): Promise<Mailing> {
  return db.transaction().execute(async (trx) => {
    const before = await findMailing(trx, input.mailingId);
    if (!before) throw new NotFoundError('そのメールは見つかりません。');
    if (!isArchiveKind(before.kind)) {
      throw new ValidationFailedError('会議の招集通知はアーカイブに公開できません。', [
        {
          path: ['input', 'mailingId'],
          message: '公開できるのはメールマガジン・事務局訪問記・事務連絡です。',
        },
      ]);
    }
    await setPublication(trx, input.mailingId, input.isPublic);
    const after = await findMailing(trx, input.mailingId);
    if (!after) throw new NotFoundError('そのメールは見つかりません。');
    await recordAudit(trx, actor, {
      action: input.isPublic ? 'mailing.publish' : 'mailing.unpublish',
      targetType: 'Mailing',
      targetId: after.id,
      before: { isPublic: before.isPublic, publishedAt: before.publishedAt },
      after: { isPublic: after.isPublic, publishedAt: after.publishedAt },
    });
    return after;
  });
}
