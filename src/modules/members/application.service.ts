/**
 * Membership applications. Anyone may apply: the organisation is registered with status APPLIED
 * and its applicant as primary contact. The secretariat approves (ACTIVE, a JOINED event, and the
 * primary contact is invited to sign in) or rejects with a reason. The applicant is e-mailed at
 * each step.
 */
import { sql } from 'kysely';
import { hitRateLimit } from '../../auth/rate-limit.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/create-db.js';
import {
  ConflictError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
} from '../../graphql/errors.js';
import { foldForSearch } from '../../lib/japanese-text.js';
import { queueTransactional } from '../../mail/transactional.js';
import { invitationMessage } from '../accounts/invitation-email.js';
import { recordAudit } from '../audit/audit.js';
import { type Organization, toOrganization } from './organization.js';
import type { FieldOfActivity, PublishableField } from './vocabulary.js';

export interface ApplicationInput {
  readonly organizationName: string;
  readonly organizationNameKana: string;
  readonly category: 'REGULAR' | 'SUPPORTING' | 'COOPERATING';
  readonly organizationType: string;
  readonly prefectureCode: string;
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

/** Applications with this folded name or this address already on the register (not rejected). */
async function findDuplicates(db: Db, name: string, email: string): Promise<string[]> {
  const folded = foldForSearch(name);
  const problems: string[] = [];
  const sameName = await db
    .selectFrom('organizations')
    .select('name')
    .where('status', '!=', 'REJECTED')
    .where('search_text', 'like', `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .execute();
  if (sameName.some((o) => foldForSearch(o.name) === folded)) problems.push('organizationName');
  const sameEmail = await db
    .selectFrom('contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select('c.id')
    .where(sql`lower(c.email)`, '=', email.toLowerCase())
    .where('o.status', 'not in', ['REJECTED', 'WITHDRAWN'])
    .executeTakeFirst();
  if (sameEmail) problems.push('applicantEmail');
  return problems;
}

export async function applyForMembership(
  context: Context,
  input: ApplicationInput,
): Promise<Organization> {
  const limit = await hitRateLimit(
    context.db,
    `apply:ip:${context.clientIp}`,
    APPLICATIONS_PER_IP_PER_HOUR,
    3600,
  );
  if (!limit.allowed) {
    throw new RateLimitedError(
      '申請が多すぎます。しばらく待ってから、もう一度お試しください。',
      limit.retryAfterSeconds,
    );
  }
  return context.db.transaction().execute(async (trx) => {
    const duplicates = await findDuplicates(trx, input.organizationName, input.applicantEmail);
    if (duplicates.length > 0) {
      throw new ConflictError(
        'この団体名またはメールアドレスは既に登録（または申請）されています。事務局にお問い合わせください。',
      );
    }
    const row = await trx
      .insertInto('organizations')
      .values({
        name: input.organizationName,
        name_kana: input.organizationNameKana,
        category_code: input.category,
        status: 'APPLIED',
        organization_type: input.organizationType,
        prefecture_code: input.prefectureCode,
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
      })
      .execute();
    await queueTransactional(trx, context.config, {
      purpose: 'application-received',
      to: input.applicantEmail,
      message: {
        subject: '【孤独・孤立対策官民連携プラットフォーム】入会申請を受け付けました',
        title: '入会申請を受け付けました',
        paragraphs: [
          `${input.applicantName} 様`,
          `${input.organizationName} の入会申請を受け付けました。事務局で内容を確認し、結果をこのアドレスにお知らせします。`,
        ],
        footnote: 'このメールは送信専用です。お心当たりのない場合は、事務局までご連絡ください。',
      },
    });
    await recordAudit(trx, context, {
      action: 'application.submit',
      targetType: 'Organization',
      targetId: row.id,
      after: { name: row.name, category: row.category_code },
    });
    return toOrganization(row);
  });
}

async function lockPendingApplication(db: Db, organizationId: string) {
  const application = await db
    .selectFrom('membership_applications as a')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .selectAll('a')
    .select(['o.name as organization_name', 'o.category_code'])
    .where('a.organization_id', '=', organizationId)
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
          `${row.name} の入会を承認しました（入会日 ${input.joinedOn}）。孤独・孤立対策官民連携プラットフォームへようこそ。`,
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
      { path: ['input', 'reason'], message: 'required' },
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
