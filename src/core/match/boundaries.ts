/**
 * Word boundaries that work in every script.
 *
 * A match must not continue a word: "Oman" is not in "woman", "UN" is not in
 * "UNESCO". Between two letters of a script written without spaces (Chinese,
 * Japanese, Thai, Korean particles) there is no boundary to find, so none is
 * required there.
 *
 * Arabic attaches conjunctions, prepositions and the article to the next word:
 * وحماس "and Hamas", لحماس "for Hamas", بالقدس "in Jerusalem". A match in
 * Arabic script may therefore start after a prefix made of, in this order, an
 * optional و or ف, an optional ب, ل or ك, and an optional ال. Nothing is
 * allowed after an Arabic match (suffixes change the word: pronouns, duals).
 * The contraction لل (ل + ال) before an alias that starts with ال is not
 * handled; such aliases can list the contracted form.
 */
import { codePointAt, codePointBefore, isArabicChar, isUnspacedChar, isWordChar } from '../text/char-class.ts';

const ARABIC_CLITIC_PREFIX = /^(?:[وف])?(?:[بلك])?(?:ال)?$/u;
const MAX_PREFIX = 5;

/** May a match start at `start` of the folded text? */
export function isStartBoundary(text: string, start: number): boolean {
  const before = codePointBefore(text, start);
  const first = codePointAt(text, start);
  if (!isWordChar(before) || !isWordChar(first)) return true;
  if (isUnspacedChar(before) || isUnspacedChar(first)) return true;
  if (isArabicChar(first) && isArabicChar(before)) return hasArabicCliticPrefix(text, start);
  return false;
}

/** May a match end at `end` (exclusive) of the folded text? */
export function isEndBoundary(text: string, end: number): boolean {
  const last = codePointBefore(text, end);
  const after = codePointAt(text, end);
  if (!isWordChar(last) || !isWordChar(after)) return true;
  return isUnspacedChar(last) || isUnspacedChar(after);
}

function hasArabicCliticPrefix(text: string, start: number): boolean {
  let wordStart = start;
  while (wordStart > 0 && start - wordStart <= MAX_PREFIX && isWordChar(codePointBefore(text, wordStart))) wordStart--;
  if (start - wordStart > MAX_PREFIX) return false;
  return ARABIC_CLITIC_PREFIX.test(text.slice(wordStart, start));
}
