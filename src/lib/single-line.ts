/**
 * One-line text: names and other values that end up in a mail header (a contact's name in `To`,
 * an organisation's name in a subject). A line break there could end the header and start
 * another (`Bcc:`), so they are refused where they come in — the GraphQL inputs and the CSV
 * import — rather than when a message is composed, long after the person who typed them left.
 */
import { z } from 'zod';

// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Said to whoever typed a value with a line break or another control character. */
export const SINGLE_LINE_MESSAGE =
  '改行やタブなどの制御文字は使えません（1行で入力してください）。';

/** Whether `value` holds a line break (CR, LF) or another C0 control character or DEL. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * A required one-line text input: checked for control characters before it is trimmed (so a
 * trailing line break is refused too), then `min`..`max` characters.
 */
export function singleLineText(min: number, max: number) {
  return z
    .string()
    .refine((value) => !hasControlCharacters(value), SINGLE_LINE_MESSAGE)
    .trim()
    .min(min)
    .max(max);
}
