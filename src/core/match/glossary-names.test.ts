import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { decodeGlossary, encodeGlossary } from '../glossary/binary.ts';
import { peoplesGivenNames, peoplesNameWords, placeWords, thingWords } from './glossary-names.ts';

describe("the glossary's people's given names", () => {
  it('are the first words of their names of several words, folded as the page is, less titles', () => {
    const glossary = compileGlossary('test', [
      makeEntry('kassym-jomart-tokayev', 'person', ['Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'], { label: 'Kassym-Jomart Tokayev' }),
      makeEntry('wladyslaw', 'person', ['Władysław Kosiniak-Kamysz'], { label: 'Władysław Kosiniak-Kamysz' }),
      makeEntry('tamim', 'person', ['Sheikh Tamim bin Hamad Al Thani', 'Tamim'], { label: 'Tamim bin Hamad Al Thani (emir)' }),
      makeEntry('x', 'person', ['McCain'], { label: 'Cindy McCain' }),
      makeEntry('paris', 'place', ['Paris Hilton'], { label: 'Paris' }),
    ]);
    expect([...peoplesGivenNames(glossary)].sort()).toEqual(['cindy', 'kassym', 'tamim', 'wladyslaw', 'касым']);
  });
});

describe('the name word lists the build stores', () => {
  const entries = [
    makeEntry('vladimir-putin', 'person', ['Vladimir Putin', 'Владимир Путин'], { label: 'Vladimir Putin' }),
    makeEntry('germany', 'country', ['Germany', 'Deutschland'], { label: 'Germany' }),
    makeEntry('reuters', 'organisation', ['Reuters'], { label: 'Reuters' }),
  ];

  it('are the lists worked out from the names, and survive the binary form', () => {
    const compiled = compileGlossary('test', entries);
    expect(compiled.nameWords).toBeDefined();
    const { nameWords: _stored, ...unstored } = compiled;
    for (const read of [peoplesGivenNames, peoplesNameWords, placeWords, thingWords]) {
      expect([...read(compiled)].sort()).toEqual([...read(unstored)].sort());
      expect([...read(decodeGlossary(encodeGlossary(compiled).slice().buffer))].sort()).toEqual([...read(unstored)].sort());
    }
    expect([...placeWords(compiled)]).toEqual(['deutschland', 'germany']);
    // A Russian given name in its cases too (glossary/case-forms.ts): "Владимира Путина" is his own name.
    expect([...peoplesGivenNames(compiled)].sort()).toEqual(['vladimir', 'владимир', 'владимира', 'владимире', 'владимиром', 'владимиру']);
  });

  it('are worked out when a glossary stored before them has none', () => {
    const { nameWords: _stored, ...old } = compileGlossary('test', entries);
    const decoded = decodeGlossary(encodeGlossary(old).slice().buffer);
    expect(decoded.nameWords).toBeUndefined();
    expect([...thingWords(decoded)]).toEqual(['reuters']);
  });
});
