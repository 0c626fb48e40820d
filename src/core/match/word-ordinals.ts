/**
 * Word ordinals: which word of a text each position belongs to, so that a
 * `near` context can be measured in words rather than characters.
 *
 * A word starts at a letter or digit that follows something else; in scripts
 * written without spaces (Chinese, Japanese, Thai) every letter starts one,
 * since there is no cheaper way to find their words.
 */
import { codePointAt, codePointBefore, isUnspacedChar, isWordChar } from '../text/char-class.ts';

/**
 * `starts[i]` is the number of words that start before position `i` (UTF-16
 * units), for i from 0 to text.length: one pass, one typed array.
 */
export function wordStartsBefore(text: string): Uint32Array {
  const starts = new Uint32Array(text.length + 1);
  let count = 0;
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    starts[i] = count;
    const unit = text.charCodeAt(i);
    // The low half of a surrogate pair continues the code point its high half began.
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) continue;
    const codePoint = codePointAt(text, i);
    const isWord = isWordChar(codePoint);
    if (isWord && (!previousIsWord || isUnspacedChar(codePoint) || isUnspacedChar(codePointBefore(text, i)))) count++;
    previousIsWord = isWord;
  }
  starts[text.length] = count;
  return starts;
}

/** The ordinal of the word that holds position `at` (or the last word before it), counted from `from`. */
export const wordOrdinal = (starts: Uint32Array, from: number, at: number): number => starts[at + 1]! - starts[from]! - 1;

/** Which block of a joined text an offset lies in, given each block's start (ascending): a binary search. */
export function blockAt(blockStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = blockStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (blockStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
