/**
 * Drafts of mailings: creating, editing and deleting them. Each change is one transaction with
 * its audit record; an edit needs the version it was based on (a stale one gets CONFLICT) and
 * withdraws an approval.
 */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/create-db.js';
import type { MailingKind } from '../../db/tables/mailings.js';
import {
  ApprovalRequiredError,
  ConflictError,
  type FieldProblem,
  NotFoundError,
} from '../../errors.js';
import { kindRequiresApproval } from '../members/settings.js';
import type { Mailing } from './mailing.js';
import { findMailing } from './mailing.repository.js';
import { deleteUnsentDraft, insertMailing, updateDraft } from './mailing-changes.repository.js';
import type { MailingConfig } from './mailing-config.js';
import {
  type ContentSource,
  checkIssueNumber,
  checkPublication,
  checkVisitedOrganization,
  defaultIsPublic,
  holdFilesOf,
  invalid,
  prepareContent,
  subjectOf,
  validateAudience,
} from './mailing-input.js';
import { mustFind, statusLabel } from './mailing-lifecycle.service.js';
import { issueNumberOf } from './newsletter-issues.js';
import { accountOf, isAdmin } from './viewer-account.js';

// ---- create / update -------------------------------------------------------------------------

export interface CreateMailingInput {
  readonly kind: MailingKind;
  /** JSON text of the content; or give `content`. */
  readonly contentJson?: string | null;
  readonly content?: ContentSource | null;
  readonly audience: unknown;
  /** An admin other than the preparer must approve it before it can be sent or scheduled. */
  readonly requiresApproval?: boolean | null;
  /** Publish to the archive when sending starts; defaults by kind (see {@link defaultIsPublic}). */
  readonly isPublic?: boolean | null;
  /** The organisation a 事務局訪問記 is about. */
  readonly organizationId?: string | null;
  /** The meeting a 招集通知 is generated from. */
  readonly meetingId?: string | null;
  /** Save a newsletter whose issue number another one (not cancelled) already has. */
  readonly confirmDuplicateIssueNumber?: boolean | null;
}

/** Links in the mail point to this server and the platform's website. */
type SiteUrls = Pick<MailingConfig, 'publicUrl' | 'siteUrl'>;

export async function createMailing(
  db: Db,
  actor: Actor,
  input: CreateMailingInput,
  config: SiteUrls,
): Promise<Mailing> {
  const problems: FieldProblem[] = [];
  const source = input.content ?? (input.contentJson != null ? { json: input.contentJson } : null);
  if (!source) {
    throw invalid([{ path: ['input', 'content'], message: '内容（content）を指定してください。' }]);
  }
  const prepared = await prepareContent(db, input.kind, source, config, problems);
  const content = prepared?.content;
  const compiled = prepared?.compiled;
  const audience = await validateAudience(db, input.audience, problems);
  const isPublic = input.isPublic ?? defaultIsPublic(input.kind);
  checkPublication(input.kind, isPublic, problems);
  const mandatoryApproval = await kindRequiresApproval(db, input.kind);
  if (mandatoryApproval && input.requiresApproval === false) {
    problems.push({
      path: ['input', 'requiresApproval'],
      message: `${KIND_LABELS[input.kind]}は承認が必須です（設定 approvalRequiredKinds、変更できるのは事務局の管理者だけです）。`,
    });
  }
  await checkVisitedOrganization(db, input.kind, input.organizationId, problems);
  if (problems.length > 0 || !prepared || !compiled || !audience) throw invalid(problems);
  return db.transaction().execute(async (trx) => {
    await holdFilesOf(trx, prepared);
    await checkIssueNumber(trx, prepared, null, input.confirmDuplicateIssueNumber);
    const id = await insertMailing(trx, {
      kind: input.kind,
      subject: subjectOf(compiled),
      content: JSON.stringify(content),
      audience: JSON.stringify(audience),
      compiled_email: JSON.stringify(compiled),
      compiled_version: 1,
      created_by: accountOf(actor.viewer),
      edited_by: editorsAfter([], actor.viewer),
      approval_required: mandatoryApproval || (input.requiresApproval ?? false),
      is_public: isPublic,
      organization_id: input.organizationId ?? null,
      meeting_id: input.meetingId ?? null,
    });
    const mailing = await mustFind(trx, id);
    await recordAudit(trx, actor, {
      action: 'mailing.create',
      targetType: 'Mailing',
      targetId: id,
      after: {
        kind: mailing.kind,
        subject: mailing.subject,
        audience,
        approvalRequired: mailing.approvalRequired,
        isPublic: mailing.isPublic,
      },
    });
    return mailing;
  });
}

export interface UpdateMailingInput {
  readonly mailingId: string;
  readonly expectedVersion: number;
  readonly contentJson?: string | null;
  readonly content?: ContentSource | null;
  readonly audience?: unknown;
  /** Only an admin may turn a required approval off. */
  readonly requiresApproval?: boolean | null;
  readonly isPublic?: boolean | null;
  /** The visited organisation of a 事務局訪問記; null leaves it as it is. */
  readonly organizationId?: string | null;
  /** Save a newsletter whose new issue number another one (not cancelled) already has. */
  readonly confirmDuplicateIssueNumber?: boolean | null;
}

const KIND_LABELS: Record<MailingKind, string> = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
  NOTICE: '事務連絡',
  MEETING_NOTICE: '招集通知',
};

/** The accounts that wrote a mailing once `viewer` has written to it too. */
function editorsAfter(editors: readonly string[], viewer: Viewer): string[] {
  const account = accountOf(viewer);
  return account && !editors.includes(account) ? [...editors, account] : [...editors];
}

