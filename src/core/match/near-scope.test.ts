import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { NEAR_WINDOW_WORDS } from '../glossary/compiled.ts';
import type { AliasSpec } from '../glossary/schema.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';

type Rules = Partial<Exclude<AliasSpec, string>>;
const kursk = (rules: Rules): Matcher =>
  new Matcher([compileGlossary('test', [makeEntry('kursk-oblast', 'place', [{ text: 'Kursk', ...rules }])])]);

/** The surfaces marked in each block of a page. */
function marked(matcher: Matcher, blocks: readonly string[]): string[][] {
  return matcher.select(blocks.map((block) => matcher.scan(block)), { density: 'all' }).map((mentions, i) => mentions.map((m) => blocks[i]!.slice(m.start, m.end)));
}

const filler = (words: number): string => Array.from({ length: words }, () => 'word').join(' ');

describe('near scope: contexts within a window of words, in the same block', () => {
  it.each<[string, Rules, string[], string[][]]>([
    ['a context next to the name counts', { contexts: ['region'], scope: 'near' }, ['shelling in the Kursk region'], [['Kursk']]],
    ['a context before the name counts', { contexts: ['oblast'], scope: 'near' }, ['the oblast of Kursk'], [['Kursk']]],
    ['a context in another block does not', { contexts: ['region'], scope: 'near' }, ['Kursk', 'the region'], [[], []]],
    ['a context at the window’s edge counts', { contexts: ['region'], scope: 'near' }, [`Kursk ${filler(NEAR_WINDOW_WORDS - 1)} region`], [['Kursk']]],
    ['a context past the window does not', { contexts: ['region'], scope: 'near' }, [`Kursk ${filler(NEAR_WINDOW_WORDS)} region`], [[]]],
    ['block scope takes the same far context', { contexts: ['region'], scope: 'block' }, [`Kursk ${filler(NEAR_WINDOW_WORDS)} region`], [['Kursk']]],
    ['a near negative context cancels', { notContexts: ['battle'], scope: 'near' }, ['the battle of Kursk', 'Kursk'], [[], ['Kursk']]],
    ['a far negative context does not', { notContexts: ['battle'], scope: 'near' }, [`battle ${filler(NEAR_WINDOW_WORDS + 5)} Kursk`], [['Kursk']]],
    ['the window counts each Chinese letter as a word', { contexts: ['州'], scope: 'near' }, [`Kursk ${'的'.repeat(NEAR_WINDOW_WORDS + 1)}州`], [[]]],
  ])('%s', (_label, rules, blocks, expected) => {
    expect(marked(kursk(rules), blocks)).toEqual(expected);
  });

  it('a glossary without near aliases reads no word positions', () => {
    const [scan] = kursk({ contexts: ['region'], scope: 'block' }).scanBlocks(['Kursk region']);
    expect(scan!.contextWords).toBeUndefined();
    expect(scan!.candidates[0]!.words).toBeUndefined();
  });

  it('word positions are counted from each block’s start, so blocks read together equal blocks read alone', () => {
    const matcher = kursk({ contexts: ['region'], scope: 'near' });
    const block = fc.array(fc.constantFrom('Kursk', 'region', 'word', ', ', '中'), { maxLength: 30 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (blocks) => {
        expect(matcher.scanBlocks(blocks)).toEqual(blocks.map((text) => matcher.scan(text)));
      }),
      { numRuns: 200 },
    );
  });

  it('near marks a subset of block, and block a subset of page, on any page', () => {
    const word = fc.constantFrom('Kursk', 'region', 'word', 'said', '.', '中');
    const block = fc.array(word, { maxLength: 50 }).map((words) => words.join(' '));
    const scopes = (['near', 'block', 'page'] as const).map((scope) => kursk({ contexts: ['region'], scope }));
    const count = (marks: string[][]): number[] => marks.map((list) => list.length);
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (blocks) => {
        const [near, inBlock, page] = scopes.map((matcher) => count(marked(matcher, blocks)));
        near!.forEach((n, i) => expect(n).toBeLessThanOrEqual(inBlock![i]!));
        inBlock!.forEach((n, i) => expect(n).toBeLessThanOrEqual(page![i]!));
      }),
      { numRuns: 200 },
    );
  });
});

describe('relatedContexts: a gate from the entry’s place in the glossary', () => {
  const glossary = (rules: Rules) =>
    new Matcher([
      compileGlossary('test', [
        makeEntry('syria', 'country', ['Syria', 'Syrian Arab Republic']),
        { ...makeEntry('homs', 'place', [{ text: 'Homs', relatedContexts: true, ...rules }]), related: ['syria', 'not-in-this-glossary'] },
      ]),
    ]);

  it.each<[string, Rules, string[], string[][]]>([
    ['a related entry’s name near the alias opens it', {}, ['fighting in Homs, Syria'], [['Homs', 'Syria']]],
    ['any of its names', {}, ['Homs in the Syrian Arab Republic'], [['Homs', 'Syrian Arab Republic']]],
    ['near by default: not in another block', {}, ['Homs', 'Syria'], [[], ['Syria']]],
    ['nor far in the same block', {}, [`Homs ${filler(NEAR_WINDOW_WORDS + 1)} Syria`], [['Syria']]],
    ['an explicit scope wins', { scope: 'page' }, ['Homs', 'Syria'], [['Homs'], ['Syria']]],
    ['hand-written contexts still count', { contexts: ['Orontes'] }, ['Homs on the Orontes'], [['Homs']]],
  ])('%s', (_label, rules, blocks, expected) => {
    expect(marked(glossary(rules), blocks)).toEqual(expected);
  });

  it('names the related name that allowed the mention', () => {
    const matcher = glossary({});
    const [mentions] = matcher.select([matcher.scan('Homs, Syria')], { density: 'all' });
    expect(mentions?.[0]?.rule.context).toBe('Syria');
  });
});
