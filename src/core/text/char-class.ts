/**
 * Character classes the matcher needs: what counts as part of a word, and
 * which scripts are written without spaces between words.
 *
 * Classification works on code points so that astral letters (CJK extension B,
 * for one) are handled like any other letter.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Scripts whose words are not separated by spaces: a name there needs no boundary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Han and kana: written without spaces, and read into words by a dictionary (Intl.Segmenter) where it matters. */
const SEGMENTED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const WORD = 1;
const UNSPACED_WORD = 2;
const ARABIC_WORD = 4;
const SEGMENTED_WORD = 8;

const classCache = new Map<number, number>();

function classify(codePoint: number): number {
  if (codePoint < 128) {
    // ASCII fast path: digits and letters only.
    return (codePoint >= 48 && codePoint <= 57) || ((codePoint | 32) >= 97 && (codePoint | 32) <= 122) ? WORD : 0;
  }
  let cls = classCache.get(codePoint);
  if (cls === undefined) {
    const char = String.fromCodePoint(codePoint);
    cls = LETTER_OR_DIGIT.test(char) ? WORD : 0;
    if (cls && UNSPACED.test(char)) cls |= UNSPACED_WORD;
    if (cls && ARABIC.test(char)) cls |= ARABIC_WORD;
    if ((cls & UNSPACED_WORD) !== 0 && SEGMENTED.test(char)) cls |= SEGMENTED_WORD;
    classCache.set(codePoint, cls);
  }
  return cls;
}

/** The code point that ends just before `index` in `text`, or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `index` in `text`, or -1 at the end. */
export function codePointAt(text: string, index: number): number {
  return index < text.length ? (text.codePointAt(index) ?? -1) : -1;
}

/** Letters, digits and marks in any script. */
export const isWordChar = (codePoint: number): boolean => codePoint >= 0 && (classify(codePoint) & WORD) !== 0;

/** Han, kana, Hangul, Thai and the other scripts written without spaces. */
export const isUnspacedChar = (codePoint: number): boolean => codePoint >= 0 && (classify(codePoint) & UNSPACED_WORD) !== 0;

/** Letters of the Arabic script (Arabic, Persian, Urdu). */
export const isArabicChar = (codePoint: number): boolean => codePoint >= 0 && (classify(codePoint) & ARABIC_WORD) !== 0;

/** Han and kana, whose word ends only a dictionary knows. */
export const isSegmentedChar = (codePoint: number): boolean => codePoint >= 0 && (classify(codePoint) & SEGMENTED_WORD) !== 0;
