/**
 * The rules of the mailing lifecycle. Every change is one transaction: a conditional UPDATE on
 * the state it expects (so two callers cannot both start a mailing — the second gets CONFLICT),
 * the jobs it calls for, and the audit record. A failed call changes nothing.
 *
 *   DRAFT ─schedule─▶ SCHEDULED ─(job at run_at)─▶ SENDING ─(all final)─▶ SENT
 *     └────────────────send────────────────────────▲  │ ▲
 *                                             pause│  │resume
 *                                                  ▼  │
 *                                                 PAUSED       cancel: any but SENT → CANCELLED
 */
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import type { MailingKind, MailingStatus } from '../../db/tables/mailings.js';
import {
  ApprovalRequiredError,
  ConflictError,
  type FieldProblem,
  NotFoundError,
  ValidationFailedError,
} from '../../graphql/errors.js';
import {
  type Audience,
  checkAudienceReferences,
  parseAudience,
} from '../../mail/engine/audience.js';
import { suppressAddresses } from '../../mail/engine/deliveries.js';
import { MAILBOX_PATTERN } from '../../mail/engine/headers.js';
import { enqueueSend, enqueueStart, ensureWatchdog, removeStart } from '../../mail/engine/jobs.js';
import { queueOutboundEmail } from '../../mail/outbound-email.js';
import {
  type CompiledEmail,
  compileEmail,
  EmailContentError,
  EmailRenderError,
  parseCompiledEmail,
  previewEmail,
} from '../../mail/render/index.js';
import { offersWebVersion } from '../../mail/render/web-version.js';
import {
  checkContentFileReferences,
  fileFactsOf,
  holdContentFiles,
} from '../files/file.service.js';
import { kindRequiresApproval } from '../members/settings.js';
import { resolveContentReferences } from './content-references.js';
import type { Delivery, Mailing, Suppression } from './mailing.js';
import { findDeliveriesByIds, findMailing, findSuppressionsByIds } from './mailing.repository.js';
import { checkIssueNumberFree, issueNumberOf } from './newsletter-issues.js';

/** What a service call needs from the request. */
export interface ServiceContext {
  readonly db: Db;
  readonly viewer: Viewer;
  readonly requestId: string;
  readonly config: Pick<Config, 'publicUrl' | 'siteUrl' | 'mailFrom' | 'mail'>;
}

function accountOf(viewer: Viewer): string | null {
  return viewer.kind === 'SECRETARIAT' || viewer.kind === 'MEMBER' ? viewer.accountId : null;
}

// ---- validation ------------------------------------------------------------------------------

/** Parses content JSON text; the kind is filled in when missing and must match when given. */
function parseContent(kind: MailingKind, contentJson: string, problems: FieldProblem[]): unknown {
  let content: unknown;
  try {
    content = JSON.parse(contentJson);
  } catch (error) {
    problems.push({
      path: ['input', 'contentJson'],
      message: `JSON として読めません: ${(error as Error).message}`,
    });
    return undefined;
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    problems.push({
      path: ['input', 'contentJson'],
      message: 'JSON オブジェクトを指定してください。',
    });
    return undefined;
  }
  const withKind = content as Record<string, unknown>;
  if (withKind.kind === undefined) return { kind, ...withKind };
  if (withKind.kind !== kind) {
    problems.push({
      path: ['input', 'contentJson', 'kind'],
      message: `内容の種類 (${String(withKind.kind)}) がメールの種類 (${kind}) と一致しません。`,
    });
  }
  return content;
}

async function validateAudience(
  db: Db,
  input: unknown,
  problems: FieldProblem[],
): Promise<Audience | undefined> {
  const parsed = parseAudience(input);
  if (!parsed.ok) {
    for (const p of parsed.problems)
      problems.push({ path: ['input', 'audience', ...p.path], message: p.message });
    return undefined;
  }
  for (const p of await checkAudienceReferences(db, parsed.audience)) {
    problems.push({ path: ['input', 'audience', ...p.path], message: p.message });
  }
  return parsed.audience;
}

/** This server's address (links in the mail) and the platform's website (the footer's link). */
type SiteUrls = Pick<Config, 'publicUrl' | 'siteUrl'>;

