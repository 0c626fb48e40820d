import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import type { AliasSpec, Entry } from '../glossary/schema.ts';
import { Matcher } from './matcher.ts';
import type { Density, Mention, SelectOptions } from './types.ts';
import { makeEntry } from './glossary.fixture.test.ts';

const entry = (id: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, 'concept', aliases);
const matcherOf = (...entries: Entry[]): Matcher => new Matcher([compileGlossary('test', entries)]);

/** [surface, entry id] of each mention of one text. */
function marks(matcher: Matcher, text: string, density: Density = 'all'): Array<[string, string]> {
  return matcher.findMentions(text, { density }).map((m) => [text.slice(m.start, m.end), m.entryId]);
}

/** [surface, entry id] of each mention, block by block, for a page of several blocks. */
function pageMarks(matcher: Matcher, blocks: readonly string[], options: SelectOptions): Array<Array<[string, string]>> {
  const selected = matcher.select(blocks.map((block) => matcher.scan(block)), options);
  return selected.map((mentions: Mention[], i) => mentions.map((m): [string, string] => [blocks[i]!.slice(m.start, m.end), m.entryId]));
}

describe('leftmost-longest, never overlapping', () => {
  const matcher = matcherOf(
    entry('united-nations', 'UN'),
    entry('un-security-council', 'UN Security Council', 'Security Council'),
    entry('new-york', 'New York'),
    entry('new-york-times', 'York Times'),
    entry('ab', 'alpha beta'),
    entry('bcd', 'beta gamma delta'),
    entry('cd', 'gamma delta'),
  );

  it.each<[string, Array<[string, string]>]>([
    ['UN Security Council', [['UN Security Council', 'un-security-council']]],
    ['the Security Council of the UN', [['Security Council', 'un-security-council'], ['UN', 'united-nations']]],
    // The leftmost span wins even when a later one is longer.
    ['New York Times', [['New York', 'new-york']]],
    ['alpha beta gamma delta', [['alpha beta', 'ab'], ['gamma delta', 'cd']]],
    ['beta gamma delta', [['beta gamma delta', 'bcd']]],
    ['alpha beta gamma', [['alpha beta', 'ab']]],
  ])('%j', (text, expected) => {
    expect(marks(matcher, text)).toEqual(expected);
  });
});

describe('exclusions', () => {
  const fatah = entry('fatah', { text: 'Fatah', exclude: ['Fatah al-Islam'] });

  it('an excluded longer name hides the alias inside it', () => {
    const matcher = matcherOf(fatah);
    expect(marks(matcher, 'Fatah al-Islam and Fatah')).toEqual([['Fatah', 'fatah']]);
  });

  it('the excluded name is matched when it is an entry itself', () => {
    const matcher = matcherOf(fatah, entry('fatah-al-islam', 'Fatah al-Islam'));
    expect(marks(matcher, 'Fatah al-Islam and Fatah')).toEqual([['Fatah al-Islam', 'fatah-al-islam'], ['Fatah', 'fatah']]);
  });

  it('hides other names inside it too', () => {
    const matcher = matcherOf(fatah, entry('islam', 'Islam'));
    expect(marks(matcher, 'Fatah al-Islam; Islam')).toEqual([['Islam', 'islam']]);
  });

  it('works when the excluded name starts before the alias', () => {
    const matcher = matcherOf(entry('hamas', { text: 'Hamas', exclude: ['Harakat Hamas al-Jadida'] }));
    expect(marks(matcher, 'Harakat Hamas al-Jadida, not Hamas')).toEqual([['Hamas', 'hamas']]);
  });

  it('is matched in any case, on word boundaries only', () => {
    const matcher = matcherOf(fatah);
    expect(marks(matcher, 'FATAH AL ISLAM')).toEqual([]);
    expect(marks(matcher, 'Fatah al-Islamiyya')).toEqual([['Fatah', 'fatah']]);
  });
});

