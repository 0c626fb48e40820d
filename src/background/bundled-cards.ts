/**
 * The card text of the bundled glossary, served to content scripts by id. It
 * comes from glossary.json (the whole source, written by the build), read once
 * per background lifetime.
 */
import type { EntryCard } from '../core/glossary/schema.ts';
import { bundledSource } from '../shared/bundled-glossary.ts';

let cards: Promise<ReadonlyMap<string, EntryCard>> | undefined;

export function bundledCards(): Promise<ReadonlyMap<string, EntryCard>> {
  cards ??= bundledSource().then(({ entries }) => new Map(entries.map(({ aliases: _aliases, ...card }) => [card.id, card])));
  // A failed read is retried on the next request rather than cached.
  cards.catch(() => (cards = undefined));
  return cards;
}
