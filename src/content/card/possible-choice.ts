/**
 * The chooser card's logic, apart from its look: what it lists for each
 * candidate of a possible match, and the same list for the popup's "On this
 * page". What choosing one saves is in src/shared/corrections.ts
 * (`correctionsWithChoice`): a correction in the same store as "Did you
 * mean…", so the popup and the options page list it with Undo and it holds
 * across glossary updates.
 */
import type { EntryCard, Kind } from '../../core/glossary/schema.ts';
import type { ReportedPossible } from '../../shared/messages.ts';
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

/** The possible matches as the popup lists them: each with the candidates the chooser card would offer, in page order. */
export function reportPossible(names: readonly PossibleMention[], lookup: (id: string) => EntryCard | undefined): ReportedPossible[] {
  return names.map((name, index) => ({
    index,
    text: name.text,
    candidates: chooserOptions(name.candidates, lookup).map(({ id, label, kind, alias, line }) => ({ entryId: id, label, kind, alias, ...(line && { line }) })),
  }));
}
