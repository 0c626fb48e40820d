import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { RIVER_WORDS, riverNames, withRiverWords } from './places-rivers.ts';
import { referenceMentions } from '../harness/core-reference.ts';

const place = (id: string, aliases: string[]): Entry => ({
  id, label: aliases[0]!, kind: 'place', aliases, summary: 'A river.', asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${id}` }],
});

describe('places named like a river', () => {
  it('takes the rivers of the reviewed list and of the hand-written river entries', () => {
    const names = riverNames([place('niger-river', ['Niger River', 'River Niger', 'fleuve Niger']), place('tisza', ['river Tisza']), place('rome', ['Rome'])]);
    expect(names.has('niger')).toBe(true);
    expect(names.has('tisza')).toBe(true);
    expect(names.has('missouri')).toBe(true);
    expect(names.has('rome')).toBe(false);
  });

  it('leaves an ungated name undecided near a river\'s words, and a gated one in the block its contexts are looked for in', () => {
    expect(withRiverWords({ text: 'Ohio', exclude: ['Ohio River'], givenName: true })).toEqual({ text: 'Ohio', exclude: ['Ohio River'], givenName: true, notContexts: [...RIVER_WORDS], scope: 'near' });
    expect(withRiverWords({ text: 'Kasai', contexts: ['Tshikapa'], scope: 'block' })).toMatchObject({ contexts: ['Tshikapa'], scope: 'block', notContexts: [...RIVER_WORDS] });
  });

  it('keeps the schema\'s 20 exclusions, the river\'s words first', () => {
    const alias = withRiverWords({ text: 'Samara', notContexts: ['oblast', 'region'], scope: 'near' });
    expect(alias).toMatchObject({ notContexts: [...RIVER_WORDS] });
  });

  it('marks the state, not the river, in the bundled glossary', () => {
    expect(referenceMentions(['Barges on the Mississippi were stranded by low water.'], 'all')).toEqual([]);
    expect(referenceMentions(['Shipping on the Ohio was halted as the water crested.'], 'all')).toEqual([]);
    expect(referenceMentions(['Voters in Mississippi go to the polls.'], 'all')).toEqual([['mississippi-united-states-division', 'Mississippi']]);
  });
});