describe('entries sharing an alias: decide by context, never guess', () => {
  const georgia = entry('georgia', { text: 'Georgia', contexts: ['Tbilisi'] });
  const georgiaState = entry('georgia-us-state', { text: 'Georgia', contexts: ['Atlanta'] });

  it.each<[string, Array<[string, string]>]>([
    ['Georgia', []],
    ['Georgia and Tbilisi', [['Georgia', 'georgia']]],
    ['Atlanta, Georgia', [['Georgia', 'georgia-us-state']]],
    ['Georgia: Atlanta to Tbilisi', []],
  ])('both gated: %j', (text, expected) => {
    expect(marks(matcherOf(georgia, georgiaState), text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    ['Georgia', [['Georgia', 'georgia']]],
    ['Atlanta, Georgia', [['Georgia', 'georgia-us-state']]],
  ])('a plain claim beside a gated one: %j', (text, expected) => {
    expect(marks(matcherOf(entry('georgia', 'Georgia'), georgiaState), text)).toEqual(expected);
  });

  it('two plain claims: unmarked, and still hiding shorter names inside', () => {
    const matcher = matcherOf(entry('crisis-a', 'Red Sea crisis'), entry('crisis-b', 'Red Sea crisis'), entry('red-sea', 'Red Sea'));
    expect(marks(matcher, 'the Red Sea crisis; the Red Sea')).toEqual([['Red Sea', 'red-sea']]);
  });

  it('the same claim from two glossaries: the later one (the reader’s own) wins, in either order of forms', () => {
    const matcher = new Matcher([compileGlossary('a', [entry('georgia', 'Georgia')]), compileGlossary('b', [entry('georgia-us-state', 'Georgia')])]);
    expect(marks(matcher, 'Georgia')).toEqual([['Georgia', 'georgia-us-state']]);
    const reversed = new Matcher([compileGlossary('a', [entry('georgia-us-state', 'Georgia')]), compileGlossary('b', [entry('georgia', 'Georgia')])]);
    expect(marks(reversed, 'Georgia')).toEqual([['Georgia', 'georgia']]);
  });

  it('a tie inside the bundled glossary is broken by the reader’s entry, not by the order of entries', () => {
    const bundled = compileGlossary('a', [entry('crisis-a', 'Red Sea crisis'), entry('crisis-b', 'Red Sea crisis')]);
    expect(marks(new Matcher([bundled, compileGlossary('b', [entry('mine', 'Red Sea crisis')])]), 'the Red Sea crisis')).toEqual([['Red Sea crisis', 'mine']]);
    expect(marks(new Matcher([bundled, compileGlossary('b', [entry('other', 'Other')])]), 'the Red Sea crisis')).toEqual([]);
  });

  it('a tie inside the reader’s glossary stays unmarked; a context still beats the reader’s plain claim', () => {
    const own = compileGlossary('b', [entry('mine-a', 'Georgia'), entry('mine-b', 'Georgia')]);
    expect(marks(new Matcher([compileGlossary('a', [entry('georgia', 'Georgia')]), own]), 'Georgia')).toEqual([]);
    const gatedBundled = new Matcher([compileGlossary('a', [georgiaState]), compileGlossary('b', [entry('mine', 'Georgia')])]);
    expect(marks(gatedBundled, 'Georgia near Atlanta')).toEqual([['Georgia', 'georgia-us-state']]);
    expect(marks(gatedBundled, 'Georgia')).toEqual([['Georgia', 'mine']]);
  });

  it('a reader glossary can separate a claim by contexts', () => {
    const matcher = new Matcher([compileGlossary('a', [entry('georgia', 'Georgia')]), compileGlossary('b', [georgiaState])]);
    expect(marks(matcher, 'Georgia')).toEqual([['Georgia', 'georgia']]);
    expect(marks(matcher, 'Georgia near Atlanta')).toEqual([['Georgia', 'georgia-us-state']]);
  });

  it('the same entry id in a later glossary replaces the earlier one: no tie with itself', () => {
    const matcher = new Matcher([compileGlossary('a', [entry('georgia', 'Georgia')]), compileGlossary('b', [entry('georgia', 'Georgia', 'Sakartvelo')])]);
    expect(marks(matcher, 'Georgia, Sakartvelo')).toEqual([['Georgia', 'georgia'], ['Sakartvelo', 'georgia']]);
  });
});

describe('contexts, negative contexts and scope', () => {
  const pa = (rules: Partial<Exclude<AliasSpec, string>>): Matcher =>
    matcherOf(entry('palestinian-authority', 'Palestinian Authority', { text: 'PA', ...rules }));

  it.each<[string, Partial<Exclude<AliasSpec, string>>, string[], Array<Array<[string, string]>>]>([
    ['page scope: a context in another block counts', { contexts: ['Ramallah'] }, ['PA said', 'in Ramallah'], [[['PA', 'palestinian-authority']], []]],
    ['page scope: a context later on the page counts', { contexts: ['Ramallah'] }, ['in Ramallah', 'PA said'], [[], [['PA', 'palestinian-authority']]]],
    ['block scope: a context in another block does not count', { contexts: ['Ramallah'], scope: 'block' }, ['PA said', 'in Ramallah'], [[], []]],
    ['block scope: a context in the same block counts', { contexts: ['Ramallah'], scope: 'block' }, ['PA said in Ramallah', 'PA said'], [[['PA', 'palestinian-authority']], []]],
    ['a negative context cancels', { notContexts: ['Pennsylvania'] }, ['PA said', 'in Pennsylvania'], [[], []]],
    ['a negative context elsewhere cancels nothing in block scope', { notContexts: ['Pennsylvania'], scope: 'block' }, ['PA said', 'in Pennsylvania'], [[['PA', 'palestinian-authority']], []]],
    ['a negative context wins over a context', { contexts: ['Ramallah'], notContexts: ['Pennsylvania'] }, ['PA in Ramallah, Pennsylvania'], [[]]],
    ['a context must be a whole word', { contexts: ['Palestinian'] }, ['PA and Palestinians'], [[]]],
    ['a context is matched in any case and spelling', { contexts: ['West Bank'] }, ['PA in the WEST-BANK'], [[['PA', 'palestinian-authority']]]],
    ['a context inside a longer name still counts', { contexts: ['Palestinian'] }, ['PA, Palestinian Authority'], [[['PA', 'palestinian-authority'], ['Palestinian Authority', 'palestinian-authority']]]],
  ])('%s', (_label, rules, blocks, expected) => {
    expect(pageMarks(pa(rules), blocks, { density: 'all' })).toEqual(expected);
  });

  it('names the context that allowed the mention', () => {
    const matcher = pa({ contexts: ['Ramallah', 'West Bank'] });
    const [[mention]] = matcher.select([matcher.scan('PA officials in the West Bank')], { density: 'all' }) as [[Mention]];
    expect(mention.rule).toEqual({ case: 'sensitive', plural: false, context: 'West Bank' });
  });
});

describe('density and switched-off entries over a page', () => {
  const matcher = matcherOf(
    entry('united-nations', 'UN', 'United Nations'),
    entry('hamas', 'Hamas'),
    entry('un-security-council', 'UN Security Council'),
  );
  const page = ['The UN and Hamas.', 'The United Nations, Hamas, the UN.', 'The UN Security Council.'];

  it('all mentions', () => {
    expect(pageMarks(matcher, page, { density: 'all' })).toEqual([
      [['UN', 'united-nations'], ['Hamas', 'hamas']],
      [['United Nations', 'united-nations'], ['Hamas', 'hamas'], ['UN', 'united-nations']],
      [['UN Security Council', 'un-security-council']],
    ]);
  });

  it('first mention of each entry on the page, whatever the alias', () => {
    expect(pageMarks(matcher, page, { density: 'first' })).toEqual([
      [['UN', 'united-nations'], ['Hamas', 'hamas']],
      [],
      [['UN Security Council', 'un-security-council']],
    ]);
  });

  it('a switched-off entry is not marked and does not use up its first mention', () => {
    const isEnabled = (e: { id: string }): boolean => e.id !== 'hamas';
    expect(pageMarks(matcher, page, { density: 'first', isEnabled })).toEqual([[['UN', 'united-nations']], [], [['UN Security Council', 'un-security-council']]]);
  });

  it('one list per block, in order, empty blocks included', () => {
    expect(pageMarks(matcher, ['', 'Hamas', '   '], { density: 'all' })).toEqual([[], [['Hamas', 'hamas']], []]);
    expect(matcher.select([], { density: 'all' })).toEqual([]);
  });

  it('is deterministic', () => {
    const first = pageMarks(matcher, page, { density: 'all' });
    expect(pageMarks(matcherOf(entry('united-nations', 'UN', 'United Nations'), entry('hamas', 'Hamas'), entry('un-security-council', 'UN Security Council')), page, { density: 'all' })).toEqual(first);
  });
});
