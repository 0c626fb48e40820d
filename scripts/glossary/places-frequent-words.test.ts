import { describe, expect, it } from 'vitest';
import { FREQUENT_LANGUAGES, frequentWords, wordLanguages, type FrequencyLists } from './places-frequent-words.ts';
import { readCommonWords } from './places-names.ts';

/** Lists where each word has the given rank; every other word is absent (the lists hold 50,000). */
function lists(ranks: Record<string, Record<string, number>>): FrequencyLists {
  return new Map([...FREQUENT_LANGUAGES, 'en'].map((language) => [language, new Map(Object.entries(ranks[language] ?? {}))]));
}

describe('place names that are common words by frequency lists', () => {
  it('finds a word frequent in one language and rare or absent in the others', () => {
    const world = lists({ sv: { medan: 562 }, id: { medan: 2723, lima: 482 }, ms: { medan: 2551, lima: 448 }, es: { lima: 11481 }, en: { lima: 15920 } });
    expect(wordLanguages('Medan', world)).toEqual(['id', 'ms', 'sv']);
    expect(wordLanguages('Lima', world)).toEqual(['id', 'ms']);
  });

  it('leaves a place that subtitles name in every language, and a name of several words', () => {
    const everywhere = Object.fromEntries([...FREQUENT_LANGUAGES, 'en'].map((language, i) => [language, { paris: 1000 + i * 40 }]));
    expect(wordLanguages('Paris', lists(everywhere))).toEqual([]);
    expect(wordLanguages('Kota Bharu', lists({ id: { 'kota bharu': 10 } }))).toEqual([]);
  });

  it('leaves a word too rare to be common even where no other list has it', () => {
    expect(wordLanguages('Contagem', lists({ pt: { contagem: 12_000 } }))).toEqual([]);
  });

  it('keeps the reviewed names out and the reviewed words below the line in', () => {
    const world = lists({ fr: { rome: 2115 }, nl: { rome: 1988 } });
    expect([...frequentWords(['Rome', 'Bursa'], world)]).toEqual([['Bursa', ['id', 'ms']]]);
  });

  it('gives the generator the words of languages the dictionaries lack ("Medan", "Lima", "Surat") and "Natal" of Portuguese', () => {
    const words = readCommonWords();
    for (const name of ['medan', 'lima', 'surat', 'natal', 'baku', 'asmara']) expect(words.otherLanguages.has(name)).toBe(true);
    expect(words.otherLanguages.has('rome')).toBe(false);
  });
});
