import { describe, expect, it } from 'vitest';
import { loadCommonWords } from './common-words.ts';
import { foldName } from './name-index.ts';
import { placeRelation } from './place-words.ts';

const words = loadCommonWords();
const languagesOf = (text: string): string[] => words.languagesOf(text, foldName(text));

describe('common words, by the languages of the alias’s script', () => {
  it.each<[string, string[]]>([
    ['us', ['en']],
    ['WHO', ['en']],
    ['un', ['fr', 'es', 'it']],
    ['Syria', []],
    ['Hezbollah', []],
    ['и', ['ru', 'uk']],
    ['في', ['ar']],
  ])('%s: %j among the languages', (text, expected) => {
    expect(languagesOf(text)).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(languagesOf(text)).toEqual([]);
  });

  it('reads a word only in the languages of its script', () => {
    expect(languagesOf('и').some((language) => ['en', 'fr', 'ar'].includes(language))).toBe(false);
  });

  it('knows which scripts have capitals', () => {
    expect([words.isCased('Chad'), words.isCased('Москва'), words.isCased('حماس'), words.isCased('北约')]).toEqual([true, true, false, false]);
  });

  it('knows English first names and surnames', () => {
    expect(words.personalName('chad')).toBe('first name');
    expect(words.personalName('smith')).toBe('surname');
    expect(words.personalName('syria')).toBeUndefined();
    expect(['chad', 'charlotte', 'virginia', 'victoria', 'jordan'].filter((name) => words.isGivenName(name))).toHaveLength(5);
    expect(['syria', 'smith', 'georgia', 'paris'].filter((name) => words.isGivenName(name))).toEqual([]);
  });
});

describe('placeRelation: the words that make another place of a name', () => {
  it.each<[string[], ReturnType<typeof placeRelation>]>([
    [['oblast'], 'division'],
    [['city'], 'division'],
    [['ville', 'de'], 'division'],
    [['inner'], 'position'],
    [['innere'], 'position'],
    [['внутренняя'], 'position'],
    [['del', 'norte'], 'position'],
    [['defense', 'forces'], undefined],
    [['of'], undefined],
    [[], undefined],
  ])('%j: %s', (rest, expected) => {
    expect(placeRelation(rest.map(foldName))).toBe(expected);
  });
});
