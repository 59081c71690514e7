/** Japanese labels of the register's codes, and how API field problems reach form fields. */

import { FIELD_OF_ACTIVITY_LABELS } from '../../lib/fields-of-activity';
import { GraphqlRequestError } from '../../lib/graphql';

export const CATEGORY_LABELS: Record<string, string> = {
  REGULAR: '正会員',
  SUPPORTING: '賛助会員',
  COOPERATING: '協力会員',
};

export const STATUS_LABELS: Record<string, string> = {
  APPLIED: '申請中',
  ACTIVE: '会員',
  SUSPENDED: '休会中',
  WITHDRAWN: '退会',
  REJECTED: '不承認',
};

export const SCOPE_LABELS: Record<string, string> = {
  NATIONAL: '全国',
  REGIONAL: '地域',
};

export { FIELD_OF_ACTIVITY_LABELS };

/** The profile fields an organisation may publish, in the directory's order. */
export const PUBLISHABLE_FIELDS = [
  { field: 'name', label: '団体名' },
  { field: 'nameKana', label: 'ふりがな' },
  { field: 'category', label: '会員種別' },
  { field: 'organizationType', label: '団体の種類' },
  { field: 'prefecture', label: '所在地（都道府県）' },
  { field: 'designatedCity', label: '所在地（政令指定都市）' },
  { field: 'scope', label: '活動範囲' },
  { field: 'fieldsOfActivity', label: '活動分野' },
  { field: 'website', label: 'ウェブサイト' },
  { field: 'description', label: '活動の概要' },
] as const;

export type PublishableFieldName = (typeof PUBLISHABLE_FIELDS)[number]['field'];

export const FIELD_LABELS: Record<string, string> = Object.fromEntries(
  PUBLISHABLE_FIELDS.map(({ field, label }) => [field, label]),
);
FIELD_LABELS.publishedFields = '公開する項目';

/** Mail kinds a contact may decline (the others are administrative). */
export const OPTIONAL_MAIL_KINDS = [
  { kind: 'NEWSLETTER', label: 'メールマガジン' },
  { kind: 'VISIT_REPORT', label: '事務局訪問記' },
] as const;

/** `problems` of a ValidationFailedError → message per input field (last path element). */
export function fieldErrors(
  problems: readonly { path: readonly string[]; message: string }[] | undefined,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems ?? []) {
    const key = problem.path.filter((p) => p !== 'input' && !/^\d+$/.test(p)).join('.');
    errors[key || '_'] ??= problem.message;
  }
  return errors;
}

/** A ProfileFieldChange value (JSON text) as a person reads it. */
export function readableValue(field: string, json: string | null | undefined): string {
  if (json == null) return '（なし）';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value == null || value === '') return '（なし）';
  if (Array.isArray(value)) {
    if (value.length === 0) return '（なし）';
    const labels =
      field === 'fieldsOfActivity'
        ? FIELD_OF_ACTIVITY_LABELS
        : field === 'publishedFields'
          ? FIELD_LABELS
          : {};
    return value.map((v) => labels[String(v)] ?? String(v)).join('、');
  }
  return String(value);
}

/**
 * An input the API refused before running the mutation (argument validation, or a value the
 * scalar does not accept) → message per input field, or null when the error is of another kind.
 * The API lists each refused field in `extensions.problems` as `{ path, message }`, e.g.
 * `{ path: ["input", "nameKana"], message: "ひらがなで入力してください" }`.
 */
export function inputErrors(error: unknown): Record<string, string> | null {
  if (!(error instanceof GraphqlRequestError)) return null;
  const errors: Record<string, string> = {};
  for (const item of error.errors) {
    const problems = item.extensions?.problems;
    if (!Array.isArray(problems)) continue;
    for (const problem of problems as { path?: unknown; message?: unknown }[]) {
      if (!Array.isArray(problem.path) || typeof problem.message !== 'string') continue;
      const key = problem.path
        .join('.')
        .replace(/^input\./, '')
        .replace(/\.\d+$/, '');
      errors[key] ??= problem.message;
    }
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
