/**
 * Text folding for Japanese search: NFKC (full-width ASCII → ASCII, half-width katakana →
 * full-width, ｶﾞ → ガ), katakana → hiragana, lower case, no white space. 「ツナガリ」,
 * 「ﾂﾅｶﾞﾘ」 and 「つながり」 all fold to 「つながり」.
 */
export function foldForSearch(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

/** ァ (U+30A1) … ヶ (U+30F6) map onto ぁ (U+3041) … ゖ (U+3096); ー and ・ are kept. */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Escapes `%`, `_` and `\` for use inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * 五十音順 in JavaScript: Japanese dictionary order (JIS X 4061) as ICU's `ja` collation gives it
 * — the same order as the database's `ja_jp` collation of readings. Use it for every sort of
 * readings or Japanese names in JS: code-point order puts ー after every kana and が after かど.
 */
export const japaneseCollator = new Intl.Collator('ja');

/** Compares two readings 五十音順 (for `Array.prototype.sort`). */
export function compareKana(a: string, b: string): number {
  return japaneseCollator.compare(a, b);
}
