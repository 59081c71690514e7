/**
 * Checking and preparing what a mailing is saved with: its content (parsed, its references
 * resolved, rendered once), its audience, its publication and visited organisation. Problems
 * name the input field; `invalid` turns them into one VALIDATION_FAILED error.
 */
import type { Db } from '../../db/create-db.js';
import type { MailingKind } from '../../db/tables/mailings.js';
import { type FieldProblem, ValidationFailedError } from '../../errors.js';
import {
  type Audience,
  checkAudienceReferences,
  parseAudience,
} from '../../mail/engine/audience.js';
import {
  type CompiledEmail,
  compileEmail,
  EmailContentError,
  EmailRenderError,
  previewEmail,
} from '../../mail/render/index.js';
import { offersWebVersion } from '../../mail/render/web-version.js';
import {
  checkContentFileReferences,
  fileFactsOf,
  holdContentFiles,
} from '../files/file.service.js';
import { resolveContentReferences } from './content-references.js';
import { organizationExists } from './mailing.repository.js';
import type { MailingConfig } from './mailing-config.js';
import { checkIssueNumberFree, issueNumberOf } from './newsletter-issues.js';

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

export async function validateAudience(
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
type SiteUrls = Pick<MailingConfig, 'publicUrl' | 'siteUrl'>;

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

export function invalid(problems: FieldProblem[]): ValidationFailedError {
  return new ValidationFailedError(
    `入力に ${problems.length} 件の問題があります。各項目を確認してください。`,
    problems,
  );
}

/** The subject as recipients see it (with sample values when it is personalised). */
export function subjectOf(compiled: CompiledEmail): string {
  return compiled.subject.keys.length === 0
    ? compiled.subject.literals.join('')
    : previewEmail(compiled).subject;
}

/**
 * Content as typed GraphQL input (an object for the zod schema, with the input path of its
 * fields for error messages) or as JSON text (`contentJson`).
 */
export type ContentSource =
  | { readonly json: string }
  | { readonly object: Record<string, unknown>; readonly path: readonly string[] };

/** Reads, checks references of, and renders content; problems name the input field. */
export async function prepareContent(
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
export async function checkIssueNumber(
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
export async function holdFilesOf(trx: Db, prepared: PreparedContent): Promise<void> {
  const gone = await holdContentFiles(trx, prepared.content, prepared.path);
  if (gone.length > 0) throw invalid(gone);
}

/** Newsletters and visit reports are published by default, circulars on request, meeting notices never. */
export function defaultIsPublic(kind: MailingKind): boolean {
  return kind === 'NEWSLETTER' || kind === 'VISIT_REPORT';
}

export function checkPublication(
  kind: MailingKind,
  isPublic: boolean,
  problems: FieldProblem[],
): void {
  if (isPublic && kind === 'MEETING_NOTICE') {
    problems.push({
      path: ['input', 'isPublic'],
      message: '招集通知はアーカイブに公開できません。',
    });
  }
}

export async function checkVisitedOrganization(
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
  if (!(await organizationExists(db, organizationId))) {
    problems.push({
      path: ['input', 'visitedOrganization'],
      message: 'その団体は見つかりません。',
    });
  }
}
