/**
 * An acronym joined by a hyphen to more capitals that name nothing of their
 * own is part of a longer acronym, not itself: "ABS-CBN" (a Philippine
 * broadcaster), "RT-PCR" (a test), "CAR-T" (a cell therapy), "SPLM-N" (another
 * movement). Dashes read as spaces, so without this "RT" and "CAR" matched
 * inside them (alias sweep 11). Two names joined are a pair, and both stand:
 * "US-UK talks", "PKK-YPG", "HIV-AIDS"; so do an acronym and a number
 * ("EU-27") and an acronym and a word ("ANC-led", "US-backed").
 */
import { foldWord, isLetter } from '../text/word-shape.ts';
import { isHyphen } from './hyphen-name.ts';

const isCapitalOrDigit = (char: string | undefined): boolean => char !== undefined && /[\p{Lu}\p{N}]/u.test(char);

/** The run of capitals and digits a hyphen joins to [originalStart, originalEnd), on `side`; undefined unless whole. */
function joinedCapitals(original: string, originalStart: number, originalEnd: number, side: 'before' | 'after'): string | undefined {
  if (side === 'after') {
    if (!isHyphen(original[originalEnd])) return undefined;
    let at = originalEnd + 1;
    while (isCapitalOrDigit(original[at])) at++;
    return at > originalEnd + 1 && !isLetter(original[at]) ? original.slice(originalEnd + 1, at) : undefined;
  }
  if (!isHyphen(original[originalStart - 1])) return undefined;
  let at = originalStart - 1;
  while (isCapitalOrDigit(original[at - 1])) at--;
  return at < originalStart - 1 && !isLetter(original[at - 1]) ? original.slice(at, originalStart - 1) : undefined;
}

/**
 * Is the acronym at [originalStart, originalEnd) of the page's text hyphened
 * to capitals that are no name the glossaries know (`isName`, folded)?
 */
export function isInsideHyphenatedAcronym(original: string, originalStart: number, originalEnd: number, isName: (folded: string) => boolean): boolean {
  return (['before', 'after'] as const).some((side) => {
    const joined = joinedCapitals(original, originalStart, originalEnd, side);
    return joined !== undefined && /\p{Lu}/u.test(joined) && !isName(foldWord(joined));
  });
}
