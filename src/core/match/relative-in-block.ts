/**
 * A surname alone, in a block that also names another person of that surname
 * ("Ellie Reeves … Reeves said", "William Newsom … the elder Newsom"): the
 * bare surname could be either of them, so it is not marked as this person's.
 * Reviews 7 and 8 found this kind in every draw (a father, a sister, a son in
 * the same paragraph); excluding relatives one by one never ends.
 */
import { BLOCK_SEPARATOR, isLetter } from '../text/word-shape.ts';

/** Between blocks scanned together (matcher.ts): no block's text holds it. */

/** Words before a surname that say it is a relative's: "the elder Newsom". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['elder', 'younger']);

/** The word right before `at`, after one space, and whether it is written with a capital. */
function wordBeforeAt(cased: string, folded: string, at: number): { folded: string; capitalised: boolean } | undefined {
  if (cased[at - 1] !== ' ' || !isLetter(cased[at - 2])) return undefined;
  let start = at - 1;
  while (start > 0 && isLetter(cased[start - 1])) start--;
  // "O'Brien Reeves" or "al-Reeves": a word joined to the one before is no given name of its own.
  if (start > 0 && /['’-]/u.test(cased[start - 1]!)) return undefined;
  return { folded: folded.slice(start, at - 1), capitalised: /^\p{Lu}\p{Ll}/u.test(cased.slice(start, at - 1)) };
}

export interface RelativeNames {
  /** The person's own names, folded: their given name before the surname is them. */
  readonly own: () => ReadonlySet<string>;
  readonly isGivenName: (folded: string) => boolean;
}

/**
 * Does the block (normalised: `cased`, `folded`) name the surname at
 * [start, end) after another given name, or as a relative's ("the elder")?
 */
export function relativeInBlock(text: { readonly cased: string; readonly folded: string }, start: number, end: number, names: RelativeNames): boolean {
  const { cased, folded } = text;
  const surname = folded.slice(start, end);
  // Several blocks are scanned as one text, between separators: only this block's words count.
  const blockStart = folded.lastIndexOf(BLOCK_SEPARATOR, start) + 1;
  const separatorAfter = folded.indexOf(BLOCK_SEPARATOR, end);
  const blockEnd = separatorAfter === -1 ? folded.length : separatorAfter;
  for (let at = folded.indexOf(surname, blockStart); at !== -1 && at + surname.length <= blockEnd; at = folded.indexOf(surname, at + 1)) {
    if (isLetter(folded[at - 1]) || isLetter(folded[at + surname.length])) continue;
    const before = wordBeforeAt(cased, folded, at);
    if (!before) continue;
    if (RELATIVE_WORDS.has(before.folded)) return true;
    if (before.capitalised && !names.own().has(before.folded) && names.isGivenName(before.folded)) return true;
  }
  return false;
}
