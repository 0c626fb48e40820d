/**
 * Possible matches: the spans selection leaves unmarked because two or more
 * entries fit them equally, reported apart from the mentions, and the
 * reader's corrections that decide them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import type { AliasSpec, Entry } from '../glossary/schema.ts';
import { applyCorrections, choiceCorrection, decideUndecided, EVERYWHERE, type Correction } from './corrections.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';
import { undecidedSpans } from './select.ts';
import type { Density, SelectOptions, UndecidedSpan } from './types.ts';

const entry = (id: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, 'concept', aliases);
const matcherOf = (...entries: Entry[]): Matcher => new Matcher([compileGlossary('test', entries)]);

/** [surface, candidate ids] of each undecided span, block by block. */
function possible(matcher: Matcher, blocks: readonly string[], options: SelectOptions = { density: 'all' }): Array<Array<[string, string[]]>> {
  return undecidedSpans(matcher, blocks.map((block) => matcher.scan(block)), options).map((spans, i) =>
    spans.map((span): [string, string[]] => [blocks[i]!.slice(span.start, span.end), span.candidates.map((c) => c.entryId)]),
  );
}

describe('undecidedSpans', () => {
  const georgia = entry('georgia', { text: 'Georgia', contexts: ['Tbilisi'] });
  const georgiaState = entry('georgia-us-state', { text: 'Georgia', contexts: ['Atlanta'] });

  it('reports a tie between two plain claims, with both entries and their aliases', () => {
    const matcher = matcherOf(entry('crisis-a', 'Red Sea crisis'), entry('crisis-b', 'red sea crisis'));
    const [[span]] = undecidedSpans(matcher, [matcher.scan('the Red Sea crisis')], { density: 'all' }) as [[UndecidedSpan]];
    expect(span).toEqual({
      start: 4,
      end: 18,
      candidates: [
        { entryId: 'crisis-a', alias: 'Red Sea crisis', rule: { case: 'insensitive', plural: false } },
        { entryId: 'crisis-b', alias: 'red sea crisis', rule: { case: 'insensitive', plural: false } },
      ],
    });
  });

  it.each<[string, string[], Array<Array<[string, string[]]>>]>([
    ['no context at all: no candidate has its gate met', ['Georgia'], [[]]],
    ['one context decides: a mention, not a possible match', ['Georgia and Tbilisi'], [[]]],
    ['both contexts: both gates met, nothing decides', ['Georgia: Atlanta to Tbilisi'], [[['Georgia', ['georgia', 'georgia-us-state']]]]],
    ['page-wide contexts count across blocks', ['Georgia', 'Atlanta', 'Tbilisi'], [[['Georgia', ['georgia', 'georgia-us-state']]], [], []]],
  ])('both gated: %s', (_, blocks, expected) => {
    expect(possible(matcherOf(georgia, georgiaState), blocks)).toEqual(expected);
  });

  it('an alias whose contexts are absent is not a candidate, even when two others tie', () => {
    const matcher = matcherOf(entry('a', 'Georgia'), entry('b', 'Georgia'), georgiaState);
    expect(possible(matcher, ['Georgia'])).toEqual([[['Georgia', ['a', 'b']]]]);
  });

  it('a gated claim with its context beats plain ones: decided, nothing possible', () => {
    const matcher = matcherOf(entry('a', 'Georgia'), entry('b', 'Georgia'), georgiaState);
    expect(possible(matcher, ['Atlanta, Georgia'])).toEqual([[]]);
  });

  it('a negative context takes a candidate out', () => {
    const matcher = matcherOf(entry('a', 'Georgia'), entry('b', { text: 'Georgia', notContexts: ['Peach'] }), entry('c', 'Georgia'));
    expect(possible(matcher, ['Georgia Peach'])).toEqual([[['Georgia', ['a', 'c']]]]);
  });

  it('a tie inside a longer name, or under an exclusion, is no possible match', () => {
    const matcher = matcherOf(entry('a', 'Red Sea'), entry('b', 'Red Sea'), entry('crisis', 'Red Sea crisis'), entry('c', { text: 'Sea', exclude: ['Sea of Japan'] }), entry('d', 'Sea'));
    expect(possible(matcher, ['the Red Sea crisis', 'the Sea of Japan'])).toEqual([[], []]);
  });

  it('lists an entry once, whatever forms of it matched', () => {
    const matcher = matcherOf(entry('a', 'Crisis Group', 'crisis group'), entry('b', 'Crisis Group'));
    expect(possible(matcher, ['the Crisis Group'])).toEqual([[['Crisis Group', ['a', 'b']]]]);
  });

  it('a later glossary replacing an entry by id leaves no tie with itself', () => {
    const matcher = new Matcher([compileGlossary('a', [entry('georgia', 'Georgia')]), compileGlossary('b', [entry('georgia', 'Georgia')])]);
    expect(possible(matcher, ['Georgia'])).toEqual([[]]);
  });

  it('the reader’s own entry wins a tie with bundled ones: no possible match; a tie among the reader’s entries lists only those', () => {
    const bundled = compileGlossary('a', [entry('a', 'Georgia'), entry('b', 'Georgia')]);
    expect(possible(new Matcher([bundled, compileGlossary('b', [entry('mine', 'Georgia')])]), ['Georgia'])).toEqual([[]]);
    const own = compileGlossary('b', [entry('mine-a', 'Georgia'), entry('mine-b', 'Georgia')]);
    expect(possible(new Matcher([bundled, own]), ['Georgia'])).toEqual([[['Georgia', ['mine-a', 'mine-b']]]]);
  });

  it('leaves out candidates the reader switched off, and spans with none left', () => {
    const matcher = matcherOf(entry('a', 'Georgia'), entry('b', 'Georgia'));
    expect(possible(matcher, ['Georgia'], { density: 'all', isEnabled: (ref) => ref.id !== 'a' })).toEqual([[['Georgia', ['b']]]]);
    expect(possible(matcher, ['Georgia'], { density: 'all', isEnabled: () => false })).toEqual([[]]);
  });

  it.each<[Density, number]>([
    ['first', 1],
    ['all', 3],
  ])('density %s: spans of the same candidates reported %i time(s)', (density, count) => {
    const matcher = matcherOf(entry('a', 'Georgia'), entry('b', 'Georgia'));
    expect(possible(matcher, ['Georgia, Georgia', 'in Georgia.'], { density }).flat()).toHaveLength(count);
  });

  it('changes nothing about the mentions, and never overlaps one (property)', () => {
    const words = ['Georgia', 'Atlanta', 'Tbilisi', 'Red Sea', 'crisis', 'the', 'Sea'];
    const matcher = matcherOf(georgia, georgiaState, entry('plain-georgia', 'Georgia'), entry('a', 'Red Sea'), entry('b', 'Red Sea'), entry('crisis', 'Red Sea crisis'));
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (blocks) => {
        const scans = blocks.map((block) => matcher.scan(block.join(' ')));
        const mentions = matcher.select(scans, { density: 'all' });
        const spans = undecidedSpans(matcher, scans, { density: 'all' });
        spans.forEach((found, i) => {
          for (const span of found) {
            expect(span.candidates.length).toBeGreaterThanOrEqual(2);
            expect(mentions[i]!.some((m) => m.start < span.end && span.start < m.end)).toBe(false);
          }
        });
      }),
    );
  });
});

