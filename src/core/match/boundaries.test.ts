import { describe, expect, it } from 'vitest';
import { isEndBoundary, isStartBoundary } from './boundaries.ts';
import { matchesCase } from './case-rule.ts';

// Boundaries are decided on the folded text (lower case, no marks, one space between words).

describe('isStartBoundary', () => {
  it.each<[label: string, text: string, start: number, expected: boolean]>([
    ['start of the text', 'hamas', 0, true],
    ['after a space', 'a hamas', 2, true],
    ['inside a Latin word ("Oman" in "woman")', 'woman', 1, false],
    ['after an apostrophe', "l'onu", 2, true],
    ['after a hash', '#hamas', 1, true],
    ['after a digit', '2un', 1, false],
    ['after an accented letter folded', 'eoman', 1, false],
    ['Latin after Han', '在un', 1, true],
    ['Han after Latin', 'a中国', 1, true],
    ['Han inside Han', '在中国', 1, true],
    ['kana inside kana', 'ハマス', 1, true],
    ['astral Han before', '𠮷野家', 2, true],
    ['astral letter before (a surrogate pair read as one letter)', '𐌰un', 2, false],
    ['Arabic after و', 'وحماس', 1, true],
    ['Arabic after ف', 'فحماس', 1, true],
    ['Arabic after ب', 'بحماس', 1, true],
    ['Arabic after ل', 'لحماس', 1, true],
    ['Arabic after ك', 'كحماس', 1, true],
    ['Arabic after ال', 'الانتفاضه', 2, true],
    ['Arabic after وب', 'وبحماس', 2, true],
    ['Arabic after فال', 'فالانتفاضه', 3, true],
    ['Arabic after وبال', 'وبالقدس', 4, true],
    ['Arabic after a space and و', 'قالت وحماس', 6, true],
    ['Arabic after س (not a clitic)', 'سحماس', 1, false],
    ['Arabic after م', 'محماس', 1, false],
    ['Arabic after clitics in the wrong order (بو)', 'بوحماس', 2, false],
    ['Arabic after و twice', 'ووحماس', 2, false],
    ['Arabic inside a long word', 'فلسطينحماس', 6, false],
    ['Arabic after a clitic glued to a Latin letter', 'xوحماس', 2, false],
    ['Arabic after a Latin letter', 'xحماس', 1, false],
    ['Latin after an Arabic letter', 'وhamas', 1, false],
  ])('%s', (_label, text, start, expected) => {
    expect(isStartBoundary(text, start)).toBe(expected);
  });
});

describe('isEndBoundary', () => {
  it.each<[label: string, text: string, end: number, expected: boolean]>([
    ['end of the text', 'hamas', 5, true],
    ['before a space', 'hamas said', 5, true],
    ['before an apostrophe (possessive)', "hamas's", 5, true],
    ['before a letter ("UN" in "UNESCO")', 'unesco', 2, false],
    ['before a digit', 'un2', 2, false],
    ['after a final full stop', 'u.s.a', 4, true],
    ['Latin before Han', 'un和', 2, true],
    ['Han before Han', '中国人', 2, true],
    ['Arabic before a suffix', 'حماسي', 4, false],
    ['Arabic before an Arabic comma', 'حماس، فتح', 4, true],
    ['before an astral letter', 'un𐌰', 2, false],
    ['before an astral Han character', 'un𠮷', 2, true],
  ])('%s', (_label, text, end, expected) => {
    expect(isEndBoundary(text, end)).toBe(expected);
  });
});

describe('matchesCase', () => {
  it.each<[found: string, alias: string, expected: boolean]>([
    ['China', 'China', true],
    ['CHINA', 'China', true],
    ['china', 'China', false],
    ['cHINA', 'China', false],
    ['US', 'US', true],
    ['Us', 'US', false],
    ['us', 'US', false],
    ['intifada', 'intifada', true],
    ['Intifada', 'intifada', true],
    ['INTIFADA', 'intifada', true],
    ['inTifada', 'intifada', false],
    ['U.S.', 'U.S.', true],
    ['u.s.', 'U.S.', false],
    ['al-Qaeda', 'al-Qaeda', true],
    ['Al-Qaeda', 'al-Qaeda', true],
    ['AL-QAEDA', 'al-Qaeda', true],
    ['Al-qaeda', 'al-Qaeda', false],
    ['iPhone', 'iPhone', true],
    ['IPhone', 'iPhone', true],
    ['IPHONE', 'iPhone', true],
    ['iphone', 'iPhone', false],
    ['中国', '中国', true],
    ['حماس', 'حماس', true],
    ['Hamas', 'Hamass', false],
    ['123', '123', true],
    ['𝐀b', '𝐀b', true],
  ])('%j for %j: %s', (found, alias, expected) => {
    expect(matchesCase(found, alias)).toBe(expected);
  });
});