/** Renders the content once (this also validates it fully); problems name the field. */
async function compileContent(
  db: Db,
  content: unknown,
  { publicUrl, siteUrl }: SiteUrls,
  problems: FieldProblem[],
  path: readonly string[] = ['input', 'contentJson'],
): Promise<CompiledEmail | undefined> {
  // Uploaded files (fileId) must exist and suit their place; their name/size go in the mail.
  problems.push(...(await checkContentFileReferences(db, content, path)));
  try {
    // Kinds that can be published carry a 「ブラウザで表示する」 link to their web version.
    return await compileEmail(content as never, {
      publicUrl,
      siteUrl,
      webVersion: offersWebVersion(content),
      files: await fileFactsOf(db, content),
    });
  } catch (error) {
    if (error instanceof EmailContentError) {
      for (const issue of error.issues) {
        problems.push({
          path: [...path, ...issue.path.split(/[.[\]]+/).filter(Boolean)],
          message: issue.message,
        });
      }
      return undefined;
    }
    if (error instanceof EmailRenderError) {
      problems.push({ path: [...path], message: error.message });
      return undefined;
    }
    throw error;
  }
}

function invalid(problems: FieldProblem[]): ValidationFailedError {
  return new ValidationFailedError(
    `入力に ${problems.length} 件の問題があります。各項目を確認してください。`,
    problems,
  );
}

/** The subject as recipients see it (with sample values when it is personalised). */
function subjectOf(compiled: CompiledEmail): string {
  return compiled.subject.keys.length === 0
    ? compiled.subject.literals.join('')
    : previewEmail(compiled).subject;
}

// ---- create / update -------------------------------------------------------------------------

/**
 * Content as typed GraphQL input (an object for the zod schema, with the input path of its
 * fields for error messages) or as JSON text (`contentJson`).
 */
export type ContentSource =
  | { readonly json: string }
  | { readonly object: Record<string, unknown>; readonly path: readonly string[] };

/** Reads, checks references of, and renders content; problems name the input field. */
async function prepareContent(
  db: Db,
  kind: MailingKind,
  source: ContentSource,
  urls: SiteUrls,
  problems: FieldProblem[],
): Promise<PreparedContent | undefined> {
  const path = 'json' in source ? ['input', 'contentJson'] : [...source.path];
  let content =
    'json' in source ? parseContent(kind, source.json, problems) : { ...source.object, kind };
  if (content === undefined) return undefined;
  const before = problems.length;
  content = await resolveContentReferences(db, content, path, problems, urls.publicUrl);
  if (problems.length > before) return { content, path, compiled: undefined };
  return { content, path, compiled: await compileContent(db, content, urls, problems, path) };
}

/** A newsletter's issue number must be new unless the input confirms the duplicate. */
async function checkIssueNumber(
  trx: Db,
  prepared: PreparedContent,
  mailingId: string | null,
  confirmed: boolean | null | undefined,
): Promise<void> {
  const issueNumber = issueNumberOf(prepared.content);
  if (issueNumber === null) return;
  await checkIssueNumberFree(trx, {
    issueNumber,
    mailingId,
    path: prepared.path,
    confirmed: confirmed === true,
  });
}

interface PreparedContent {
  readonly content: unknown;
  /** Where the content came from in the input, for the paths of problems. */
  readonly path: readonly string[];
  readonly compiled: CompiledEmail | undefined;
}

/**
 * In the saving transaction: holds the uploaded files the content refers to (checked before
 * the transaction, while rendering) so that a concurrent delete cannot take them away, or
 * refuses the save if one went in the meantime.
 */
async function holdFilesOf(trx: Db, prepared: PreparedContent): Promise<void> {
  const gone = await holdContentFiles(trx, prepared.content, prepared.path);
  if (gone.length > 0) throw invalid(gone);
}

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

/** Newsletters and visit reports are published by default, circulars on request, meeting notices never. */
export function defaultIsPublic(kind: MailingKind): boolean {
  return kind === 'NEWSLETTER' || kind === 'VISIT_REPORT';
}

function checkPublication(kind: MailingKind, isPublic: boolean, problems: FieldProblem[]): void {
  if (isPublic && kind === 'MEETING_NOTICE') {
    problems.push({
      path: ['input', 'isPublic'],
      message: '招集通知はアーカイブに公開できません。',
    });
  }
}

async function checkVisitedOrganization(
  db: Db,
  kind: MailingKind,
  organizationId: string | null | undefined,
  problems: FieldProblem[],
): Promise<void> {
  if (organizationId == null) return;
  if (kind !== 'VISIT_REPORT') {
    problems.push({
      path: ['input', 'visitedOrganization'],
      message: '訪問先の団体は事務局訪問記にだけ指定できます。',
    });
    return;
  }
  const found = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!found) {
    problems.push({
      path: ['input', 'visitedOrganization'],
      message: 'その団体は見つかりません。',
    });
  }
}

