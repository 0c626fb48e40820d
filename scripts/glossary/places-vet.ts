/**
 * Whether a generated name may be marked, and how hard it is gated. A wrong
 * card is worse than no card: a name that is short, generic, an English word
 * or already a hand-written alias is not marked at all; a word of another
 * language, or a word of a person's or organisation's name, is marked only
 * next to its region or a neighbouring place.
 */
import type { Entry } from '../../src/core/glossary/schema.ts';
import type { GateLevel } from './places-gates.ts';
import type { CommonWords as LanguageWords } from './common-words.ts';
import { foldName, isGenericName, letterCount, type CommonWords } from './places-names.ts';

export const SKIP_REASONS = {
  short: 'three letters or fewer',
  generic: 'only direction or division-type words',
  english: 'a common English word',
  handWritten: 'already a hand-written alias (the hand-written entry wins)',
  sharedSameCountry: 'shared with a larger or more specific generated place in the same country',
  namedLikeTown: 'a division named like a town of its country (only its longer forms, such as "… province", are kept)',
  derivedShared: 'a derived form that another place has as its own name',
  inseparable: 'shared with a generated place of another country and no context tells them apart',
  ungateable: 'no context left to gate it',
  handWrittenId: 'id already used by a hand-written entry',
  handWrittenDivision: 'a division whose name is a hand-written entry\'s name (that entry stands for it)',
  noAlias: 'entry left with no alias',
  notInCurrentRelease: 'a 2020 city that the 2026 release does not list at its place (entry)',
  disputed: 'in a division whose sovereignty states dispute (entry)',
  reviewed: 'also the name of a people, a language, a well-known person or another thing (reviewed list)',
  noCountry: 'country not in the glossary country table',
  prominentNamesake: 'a city whose country has another place of its name at least half its size (entry)',
  otherNameHandWritten: 'an other-language name a hand-written entry or the place\'s own generated names have (places-other-names.ts)',
  otherNameHoldsHandWritten: 'an other-language name that holds a hand-written alias as its division or position form, which that alias does not gate (it waits for the gate)',
  otherNameShared: 'an other-language name two generated places are given (places-other-names.ts)',
  otherNameUngateable: 'an other-language name left with no gate term in its script (a common word whose division or neighbours have no name in it, a name that holds its country\'s, a country with no name in that script)',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export type Verdict = { readonly skip: SkipReason } | { readonly level: GateLevel };

export interface NameVetter {
  /** May this name be an alias, and with which gate? */
  vet(name: string): Verdict;
  /** May this name serve as another place's context (a term that is not a common word)? */
  isContextSafe(name: string): boolean;
  /**
   * May this town or division name of `country` alone gate a strict name? Not
   * when it is a common word of any corpus language, a personal name, or a
   * populated place of another country ("Richmond", "Durham", "Pilar", "Guna").
   */
  isStrictEvidence(name: string, country: string): boolean;
  /**
   * isStrictEvidence without the places abroad: no common word of any corpus
   * language, no personal name, no reviewed name. For a prominent city whose
   * namesakes abroad are weighed by size instead (places-abroad.ts).
   */
  isPlainName(name: string): boolean;
  /** Hand-written people's names that hold this name as a word ("Lloyd Austin" for "Austin"): the alias excludes them. */
  personNamesHolding(name: string): string[];
  /** Is this name already an alias of a hand-written entry? */
  isHandWritten(name: string): boolean;
  /** Is this one-word name also a given name ("Charlotte", "Virginia")? Its alias gets the `givenName` gate. */
  isGivenName(name: string): boolean;
  /** The id of a country other than `countryId` whose name begins this name ("Niger" of "Niger State" in Nigeria). */
  otherCountryStarting(name: string, countryId: string): string | undefined;
}

/**
 * Hand-written people's names by the words in them ("Sharif", "Assad").
 * Organisations' names are left out: they hold place names by nature
 * ("Stockholm International Peace Research Institute"), and the longer name
 * wins there.
 */
function personNamesByWord(entries: readonly Entry[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.kind !== 'person') continue;
    for (const alias of entry.aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      for (const word of new Set(foldName(text).split(' '))) if (word && foldName(text) !== word) byWord.set(word, [...(byWord.get(word) ?? []), text]);
    }
  }
  return byWord;
}

/** Every name of every hand-written country (label and aliases), folded, to its id. */
function countryNames(entries: readonly Entry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries.filter((e) => e.kind === 'country')) {
    for (const text of [entry.label, ...entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))]) names.set(foldName(text), entry.id);
  }
  return names;
}

/** What tells a strict gate's terms apart: common words and personal names by language, and populated places by country. */
export interface EvidenceWords {
  readonly words: Pick<LanguageWords, 'languagesOf' | 'personalName' | 'isGivenName'>;
  /** Folded populated-place names and the ISO codes of the countries that have a place so named. */
  readonly placeCountries: ReadonlyMap<string, ReadonlySet<string>>;
}

export function nameVetter(handWritten: readonly Entry[], common: CommonWords, evidence?: EvidenceWords): NameVetter {
  const taken = new Set(handWritten.flatMap((entry) => entry.aliases.map((alias) => foldName(typeof alias === 'string' ? alias : alias.text))));
  const personNames = personNamesByWord(handWritten);
  const countries = countryNames(handWritten);
  const isContextSafe = (name: string): boolean => {
    const folded = foldName(name);
    return letterCount(name) > 3 && !isGenericName(name) && !common.english.has(folded);
  };
  const isPlainName = (name: string): boolean => {
    const folded = foldName(name);
    if (!isContextSafe(name) || common.otherLanguages.has(folded) || common.reviewed.has(folded)) return false;
    return !evidence || (evidence.words.languagesOf(name, folded).length === 0 && !evidence.words.personalName(folded));
  };
  const isStrictEvidence = (name: string, country: string): boolean =>
    isPlainName(name) && [...(evidence?.placeCountries.get(foldName(name)) ?? [])].every((code) => code === country);
  return {
    isContextSafe,
    isStrictEvidence,
    isPlainName,
    isHandWritten: (name) => taken.has(foldName(name)),
    isGivenName: (name) => !foldName(name).includes(' ') && /\p{Lu}/u.test(name) && evidence?.words.isGivenName(foldName(name)) === true,
    otherCountryStarting(name, countryId) {
      const words = foldName(name).split(' ');
      for (let end = 1; end < words.length; end++) {
        const id = countries.get(words.slice(0, end).join(' '));
        if (id && id !== countryId) return id;
      }
      return undefined;
    },
    personNamesHolding: (name) => [...new Set(personNames.get(foldName(name)) ?? [])].sort().slice(0, 20),
    vet(name) {
      const folded = foldName(name);
      if (letterCount(name) <= 3) return { skip: 'short' };
      if (isGenericName(name)) return { skip: 'generic' };
      if (common.english.has(folded)) return { skip: 'english' };
      if (taken.has(folded)) return { skip: 'handWritten' };
      if (common.reviewed.has(folded)) return { skip: 'reviewed' };
      if (common.otherLanguages.has(folded) || personNames.has(folded)) return { level: 'strict' };
      return { level: 'standard' };
    },
  };
}
