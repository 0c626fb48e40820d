/**
 * Words that turn one place's name into another's, for the ambiguity check.
 *
 * A division word next to a name makes the region of a city ("Kursk" and
 * "Kursk Oblast", "Aleppo" and "Aleppo Governorate"); a direction or position
 * makes a neighbouring place ("Mongolia" and "Inner Mongolia", "Mongolie" and
 * "Mongolie-Intérieure", "Монголия" and "Внутренняя Монголия"). Written folded
 * (lower case, no diacritics), in the languages the glossary's aliases use.
 * The word lists live in src/core/match/place-words.ts, shared with the matcher.
 */
import { CITY_WORDS, DIVISION_WORDS, POSITION_WORDS } from '../../src/core/match/place-words.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => normalisePhrase(word).folded));
/** Division words: a label with one names a region ("Kursk Oblast"). */
export const DIVISION = folded(DIVISION_WORDS);
const CITY = folded(CITY_WORDS);
export const POSITION = folded(POSITION_WORDS);

/** How the rest of a longer place name relates to the name inside it, if it is one of these kinds. */
export function placeRelation(restWords: readonly string[]): 'division' | 'position' | undefined {
  if (restWords.length === 0 || restWords.length > 3) return undefined;
  const meaningful = restWords.filter((word) => !['of', 'the', 'de', 'du', 'des', 'la', 'del', 'di', 'al', 'el'].includes(word));
  if (meaningful.length === 0) return undefined;
  if (meaningful.some((word) => DIVISION.has(word) || CITY.has(word))) return 'division';
  if (meaningful.every((word) => POSITION.has(word))) return 'position';
  return undefined;
}