export async function createMailing(
  ctx: ServiceContext,
  input: CreateMailingInput,
): Promise<Mailing> {
  const problems: FieldProblem[] = [];
  const source = input.content ?? (input.contentJson != null ? { json: input.contentJson } : null);
  if (!source) {
    throw invalid([{ path: ['input', 'content'], message: '内容（content）を指定してください。' }]);
  }
  const prepared = await prepareContent(ctx.db, input.kind, source, ctx.config, problems);
  const content = prepared?.content;
  const compiled = prepared?.compiled;
  const audience = await validateAudience(ctx.db, input.audience, problems);
  const isPublic = input.isPublic ?? defaultIsPublic(input.kind);
  checkPublication(input.kind, isPublic, problems);
  const mandatoryApproval = await kindRequiresApproval(ctx.db, input.kind);
  if (mandatoryApproval && input.requiresApproval === false) {
    problems.push({
      path: ['input', 'requiresApproval'],
      message: `${KIND_LABELS[input.kind]}は承認が必須です（設定 approvalRequiredKinds、変更できるのは事務局の管理者だけです）。`,
    });
  }
  await checkVisitedOrganization(ctx.db, input.kind, input.organizationId, problems);
  if (problems.length > 0 || !prepared || !compiled || !audience) throw invalid(problems);
  return ctx.db.transaction().execute(async (trx) => {
    await holdFilesOf(trx, prepared);
    await checkIssueNumber(trx, prepared, null, input.confirmDuplicateIssueNumber);
    const { id } = await trx
      .insertInto('mailings')
      .values({
        kind: input.kind,
        subject: subjectOf(compiled),
        content: JSON.stringify(content),
        audience: JSON.stringify(audience),
        compiled_email: JSON.stringify(compiled),
        compiled_version: 1,
        created_by: accountOf(ctx.viewer),
        edited_by: editorsAfter([], ctx.viewer),
        approval_required: mandatoryApproval || (input.requiresApproval ?? false),
        is_public: isPublic,
        organization_id: input.organizationId ?? null,
        meeting_id: input.meetingId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mailing = await mustFind(trx, id);
    await recordAudit(trx, ctx, {
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

function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'SECRETARIAT' && viewer.role === 'SECRETARIAT_ADMIN';
}

export async function updateMailing(
  ctx: ServiceContext,
  input: UpdateMailingInput,
): Promise<Mailing> {
  const before = await findMailing(ctx.db, input.mailingId);
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
    ? await prepareContent(ctx.db, before.kind, source, ctx.config, problems)
    : undefined;
  const content = prepared?.content;
  const compiled = prepared?.compiled;
  const audience =
    input.audience != null ? await validateAudience(ctx.db, input.audience, problems) : undefined;
  if (input.isPublic != null) checkPublication(before.kind, input.isPublic, problems);
  await checkVisitedOrganization(ctx.db, before.kind, input.organizationId, problems);
  if (problems.length > 0) throw invalid(problems);
  if (input.requiresApproval === false && before.approvalRequired && !isAdmin(ctx.viewer)) {
    throw new ApprovalRequiredError('承認を不要に変更できるのは事務局の管理者だけです。');
  }
  if (input.requiresApproval === false && (await kindRequiresApproval(ctx.db, before.kind))) {
    throw new ApprovalRequiredError(
      `${KIND_LABELS[before.kind]}は承認が必須です（設定 approvalRequiredKinds で管理者が変更できます）。`,
    );
  }
  const editor = accountOf(ctx.viewer);
  return ctx.db.transaction().execute(async (trx) => {
    if (prepared) await holdFilesOf(trx, prepared);
    const updated = await trx
      .updateTable('mailings')
      .set((eb) => ({
        version: eb('version', '+', 1),
        updated_at: new Date(),
        last_error: null,
        // Any change needs a new approval: what was approved is no longer what would be sent.
        approved_by: null,
        approved_at: null,
        // Whoever edits it has written part of it: four eyes means they may not approve it.
        ...(editor
          ? {
              edited_by: sql<string[]>`CASE WHEN ${editor}::uuid = ANY (edited_by) THEN edited_by
                ELSE array_append(edited_by, ${editor}::uuid) END`,
            }
          : {}),
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
      }))
      .where('id', '=', input.mailingId)
      .where('version', '=', input.expectedVersion)
      .where('status', '=', 'DRAFT')
      .returning('id')
      .executeTakeFirst();
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
    await recordAudit(trx, ctx, {
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

// ---- lifecycle -------------------------------------------------------------------------------

const STATUS_LABELS: Record<MailingStatus, string> = {
  DRAFT: '下書き',
  SCHEDULED: '配信予約中',
  SENDING: '配信中',
  PAUSED: '一時停止中',
  SENT: '配信済み',
  CANCELLED: '中止済み',
};

function statusLabel(status: MailingStatus): string {
  return STATUS_LABELS[status];
}

/**
 * Moves a mailing from one of `from` to `to` with one conditional UPDATE; throws CONFLICT
 * (or NOT_FOUND) when the mailing is not in an expected state — e.g. a second start.
 */
async function transition(
  trx: Db,
  mailingId: string,
  from: readonly MailingStatus[],
  to: MailingStatus,
  set: Record<string, unknown>,
  action: string,
  expectedVersion?: number | null,
  needsApproval = false,
): Promise<{ before: Mailing; after: Mailing }> {
  const before = await findMailing(trx, mailingId);
  if (!before) throw new NotFoundError('そのメールは見つかりません。');
  // The setting makes approval mandatory for some kinds, also for drafts made before it was set.
  const mandatory = needsApproval && (await kindRequiresApproval(trx, before.kind));
  if (needsApproval && (before.approvalRequired || mandatory) && !before.approvedAt) {
    throw new ApprovalRequiredError(
      'このメールは承認が必要です。作成者以外の事務局管理者が承認してから配信してください。',
    );
  }
  let query = trx
    .updateTable('mailings')
    .set((eb) => ({
      ...set,
      status: to,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', mailingId)
    .where('status', 'in', from);
  if (expectedVersion != null) query = query.where('version', '=', expectedVersion);
  // Checked again in the UPDATE: an edit committed since the read above withdrew the approval.
  if (mandatory) {
    query = query.where('approved_at', 'is not', null);
  } else if (needsApproval) {
    query = query.where((eb) =>
      eb.or([eb('approval_required', '=', false), eb('approved_at', 'is not', null)]),
    );
  }
  const updated = await query.returning('id').executeTakeFirst();
  if (!updated) {
    const now = await findMailing(trx, mailingId);
    const status = now?.status ?? before.status;
    throw new ConflictError(
      !from.includes(status)
        ? `このメールは${statusLabel(status)}のため、この操作（${action}）はできません。`
        : '他の人が先にこのメールを更新しました。最新の内容を読み込んでから、もう一度操作してください。',
    );
  }
  return { before, after: await mustFind(trx, mailingId) };
}

async function audited(
  ctx: ServiceContext,
  action: string,
  work: (trx: Db) => Promise<{ before: Mailing; after: Mailing }>,
): Promise<Mailing> {
  return ctx.db.transaction().execute(async (trx) => {
    const { before, after } = await work(trx);
    await recordAudit(trx, ctx, {
      action,
      targetType: 'Mailing',
      targetId: after.id,
      before: { status: before.status, scheduledAt: before.scheduledAt, version: before.version },
      after: { status: after.status, scheduledAt: after.scheduledAt, version: after.version },
    });
    return after;
  });
}

/** DRAFT/SCHEDULED → SCHEDULED at `at`; the start job runs then. */
export function scheduleMailing(
  ctx: ServiceContext,
  input: { mailingId: string; at: Date; expectedVersion?: number | null },
): Promise<Mailing> {
  const now = Date.now();
  if (input.at.getTime() < now + 60_000 || input.at.getTime() > now + 366 * 24 * 3600_000) {
    throw new ValidationFailedError('配信日時は1分後から1年以内で指定してください。', [
      { path: ['input', 'at'], message: '1分後から1年以内の日時を指定してください。' },
    ]);
  }
  return audited(ctx, 'mailing.schedule', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['DRAFT', 'SCHEDULED'],
      'SCHEDULED',
      { scheduled_at: input.at, started_by: accountOf(ctx.viewer), last_error: null },
      '配信予約',
      input.expectedVersion,
      true,
    );
    await enqueueStart(trx, input.mailingId, input.at);
    return result;
  });
}

/**
 * DRAFT/SCHEDULED → SENDING now, and the start job in the same transaction. A second call
 * (double click, two clients) finds the mailing SENDING and gets CONFLICT.
 */
export function sendMailing(
  ctx: ServiceContext,
  input: { mailingId: string; expectedVersion?: number | null },
): Promise<Mailing> {
  return audited(ctx, 'mailing.send', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['DRAFT', 'SCHEDULED'],
      'SENDING',
      {
        started_at: new Date(),
        scheduled_at: null,
        started_by: accountOf(ctx.viewer),
        last_error: null,
      },
      '配信開始',
      input.expectedVersion,
      true,
    );
    await enqueueStart(trx, input.mailingId);
    return result;
  });
}

/**
 * Records an admin's approval of the version they reviewed. The preparer cannot approve their
 * own mailing (four eyes); an edit after approval withdraws it (see {@link updateMailing}).
 */
export async function approveMailing(
  ctx: ServiceContext,
  input: { mailingId: string; expectedVersion: number },
): Promise<Mailing> {
  const approver = accountOf(ctx.viewer);
  if (!isAdmin(ctx.viewer) || !approver) {
    throw new ApprovalRequiredError('メールを承認できるのは事務局の管理者だけです。');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findMailing(trx, input.mailingId);
    if (!before) throw new NotFoundError('そのメールは見つかりません。');
    if (before.createdBy === approver) {
      throw new ApprovalRequiredError(
        '自分で作成したメールは承認できません。作成者以外の管理者が承認してください。',
      );
    }
    const { edited_by: editors } = await trx
      .selectFrom('mailings')
      .select('edited_by')
      .where('id', '=', input.mailingId)
      .executeTakeFirstOrThrow();
    if (editors.includes(approver)) {
      throw new ApprovalRequiredError(
        '自分で編集したメールは承認できません。このメールを編集していない管理者が承認してください。',
      );
    }
    const updated = await trx
      .updateTable('mailings')
      .set({
        approved_by: approver,
        approved_at: new Date(),
        approved_version: input.expectedVersion,
        updated_at: new Date(),
      })
      .where('id', '=', input.mailingId)
      .where('status', '=', 'DRAFT')
      .where('version', '=', input.expectedVersion)
      .where('approved_at', 'is', null)
      // Checked again here: an edit by the approver committed since the read above.
      .where(sql<boolean>`NOT (${approver}::uuid = ANY (edited_by))`)
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      throw new ConflictError(
        before.status !== 'DRAFT'
          ? `このメールは${statusLabel(before.status)}のため承認できません（承認するのは下書きです）。`
          : before.version !== input.expectedVersion
            ? '確認した後にメールが変更されました。最新の内容を確認してから承認してください。'
            : 'このメールはすでに承認されています。',
      );
    }
    const after = await mustFind(trx, input.mailingId);
    await recordAudit(trx, ctx, {
      action: 'mailing.approve',
      targetType: 'Mailing',
      targetId: after.id,
      after: { approvedVersion: input.expectedVersion, subject: after.subject },
    });
    return after;
  });
}

/** SENDING → PAUSED: send jobs stop claiming; messages already on the wire finish. */
export function pauseMailing(ctx: ServiceContext, input: { mailingId: string }): Promise<Mailing> {
  return audited(ctx, 'mailing.pause', (trx) =>
    transition(trx, input.mailingId, ['SENDING'], 'PAUSED', { paused_at: new Date() }, '一時停止'),
  );
}

/** PAUSED → SENDING: send jobs are enqueued again (or the start job, if it had not run). */
export function resumeMailing(ctx: ServiceContext, input: { mailingId: string }): Promise<Mailing> {
  return audited(ctx, 'mailing.resume', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['PAUSED'],
      'SENDING',
      { paused_at: null },
      '再開',
    );
    if (result.after.resolvedAt) {
      await enqueueSend(trx, input.mailingId, ctx.config.mail.jobsPerMailing);
      await ensureWatchdog(trx, 10_000);
    } else {
      await enqueueStart(trx, input.mailingId);
    }
    return result;
  });
}

/** Any state but SENT → CANCELLED; deliveries not yet on the wire become CANCELLED. */
export function cancelMailing(ctx: ServiceContext, input: { mailingId: string }): Promise<Mailing> {
  return audited(ctx, 'mailing.cancel', async (trx) => {
    const result = await transition(
      trx,
      input.mailingId,
      ['DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED'],
      'CANCELLED',
      { cancelled_at: new Date() },
      '中止',
    );
    await sql`UPDATE deliveries SET status = 'CANCELLED', updated_at = now()
      WHERE mailing_id = ${input.mailingId}
        AND (status IN ('QUEUED', 'RETRY') OR (status = 'SENDING' AND attempt_started_at IS NULL))`.execute(
      trx,
    );
    await removeStart(trx, input.mailingId);
    return result;
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
  ctx: ServiceContext,
  input: { mailingId: string; expectedVersion: number },
): Promise<{ deletedMailingId: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findMailing(trx, input.mailingId);
    if (!before) throw new NotFoundError('そのメールは見つかりません。');
    const deleted = await trx
      .deleteFrom('mailings')
      .where('id', '=', input.mailingId)
      .where('status', '=', 'DRAFT')
      .where('version', '=', input.expectedVersion)
      .where('started_at', 'is', null)
      .where('resolved_at', 'is', null)
      .where('published_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
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
    await recordAudit(trx, ctx, {
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

/**
 * Sends an UNKNOWN or FAILED delivery again, by hand (with its same Message-ID). The mailing
 * goes back to SENDING if it had finished.
 */
export async function resendDelivery(
  ctx: ServiceContext,
  input: { deliveryId: string },
): Promise<Delivery> {
  return ctx.db.transaction().execute(async (trx) => {
    const [before] = await findDeliveriesByIds(trx, [input.deliveryId]);
    if (!before) throw new NotFoundError('その配信は見つかりません。');
    const mailing = await trx
      .selectFrom('mailings')
      .select(['status'])
      .where('id', '=', before.mailingId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (
      mailing.status === 'CANCELLED' ||
      mailing.status === 'DRAFT' ||
      mailing.status === 'SCHEDULED'
    ) {
      throw new ConflictError(`このメールは${statusLabel(mailing.status)}のため再送できません。`);
    }
    const suppressed = await trx
      .selectFrom('suppressions')
      .select('reason')
      .where(sql<boolean>`lower(address) = lower(${before.address})`)
      .where('lifted_at', 'is', null)
      .executeTakeFirst();
    if (suppressed) {
      throw new ConflictError(
        `このアドレスは配信停止（${suppressed.reason}）中です。停止を解除してから再送してください。`,
      );
    }
    const updated = await trx
      .updateTable('deliveries')
      .set({
        status: 'QUEUED',
        attempts: 0,
        next_attempt_at: new Date(),
        claimed_by: null,
        claimed_at: null,
        attempt_started_at: null,
        updated_at: new Date(),
      })
      .where('id', '=', input.deliveryId)
      .where('status', 'in', ['UNKNOWN', 'FAILED'])
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      throw new ConflictError(
        `この配信は状態が ${before.status} のため再送できません（再送できるのは UNKNOWN と FAILED です）。`,
      );
    }
    if (mailing.status === 'SENT') {
      await trx
        .updateTable('mailings')
        .set((eb) => ({
          status: 'SENDING',
          completed_at: null,
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', before.mailingId)
        .execute();
    }
    if (mailing.status === 'SENT' || mailing.status === 'SENDING') {
      await enqueueSend(trx, before.mailingId, 1);
      await ensureWatchdog(trx, 10_000);
    }
    await recordAudit(trx, ctx, {
      action: 'delivery.resend',
      targetType: 'Delivery',
      targetId: before.id,
      before: { status: before.status, attempts: before.attempts },
      after: { status: 'QUEUED' },
    });
    const [after] = await findDeliveriesByIds(trx, [input.deliveryId]);
    if (!after) throw new NotFoundError('その配信は見つかりません。');
    return after;
  });
}

/**
 * Sends the mailing to the given addresses as a test: the subject marked 【テスト】, filled with
 * the sample recipient, through the transactional outbox — not recorded as deliveries.
 */
export async function sendTestMailing(
  ctx: ServiceContext,
  input: { mailingId: string; addresses: readonly string[] },
): Promise<{ mailing: Mailing; addresses: string[] }> {
  const addresses = [...new Set(input.addresses.map((a) => a.trim()))];
  const problems: FieldProblem[] = [];
  if (addresses.length === 0 || addresses.length > 10) {
    problems.push({ path: ['input', 'addresses'], message: '宛先は1〜10件で指定してください。' });
  }
  addresses.forEach((address, i) => {
    if (!MAILBOX_PATTERN.test(address)) {
      problems.push({
        path: ['input', 'addresses', String(i)],
        message: 'メールアドレスではありません。',
      });
    }
  });
  if (problems.length > 0) throw invalid(problems);
  return ctx.db.transaction().execute(async (trx) => {
    const mailing = await findMailing(trx, input.mailingId);
    if (!mailing) throw new NotFoundError('そのメールは見つかりません。');
    const compiled = await compiledOf(trx, input.mailingId);
    const filled = previewEmail(compiled);
    for (const to of addresses) {
      await queueOutboundEmail(trx, ctx.config.mailFrom, {
        purpose: `mailing-test:${input.mailingId}`,
        to,
        subject: `【テスト】${filled.subject}`,
        html: filled.html,
        text: filled.text,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'mailing.sendTest',
      targetType: 'Mailing',
      targetId: input.mailingId,
      after: { addresses },
    });
    return { mailing, addresses };
  });
}

/** The stored compiled e-mail of a mailing (rendered once when it was saved). */
export async function compiledOf(db: Db, mailingId: string): Promise<CompiledEmail> {
  const row = await db
    .selectFrom('mailings')
    .select(['compiled_email'])
    .where('id', '=', mailingId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('そのメールは見つかりません。');
  return parseCompiledEmail(row.compiled_email);
}

// ---- suppressions ----------------------------------------------------------------------------

/** Suppresses an address by hand (MANUAL). */
export async function suppressAddress(
  ctx: ServiceContext,
  input: { address: string; note?: string | null },
): Promise<Suppression> {
  const address = input.address.trim().toLowerCase();
  if (!MAILBOX_PATTERN.test(address)) {
    throw invalid([{ path: ['input', 'address'], message: 'メールアドレスではありません。' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const added = await suppressAddresses(trx, [
      {
        address,
        reason: 'MANUAL',
        source: 'manual',
        detail: input.note ?? null,
        deliveryId: null,
        createdBy: accountOf(ctx.viewer),
      },
    ]);
    if (added.length === 0) throw new ConflictError('このアドレスはすでに配信停止中です。');
    const row = await trx
      .selectFrom('suppressions')
      .select('id')
      .where(sql<boolean>`lower(address) = ${address}`)
      .where('lifted_at', 'is', null)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'suppression.add',
      targetType: 'Suppression',
      targetId: row.id,
      after: { address, reason: 'MANUAL', note: input.note ?? null },
    });
    const [suppression] = await findSuppressionsByIds(trx, [row.id]);
    if (!suppression) throw new NotFoundError('見つかりません。');
    return suppression;
  });
}

/**
 * Lifts a suppression: the address may be mailed again, and contacts marked BOUNCED or
 * COMPLAINED because of it are marked OK.
 */
export async function liftSuppression(
  ctx: ServiceContext,
  input: { suppressionId: string; note?: string | null },
): Promise<Suppression> {
  return ctx.db.transaction().execute(async (trx) => {
    const [before] = await findSuppressionsByIds(trx, [input.suppressionId]);
    if (!before) throw new NotFoundError('その配信停止は見つかりません。');
    const lifted = await trx
      .updateTable('suppressions')
      .set({
        lifted_at: new Date(),
        lifted_by: accountOf(ctx.viewer),
        lift_note: input.note ?? null,
      })
      .where('id', '=', input.suppressionId)
      .where('lifted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!lifted) throw new ConflictError('この配信停止はすでに解除されています。');
    if (before.reason === 'HARD_BOUNCE' || before.reason === 'COMPLAINT') {
      await sql`UPDATE contacts SET email_status = 'OK', updated_at = now()
        WHERE lower(email) = lower(${before.address}) AND email_status <> 'OK'`.execute(trx);
    }
    await recordAudit(trx, ctx, {
      action: 'suppression.lift',
      targetType: 'Suppression',
      targetId: before.id,
      before: { address: before.address, reason: before.reason },
      after: { liftedAt: new Date().toISOString(), note: input.note ?? null },
    });
    const [after] = await findSuppressionsByIds(trx, [input.suppressionId]);
    if (!after) throw new NotFoundError('その配信停止は見つかりません。');
    return after;
  });
}

async function mustFind(db: Db, id: string): Promise<Mailing> {
  const mailing = await findMailing(db, id);
  if (!mailing) throw new NotFoundError('そのメールは見つかりません。');
  return mailing;
}
