/**
 * "Did you mean…": the other entries a name on a page could stand for, found
 * by the name's folded form (the matcher's folding: case, diacritics,
 * dashes), among every entry of every glossary switched on. Pure, so the
 * background runs it over the glossaries and tests run it over tables.
 */
import type { AliasSpec, Entry, Kind } from '../core/glossary/schema.ts';
import { normalisePhrase } from '../core/text/normalise.ts';

/** What the card lists for each other entry: enough to choose, not the whole card. */
export interface NameAlternative {
  readonly id: string;
  readonly label: string;
  readonly kind: Kind;
  /** The summary's first sentence. */
  readonly line: string;
}

export const aliasText = (alias: AliasSpec): string => (typeof alias === 'string' ? alias : alias.text);
export const foldName = (name: string): string => normalisePhrase(name).folded;

/**
 * The first sentence of a summary, or its first 160 characters when a
 * sentence runs longer. A stop ends a sentence when what follows is not a
 * lower-case word and it does not close an initial ("U.S.", "J. Smith").
 */
export function firstSentence(summary: string): string {
  let sentence = summary;
  for (const stop of summary.matchAll(/[.!?؟。](?=\s+(\S)|$)/gu)) {
    const next = stop[1];
    const initial = stop[0] === '.' && /(^|[\s.(])\p{L}$/u.test(summary.slice(0, stop.index));
    if ((next !== undefined && /\p{Ll}/u.test(next)) || initial) continue;
    sentence = summary.slice(0, stop.index + 1);
    break;
  }
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 159).trimEnd()}…`;
}

/** Entries by the folded form of each of their aliases and their label. */
export function indexByName(entries: Iterable<Entry>): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const entry of entries) {
    const names = new Set([entry.label, ...entry.aliases.map(aliasText)].map(foldName));
    for (const name of names) {
      const list = index.get(name);
      if (list) list.push(entry);
      else index.set(name, [entry]);
    }
  }
  return index;
}

/**
 * The entries other than `entryId` that one of `names` (the alias that
 * matched, the page's text) names, once each, in glossary order. A later
 * glossary's entry with the same id replaces the earlier, as in matching.
 */
export function alternativesFor(index: ReadonlyMap<string, readonly Entry[]>, entryId: string, names: readonly string[]): NameAlternative[] {
  const found = new Map<string, NameAlternative>();
  for (const name of names) {
    for (const entry of index.get(foldName(name)) ?? []) {
      if (entry.id === entryId) continue;
      found.set(entry.id, { id: entry.id, label: entry.label, kind: entry.kind, line: firstSentence(entry.summary) });
    }
  }
  return [...found.values()];
}
