/**
 * A place's name joined by a hyphen to a word that is no name of its own:
 * "Colombie-Britannique" (British Columbia, in French), "Saxony-Anhalt",
 * "Port-of-Spain" are other places, while "Russia-Ukraine talks",
 * "Israel-Hamas war" and "US-China trade" pair two names, and "Gaza-based",
 * "pro-Russia" attach small words. Review 9 found the first kind marking
 * Colombia and Saxony.
 *
 * Only a word written with a capital and then small letters counts, and the
 * caller leaves out headlines in title case and German, where every word or
 * noun has a capital ("Ukraine-Krieg" is the Ukraine war).
 */
import { foldWord, isLetter, isLower, isUpper } from '../text/word-shape.ts';

/** The hyphen-minus, the hyphen and the non-breaking hyphen: not the en dash, which pairs two names ("Russia–Ukraine"). */
export const isHyphen = (char: string | undefined): boolean => char === '-' || char === '\u2010' || char === '\u2011';

/**
 * Prefixes written with a capital before a hyphen that make an adjective of a
 * place's name, not another name: "Anti-Israel", "Pro-Russia", "Sino-Japanese",
 * "Afro-Brazilian", "Indo-Pakistani", "Trans-Caspian".
 */
const PREFIXES: ReadonlySet<string> = new Set([
  'anti', 'pro', 'non', 'post', 'pre', 'ex', 'neo', 'pan', 'trans', 'sub', 'mid', 'inter', 'intra', 'ultra', 'over', 'cross', 'all',
  'afro', 'euro', 'sino', 'indo', 'franco', 'anglo', 'russo', 'greco', 'austro', 'italo', 'judeo', 'arab', 'irano', 'turco', 'hispano',
  'north', 'south', 'east', 'west', 'central', 'greater', 'new', 'old',
]);

/** Small words inside hyphenated place names ("Port-of-Spain", "Saint-Pierre-et-Miquelon", "Stratford-upon-Avon"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'upon', 'on', 'am', 'an', 'im', 'y', 'del', 'da', 'do', 'di']);

/**
 * The capitalised word a hyphen joins to the span, after it or before it
 * (passing over small joining words: "Port-of-Spain"), folded; undefined if
 * there is none.
 */
export function hyphenatedWord(original: string, originalStart: number, originalEnd: number): string | undefined {
  if (isHyphen(original[originalEnd]) && isUpper(original[originalEnd + 1]) && isLower(original[originalEnd + 2])) {
    let at = originalEnd + 1;
    while (isLetter(original[at])) at++;
    return foldWord(original.slice(originalEnd + 1, at));
  }
  let end = originalStart;
  for (let joins = 0; joins <= 2 && isHyphen(original[end - 1]) && isLetter(original[end - 2]); joins++) {
    let at = end - 1;
    while (at > 0 && isLetter(original[at - 1])) at--;
    const word = original.slice(at, end - 1);
    if (isUpper(word[0]) && isLower(word[1])) return isLetter(original[at - 1]) ? undefined : foldWord(word);
    if (!JOINING_WORDS.has(word)) return undefined;
    end = at;
  }
  return undefined;
}

/** Is the hyphenated word one that makes a name of its own with the span (not a prefix, not another name)? */
export function joinsAnotherName(word: string | undefined, isName: (folded: string) => boolean): boolean {
  return word !== undefined && !PREFIXES.has(word) && !isName(word);
}

/**
 * A romanised syllable: an initial of up to two consonants and an "h"
 * ("ch", "zh", "hs"), one to three vowels and a final "n", "ng", "r", "k",
 * "l", "m" or "p". Chinese and Korean given names are written as two such
 * syllables joined by a hyphen ("Yi-chuan", "Jae-myung"); "led", "era",
 * "backed" and "style" are not syllables of that shape.
 */
const SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,2}h?[aeiouüy]{1,3}(?:ng|n|r|k|l|m|p)?$/u;

/**
 * Is the person's name ending at `originalEnd` only the start of a longer
 * romanised name? "Wang Yi-chuan", a Taiwanese official, is not China's Wang
 * Yi; "Lee Jae-myung" is not a "Lee Jae". The name's last word must be short
 * (a syllable, as the given name's first part is), and the hyphen must join a
 * small-letter syllable that ends the word.
 */
export function runsOnAsRomanisedName(original: string, originalStart: number, originalEnd: number): boolean {
  if (!isHyphen(original[originalEnd]) || !isLower(original[originalEnd + 1])) return false;
  let end = originalEnd + 1;
  while (isLetter(original[end])) end++;
  if (isHyphen(original[end])) return false;
  let start = originalEnd;
  while (start > originalStart && isLetter(original[start - 1])) start--;
  const last = original.slice(start, originalEnd);
  return last.length <= 5 && isUpper(last[0]) && SYLLABLE.test(foldWord(last)) && SYLLABLE.test(foldWord(original.slice(originalEnd + 1, end)));
}
