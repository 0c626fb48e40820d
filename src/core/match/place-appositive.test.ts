import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';

const matcher = new Matcher([
  compileGlossary('test', [
    makeEntry('angola', 'country', ['Angola']),
    makeEntry('kenya', 'country', ['Kenya']),
    makeEntry('libya', 'country', ['Libya']),
    makeEntry('lebanon', 'country', ['Lebanon']),
    makeEntry('luanda-angola', 'place', ['Luanda'], { related: ['angola'] }),
    makeEntry('tripoli-libya', 'place', ['Tripoli'], { related: ['libya'] }),
    // A place related to no country of the glossary: the rule cannot tell, and leaves it.
    makeEntry('gaza-city', 'place', ['Gaza City']),
  ]),
]);
const marked = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((mention) => `${mention.alias}→${mention.entryId}`);

describe('a place named with what it is and in which country', () => {
  it('is not the glossary\'s place of that name in another country', () => {
    expect(marked('Luanda, a village in Vihiga County, Kenya, held a market.')).toEqual(['Kenya→kenya']);
    expect(marked("Tripoli, a port city in northern Lebanon, was shelled.")).toEqual(['Lebanon→lebanon']);
    expect(marked("Lebanon's Tripoli was calm.")).toEqual(['Lebanon→lebanon']);
  });

  it('is the glossary\'s place in its own country, or where no country follows in the sentence', () => {
    expect(marked('Luanda, the capital of Angola, hosted the summit.')).toEqual(['Luanda→luanda-angola', 'Angola→angola']);
    expect(marked('Tripoli, a city on the coast, was calm. Lebanon was not.')).toEqual(['Tripoli→tripoli-libya', 'Lebanon→lebanon']);
    expect(marked('Luanda, Kenya and Lebanon sent envoys.')).toEqual(['Luanda→luanda-angola', 'Kenya→kenya', 'Lebanon→lebanon']);
    expect(marked('Gaza City, a city in the north, in Lebanon? No.')).toEqual(['Gaza City→gaza-city', 'Lebanon→lebanon']);
  });
});
