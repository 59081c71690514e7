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
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.js';
import { hitRateLimit } from '../../auth/rate-limit.js';
import { deriveToken, sha256 } from '../../auth/tokens.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/create-db.js';
import type { FieldOfActivity, PublishableField } from '../../db/tables/members.js';
import {
  ConflictError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
} from '../../errors.js';
import { enqueueJob } from '../../jobs/queue.js';
import { escapeLike, foldForSearch } from '../../lib/japanese-text.js';
import { formatEraDate } from '../../mail/render/dates.js';
import { queueTransactional } from '../../mail/transactional.js';
import { invitationMessage } from '../accounts/invitation-email.js';
import { type Organization, toOrganization } from './organization.js';

export interface ApplicationInput {
  readonly organizationName: string;
  readonly organizationNameKana: string;
  readonly category: 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
  readonly organizationType: string;
  readonly prefectureCode: string;
  /** The designated city of the main office, within the prefecture (none when absent). */
  readonly designatedCityCode?: string | null;
  readonly scope: 'NATIONAL' | 'REGIONAL';
  readonly fieldsOfActivity: readonly FieldOfActivity[];
  readonly website?: string | null;
  readonly description?: string | null;
  readonly publishedFields: readonly PublishableField[];
  readonly applicantName: string;
  readonly applicantNameKana?: string | null;
  readonly applicantEmail: string;
  readonly applicantPhone?: string | null;
  readonly message?: string | null;
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
  const sameName = await db
    .selectFrom('organizations as o')
    .select('o.name')
    .where('o.status', '!=', 'REJECTED')
    .where('o.search_text', 'like', `${escapeLike(folded)}%`)
    .$if(except !== undefined, (q) => q.where('o.id', '!=', except as string))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('membership_applications as a')
            .select('a.organization_id')
            .whereRef('a.organization_id', '=', 'o.id')
            .where('a.confirmed_at', 'is', null),
        ),
      ),
    )
    .execute();
  return sameName.some((o) => foldForSearch(o.name) === folded);
}

/** Whether the address belongs to a contact of an organisation on the register (not rejected). */
async function addressOnRegister(db: Db, email: string): Promise<boolean> {
  const found = await db
    .selectFrom('contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select('c.id')
    .where(sql`lower(c.email)`, '=', email.toLowerCase())
    .where('o.status', 'not in', ['REJECTED', 'WITHDRAWN'])
    .executeTakeFirst();
  return found !== undefined;
}

/** Applications never confirmed go, with their organisation rows, once the link has expired. */
async function removeExpiredApplications(db: Db): Promise<void> {
  await db
    .deleteFrom('organizations')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('membership_applications')
        .select('organization_id')
        .where('confirmed_at', 'is', null)
        .where('confirm_expires_at', '<', sql<Date>`now()`),
    )
    .execute();
}

