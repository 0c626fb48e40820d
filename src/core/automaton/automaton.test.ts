import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, child, scanText } from './automaton.ts';

type Hit = [pattern: number, end: number];

function scanAll(patterns: readonly string[], text: string): Hit[] {
  const hits: Hit[] = [];
  scanText(buildAutomaton(patterns), text, (pattern, end) => hits.push([pattern, end]));
  return hits;
}

/** The reference: every occurrence of every pattern, by end, longest first at the same end. */
function naive(patterns: readonly string[], text: string): Hit[] {
  const hits: Array<{ id: number; end: number; length: number }> = [];
  patterns.forEach((pattern, id) => {
    for (let i = 0; i + pattern.length <= text.length; i++) {
      if (text.startsWith(pattern, i)) hits.push({ id, end: i + pattern.length, length: pattern.length });
    }
  });
  hits.sort((a, b) => a.end - b.end || b.length - a.length);
  return hits.map(({ id, end }) => [id, end]);
}

describe('buildAutomaton + scanText: tables', () => {
  const cases: Array<[label: string, patterns: string[], text: string, expected: Hit[]]> = [
    ['the textbook example', ['he', 'she', 'his', 'hers'], 'ushers', [[1, 4], [0, 4], [3, 6]]],
    ['overlapping occurrences of one pattern', ['aa'], 'aaaa', [[0, 2], [0, 3], [0, 4]]],
    ['nested patterns end together', ['a', 'ba', 'cba'], 'cba', [[2, 3], [1, 3], [0, 3]]],
    ['pattern inside a longer one, and inside a word', ['un', 'un security council'], 'un security council', [[0, 2], [0, 16], [1, 19]]],
    ['failure to a non-root state', ['abcd', 'bce'], 'abce', [[1, 4]]],
    ['no patterns', [], 'anything', []],
    ['empty text', ['a'], '', []],
    ['no occurrence', ['hamas'], 'fatah', []],
    ['astral pattern', ['😀'], 'a😀b😀', [[0, 3], [0, 6]]],
    ['lone surrogate halves are units too', ['\ude00'], 'a😀', [[0, 3]]],
    ['Han and Arabic', ['中国', 'حماس'], '在中国 وحماس', [[0, 3], [1, 9]]],
    ['highest code units', ['\uffff', '\u8000x'], '\u8000x\uffff', [[1, 2], [0, 3]]],
    ['a root edge on bit 31 of its word', ['\u001f', '\u003f'], '\u001f?', [[0, 1], [1, 2]]],
  ];

  it.each(cases)('%s', (_label, patterns, text, expected) => {
    expect(scanAll(patterns, text)).toEqual(expected);
    expect(naive(patterns, text)).toEqual(expected);
  });

  it('rejects an empty pattern', () => {
    expect(() => buildAutomaton(['a', ''])).toThrow(/pattern 1 is empty/);
  });

  it('rejects a duplicate pattern', () => {
    expect(() => buildAutomaton(['hamas', 'fatah', 'hamas'])).toThrow(/pattern 2 duplicates pattern 0/);
  });
});

describe('buildAutomaton: structure', () => {
  it('numbers states breadth-first with sorted edges, edge i leading to state i + 1', () => {
    const automaton = buildAutomaton(['ba', 'ab', 'abc', 'c']);
    // States: 0 root; 1 a, 2 b, 3 c; 4 ab, 5 ba; 6 abc.
    expect([...automaton.edgeChar].map((u) => String.fromCharCode(u)).join('')).toBe('abcbac');
    expect(child(automaton, 0, 'a'.charCodeAt(0))).toBe(1);
    expect(child(automaton, 0, 'c'.charCodeAt(0))).toBe(3);
    expect(child(automaton, 1, 'b'.charCodeAt(0))).toBe(4);
    expect(child(automaton, 2, 'a'.charCodeAt(0))).toBe(5);
    expect(child(automaton, 4, 'c'.charCodeAt(0))).toBe(6);
    expect(child(automaton, 0, 'd'.charCodeAt(0))).toBe(-1);
    expect(child(automaton, 6, 'a'.charCodeAt(0))).toBe(-1);
    expect([...automaton.fail]).toEqual([0, 0, 0, 0, 2, 1, 3]);
    expect([...automaton.patternLength]).toEqual([2, 2, 3, 1]);
  });
});

describe('buildAutomaton + scanText: against a naive search', () => {
  // Small alphabets force shared prefixes, nested patterns and long failure chains;
  // the surrogate halves make astral characters (and broken ones) part of the mix.
  const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é', '中', '\ud83d', '\ude00', '\uffff');
  const pattern = fc.string({ unit, minLength: 1, maxLength: 6 });
  const patterns = fc.uniqueArray(pattern, { maxLength: 25 });
  const text = fc.string({ unit, maxLength: 80 });

  it('reports exactly the occurrences, in order', () => {
    fc.assert(
      fc.property(patterns, text, (ps, t) => {
        expect(scanAll(ps, t)).toEqual(naive(ps, t));
      }),
      { numRuns: 500 },
    );
  });

  it('finds every pattern when the text is made of the patterns', () => {
    fc.assert(
      fc.property(patterns.filter((ps) => ps.length > 0), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (ps, picks) => {
        const text = picks.map((p) => ps[p % ps.length]!).join('');
        const hits = scanAll(ps, text);
        for (const p of picks) expect(hits.some(([id]) => id === p % ps.length)).toBe(true);
        expect(hits).toEqual(naive(ps, text));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the patterns', () => {
    fc.assert(
      fc.property(patterns, text, (ps, t) => {
        const reversed = [...ps].reverse();
        const forward = scanAll(ps, t).map(([id, end]) => `${ps[id]}@${end}`).sort();
        const backward = scanAll(reversed, t).map(([id, end]) => `${reversed[id]}@${end}`).sort();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 200 },
    );
  });
});
