/**
 * Previews: a compiled e-mail filled with sample recipient values, for the preview page and
 * the `preview` field. Sample links point at example.jp (reserved for documentation).
 */
import { type CompiledEmail, type PersonalizedEmail, personalize } from './compile.js';
import type { PlaceholderKey, RecipientValues } from './placeholders.js';

/** Values shown in previews and test sends. */
export const SAMPLE_RECIPIENT: Readonly<Record<PlaceholderKey, string>> = {
  'recipient.name': '山田　太郎',
  'recipient.organization': 'NPO法人 サンプル（デモ）',
  'recipient.email': 'yamada@example.jp',
  'link.unsubscribe': 'https://example.jp/sample/unsubscribe',
  'link.preferences': 'https://example.jp/sample/preferences',
  'link.web': 'https://example.jp/sample/web',
  'link.acknowledge': 'https://example.jp/sample/acknowledge',
  'link.attend': 'https://example.jp/sample/reply?answer=attend',
  'link.absent': 'https://example.jp/sample/reply?answer=absent',
  'link.proxy': 'https://example.jp/sample/reply?answer=proxy',
  'link.files': 'https://example.jp/sample/attachments',
};

/** Fills `compiled` with {@link SAMPLE_RECIPIENT}, optionally overriding some values. */
export function previewEmail(
  compiled: CompiledEmail,
  overrides: RecipientValues = {},
): PersonalizedEmail {
  return personalize(compiled, { ...SAMPLE_RECIPIENT, ...overrides });
}