/** A designated city must be one, and lie in the prefecture given with it. */
async function checkDesignatedCity(
  db: Db,
  prefectureCode: string,
  code: string | null | undefined,
): Promise<void> {
  if (code == null) return;
  const city = await db
    .selectFrom('designated_cities as c')
    .innerJoin('prefectures as p', 'p.code', 'c.prefecture_code')
    .select(['c.name', 'c.prefecture_code', 'p.name as prefectureName'])
    .where('c.code', '=', code)
    .executeTakeFirst();
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
  context: Context,
  input: ApplicationInput,
): Promise<Organization> {
  // Both limits count every application, so neither says anything about the address.
  const [byIp, byAddress] = await Promise.all([
    hitRateLimit(context.db, `apply:ip:${context.clientIp}`, APPLICATIONS_PER_IP_PER_HOUR, 3600),
    hitRateLimit(
      context.db,
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
  await checkDesignatedCity(context.db, input.prefectureCode, input.designatedCityCode);
  return context.db.transaction().execute(async (trx) => {
    await removeExpiredApplications(trx);
    if (await nameTaken(trx, input.organizationName)) throw new ConflictError(NAME_TAKEN);
    const duplicateAddress = await addressOnRegister(trx, input.applicantEmail);
    const id = randomUUID();
    const row = await trx
      .insertInto('organizations')
      .values({
        id,
        name: input.organizationName,
        name_kana: input.organizationNameKana,
        category_code: input.category,
        status: 'APPLIED',
        organization_type: input.organizationType,
        prefecture_code: input.prefectureCode,
        designated_city_code: input.designatedCityCode ?? null,
        scope: input.scope,
        fields_of_activity: [...input.fieldsOfActivity],
        website: input.website ?? null,
        description: input.description ?? null,
        published_fields: [...input.publishedFields],
        search_text: foldForSearch(`${input.organizationName} ${input.organizationNameKana}`),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('contacts')
      .values({
        organization_id: row.id,
        name: input.applicantName,
        name_kana: input.applicantNameKana ?? null,
        email: input.applicantEmail,
        phone: input.applicantPhone ?? null,
        roles: ['事務担当'],
        is_primary: true,
      })
      .execute();
    await trx
      .insertInto('membership_applications')
      .values({
        organization_id: row.id,
        applicant_name: input.applicantName,
        applicant_email: input.applicantEmail,
        message: input.message ?? null,
        normalized_name: foldForSearch(input.organizationName),
        confirm_token_hash: sha256(applicationConfirmToken(context.secretKey, row.id)),
        confirm_expires_at: sql<Date>`now() + make_interval(hours => ${APPLICATION_CONFIRM_TTL_HOURS})`,
        duplicate_address: duplicateAddress,
      })
      .execute();
    // The worker re-derives the token from the id: it is never written to the queue.
    await enqueueJob(
      trx,
      'send_application_confirmation',
      { organizationId: row.id },
      { maxAttempts: 3 },
    );
    await recordAudit(trx, context, {
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
export async function confirmApplication(context: Context, token: string): Promise<Organization> {
  return context.db.transaction().execute(async (trx) => {
    const confirmed = await trx
      .updateTable('membership_applications')
      .set({ confirmed_at: sql`now()`, confirm_token_hash: null })
      .where('confirm_token_hash', '=', sha256(token))
      .where('confirmed_at', 'is', null)
      .where('confirm_expires_at', '>', sql<Date>`now()`)
      .returning(['organization_id', 'applicant_email'])
      .executeTakeFirst();
    if (!confirmed) {
      throw new InvalidTokenError(
        'この確認用リンクは無効です（期限切れ・確定済み・不正なリンク）。期限が切れた場合は、もう一度申請してください。',
      );
    }
    // Someone else's application of the same name was confirmed first.
    if (
      await nameTaken(trx, await nameOf(trx, confirmed.organization_id), confirmed.organization_id)
    ) {
      throw new ConflictError(NAME_TAKEN);
    }
    const row = await trx
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', confirmed.organization_id)
      .executeTakeFirstOrThrow();
    await queueTransactional(trx, context.config, {
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
    await recordAudit(trx, context, {
      action: 'application.confirm',
      targetType: 'Organization',
      targetId: row.id,
    });
    return toOrganization(row);
  });
}

async function nameOf(db: Db, organizationId: string): Promise<string> {
  const { name } = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return name;
}

async function lockPendingApplication(db: Db, organizationId: string) {
  const application = await db
    .selectFrom('membership_applications as a')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .selectAll('a')
    .select(['o.name as organization_name', 'o.category_code'])
    .where('a.organization_id', '=', organizationId)
    // Unconfirmed applications are not the secretariat's yet.
    .where('a.confirmed_at', 'is not', null)
    .forUpdate()
    .executeTakeFirst();
  if (!application) throw new NotFoundError('その申請は見つかりません。');
  if (application.status !== 'PENDING') {
    throw new ConflictError('この申請は既に処理されています。');
  }
  return application;
}

export async function approveApplication(
  context: Context,
  input: { organizationId: string; joinedOn: string },
): Promise<Organization> {
  if (context.viewer.kind !== 'SECRETARIAT') throw new Error('secretariat only');
  const decidedBy = context.viewer.accountId;
  return context.db.transaction().execute(async (trx) => {
    const application = await lockPendingApplication(trx, input.organizationId);
    await trx
      .updateTable('membership_applications')
      .set({ status: 'APPROVED', decided_by: decidedBy, decided_at: new Date() })
      .where('organization_id', '=', input.organizationId)
      .execute();
    const row = await trx
      .updateTable('organizations')
      .set((eb) => ({
        status: 'ACTIVE',
        joined_on: input.joinedOn,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('membership_events')
      .values({
        organization_id: row.id,
        kind: 'JOINED',
        occurred_on: input.joinedOn,
        status_after: 'ACTIVE',
        category_after: row.category_code,
      })
      .execute();
    // The primary contact becomes the organisation's first user (its admin).
    const contact = await trx
      .selectFrom('contacts')
      .select(['name', 'email'])
      .where('organization_id', '=', row.id)
      .where('is_primary', '=', true)
      .executeTakeFirstOrThrow();
    const existing = await trx
      .selectFrom('accounts')
      .select('id')
      .where(sql`lower(email)`, '=', contact.email.toLowerCase())
      .executeTakeFirst();
    if (!existing) {
      await trx
        .insertInto('accounts')
        .values({
          email: contact.email,
          display_name: contact.name,
          role: 'MEMBER',
          organization_id: row.id,
          is_organization_admin: true,
        })
        .execute();
    }
    const invitation = invitationMessage({
      displayName: contact.name,
      organizationName: row.name,
      publicUrl: context.config.publicUrl,
    });
    await queueTransactional(trx, context.config, {
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
    await recordAudit(trx, context, {
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
  context: Context,
  input: { organizationId: string; reason: string },
): Promise<Organization> {
  if (context.viewer.kind !== 'SECRETARIAT') throw new Error('secretariat only');
  const decidedBy = context.viewer.accountId;
  if (!input.reason.trim()) {
    throw new ValidationFailedError('不承認の理由を入力してください。', [
      { path: ['input', 'reason'], message: '入力してください。' },
    ]);
  }
  return context.db.transaction().execute(async (trx) => {
    const application = await lockPendingApplication(trx, input.organizationId);
    await trx
      .updateTable('membership_applications')
      .set({
        status: 'REJECTED',
        decided_by: decidedBy,
        decided_at: new Date(),
        rejection_reason: input.reason,
      })
      .where('organization_id', '=', input.organizationId)
      .execute();
    const row = await trx
      .updateTable('organizations')
      .set((eb) => ({ status: 'REJECTED', version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', input.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await queueTransactional(trx, context.config, {
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
    await recordAudit(trx, context, {
      action: 'application.reject',
      targetType: 'Organization',
      targetId: row.id,
      before: { status: 'APPLIED' },
      after: { status: 'REJECTED', reason: input.reason },
    });
    return toOrganization(row);
  });
}
