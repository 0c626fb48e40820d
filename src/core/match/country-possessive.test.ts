import { describe, expect, it } from 'vitest';
import { decodeGlossary, encodeGlossary } from '../glossary/binary.ts';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';

const entries = [
  makeEntry('israel', 'country', ['Israel']),
  makeEntry('jamaica', 'country', ['Jamaica']),
  makeEntry('israeli-ministry', 'government', [{ text: 'National Security Ministry', contexts: ['police'], scope: 'block' }], { related: ['israel', 'israel-police'] }),
  // A body related to no country of the glossary: the rule cannot tell, and leaves it.
  makeEntry('un-council', 'government', ['Security Council'], { related: ['united-nations'] }),
  makeEntry('acme', 'organisation', ['Acme Ministry'], { related: ['jamaica'] }),
  makeEntry('labour', 'group', [{ text: 'Labour Party', contexts: ['Jamaica', 'Israel'] }], { related: ['israel'] }),
];

const marked = (matcher: Matcher, text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((mention) => `${mention.alias}→${mention.entryId}`);

describe("a government body after a country's possessive", () => {
  const matcher = new Matcher([compileGlossary('test', entries)]);

  it("is not marked as another country's body", () => {
    expect(marked(matcher, "Jamaica's National Security Ministry said police recorded fewer murders.")).toEqual(['Jamaica→jamaica']);
    expect(marked(matcher, 'Jamaica’s  National Security Ministry said police would patrol.')).toEqual(['Jamaica→jamaica']);
  });

  it('is marked after its own country, a person or no possessive', () => {
    expect(marked(matcher, "Israel's National Security Ministry told police to act.")).toEqual(['Israel→israel', 'National Security Ministry→israeli-ministry']);
    expect(marked(matcher, "Ben-Gvir's National Security Ministry told police to act.")).toEqual(['National Security Ministry→israeli-ministry']);
    expect(marked(matcher, 'In Jamaica, the National Security Ministry said police would act.')).toEqual(['Jamaica→jamaica', 'National Security Ministry→israeli-ministry']);
  });

  it('reads a party or a group the same way', () => {
    expect(marked(matcher, "Jamaica's Labour Party won the seat.")).toEqual(['Jamaica→jamaica']);
    expect(marked(matcher, "Israel's Labour Party won the seat.")).toEqual(['Israel→israel', 'Labour Party→labour']);
  });

  it('leaves bodies with no country and entries of other kinds alone', () => {
    expect(marked(matcher, "Jamaica's Security Council seat")).toEqual(['Jamaica→jamaica', 'Security Council→un-council']);
    expect(marked(matcher, "Israel's Acme Ministry")).toEqual(['Israel→israel', 'Acme Ministry→acme']);
  });

  it('still blocks the shorter names inside a body it leaves unmarked', () => {
    const withShorter = new Matcher([compileGlossary('test', [...entries, makeEntry('security', 'concept', ['Security Ministry'])])]);
    expect(marked(withShorter, "Jamaica's National Security Ministry said police acted.")).toEqual(['Jamaica→jamaica']);
  });

  it('keeps its countries through the stored form, and is off for a glossary stored without them', () => {
    const compiled = compileGlossary('test', entries);
    const stored = new Matcher([decodeGlossary(encodeGlossary(compiled).slice().buffer)]);
    expect(marked(stored, "Jamaica's National Security Ministry said police acted.")).toEqual(['Jamaica→jamaica']);
    const { entryCountryStart: _start, entryCountries: _values, ...older } = compiled;
    expect(marked(new Matcher([older]), "Jamaica's National Security Ministry said police acted.")).toEqual(['Jamaica→jamaica', 'National Security Ministry→israeli-ministry']);
  });
});
