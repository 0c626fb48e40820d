/**
 * "Did you mean…" over the glossaries switched on: the bundled one (indexed
 * once per background lifetime) and the reader's own (read from storage on
 * each question: they change, and a card asks once per "Wrong link?").
 */
import type { Entry } from '../core/glossary/schema.ts';
import { bundledSource } from '../shared/bundled-glossary.ts';
import { BUNDLED_GLOSSARY_ID, listCustomGlossaries } from '../shared/custom-glossaries.ts';
import { loadOnce } from '../shared/load-once.ts';
import { alternativesFor, indexByName, type NameAlternative } from '../shared/name-alternatives.ts';
import { loadSettings } from '../shared/settings.ts';

const bundledIndex = loadOnce(async () => indexByName((await bundledSource()).entries));

export async function nameAlternatives(entryId: string, names: readonly string[]): Promise<NameAlternative[]> {
  const { disabledGlossaries } = await loadSettings();
  const found: NameAlternative[] = [];
  if (!disabledGlossaries.includes(BUNDLED_GLOSSARY_ID)) found.push(...alternativesFor(await bundledIndex(), entryId, names));
  const own: Entry[] = (await listCustomGlossaries()).filter((glossary) => !disabledGlossaries.includes(glossary.id)).flatMap((glossary) => glossary.entries);
  if (own.length > 0) {
    // The reader's entries replace bundled ones with the same id, as in matching.
    const mine = alternativesFor(indexByName(own), entryId, names);
    const ids = new Set(mine.map((alternative) => alternative.id));
    return [...found.filter((alternative) => !ids.has(alternative.id)), ...mine];
  }
  return found;
}
