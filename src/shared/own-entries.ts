/**
 * Single entries of the reader's glossaries: add one (to "My glossary",
 * created the first time), replace one after an edit, delete one and put it
 * back (undo). Each change rewrites its glossary's one storage.local item,
 * compiled anew, as an import does (custom-glossaries.ts), so open tabs and
 * the background see it through the same change notification. Glossaries
 * stay in storage.local: an item of storage.sync holds 8 KB, less than a
 * glossary of a few dozen entries.
 */
import type { Entry } from '../core/glossary/schema.ts';
import browser from './browser.ts';
import { glossaryRecord, listCustomGlossaries, type CustomGlossary } from './custom-glossaries.ts';
import { StorageWriteError, writeOrExplain } from './storage-errors.ts';

/** The reader's own glossary, where "Add to my glossary" saves. */
export const OWN_GLOSSARY_ID = 'custom-own';

async function store(glossary: CustomGlossary): Promise<CustomGlossary> {
  const [key, record] = glossaryRecord(glossary);
  // A failed set writes nothing, so the glossary as it was is still there.
  await writeOrExplain(() => browser.storage.local.set({ [key]: record }));
  return glossary;
}

async function findGlossary(id: string): Promise<CustomGlossary | undefined> {
  return (await listCustomGlossaries()).find((glossary) => glossary.id === id);
}

/**
 * Add an entry to the reader's own glossary, created with `ownName` when
 * there is none yet. An entry of the same id there is replaced.
 */
export async function addOwnEntry(entry: Entry, ownName: string, now = new Date()): Promise<CustomGlossary> {
  const own = (await findGlossary(OWN_GLOSSARY_ID)) ?? { id: OWN_GLOSSARY_ID, name: ownName, importedAt: now.toISOString(), entries: [] };
  return store({ ...own, entries: [...own.entries.filter((other) => other.id !== entry.id), entry] });
}

/** Replace the entry `previousId` of a glossary with `entry` (its id may have changed), in its place. */
export async function replaceEntry(glossaryId: string, previousId: string, entry: Entry): Promise<CustomGlossary> {
  const glossary = await findGlossary(glossaryId);
  const index = glossary?.entries.findIndex((other) => other.id === previousId) ?? -1;
  if (!glossary || index < 0) throw new StorageWriteError('other', `no entry ${previousId} in glossary ${glossaryId}`);
  const entries = glossary.entries.filter((other, at) => at === index || other.id !== entry.id);
  return store({ ...glossary, entries: entries.map((other) => (other.id === previousId ? entry : other)) });
}

/** What a deletion removed, to put it back. */
export interface DeletedEntry {
  readonly glossaryId: string;
  readonly entry: Entry;
  readonly index: number;
}

/** Delete one entry of a glossary; the glossary stays, even empty. */
export async function deleteEntry(glossaryId: string, entryId: string): Promise<DeletedEntry> {
  const glossary = await findGlossary(glossaryId);
  const index = glossary?.entries.findIndex((other) => other.id === entryId) ?? -1;
  if (!glossary || index < 0) throw new StorageWriteError('other', `no entry ${entryId} in glossary ${glossaryId}`);
  await store({ ...glossary, entries: glossary.entries.filter((_, at) => at !== index) });
  return { glossaryId, entry: glossary.entries[index]!, index };
}

/** Undo a deletion: the entry back where it was (unless an entry of its id was added since). */
export async function restoreEntry(deleted: DeletedEntry): Promise<CustomGlossary> {
  const glossary = await findGlossary(deleted.glossaryId);
  if (!glossary) throw new StorageWriteError('other', `no glossary ${deleted.glossaryId}`);
  if (glossary.entries.some((other) => other.id === deleted.entry.id)) return glossary;
  const entries = [...glossary.entries];
  entries.splice(Math.min(deleted.index, entries.length), 0, deleted.entry);
  return store({ ...glossary, entries });
}
