/**
 * Membership applications. Anyone may apply: the organisation is registered with status APPLIED
 * and its applicant as primary contact, and a confirmation link is e-mailed to the applicant's
 * address. Only once it is confirmed does the application reach the secretariat, which approves
 * (ACTIVE, a JOINED event, and the primary contact is invited to sign in) or rejects with a
 * reason. The applicant is e-mailed at each step; mail sent before the address is confirmed
 * repeats nothing the applicant typed (no names that could carry a link), so the official
 * sender cannot be made to carry someone else's text to any address.
 *
 * The answer to an application does not depend on whether the address is already on the
 * register (that would tell anyone whose address it is): such an application goes ahead, marked
 * `duplicate_address` for the secretariat.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { hitRateLimit } from '../../auth/rate-limit.js';
import { deriveToken, sha256 } from '../../auth/tokens.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import {
  ConflictError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
} from '../../errors.js';
import { enqueueJob } from '../../jobs/queue.js';
import { foldForSearch } from '../../lib/japanese-text.js';
import { formatEraDate } from '../../mail/render/dates.js';
import { queueTransactional } from '../../mail/transactional.js';
import { invitationMessage } from '../accounts/invitation-email.js';
import type { ApplicationInput } from './application.js';
import {
  addressOnRegister,
  confirmByTokenHash,
  ensureOrganizationAdmin,
  findDesignatedCity,
  findNamesLike,
  findOrganizationRow,
  findPrimaryContact,
  insertApplication,
  insertApplyingOrganization,
  lockConfirmedApplication,
  recordDecision,
  removeExpiredApplications,
} from './application.repository.js';
import { insertMembershipEvent, updateMembership } from './membership.repository.js';
import { type Organization, toOrganization } from './organization.js';

export type { ApplicationInput } from './application.js';

/** What the mail of an application needs to know of the configuration. */
export type ApplicationMailConfig = Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>;

/** The request an application comes in with: its client (rate limit) and the token key. */
export interface ApplicationRequest {
  readonly clientIp: string;
  readonly secretKey: Buffer;
}

const APPLICATIONS_PER_IP_PER_HOUR = 10;
const APPLICATIONS_PER_ADDRESS_PER_HOUR = 3;
const APPLICATION_CONFIRM_PURPOSE = 'application-confirm';
/** How long the confirmation link works; an application not confirmed by then is removed. */
export const APPLICATION_CONFIRM_TTL_HOURS = 24;

/** The confirmation token of an application: HMAC of its organisation id, never stored. */
export function applicationConfirmToken(secretKey: Buffer, organizationId: string): string {
  return deriveToken(secretKey, APPLICATION_CONFIRM_PURPOSE, organizationId);
}

/** Said to whoever applies, whatever the address (see the module comment). */
export const APPLICATION_RECEIVED_MESSAGE =
  '確認のメールをお送りしました。メールのリンクを開いて申請を確定してください（24時間有効）。確定するまで申請は事務局に届きません。';

/** Organisations on the register (or confirmed applications) with this name once folded. */
async function nameTaken(db: Db, name: string, except?: string): Promise<boolean> {
  const folded = foldForSearch(name);
  const sameStart = await findNamesLike(db, folded, except);
  return sameStart.some((other) => foldForSearch(other) === folded);
}

/** A designated city must be one, and lie in the prefecture given with it. */
async function checkDesignatedCity(
  db: Db,
  prefectureCode: string,
  code: string | null | undefined,
): Promise<void> {
  if (code == null) return;
  const city = await findDesignatedCity(db, code);
  const path = ['input', 'designatedCityCode'];
  if (!city) {
    const message = `「${code}」は政令指定都市のコードではありません（designatedCities で確認できます）。`;
    throw new ValidationFailedError(message, [{ path, message }]);
  }
  if (city.prefecture_code !== prefectureCode) {
    const message = `${city.name}は${city.prefectureName}の市です。所在地の都道府県と合う政令指定都市を選んでください（政令指定都市でなければ指定しないでください）。`;
    throw new ValidationFailedError(message, [{ path, message }]);
  }
}