describe('decideUndecided', () => {
  const rule = { case: 'sensitive', plural: false } as const;
  const span = (start: number): UndecidedSpan => ({
    start,
    end: start + 3,
    candidates: [
      { entryId: 'rapid-support-forces', alias: 'RSF', rule },
      { entryId: 'reporters-without-borders', alias: 'RSF', rule },
    ],
  });
  const all = (): boolean => true;
  const spans = [span(0), span(10)];

  it('leaves every span undecided without a correction of its names', () => {
    const other: Correction[] = [{ entryId: 'nato', alias: 'NATO', site: 'bbc.com' }];
    expect(decideUndecided(spans, other, 'bbc.com', all)).toEqual({ decided: [], undecided: spans });
  });

  it('a choice saved on this site marks every span there as the chosen entry, and applyCorrections keeps it', () => {
    const choice = choiceCorrection({ entryId: 'reporters-without-borders', alias: 'RSF' }, 'bbc.com');
    expect(choice).toEqual({ entryId: 'reporters-without-borders', alias: 'RSF', site: 'bbc.com', relinkTo: 'reporters-without-borders' });
    const { decided, undecided } = decideUndecided(spans, [choice], 'bbc.com', all);
    expect(undecided).toEqual([]);
    expect(applyCorrections(decided, [choice], 'bbc.com', all).map((m) => [m.start, m.entryId])).toEqual([
      [0, 'reporters-without-borders'],
      [10, 'reporters-without-borders'],
    ]);
    expect(decideUndecided(spans, [choice], 'reuters.com', all).undecided).toEqual(spans);
  });

  it('a relink made from "Did you mean…" decides the name too, and is followed', () => {
    const relink: Correction = { entryId: 'rapid-support-forces', alias: 'rsf', site: EVERYWHERE, relinkTo: 'reporters-without-borders' };
    const { decided } = decideUndecided(spans, [relink], 'bbc.com', all);
    expect(decided.map((m) => m.entryId)).toEqual(['rapid-support-forces', 'rapid-support-forces']);
    expect(applyCorrections(decided, [relink], 'bbc.com', all).map((m) => m.entryId)).toEqual(['reporters-without-borders', 'reporters-without-borders']);
  });

  it('an unlinked name drops the span; this site wins over every site', () => {
    const unlinked: Correction = { entryId: 'reporters-without-borders', alias: 'RSF', site: EVERYWHERE };
    expect(decideUndecided(spans, [unlinked], 'bbc.com', all)).toEqual({ decided: [], undecided: [] });
    const chosenHere = choiceCorrection({ entryId: 'rapid-support-forces', alias: 'RSF' }, 'bbc.com');
    expect(decideUndecided(spans, [unlinked, chosenHere], 'bbc.com', all).decided.map((m) => m.entryId)).toEqual(['rapid-support-forces', 'rapid-support-forces']);
  });

  it('a relink to an entry the page cannot show decides nothing', () => {
    const choice = choiceCorrection({ entryId: 'reporters-without-borders', alias: 'RSF' }, 'bbc.com');
    expect(decideUndecided(spans, [choice], 'bbc.com', (id) => id !== 'reporters-without-borders').undecided).toEqual(spans);
  });
});
