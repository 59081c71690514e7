/** Service-wide settings the secretariat can change at run time (the `settings` table). */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { MAILING_KINDS, type MailingKind } from '../../db/tables/mailings.js';
import { ValidationFailedError } from '../../errors.js';
import { readSettingValues, writeSetting } from './settings.repository.js';

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
  const stored = await readSettingValues(db);
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

/**
 * Changes the settings given (the others stay), with an audit entry. VALIDATION_FAILED when
 * nothing is given. Callers check the right to do so (secretariat admins).
 */
export async function updateSettings(
  db: Db,
  actor: Actor,
  input: {
    readonly profileChangesRequireReview?: boolean | null;
    readonly approvalRequiredKinds?: readonly MailingKind[] | null;
  },
): Promise<Settings> {
  if (input.profileChangesRequireReview == null && input.approvalRequiredKinds == null) {
    throw new ValidationFailedError('変更する設定が指定されていません。', [
      {
        path: ['input'],
        message:
          'profileChangesRequireReview か approvalRequiredKinds の少なくとも一つを指定してください。',
      },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const before = await readSettings(trx);
    if (input.profileChangesRequireReview != null) {
      await writeSetting(trx, 'profileChangesRequireReview', input.profileChangesRequireReview);
    }
    if (input.approvalRequiredKinds != null) {
      await writeSetting(trx, 'approvalRequiredKinds', [...new Set(input.approvalRequiredKinds)]);
    }
    const after = await readSettings(trx);
    await recordAudit(trx, actor, {
      action: 'settings.update',
      targetType: 'Settings',
      before,
      after,
    });
    return after;
  });
}
