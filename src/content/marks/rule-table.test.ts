/**
 * Selection in the page over the rules the background sends gives exactly
 * what the whole matcher selects: the corpus e2e test checks it on real
 * pages; this checks it on every trap of the fixture glossary, with blocks
 * sent in any batches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../core/glossary/compile.ts';
import { FIXTURE_ALIAS_TEXTS, FIXTURE_CONTEXT_TERMS, fixtureGlossary, makeEntry } from '../../core/match/glossary.fixture.test.ts';
import { Matcher } from '../../core/match/matcher.ts';
import { selectMentions } from '../../core/match/select.ts';
import type { BlockScan, Density } from '../../core/match/types.ts';
import { matchBatch, receivedScan, type MatchBatch } from '../../shared/match-batch.ts';
import { RuleTable } from './rule-table.ts';

/** A reader's glossary that overrides a fixture id and adds a name. */
const custom = compileGlossary('mine', [makeEntry('hamas', 'group', ['Harakat']), makeEntry('zorblatt', 'organisation', ['Zorblatt'])]);
const matcher = new Matcher([fixtureGlossary(), custom]);
/** Through JSON, as Chrome's messages carry it. */
const sent = (texts: readonly string[], key = 'k'): MatchBatch => JSON.parse(JSON.stringify(matchBatch(matcher, key, texts))) as MatchBatch;

/** Select in the page from batches cut at `cuts`, as PageMarks does. */
function selectInPage(texts: readonly string[], cuts: readonly number[], density: Density) {
  const rules = new RuleTable();
  const scans: BlockScan[] = [];
  let from = 0;
  for (const cut of [...cuts, texts.length]) {
    const batch = sent(texts.slice(from, cut));
    expect(rules.add(batch)).toBe(true);
    scans.push(...batch.scans.map(receivedScan));
    from = cut;
  }
  return selectMentions(rules, scans, { density });
}

const words = fc.constantFrom(...FIXTURE_ALIAS_TEXTS, ...FIXTURE_CONTEXT_TERMS, 'Harakat', 'Zorblatt', 'the', 'and', 'met', 'in', 'UN', 'un', 'PA', ',', '.');
const block = fc.array(words, { maxLength: 12 }).map((parts) => parts.join(' '));

describe('RuleTable: selecting in the page from the background\'s answers', () => {
  it('selects what the whole matcher selects, however the blocks are batched', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(8)), fc.constantFrom<Density>('first', 'all'), (texts, rawCuts, density) => {
        const cuts = [...new Set(rawCuts.filter((cut) => cut > 0 && cut < texts.length))].sort((a, b) => a - b);
        expect(selectInPage(texts, cuts, density)).toEqual(matcher.select(matcher.scanBlocks(texts), { density }));
      }),
      { numRuns: 300 },
    );
  });

  it('knows an entry by id once a batch named it, the reader\'s entry where ids are shared', () => {
    const rules = new RuleTable();
    rules.add(sent(['Hamas met Harakat in Gaza.']));
    expect(rules.entry('hamas')).toEqual(matcher.entry('hamas'));
    expect(rules.entry('zorblatt')).toBeUndefined();
  });

  it('holds only the rules of what the page mentions', () => {
    const batch = sent(['Hamas met.']);
    expect(batch.aliases.length).toBeLessThan(3);
    expect(batch.entries.map(([, entry]) => entry.ref.id)).toEqual(['hamas']);
  });

  it('refuses a batch from another matcher, and takes it after clear()', () => {
    const rules = new RuleTable();
    expect(rules.add(sent(['Hamas.'], 'one'))).toBe(true);
    expect(rules.add(sent(['Hamas.'], 'two'))).toBe(false);
    expect(rules.matcherKey).toBe('one');
    rules.clear();
    expect(() => rules.aliasInfo(0)).toThrow(/no rules/);
    expect(rules.add(sent(['Hamas.'], 'two'))).toBe(true);
    expect(rules.matcherKey).toBe('two');
  });
});

describe('RuleTable with aliases gated "near"', () => {
  // A context within 20 words counts; one further away in the same block does not.
  const nearMatcher = new Matcher([
    compileGlossary('near', [
      makeEntry('kursk-oblast', 'place', [{ text: 'Kursk', contexts: ['region', 'oblast'], scope: 'near' }]),
      makeEntry('ukraine', 'country', ['Ukraine']),
    ]),
  ]);
  const far = `Kursk ${'word '.repeat(30)}region`;
  const texts = ['Troops entered the Kursk region.', far, 'Ukraine said so.'];

  it('selects in the page what the whole matcher selects, word positions carried through JSON', () => {
    const batch = JSON.parse(JSON.stringify(matchBatch(nearMatcher, 'n', texts))) as MatchBatch;
    const rules = new RuleTable();
    rules.add(batch);
    const inPage = selectMentions(rules, batch.scans.map(receivedScan), { density: 'all' });
    const whole = nearMatcher.select(nearMatcher.scanBlocks(texts), { density: 'all' });
    expect(inPage).toEqual(whole);
    expect(inPage[0]!.map((mention) => mention.entryId)).toEqual(['kursk-oblast']);
    expect(inPage[1]).toEqual([]);
  });
});
