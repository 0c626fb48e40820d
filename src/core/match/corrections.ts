/**
 * The reader's corrections of wrong links, applied to the mentions selected
 * on a page. A correction is keyed by the entry that was linked and the
 * alias that matched (folded as the matcher folds it), not by page text or a
 * glossary position, so it survives updates of the bundled glossary: an
 * entry keeps its id, and an alias re-cased or re-accented still folds the
 * same.
 */
import { normalisePhrase } from '../text/normalise.ts';
import type { Mention, UndecidedCandidate, UndecidedSpan } from './types.ts';

/** `site` of a correction that holds on every site. */
export const EVERYWHERE = '*';

export interface Correction {
  /** The entry the name was linked to. */
  readonly entryId: string;
  /** The alias that matched, as the glossary writes it. */
  readonly alias: string;
  /** A site as `siteKey` writes it, or EVERYWHERE. */
  readonly site: string;
  /** Link the name to this entry instead; without it, the name is not linked at all. */
  readonly relinkTo?: string;
}

/** Two corrections with the same key say opposite things: the later replaces the earlier. */
export const correctionKey = (correction: Pick<Correction, 'entryId' | 'alias' | 'site'>): string =>
  `${correction.site}\u0000${correction.entryId}\u0000${normalisePhrase(correction.alias).folded}`;

/**
 * The mentions as the reader corrected them on `site`: unlinked names
 * dropped, relinked names pointing at their new entry. A correction for this
 * site wins over one for every site. Relinks are followed (a name relinked
 * from A to B, then unlinked from B, is unlinked), once each, so a cycle
 * ends. A relink to an entry the page cannot show (`hasEntry` false: its
 * glossary is switched off or gone) leaves the mention as it was.
 */
export function applyCorrections(
  mentions: readonly Mention[],
  corrections: readonly Correction[],
  site: string,
  hasEntry: (entryId: string) => boolean,
): Mention[] {
  if (corrections.length === 0) return [...mentions];
  const { bySite, everywhere } = correctionsOn(corrections, site);
  if (bySite.size === 0 && everywhere.size === 0) return [...mentions];

  const corrected: Mention[] = [];
  for (const mention of mentions) {
    let current: Mention | undefined = mention;
    const seen = new Set<string>();
    while (current) {
      const key = correctionKey({ entryId: current.entryId, alias: current.alias, site: '' });
      if (seen.has(key)) break;
      seen.add(key);
      const correction = bySite.get(key) ?? everywhere.get(key);
      if (!correction) break;
      if (correction.relinkTo === undefined) current = undefined;
      else if (hasEntry(correction.relinkTo)) current = { ...current, entryId: correction.relinkTo };
      else break;
    }
    if (current) corrected.push(current);
  }
  return corrected;
}

/** The corrections of one name (entry and alias) on one site or everywhere, for the card to show what holds. */
export function correctionsFor(corrections: readonly Correction[], entryId: string, alias: string): Correction[] {
  const key = correctionKey({ entryId, alias, site: '' });
  return corrections.filter((correction) => correctionKey({ ...correction, site: '' }) === key);
}

/**
 * Undecided spans (possible matches) that the reader's corrections decide.
 * Choosing among possible matches is saved as a relink of the chosen entry's
 * name to that entry itself (`choiceCorrection`); a relink of any candidate's
 * name on this site makes the span a mention of that candidate, which
 * `applyCorrections` then relinks. An unlink of a candidate's name drops the
 * span: the reader said the name is not to be linked. A correction for this
 * site wins over one for every site; a relink to an entry the page cannot
 * show decides nothing. The rest stay undecided.
 */
export function decideUndecided(
  spans: readonly UndecidedSpan[],
  corrections: readonly Correction[],
  site: string,
  hasEntry: (entryId: string) => boolean,
): { decided: Mention[]; undecided: UndecidedSpan[] } {
  const { bySite, everywhere } = correctionsOn(corrections, site);
  const decided: Mention[] = [];
  const undecided: UndecidedSpan[] = [];
  for (const span of spans) {
    const verdict = verdictOf(span, bySite, hasEntry) ?? verdictOf(span, everywhere, hasEntry);
    if (verdict === undefined) undecided.push(span);
    else if (verdict !== 'unlinked') decided.push({ start: span.start, end: span.end, entryId: verdict.entryId, alias: verdict.alias, rule: verdict.rule });
  }
  return { decided, undecided };
}

/** The correction that saves a choice among possible matches: this name, on this site, is `chosen`. */
export const choiceCorrection = (chosen: Pick<UndecidedCandidate, 'entryId' | 'alias'>, site: string): Correction => ({
  entryId: chosen.entryId,
  alias: chosen.alias,
  site,
  relinkTo: chosen.entryId,
});

function verdictOf(
  span: UndecidedSpan,
  corrections: ReadonlyMap<string, Correction>,
  hasEntry: (entryId: string) => boolean,
): UndecidedCandidate | 'unlinked' | undefined {
  for (const candidate of span.candidates) {
    const correction = corrections.get(correctionKey({ ...candidate, site: '' }));
    if (!correction) continue;
    if (correction.relinkTo === undefined) return 'unlinked';
    if (hasEntry(correction.relinkTo)) return candidate;
  }
  return undefined;
}

/** The corrections that hold on `site`, by their key without the site: this site's, and every site's. */
function correctionsOn(corrections: readonly Correction[], site: string): { bySite: Map<string, Correction>; everywhere: Map<string, Correction> } {
  const bySite = new Map<string, Correction>();
  const everywhere = new Map<string, Correction>();
  for (const correction of corrections) {
    if (correction.site === site) bySite.set(correctionKey({ ...correction, site: '' }), correction);
    else if (correction.site === EVERYWHERE) everywhere.set(correctionKey({ ...correction, site: '' }), correction);
  }
  return { bySite, everywhere };
}
