import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordOrdinal, wordStartsBefore } from './word-ordinals.ts';

/** The ordinal of each word's first letter, as a list of [word, ordinal]. */
function ordinals(text: string): Array<[string, number]> {
  const starts = wordStartsBefore(text);
  return [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => [m[0], wordOrdinal(starts, 0, m.index)]);
}

describe('word ordinals', () => {
  it.each<[string, Array<[string, number]>]>([
    ['', []],
    ['Hamas said', [['Hamas', 0], ['said', 1]]],
    ['  the PA, in Ramallah.', [['the', 0], ['PA', 1], ['in', 2], ['Ramallah', 3]]],
    ['al-Qaeda’s men', [['al', 0], ['Qaeda', 1], ['s', 2], ['men', 3]]],
    ['𠮷野 and x', [['𠮷野', 0], ['and', 2], ['x', 3]]],
  ])('%j', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
  });

  it('counts each letter of an unspaced script as a word', () => {
    const starts = wordStartsBefore('联合国安理会');
    expect(wordOrdinal(starts, 0, 5)).toBe(5);
  });

  it('counts from a given start: the words of a block after a separator', () => {
    const text = 'one two\u0000three four';
    const starts = wordStartsBefore(text);
    expect(wordOrdinal(starts, 8, text.indexOf('four'))).toBe(1);
  });

  it('never decreases, and grows by at most one per position', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', '中', '\u0301', '\ud842\udfb7', '.', '9') }), (text) => {
        const starts = wordStartsBefore(text);
        expect(starts.length).toBe(text.length + 1);
        for (let i = 1; i <= text.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(0);
        for (let i = 1; i <= text.length; i++) expect(starts[i]! - starts[i - 1]!).toBeLessThanOrEqual(1);
      }),
    );
  });
});
