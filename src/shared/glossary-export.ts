/**
 * A glossary as a JSON file in the documented format, in its canonical form
 * (entries sorted by id, keys in the documented order, two-space indent and a
 * final newline), so an exported file imports back to the same entries and
 * passes `npm run glossary:check` unchanged.
 */
import type { AliasSpec, Entry } from '../core/glossary/schema.ts';

const ENTRY_KEYS = ['id', 'label', 'kind', 'aliases', 'summary', 'facts', 'asOf', 'sources', 'related', 'generated'] as const;
const ALIAS_KEYS = ['text', 'case', 'plural', 'contexts', 'relatedContexts', 'notContexts', 'scope', 'exclude', 'givenName'] as const;

function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(record, key) && record[key] !== undefined) result[key] = record[key];
  return result;
}

const orderedAlias = (alias: AliasSpec): AliasSpec => (typeof alias === 'string' ? alias : (ordered(alias, ALIAS_KEYS) as AliasSpec));

export function glossaryToJson(name: string, entries: readonly Entry[]): string {
  const sorted = [...entries]
    .sort((a, b) => a.id.localeCompare(b.id, 'en')) // as scripts/lib/glossary-files.ts sorts the bundled files
    .map((entry) => ({ ...ordered(entry, ENTRY_KEYS), aliases: entry.aliases.map(orderedAlias) }))
    .map((entry) => ordered(entry, ENTRY_KEYS));
  return `${JSON.stringify({ name, entries: sorted }, null, 2)}\n`;
}

/** A file name for the export: the glossary's name in kebab case. */
export function exportFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'glossary'}.json`;
}
