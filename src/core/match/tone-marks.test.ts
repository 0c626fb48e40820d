/** Pinyin with tone marks: a third tone is read only as an alias written with the same marks. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';
import { fitsTones, hasThirdTone } from './tone-marks.ts';

const matcher = new Matcher([
  compileGlossary('test', [
    makeEntry('shanxi', 'place', ['Shanxi']),
    makeEntry('shaanxi', 'place', ['Shaanxi']),
    makeEntry('tokyo', 'place', ['Tokyo']),
    makeEntry('podebrady', 'place', ['Podebrady']),
    // An alias written with its own tones keeps them.
    makeEntry('henan', 'place', ['Hénán', 'Hǎinán']),
  ]),
]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('hasThirdTone', () => {
  it('reads a caron on a, i, o, u or ü, composed or not', () => {
    expect(['Shǎnxī', 'Shǎnxī'.normalize('NFD'), 'Guǐzhōu', 'nǚ', 'LǓ'].map(hasThirdTone)).toEqual([true, true, true, true, true]);
  });
  it('reads nothing in other marks, nor in Czech ě', () => {
    expect(['Shānxī', 'Tōkyō', 'Zürich', 'Poděbrady', 'Shanxi'].map(hasThirdTone)).toEqual([false, false, false, false, false]);
  });
});

describe('fitsTones', () => {
  it('compares the marks in order', () => {
    expect(fitsTones('Shǎnxī', 'Shanxi')).toBe(false);
    expect(fitsTones('Shǎnxī', 'Shǎnxī'.normalize('NFD'))).toBe(true);
    expect(fitsTones('Shǎnxī', 'Shānxī')).toBe(false);
  });
});

describe('the matcher and tone marks', () => {
  it('does not read a third tone as an alias written without tones', () => {
    expect(marks('Shaanxi (Chinese: 陕西; pinyin: Shǎnxī) is a province.')).toEqual(['Shaanxi=shaanxi']);
    expect(marks('pinyin: Shǎnxī'.normalize('NFD'))).toEqual([]);
  });

  it('still folds other marks, and the alias written with the same tones', () => {
    expect(marks('Shanxi (pinyin: Shānxī) and Tōkyō and Poděbrady.')).toEqual(['Shanxi=shanxi', 'Shānxī=shanxi', 'Tōkyō=tokyo', 'Poděbrady=podebrady']);
    expect(marks('Hǎinán and Hénán')).toEqual(['Hǎinán=henan', 'Hénán=henan']);
  });
});
