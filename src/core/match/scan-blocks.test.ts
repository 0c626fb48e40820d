import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from './matcher.ts';
import { FIXTURE_ALIAS_TEXTS, FIXTURE_CONTEXT_TERMS, fixtureGlossary } from './glossary.fixture.test.ts';

const matcher = new Matcher([fixtureGlossary()]);

describe('scanBlocks: several blocks in one pass', () => {
  it('never matches across a block boundary', () => {
    const [first, second] = matcher.scanBlocks(['Talks with the Palestinian', 'Authority ended.']);
    expect(first!.candidates).toEqual([]);
    expect(second!.candidates).toEqual([]);
    expect(matcher.scan('Talks with the Palestinian Authority ended.').candidates).not.toEqual([]);
  });

  it('gives each block its own offsets and context terms', () => {
    const texts = ['Hamas met.', 'Later, the PA in the West Bank replied.'];
    const scans = matcher.scanBlocks(texts);
    expect(scans.map((scan) => scan.candidates.map((c) => texts[scans.indexOf(scan)]!.slice(c.start, c.end)))).toEqual([['Hamas'], ['PA', 'West Bank']]);
    expect(scans[0]!.contexts.size).toBe(0);
    expect(scans[1]!.contexts.size).toBeGreaterThan(0);
  });

  it('equals scanning each block alone, for any blocks', () => {
    const piece = fc.oneof(fc.constantFrom(...FIXTURE_ALIAS_TEXTS, ...FIXTURE_CONTEXT_TERMS), fc.constantFrom(' ', ', ', '. ', 'the ', 'said ', '’s ', '\n', 'x'));
    const block = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (texts) => {
        const together = matcher.scanBlocks(texts);
        const alone = texts.map((text) => matcher.scan(text));
        expect(together.map((scan) => ({ candidates: scan.candidates, contexts: [...scan.contexts].sort() }))).toEqual(
          alone.map((scan) => ({ candidates: scan.candidates, contexts: [...scan.contexts].sort() })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
