/**
 * The chooser card's logic, apart from its look: what it lists for each
 * candidate of a possible match, and what choosing one saves. The choice is a
 * correction in the same store as "Did you mean…" (entry id + alias, this
 * site), so the popup and the options page list it with Undo and it holds
 * across glossary updates.
 */
import type { EntryCard, Kind } from '../../core/glossary/schema.ts';
import { choiceCorrection, type Correction } from '../../core/match/corrections.ts';
import { firstSentence } from '../../shared/name-alternatives.ts';
import type { PossibleMention } from '../page-mentions.ts';

/** One candidate as the chooser lists it: enough to choose, not the whole card. */
export interface ChooserOption {
  readonly id: string;
  readonly label: string;
  readonly kind: Kind;
  /** The summary's first sentence; empty until the card text has come from the background. */
  readonly line: string;
  /** The candidate's alias that matched, which the saved choice is keyed by. */
  readonly alias: string;
}

/** The candidates in glossary order, each once, labelled from their cards where those are here. */
export function chooserOptions(candidates: PossibleMention['candidates'], lookup: (id: string) => EntryCard | undefined): ChooserOption[] {
  const options = new Map<string, ChooserOption>();
  for (const { entry, alias } of candidates) {
    if (options.has(entry.id)) continue;
    const card = lookup(entry.id);
    options.set(entry.id, { id: entry.id, label: card?.label ?? entry.label, kind: card?.kind ?? entry.kind, line: card ? firstSentence(card.summary) : '', alias });
  }
  return [...options.values()];
}

/** What choosing `option` saves for the site the page is on. */
export const correctionForChoice = (option: ChooserOption, site: string): Correction => choiceCorrection({ entryId: option.id, alias: option.alias }, site);
