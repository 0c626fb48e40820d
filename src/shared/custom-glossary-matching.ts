/**
 * What the background needs of the reader's glossaries: their compiled
 * form, matched in the same pass as the bundled one, and their card text,
 * served by id like the bundled cards. Decoding the
 * stored compiled form costs a few milliseconds; a record compiled by
 * another version of the binary format (after an update) is compiled again
 * from its entries, in memory.
 */
import * as v from 'valibot';
import { glossaryFromBase64 } from '../core/glossary/binary.ts';
import { compileGlossary } from '../core/glossary/compile.ts';
import type { CompiledGlossary } from '../core/glossary/compiled.ts';
import { KINDS, entrySchema, sourceSchema, type Entry, type EntryCard } from '../core/glossary/schema.ts';
import { readStoredGlossaries } from './custom-glossaries.ts';

export interface CustomMatching {
  /** Oldest first, so that a later glossary overrides an earlier one's ids. */
  readonly glossaries: readonly CompiledGlossary[];
  readonly cards: readonly EntryCard[];
  /** Which records (and which import of each) these are: part of the key that names a matcher to pages. */
  readonly stamp: string;
}

/**
 * A light check of what the card renders, instead of the full schema (tens of
 * milliseconds per thousand entries, on every page): the entries were checked
 * in full when imported, and this only keeps a damaged record from breaking
 * the card or linking anywhere but https.
 */
function cardOf(raw: unknown): EntryCard | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { aliases: _aliases, ...card } = raw as Entry;
  const text = (value: unknown): boolean => typeof value === 'string';
  const ok =
    text(card.id) && text(card.label) && text(card.summary) && text(card.asOf) && (KINDS as readonly string[]).includes(card.kind) &&
    Array.isArray(card.sources) && card.sources.every((source) => v.is(sourceSchema, source)) &&
    (card.facts === undefined || (Array.isArray(card.facts) && card.facts.every((fact) => text(fact?.label) && text(fact?.value)))) &&
    (card.related === undefined || (Array.isArray(card.related) && card.related.every(text)));
  return ok ? card : undefined;
}

function compiledOf(record: { name: string; compiled: string; entries: readonly unknown[] }): CompiledGlossary | undefined {
  try {
    return glossaryFromBase64(record.compiled);
  } catch {
    const entries = record.entries.flatMap((raw) => (v.is(entrySchema, raw) ? [raw] : []));
    return entries.length > 0 ? compileGlossary(record.name, entries) : undefined;
  }
}

/** The reader's glossaries that are switched on. */
export async function loadCustomMatching(disabled: readonly string[]): Promise<CustomMatching> {
  const glossaries: CompiledGlossary[] = [];
  const cards: EntryCard[] = [];
  const stamps: string[] = [];
  for (const record of await readStoredGlossaries()) {
    if (disabled.includes(record.id)) continue;
    stamps.push(`${record.id}@${record.importedAt}#${record.compiled.length}`);
    const compiled = compiledOf(record);
    if (!compiled) continue;
    glossaries.push(compiled);
    for (const raw of record.entries) {
      const card = cardOf(raw);
      if (card) cards.push(card);
    }
  }
  return { glossaries, cards, stamp: stamps.join(',') };
}
