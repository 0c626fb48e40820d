/**
 * Chinese and Japanese write a foreign person's name with an interpunct
 * between its parts: 萨达姆·哈夫塔尔 (Saddam Haftar), 纳奥米·坎贝尔 (Naomi
 * Campbell), エマ・ナバーロ (Emma Navarro). A name written without spaces that
 * touches such a dot is a part of a longer name: 哈夫塔尔 there is the son, not
 * Khalifa Haftar, whose own full name (哈利法·哈夫塔尔) is an alias of its own
 * and matches whole (review 14). It is the given-name gate of these scripts,
 * which have no capitals to read.
 */
import { codePointAt, codePointBefore, isSegmentedChar } from '../text/char-class.ts';

/** The middle dots that join the parts of a name: Chinese ·, Japanese ・ (full and half width), Taiwan's ‧, and ･. */
const INTERPUNCTS: ReadonlySet<string> = new Set(['·', '・', '‧', '･', '•']);

/**
 * Does the unspaced name at [start, end) of the page's text touch an
 * interpunct that joins it to more of a name (a Han or kana character on the
 * dot's other side)?
 */
export function isDottedNamePart(original: string, start: number, end: number): boolean {
  if (!isSegmentedChar(codePointAt(original, start)) || !isSegmentedChar(codePointBefore(original, end))) return false;
  const before = original[start - 1];
  const after = original[end];
  return (before !== undefined && INTERPUNCTS.has(before) && isSegmentedChar(codePointBefore(original, start - 1))) || (after !== undefined && INTERPUNCTS.has(after) && isSegmentedChar(codePointAt(original, end + 1)));
}
