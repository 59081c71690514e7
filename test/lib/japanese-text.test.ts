import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/lib/japanese-text.js';

describe('foldForSearch', () => {
  it('folds katakana, half-width katakana and hiragana to the same text', () => {
    expect(foldForSearch('ツナガリ')).toBe('つながり');
    expect(foldForSearch('ﾂﾅｶﾞﾘ')).toBe('つながり');
    expect(foldForSearch('つながり')).toBe('つながり');
  });

  it('folds full-width letters and digits, case and spaces', () => {
    expect(foldForSearch('ＮＰＯ法人　Ａ ｂ１')).toBe('npo法人ab1');
  });
});
