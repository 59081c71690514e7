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
