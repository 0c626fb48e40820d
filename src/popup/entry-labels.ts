/**
 * The labels of entries by id, for the list of muted names (the settings hold
 * only ids): the bundled glossary's card file and the reader's glossaries,
 * read once and only when there is something to name.
 */
import { useEffect, useState } from 'preact/hooks';
import { bundledCards } from '../shared/bundled-glossary.ts';
import { listCustomGlossaries } from '../shared/custom-glossaries.ts';

export async function loadEntryLabels(): Promise<ReadonlyMap<string, string>> {
  const [bundled, custom] = await Promise.all([bundledCards().catch(() => []), listCustomGlossaries().catch(() => [])]);
  const labels = new Map<string, string>();
  for (const card of bundled) labels.set(card.id, card.label);
  // The reader's entries override bundled ones with the same id, as in matching.
  for (const glossary of custom) for (const entry of glossary.entries) labels.set(entry.id, entry.label);
  return labels;
}

/** The labels, once loaded, when `needed`; an empty map until then. */
export function useEntryLabels(needed: boolean): ReadonlyMap<string, string> {
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void loadEntryLabels().then((loaded) => live && setLabels(loaded));
    return () => {
      live = false;
    };
  }, [needed]);
  return labels;
}
