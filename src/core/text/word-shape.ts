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