const NAME_TAKEN = 'この団体名は既に登録（または申請）されています。事務局にお問い合わせください。';

export async function applyForMembership(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  request: ApplicationRequest,
): Promise<Organization> {
  // Both limits count every application, so neither says anything about the address.
  const [byIp, byAddress] = await Promise.all([
    hitRateLimit(db, `apply:ip:${request.clientIp}`, APPLICATIONS_PER_IP_PER_HOUR, 3600),
    hitRateLimit(
      db,
      `apply:address:${sha256(input.applicantEmail.trim().toLowerCase()).toString('hex')}`,
      APPLICATIONS_PER_ADDRESS_PER_HOUR,
      3600,
    ),
  ]);
  const limited = [byIp, byAddress].find((r) => !r.allowed);
  if (limited) {
    throw new RateLimitedError(
      '申請が多すぎます。しばらく待ってから、もう一度お試しください。',
      limited.retryAfterSeconds,
    );
  }
  await checkDesignatedCity(db, input.prefectureCode, input.designatedCityCode);
  return db.transaction().execute(async (trx) => {
    await removeExpiredApplications(trx);
    if (await nameTaken(trx, input.organizationName)) throw new ConflictError(NAME_TAKEN);
    const duplicateAddress = await addressOnRegister(trx, input.applicantEmail);
    const row = await insertApplyingOrganization(trx, randomUUID(), input);
    await insertApplication(trx, {
      organizationId: row.id,
      input,
      confirmTokenHash: sha256(applicationConfirmToken(request.secretKey, row.id)),
      confirmTtlHours: APPLICATION_CONFIRM_TTL_HOURS,
      duplicateAddress,
    });
    // The worker re-derives the token from the id: it is never written to the queue.
    await enqueueJob(
      trx,
      'send_application_confirmation',
      { organizationId: row.id },
      { maxAttempts: 3 },
    );
    await recordAudit(trx, actor, {
      action: 'application.submit',
      targetType: 'Organization',
      targetId: row.id,
      after: { name: row.name, category: row.category_code, duplicateAddress },
    });
    return toOrganization(row);
  });
}

/**
 * Confirms the applicant's address with the token from the confirmation e-mail: the application
 * now waits for the secretariat, and the applicant gets a receipt. A token works once.
 */
export async function confirmApplication(
  db: Db,
  actor: Actor,
  input: { token: string },
  config: ApplicationMailConfig,
): Promise<Organization> {
  return db.transaction().execute(async (trx) => {
    const confirmed = await confirmByTokenHash(trx, sha256(input.token));
    if (!confirmed) {
      throw new InvalidTokenError(
        'この確認用リンクは無効です（期限切れ・確定済み・不正なリンク）。期限が切れた場合は、もう一度申請してください。',
      );
    }
    const row = await findOrganizationRow(trx, confirmed.organization_id);
    // Someone else's application of the same name was confirmed first.
    if (await nameTaken(trx, row.name, row.id)) throw new ConflictError(NAME_TAKEN);
    await queueTransactional(trx, config, {
      purpose: 'application-received',
      to: confirmed.applicant_email,
      // Nothing the applicant typed: see the module comment.
      message: {
        subject: '【孤独・孤立対策官民連携プラットフォーム】入会申請を受け付けました',
        title: '入会申請を受け付けました',
        paragraphs: [
          'このメールアドレスで確認された入会申請を受け付けました。事務局で内容を確認し、結果をこのアドレスにお知らせします。',
        ],
        footnote: 'このメールは送信専用です。お心当たりのない場合は、事務局までご連絡ください。',
      },
    });
    await recordAudit(trx, actor, {
      action: 'application.confirm',
      targetType: 'Organization',
      targetId: row.id,
    });
    return toOrganization(row);
  });
}

