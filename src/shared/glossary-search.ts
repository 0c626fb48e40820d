/**
 * Search over every entry of every glossary, for the options page: labels
 * and aliases folded as the matcher folds them (case, diacritics, dashes,
 * apostrophes), so "erdogan" finds Erdoğan and "frontieres" finds
 * "Reporters sans frontières". Each entry's names are folded once, when the
 * index is built; a search is then one substring test per entry (a few
 * milliseconds for 10,000 entries).
 */
import type { Entry, Kind } from '../core/glossary/schema.ts';
import { aliasText, foldName } from './name-alternatives.ts';

export interface SearchableEntry {
  readonly entry: Entry;
  /** "bundled" or a custom glossary's id. */
  readonly glossaryId: string;
  readonly glossaryName: string;
}

export interface IndexedEntry extends SearchableEntry {
  /** The folded label. */
  readonly label: string;
  /** The folded label and aliases, separated by a character no name holds. */
  readonly names: string;
}

export interface GlossaryQuery {
  readonly text: string;
  /** Only this kind, or every kind. */
  readonly kind?: Kind | undefined;
  /** Only this glossary, or every glossary. */
  readonly glossaryId?: string | undefined;
}

const SEPARATOR = '\u0001';

/** One entry's folded names; the label is usually also an alias, and is folded once. */
export function indexEntry(item: SearchableEntry): IndexedEntry {
  const label = foldName(item.entry.label);
  const names = new Set([label]);
  for (const alias of item.entry.aliases) {
    const text = aliasText(alias);
    if (text !== item.entry.label) names.add(foldName(text));
  }
  return { ...item, label, names: [...names].join(SEPARATOR) };
}

/** Sort indexed entries by label in the reader's language. */
export function sortByLabel(entries: IndexedEntry[], locale?: string): IndexedEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return entries.sort((a, b) => collator.compare(a.entry.label, b.entry.label) || a.entry.id.localeCompare(b.entry.id));
}

/** Fold every entry's names once, sorted by label in the reader's language. */
export function indexEntries(entries: readonly SearchableEntry[], locale?: string): IndexedEntry[] {
  return sortByLabel(entries.map(indexEntry), locale);
}

/**
 * The entries matching a query: a label starting with the folded text
 * first, then a name starting with it, then a name containing it, each
 * group in label order. An empty text matches every entry the filters keep.
 */
export function searchEntries(index: readonly IndexedEntry[], query: GlossaryQuery): IndexedEntry[] {
  const text = foldName(query.text);
  const labelStarts: IndexedEntry[] = [];
  const nameStarts: IndexedEntry[] = [];
  const contains: IndexedEntry[] = [];
  for (const item of index) {
    if (query.kind !== undefined && item.entry.kind !== query.kind) continue;
    if (query.glossaryId !== undefined && item.glossaryId !== query.glossaryId) continue;
    if (text === '' || item.label.startsWith(text)) labelStarts.push(item);
    else if (item.names.includes(SEPARATOR + text)) nameStarts.push(item);
    else if (item.names.includes(text)) contains.push(item);
  }
  return [...labelStarts, ...nameStarts, ...contains];
}

/** Entries by each of their folded names, built once per index (the editor asks on every keystroke). */
const byNameCache = new WeakMap<readonly IndexedEntry[], Map<string, IndexedEntry[]>>();

/** The entries that have `name` (folded as the matcher folds it) as their label or one of their aliases. */
export function entriesNamed(index: readonly IndexedEntry[], name: string): readonly IndexedEntry[] {
  let byName = byNameCache.get(index);
  if (!byName) {
    byName = new Map();
    for (const item of index) {
      for (const folded of item.names.split(SEPARATOR)) {
        const list = byName.get(folded);
        if (list) list.push(item);
        else byName.set(folded, [item]);
      }
    }
    byNameCache.set(index, byName);
  }
  return byName.get(foldName(name)) ?? [];
}
