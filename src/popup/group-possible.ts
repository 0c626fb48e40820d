/**
 * The possible matches of a page report, as "On this page" lists them: one
 * row per name, however often the page repeats it (with density "all" each
 * occurrence is reported), in the order the names first appear. A name is
 * its set of candidates, as the page's density rule counts it: "RSF" and
 * "R.S.F." that fit the same entries are one row, shown as first written.
 */
import type { ReportedCandidate, ReportedPossible } from '../shared/messages.ts';

export interface PossibleRow {
  /** The candidates' ids, sorted: the same key whatever the order they come in. */
  readonly key: string;
  readonly text: string;
  /** Where the name is first on the page, for `popup:show-possible`. */
  readonly index: number;
  readonly count: number;
  readonly candidates: readonly ReportedCandidate[];
}

export function groupPossible(possible: readonly ReportedPossible[]): PossibleRow[] {
  const rows = new Map<string, PossibleRow>();
  for (const name of possible) {
    const key = name.candidates
      .map((candidate) => candidate.entryId)
      .sort()
      .join(' ');
    const known = rows.get(key);
    if (known) rows.set(key, { ...known, count: known.count + 1 });
    else rows.set(key, { key, text: name.text, index: name.index, count: 1, candidates: name.candidates });
  }
  return [...rows.values()];
}
