/**
 * The shape of a word and its letters, as the matcher's name rules read them:
 * a word folded for lookup (no case, no accents), and whether a character is
 * a letter, a capital or a small letter. One definition, so that every rule
 * that looks at the words beside a match agrees on what a word is.
 */

/** A word as the rules' word lists hold it: accents and case taken off ("Bogotá" → "bogota"). */
export const foldWord = (word: string): string => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A letter or a combining mark (a mark belongs to the letter before it). */
export const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}]/u.test(char);

export const isUpper = (char: string | undefined): boolean => char !== undefined && /\p{Lu}/u.test(char);

export const isLower = (char: string | undefined): boolean => char !== undefined && /\p{Ll}/u.test(char);

/**
 * The separator the matcher puts between blocks scanned together: not a
 * letter, not a character normalising folds away, in no pattern; no rule may
 * read across it.
 */
export const BLOCK_SEPARATOR = '\u0000';

/**
 * The word of letters right before `start`, after exactly one space (plain or
 * no-break), with a full stop after it passed over ("Gen. Saab", "Pres.
 * Macron"): its bounds and whether it had the stop. Undefined when the
 * character before `start` is no such space or no letter comes before it.
 * What may stand before the word is each caller's rule.
 */
export function letterWordBefore(text: string, start: number): { readonly at: number; readonly end: number; readonly abbreviated: boolean } | undefined {
  if (start < 2 || (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0')) return undefined;
  let end = start - 1;
  const abbreviated = text[end - 1] === '.';
  if (abbreviated) end--;
  let at = end;
  while (at > 0 && isLetter(text[at - 1])) at--;
  return at === end ? undefined : { at, end, abbreviated };
}
