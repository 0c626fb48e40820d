/**
 * Common words by language, for the ambiguity check: an alias that is also an
 * ordinary word of a language it is written in can mark that word.
 *
 * Which languages an alias may be read in follows from its script (Latin
 * letters may be English, French, German, Spanish, ...). The lists are the
 * stop words of stopwords-iso (see data/README.md for source and licence) and,
 * for English, the ordinary words of compromise's lexicon; compromise also
 * says which words are first names and surnames.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { normalisePhrase } from '../../src/core/text/normalise.ts';

/** Scripts and the languages of the lists that may be written in them. */
const SCRIPT_LANGUAGES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\p{Script=Latin}/u, ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'tr', 'id']],
  [/\p{Script=Cyrillic}/u, ['ru', 'uk']],
  [/\p{Script=Arabic}/u, ['ar', 'fa', 'ur']],
  [/\p{Script=Hebrew}/u, ['he']],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['ja']],
  [/\p{Script=Han}/u, ['zh', 'ja']],
  [/\p{Script=Hangul}/u, ['ko']],
  [/\p{Script=Devanagari}/u, ['hi']],
];

/** Scripts with capital letters: there a case rule can tell a name from a word. */
const CASED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/** compromise tags of ordinary words (not names of people, places or organisations). */
const ORDINARY_TAGS = new Set([
  'Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'Unit', 'Duration', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund',
  'Participle', 'PhrasalVerb', 'Modal', 'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Preposition', 'Conjunction',
  'Determiner', 'Pronoun', 'Reflexive', 'QuestionWord', 'Expression', 'Copula', 'Auxiliary', 'Negative', 'Verb',
]);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const SURNAME_TAGS = new Set(['LastName']);

export interface CommonWords {
  /** The languages, among those of its script, in which `folded` is a common word. */
  languagesOf(text: string, folded: string): string[];
  /** Is the text written in a script with capital letters? */
  isCased(text: string): boolean;
  /** "first name" or "surname" when compromise's lexicon knows the word as one. */
  personalName(folded: string): 'first name' | 'surname' | undefined;
  /**
   * Is the word a given name: a first name, or a one-word name compromise
   * reads as a person's before a place's ("Virginia", "Victoria", "Jordan",
   * "Sydney")? The place generator sets the `givenName` gate on these.
   */
  isGivenName(folded: string): boolean;
}

const fold = (word: string): string => normalisePhrase(word).folded;

/** Build the lists once: stop words from the committed data, English from compromise. */
export function loadCommonWords(dataFile = path.join(import.meta.dirname, 'data/stopwords-iso.json')): CommonWords {
  const raw = JSON.parse(readFileSync(dataFile, 'utf8')) as Record<string, string[]>;
  const words = new Map<string, Set<string>>(Object.entries(raw).map(([language, list]) => [language, new Set(list.map(fold).filter(Boolean))]));
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  const personWords = new Set<string>();
  const english = words.get('en') ?? new Set<string>();
  words.set('en', english);
  const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const folded = fold(word);
    if (tags.some((t) => ORDINARY_TAGS.has(t))) english.add(folded);
    if (tags.some((t) => FIRST_NAME_TAGS.has(t))) firstNames.add(folded);
    if (tags.some((t) => SURNAME_TAGS.has(t))) surnames.add(folded);
    if (tags.includes('Person') && !folded.includes(' ')) personWords.add(folded);
  }
  return {
    languagesOf(text, folded) {
      const languages = SCRIPT_LANGUAGES.filter(([script]) => script.test(text)).flatMap(([, list]) => list);
      return [...new Set(languages)].filter((language) => words.get(language)?.has(folded));
    },
    isCased: (text) => CASED.test(text),
    personalName: (folded) => (firstNames.has(folded) ? 'first name' : surnames.has(folded) ? 'surname' : undefined),
    isGivenName: (folded) => firstNames.has(folded) || personWords.has(folded),
  };
}
