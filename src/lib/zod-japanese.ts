/**
 * Japanese for zod's built-in messages ("Too big: expected string to have <=200 characters"),
 * worded for the people who read them in the API's answers and the web app. A message a schema
 * sets itself (`.max(10, '…')`, `.refine(…, { message })`) wins over these: write those in
 * Japanese where the schema is declared.
 *
 * Two ways in: pass {@link japaneseZodErrors} as the error map of a parse
 * (`schema.safeParse(value, { error: japaneseZodErrors })`), or turn an issue that was already
 * given zod's English default into Japanese with {@link japaneseIssueMessage}.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when the text is (at least partly) Japanese. */
export function isJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

const EXPECTED: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  bigint: '整数',
  boolean: 'true か false',
  array: '配列',
  object: 'オブジェクト',
  date: '日付',
  null: 'null',
};

const FORMATS: Record<string, string> = {
  uuid: 'UUID（例: 0196f6a0-3c1e-7c3a-9f1e-2b7c4d5e6f70）',
  guid: 'UUID',
  email: 'メールアドレス（例: info@example.or.jp）',
  url: 'URL（例: https://example.jp/）',
  date: 'YYYY-MM-DD 形式の日付（例: 2025-05-27）',
  datetime: 'ISO 8601 形式の日時（例: 2025-05-27T09:00:00+09:00）',
  time: 'HH:MM 形式の時刻（例: 14:00）',
};

function shown(value: unknown): string {
  return typeof value === 'string' ? `「${value}」` : String(value);
}

/**
 * Whether nothing was given. A raw issue (in an error map) carries its input; a finished one
 * carries it only when asked to, and otherwise says so in zod's English message.
 */
function isMissing(issue: Issue): boolean {
  return 'input' in issue
    ? issue.input === undefined
    : / received undefined$/.test(issue.message ?? '');
}

/** The Japanese message of one zod issue, from its code and parameters (not its message). */
export function japaneseZodMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return '入力してください（必須の項目です）。';
      return `${EXPECTED[issue.expected] ?? issue.expected}で指定してください。`;
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return issue.minimum === 1 ? '入力してください。' : `${min}文字以上で入力してください。`;
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${min}件以上指定してください。`;
      if (issue.origin === 'date') return `${min}以降の日付を指定してください。`;
      return issue.inclusive === false
        ? `${min}より大きい値を指定してください。`
        : `${min}以上の値を指定してください。`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `${max}文字以内で入力してください。`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${max}件以内で指定してください。`;
      if (issue.origin === 'date') return `${max}以前の日付を指定してください。`;
      return issue.inclusive === false
        ? `${max}未満の値を指定してください。`
        : `${max}以下の値を指定してください。`;
    }
    case 'invalid_format': {
      const format = FORMATS[issue.format];
      return format ? `${format}で指定してください。` : '形式が正しくありません。';
    }
    case 'not_multiple_of':
      return `${issue.divisor}の倍数を指定してください。`;
    case 'unrecognized_keys':
      return `使えない項目があります: ${issue.keys.join('、')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${shown(issue.values[0])}を指定してください。`
        : `次のいずれかを指定してください: ${issue.values.map(shown).join('、')}`;
    default:
      return '値が正しくありません。';
  }
}

/** An error map for `safeParse(value, { error })`: Japanese wherever the schema sets no message. */
export const japaneseZodErrors: z.core.$ZodErrorMap = (issue) => japaneseZodMessage(issue);

/** The issue's own message when it is Japanese, else the Japanese for its code. */
export function japaneseIssueMessage(issue: z.core.$ZodIssue): string {
  return isJapanese(issue.message) ? issue.message : japaneseZodMessage(issue);
}