export async function updateMailing(
  db: Db,
  actor: Actor,
  input: UpdateMailingInput,
  config: SiteUrls,
): Promise<Mailing> {
  const before = await findMailing(db, input.mailingId);
  if (!before) throw new NotFoundError('そのメールは見つかりません。');
  if (before.reminderOf) {
    // Its content, audience and approval follow the circular (see sendReminder).
    throw invalid([
      {
        path: ['input', 'mailingId'],
        message:
          '督促のメールは変更できません。下書きを削除して、返信の画面から督促を作り直してください。',
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  const source = input.content ?? (input.contentJson != null ? { json: input.contentJson } : null);
  if (source && 'object' in source && source.object.kind !== before.kind) {
    throw invalid([
      {
        path: [...source.path],
        message: `このメールの種類は ${before.kind} です。その種類の内容を指定してください。`,
      },
    ]);
  }
  const prepared = source
    ? await prepareContent(db, before.kind, source, config, problems)
    : undefined;
  const content = prepared?.content;
  const compiled = prepared?.compiled;
  const audience =
    input.audience != null ? await validateAudience(db, input.audience, problems) : undefined;
  if (input.isPublic != null) checkPublication(before.kind, input.isPublic, problems);
  await checkVisitedOrganization(db, before.kind, input.organizationId, problems);
  if (problems.length > 0) throw invalid(problems);
  if (input.requiresApproval === false && before.approvalRequired && !isAdmin(actor.viewer)) {
    throw new ApprovalRequiredError('承認を不要に変更できるのは事務局の管理者だけです。');
  }
  if (input.requiresApproval === false && (await kindRequiresApproval(db, before.kind))) {
    throw new ApprovalRequiredError(
      `${KIND_LABELS[before.kind]}は承認が必須です（設定 approvalRequiredKinds で管理者が変更できます）。`,
    );
  }
  const editor = accountOf(actor.viewer);
  return db.transaction().execute(async (trx) => {
    if (prepared) await holdFilesOf(trx, prepared);
    // Any change needs a new approval, and whoever edits it may not approve it (updateDraft).
    const updated = await updateDraft(trx, {
      mailingId: input.mailingId,
      expectedVersion: input.expectedVersion,
      editor,
      set: {
        ...(input.requiresApproval != null ? { approval_required: input.requiresApproval } : {}),
        ...(input.isPublic != null ? { is_public: input.isPublic } : {}),
        ...(input.organizationId != null ? { organization_id: input.organizationId } : {}),
        ...(compiled && content !== undefined
          ? {
              content: JSON.stringify(content),
              subject: subjectOf(compiled),
              compiled_email: JSON.stringify(compiled),
              compiled_version: input.expectedVersion + 1,
            }
          : {}),
        ...(audience ? { audience: JSON.stringify(audience) } : {}),
      },
    });
    if (!updated) {
      throw new ConflictError(
        before.status !== 'DRAFT'
          ? `このメールは${statusLabel(before.status)}のため変更できません（変更できるのは下書きだけです）。`
          : '他の人が先にこのメールを更新しました。最新の内容を読み込んでから、もう一度保存してください。',
      );
    }
    // After the version check (a stale edit is a CONFLICT whatever its number); a refusal here
    // rolls the update back. Checked when the number changes: a duplicate confirmed once is not
    // asked about again.
    if (prepared && issueNumberOf(prepared.content) !== issueNumberOf(before.content)) {
      await checkIssueNumber(trx, prepared, before.id, input.confirmDuplicateIssueNumber);
    }
    const after = await mustFind(trx, input.mailingId);
    await recordAudit(trx, actor, {
      action: 'mailing.update',
      targetType: 'Mailing',
      targetId: input.mailingId,
      before: {
        subject: before.subject,
        audience: before.audience,
        version: before.version,
        approvedBy: before.approvedBy,
        approvalRequired: before.approvalRequired,
        isPublic: before.isPublic,
      },
      after: {
        subject: after.subject,
        audience: after.audience,
        version: after.version,
        approvalRequired: after.approvalRequired,
        isPublic: after.isPublic,
      },
    });
    return after;
  });
}

/**
 * Deletes a draft that never went out: DRAFT, never resolved into deliveries and never
 * published (a draft whose start failed went back to DRAFT before either, so it may go too).
 * Anything that was sent stays on record — cancel it instead. The files its content referred to
 * are free again, as after an edit that drops them (no row refers to them any more); its audit
 * trail stays, with the deleted draft's subject and content in the `mailing.delete` event.
 */
export async function deleteMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string; expectedVersion: number },
): Promise<{ deletedMailingId: string }> {
  return db.transaction().execute(async (trx) => {
    const before = await findMailing(trx, input.mailingId);
    if (!before) throw new NotFoundError('そのメールは見つかりません。');
    const deleted = await deleteUnsentDraft(trx, {
      mailingId: input.mailingId,
      expectedVersion: input.expectedVersion,
    });
    if (!deleted) {
      const now = (await findMailing(trx, input.mailingId)) ?? before;
      throw new ConflictError(
        now.status !== 'DRAFT'
          ? `このメールは${statusLabel(now.status)}のため削除できません（削除できるのは送信していない下書きだけです）。送信をやめるときは中止してください。`
          : now.version !== input.expectedVersion
            ? '確認した後にメールが変更されました。最新の内容を確認してから、もう一度削除してください。'
            : 'このメールは送信を始めたことがあるため削除できません。記録として残ります。',
      );
    }
    await recordAudit(trx, actor, {
      action: 'mailing.delete',
      targetType: 'Mailing',
      targetId: before.id,
      before: {
        kind: before.kind,
        subject: before.subject,
        status: before.status,
        version: before.version,
        createdBy: before.createdBy,
        reminderOf: before.reminderOf,
        audience: before.audience,
        content: before.content,
      },
    });
    return { deletedMailingId: before.id };
  });
}
