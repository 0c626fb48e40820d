/**
 * Every entry of every glossary, indexed for search (glossary-search.ts):
 * the bundled source and the reader's own glossaries, followed live. The
 * names are folded in slices of a few hundred entries between which the page
 * stays responsive: folding 10,000 entries' names takes about 100 ms.
 */
import { useEffect, useState } from 'preact/hooks';
import { bundledSource } from '../shared/bundled-glossary.ts';
import { BUNDLED_GLOSSARY_ID, listCustomGlossaries, watchCustomGlossaries } from '../shared/custom-glossaries.ts';
import { indexEntry, sortByLabel, type IndexedEntry, type SearchableEntry } from '../shared/glossary-search.ts';
import { t, uiLanguage } from '../shared/i18n.ts';

const SLICE = 500;

export interface GlossaryOption {
  readonly id: string;
  readonly name: string;
}

export interface SearchableEntries {
  readonly index: readonly IndexedEntry[];
  readonly glossaries: readonly GlossaryOption[];
}

async function loadEntries(): Promise<{ entries: SearchableEntry[]; glossaries: GlossaryOption[] }> {
  const [bundled, custom] = await Promise.all([bundledSource().catch(() => undefined), listCustomGlossaries().catch(() => [])]);
  const glossaries: GlossaryOption[] = [];
  const entries: SearchableEntry[] = [];
  if (bundled) {
    const name = t('options_bundled_name');
    glossaries.push({ id: BUNDLED_GLOSSARY_ID, name });
    for (const entry of bundled.entries) entries.push({ entry, glossaryId: BUNDLED_GLOSSARY_ID, glossaryName: name });
  }
  for (const glossary of custom) {
    glossaries.push({ id: glossary.id, name: glossary.name });
    for (const entry of glossary.entries) entries.push({ entry, glossaryId: glossary.id, glossaryName: glossary.name });
  }
  return { entries, glossaries };
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function useSearchableEntries(): SearchableEntries | undefined {
  const [state, setState] = useState<SearchableEntries | undefined>();
  useEffect(() => {
    const abort = new AbortController();
    const build = async (): Promise<void> => {
      const { entries, glossaries } = await loadEntries();
      const indexed: IndexedEntry[] = [];
      for (let start = 0; start < entries.length; start += SLICE) {
        for (const item of entries.slice(start, start + SLICE)) indexed.push(indexEntry(item));
        await pause();
        if (abort.signal.aborted) return;
      }
      setState({ index: sortByLabel(indexed, uiLanguage()), glossaries });
    };
    void build();
    watchCustomGlossaries(() => void build(), abort.signal);
    return () => abort.abort();
  }, []);
  return state;
}
