import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { peoplesGivenNames } from './glossary-names.ts';

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
