/**
 * Case rules for case-sensitive aliases.
 *
 * "Sensitive" means: as written, or with the first letter capitalised (a
 * sentence may start with a lower-case term), or in capitals throughout (a
 * headline). "China" matches "China" and "CHINA", not "china"; "US" matches
 * "US" but not "us".
 */
import { BLOCK_SEPARATOR } from '../text/word-shape.ts';

/** Does `found` (normalised, case kept) satisfy the case of `alias` (normalised, case kept)? */
export function matchesCase(found: string, alias: string): boolean {
  if (found === alias) return true;
  if (found.length !== alias.length) return false;
  const upper = found.toUpperCase();
  if (found === upper && found !== found.toLowerCase() && upper === alias.toUpperCase()) return true;
  const first = alias.codePointAt(0) ?? 0;
  const width = first > 0xffff ? 2 : 1;
  return alias.slice(0, width).toUpperCase() + alias.slice(width) === found;
}

/** Does the text hold a capital letter (in a script with case)? */
export const hasCapital = (text: string): boolean => /\p{Lu}/u.test(text);

/**
 * An alias of several words written with a capital: a name, which matches in
 * any case but not written all in lower case ("a new development bank").
 * One word matched in any case was asked for (`case: "insensitive"`).
 */
export const isNameOfSeveralWords = (written: string): boolean => written.includes(' ') && hasCapital(written);

/** A word of two capital letters or more and nothing else ("TELLS", "UK"; not "UN2", "和EU"). */
const CAPITALS_WORD = /^\p{Lu}\p{M}*(?:\p{Lu}\p{M}*)+$/u;
const hasCapitalsOnly = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** Is the alias written in capitals throughout (an acronym: "US", "WHO", "CAR")? */
export const isCapitalsAlias = (alias: string): boolean => hasCapitalsOnly(alias);

/** Words looked at on each side of a span, and how many of them in capitals make a headline. */
const NEIGHBOURS = 2;
const CAPITALS_RUN = 2;

/**
 * Is the span [start, end) of the case-kept text among words set in
 * capitals: at least two of the two words on each side? In a headline set in
 * capitals "US" may be "us" and "WHO" may be "who": there an acronym's case
 * tells nothing, so an acronym counts only where its neighbours are not in
 * capitals too. One acronym beside another ("US-UK talks") is not a headline.
 */
export function isInCapitalsRun(cased: string, start: number, end: number): boolean {
  const words = [...neighbourWords(cased, start, -1), ...neighbourWords(cased, end, 1)];
  return words.filter((word) => CAPITALS_WORD.test(word)).length >= CAPITALS_RUN;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** How far across spaces and punctuation to look for the next word. */
const GAP = 3;

/** Up to NEIGHBOURS words before `from` (direction -1) or after it (1), each across at most GAP other characters. */
function neighbourWords(text: string, from: number, direction: -1 | 1): string[] {
  const words: string[] = [];
  let i = direction < 0 ? from - 1 : from;
  while (words.length < NEIGHBOURS) {
    let gap = 0;
    while (i >= 0 && i < text.length && !WORD_CHAR.test(text[i]!)) {
      // Neighbours are in the same block: blocks read together (Matcher.scanBlocks) are joined by BLOCK_SEPARATOR.
      if (++gap > GAP || text[i] === BLOCK_SEPARATOR) return words;
      i += direction;
    }
    let word = '';
    while (i >= 0 && i < text.length && WORD_CHAR.test(text[i]!)) {
      word = direction < 0 ? text[i]! + word : word + text[i]!;
      i += direction;
    }
    if (!word) return words;
    words.push(word);
  }
  return words;
}
