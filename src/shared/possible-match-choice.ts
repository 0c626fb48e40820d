/**
 * A choice among possible matches, saved as a correction: for one site or for
 * every site, as "Wrong link?" stops linking a name on one site or everywhere.
 * The chooser card and the popup's "On this page" save it the same way.
 */
import { choiceCorrection, correctionKey, EVERYWHERE, type Correction } from '../core/match/corrections.ts';

/** An entry's name as a possible match lists it: the entry and its alias that matched. */
export interface NamedCandidate {
  readonly entryId: string;
  readonly alias: string;
}

/** Where a choice among possible matches holds: the page's site, or every site. */
export type ChoiceScope = 'site' | 'everywhere';

/** The `site` a correction is saved with for `scope` on a page of `site`. */
export const siteForScope = (scope: ChoiceScope, site: string): string => (scope === 'everywhere' ? EVERYWHERE : site);

/**
 * The corrections with the reader's choice of `chosen` among `candidates`
 * saved for `site` (a site or EVERYWHERE). An earlier choice of another of
 * the candidates for the same site goes: otherwise two choices of one name
 * would both hold, and the candidates' order, not the reader, would decide.
 * Corrections of other sites, and every other kind, stay.
 */
export function correctionsWithChoice(
  corrections: readonly Correction[],
  candidates: readonly NamedCandidate[],
  chosen: NamedCandidate,
  site: string,
): Correction[] {
  const choice = choiceCorrection(chosen, site);
  const names = new Set(candidates.map((candidate) => correctionKey({ ...candidate, site })));
  const isEarlierChoice = (other: Correction): boolean => other.relinkTo === other.entryId && names.has(correctionKey(other));
  return [...corrections.filter((other) => correctionKey(other) !== correctionKey(choice) && !isEarlierChoice(other)), choice];
}