async function lockPendingApplication(db: Db, organizationId: string) {
  const application = await lockConfirmedApplication(db, organizationId);
  if (!application) throw new NotFoundError('その申請は見つかりません。');
  if (application.status !== 'PENDING') {
    throw new ConflictError('この申請は既に処理されています。');
  }
  return application;
}

export async function approveApplication(
  db: Db,
  actor: Actor,
  input: { organizationId: string; joinedOn: string },
  config: ApplicationMailConfig,
): Promise<Organization> {
  if (actor.viewer.kind !== 'SECRETARIAT') throw new Error('secretariat only');
  const decidedBy = actor.viewer.accountId;
  return db.transaction().execute(async (trx) => {
    const application = await lockPendingApplication(trx, input.organizationId);
    await recordDecision(trx, input.organizationId, { status: 'APPROVED', decidedBy });
    const row = await updateMembership(trx, input.organizationId, {
      status: 'ACTIVE',
      joinedOn: input.joinedOn,
    });
    await insertMembershipEvent(trx, row.id, {
      kind: 'JOINED',
      occurredOn: input.joinedOn,
      statusAfter: 'ACTIVE',
      categoryAfter: row.category_code,
    });
    // The primary contact becomes the organisation's first user (its admin).
    const contact = await findPrimaryContact(trx, row.id);
    await ensureOrganizationAdmin(trx, row.id, contact);
    const invitation = invitationMessage({
      displayName: contact.name,
      organizationName: row.name,
      publicUrl: config.publicUrl,
    });
    await queueTransactional(trx, config, {
      purpose: 'application-approved',
      to: application.applicant_email,
      message: {
        ...invitation,
        subject: '【孤独・孤立対策官民連携プラットフォーム】入会申請を承認しました',
        title: '入会申請を承認しました',
        paragraphs: [
          `${application.applicant_name} 様`,
          `${row.name} の入会を承認しました（入会日 ${formatEraDate(input.joinedOn)}）。孤独・孤立対策官民連携プラットフォームへようこそ。`,
          `団体のユーザーとして ${contact.email} を登録しました。次のページでこのアドレスを入力すると、サインイン用リンクが届きます。`,
        ],
      },
    });
    await recordAudit(trx, actor, {
      action: 'application.approve',
      targetType: 'Organization',
      targetId: row.id,
      before: { status: 'APPLIED' },
      after: { status: 'ACTIVE', joinedOn: input.joinedOn },
    });
    return toOrganization(row);
  });
}

export async function rejectApplication(
  db: Db,
  actor: Actor,
  input: { organizationId: string; reason: string },
  config: ApplicationMailConfig,
): Promise<Organization> {
  if (actor.viewer.kind !== 'SECRETARIAT') throw new Error('secretariat only');
  const decidedBy = actor.viewer.accountId;
  if (!input.reason.trim()) {
    throw new ValidationFailedError('不承認の理由を入力してください。', [
      { path: ['input', 'reason'], message: '入力してください。' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const application = await lockPendingApplication(trx, input.organizationId);
    await recordDecision(trx, input.organizationId, {
      status: 'REJECTED',
      decidedBy,
      rejectionReason: input.reason,
    });
    const row = await updateMembership(trx, input.organizationId, { status: 'REJECTED' });
    await queueTransactional(trx, config, {
      purpose: 'application-rejected',
      to: application.applicant_email,
      message: {
        subject: '【孤独・孤立対策官民連携プラットフォーム】入会申請の結果について',
        title: '入会申請の結果について',
        paragraphs: [
          `${application.applicant_name} 様`,
          `${application.organization_name} の入会申請について、誠に恐れ入りますが、今回は承認を見送らせていただきました。`,
          `理由：${input.reason}`,
          'ご不明な点は事務局までお問い合わせください。',
        ],
      },
    });
    await recordAudit(trx, actor, {
      action: 'application.reject',
      targetType: 'Organization',
      targetId: row.id,
      before: { status: 'APPLIED' },
      after: { status: 'REJECTED', reason: input.reason },
    });
    return toOrganization(row);
  });
}
