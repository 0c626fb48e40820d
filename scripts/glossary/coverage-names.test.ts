import { describe, expect, it } from 'vitest';
import { findNames } from './coverage-names.ts';
import { measureCoverage } from './coverage-measure.ts';

const texts = (blocks: string[], lang = 'en'): string[] => findNames(blocks, lang).map((name) => name.text);

describe('findNames', () => {
  it('finds people, places and organisations in English, without titles or punctuation', () => {
    const found = findNames(['Ukrainian President Volodymyr Zelensky met officials of the Palestinian Authority in Kyiv.'], 'en');
    expect(found.map((name) => [name.text, name.kind])).toEqual(
      expect.arrayContaining([
        ['Volodymyr Zelensky', 'person'],
        ['Kyiv', 'place'],
      ]),
    );
    for (const name of found) expect('Ukrainian President Volodymyr Zelensky met officials of the Palestinian Authority in Kyiv.'.slice(name.start, name.end)).toBe(name.text);
  });

  it('reads capitalised runs away from a sentence start in French, Spanish and Russian', () => {
    expect(texts(['Le président Emmanuel Macron a reçu la délégation à Paris.'], 'fr')).toEqual(['Emmanuel Macron', 'Paris']);
    expect(texts(['Ayer llegó a Madrid.'], 'es')).toEqual(['Madrid']);
    expect(texts(['Вчера в Москве прошла встреча.'], 'ru')).toEqual(['Москве']);
  });

  it('measures nothing in languages without a recogniser', () => {
    expect(findNames(['Die Bundesregierung in Berlin'], 'de')).toEqual([]);
    expect(findNames(['قال الرئيس'], 'ar')).toEqual([]);
  });
});

describe('measureCoverage', () => {
  const name = (text: string, block: number, start: number, kind: 'person' | 'place' = 'person') => ({ text, kind, block, start, end: start + text.length });

  it('counts a name once, covered when any occurrence overlaps a mention', () => {
    const coverage = measureCoverage({
      names: [name('Kurt Volker', 0, 0), name('Volker', 1, 4), name('Kyiv', 1, 20, 'place')],
      mentions: [[], [{ entryId: 'kurt-volker', start: 4, end: 10 }]],
      excluded: [],
    });
    expect(coverage).toEqual([
      { name: 'Kurt Volker', kind: 'person', occurrences: 2, entryId: 'kurt-volker' },
      { name: 'Kyiv', kind: 'place', occurrences: 1 },
    ]);
  });

  it('leaves out the byline and the publication', () => {
    const coverage = measureCoverage({ names: [name('Stefan Becket', 0, 0), name('CBS News', 0, 20)], mentions: [[]], excluded: ['By Stefan Becket, Kathryn Watson', 'CBS News'] });
    expect(coverage).toEqual([]);
  });
});

describe('findNames clean-up', () => {
  it('drops photo credits and French articles', () => {
    expect(texts(['Photo by Thomas Coex/AFP/Getty Images.'], 'en')).toEqual([]);
    expect(texts(['Selon la CNIL, le texte passe. Il cite la CNCTR et l’Arcep.'], 'fr')).toEqual(['CNIL', 'CNCTR', 'Arcep']);
  });
});
