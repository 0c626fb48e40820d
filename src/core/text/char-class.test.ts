import { describe, expect, it } from 'vitest';
import { isArabicChar, isSegmentedChar, isUnspacedChar, isWordChar } from './char-class.ts';

const cp = (char: string): number => char.codePointAt(0)!;

describe('character classes', () => {
  it('reads letters, digits and marks as word characters in any script, astral ones included', () => {
    expect(['a', '7', 'ж', 'ب', '中', '𠀀', '\u0301'].map((char) => isWordChar(cp(char)))).toEqual([true, true, true, true, true, true, true]);
    expect([' ', '-', '。', '،'].map((char) => isWordChar(cp(char)))).toEqual([false, false, false, false]);
    expect(isWordChar(-1)).toBe(false);
  });

  it('knows the scripts written without spaces, and which of them a dictionary segments', () => {
    expect(['中', 'か', 'カ', '한', 'ไ'].map((char) => isUnspacedChar(cp(char)))).toEqual([true, true, true, true, true]);
    expect(['中', 'か', 'カ', '한', 'ไ', 'a'].map((char) => isSegmentedChar(cp(char)))).toEqual([true, true, true, false, false, false]);
    expect(isSegmentedChar(cp('。'))).toBe(false);
  });

  it('knows Arabic-script letters', () => {
    expect([isArabicChar(cp('ب')), isArabicChar(cp('پ')), isArabicChar(cp('a'))]).toEqual([true, true, false]);
  });
});
