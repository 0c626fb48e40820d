/**
 * The card text of the bundled glossary, served to content scripts by id. It
 * comes from glossary.json (the whole source, written by the build), read once
 * per background lifetime.
 */
import type { EntryCard } from '../core/glossary/schema.ts';
import { bundledSource } from '../shared/bundled-glossary.ts';
import { loadOnce } from '../shared/load-once.ts';

export const bundledCards = loadOnce(
  async (): Promise<ReadonlyMap<string, EntryCard>> => new Map((await bundledSource()).entries.map(({ aliases: _aliases, ...card }) => [card.id, card])),
);
