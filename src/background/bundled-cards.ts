/**
 * The card text of the bundled glossary (glossary-cards.json, written by the
 * build), read once per background lifetime and served to content scripts by id.
 */
import type { EntryCard } from '../core/glossary/schema.ts';
import browser from '../shared/browser.ts';

let cards: Promise<ReadonlyMap<string, EntryCard>> | undefined;

export function bundledCards(): Promise<ReadonlyMap<string, EntryCard>> {
  cards ??= fetch(browser.runtime.getURL('glossary-cards.json'))
    .then((response) => response.json() as Promise<{ entries: EntryCard[] }>)
    .then(({ entries }) => new Map(entries.map((entry) => [entry.id, entry])));
  // A failed read is retried on the next request rather than cached.
  cards.catch(() => (cards = undefined));
  return cards;
}
