/**
 * The reader's own glossaries, in storage.local (never storage.sync, which
 * holds 8 KB per item): one item per glossary, holding its entries (for the
 * options page and export) and its compiled form (so that a page decodes it
 * in a few milliseconds instead of compiling it on every load). Written only
 * from a preview without problems (glossary-import.ts).
 */
import * as v from 'valibot';
import { compileGlossary } from '../core/glossary/compile.ts';
import { encodeGlossary, glossaryToBase64 } from '../core/glossary/binary.ts';
import { entrySchema, type Entry } from '../core/glossary/schema.ts';
import browser from './browser.ts';
import { GLOSSARY_KEY_PREFIX } from './custom-glossaries-watch.ts';
import type { ImportPreview } from './glossary-import.ts';
import { loadSettings, saveSetting } from './settings.ts';
import { StorageWriteError, writeOrExplain } from './storage-errors.ts';

export { GLOSSARY_KEY_PREFIX, watchCustomGlossaries } from './custom-glossaries-watch.ts';

/** The id the bundled glossary goes by in the `disabledGlossaries` setting. */
export const BUNDLED_GLOSSARY_ID = 'bundled';
/** The version of the stored record; a record of another version is ignored rather than misread. */
const RECORD_FORMAT = 1;
export const GLOSSARY_ID = /^custom-[a-z0-9-]{1,90}$/;

export interface CustomGlossary {
  readonly id: string;
  readonly name: string;
  /** When it was imported, as an ISO 8601 date and time. */
  readonly importedAt: string;
  readonly entries: readonly Entry[];
}

/** The record as stored: the glossary, and its compiled form as base64. */
export interface StoredGlossary extends CustomGlossary {
  readonly format: typeof RECORD_FORMAT;
  readonly compiled: string;
}

export const glossaryNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80));

/** The shape of a stored record, short of its entries, which each reader checks as deeply as it needs. */
export const storedGlossarySchema = v.object({
  format: v.literal(RECORD_FORMAT),
  id: v.pipe(v.string(), v.regex(GLOSSARY_ID)),
  name: glossaryNameSchema,
  importedAt: v.string(),
  entries: v.array(v.unknown()),
  compiled: v.string(),
});

const keyOf = (id: string): string => `${GLOSSARY_KEY_PREFIX}${id}`;

/** The stored records that have the right shape, oldest first (a later glossary overrides an earlier one's ids). */
export async function readStoredGlossaries(): Promise<Array<v.InferOutput<typeof storedGlossarySchema>>> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all)
    .filter((key) => key.startsWith(GLOSSARY_KEY_PREFIX))
    .flatMap((key) => {
      const result = v.safeParse(storedGlossarySchema, all[key]);
      return result.success && keyOf(result.output.id) === key ? [result.output] : [];
    })
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

/** Every custom glossary, with the entries that pass the schema (all of them, unless storage was tampered with). */
export async function listCustomGlossaries(): Promise<CustomGlossary[]> {
  return (await readStoredGlossaries()).map(({ id, name, importedAt, entries }) => ({
    id,
    name,
    importedAt,
    entries: entries.flatMap((raw) => {
      const result = v.safeParse(entrySchema, raw);
      return result.success ? [result.output] : [];
    }),
  }));
}

const newId = (now: Date): string => `custom-${now.getTime().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;

/**
 * Compile and store a glossary whose entries passed the import checks.
 * Rejects with a StorageWriteError (quota, invalid name) and then nothing was
 * stored.
 */
export async function addCustomGlossary(name: string, entries: readonly Entry[], now = new Date()): Promise<CustomGlossary> {
  const checkedName = v.safeParse(glossaryNameSchema, name);
  if (!checkedName.success) throw new StorageWriteError('invalid', `glossary name: ${checkedName.issues[0].message}`);
  const id = newId(now);
  const compiled = glossaryToBase64(encodeGlossary(compileGlossary(checkedName.output, entries)));
  const record: StoredGlossary = { format: RECORD_FORMAT, id, name: checkedName.output, importedAt: now.toISOString(), entries: [...entries], compiled };
  await writeOrExplain(() => browser.storage.local.set({ [keyOf(id)]: record }));
  return { id, name: record.name, importedAt: record.importedAt, entries: record.entries };
}

/** Save an import preview as a new glossary; a preview with any problem is refused, so a bad file changes nothing. */
export async function addImportedGlossary(preview: Pick<ImportPreview, 'entries' | 'problems'>, name: string, now = new Date()): Promise<CustomGlossary> {
  if (preview.problems.length > 0 || preview.entries.length === 0) throw new StorageWriteError('invalid', 'the import has problems; nothing was saved');
  return addCustomGlossary(name, preview.entries, now);
}

/** Delete a custom glossary, and forget that it was switched off. */
export async function removeCustomGlossary(id: string): Promise<void> {
  await writeOrExplain(() => browser.storage.local.remove(keyOf(id)));
  const { disabledGlossaries } = await loadSettings();
  if (disabledGlossaries.includes(id)) await saveSetting('disabledGlossaries', disabledGlossaries.filter((other) => other !== id));
}

/** Switch a glossary (custom, or the bundled one) on or off for matching. */
export async function setGlossaryEnabled(id: string, enabled: boolean): Promise<void> {
  const { disabledGlossaries } = await loadSettings();
  const next = enabled ? disabledGlossaries.filter((other) => other !== id) : [...new Set([...disabledGlossaries, id])];
  await saveSetting('disabledGlossaries', next);
}

/**
 * Compile every stored glossary again, with this version's compiler. For the
 * background to run after an update: a compiled form written by an older
 * version may differ in format (pages would then compile it on every load)
 * or in matching rules (pages would match it as the old version did).
 */
export async function recompileCustomGlossaries(): Promise<void> {
  for (const glossary of await listCustomGlossaries()) {
    const compiled = glossaryToBase64(encodeGlossary(compileGlossary(glossary.name, glossary.entries)));
    const record: StoredGlossary = { format: RECORD_FORMAT, ...glossary, entries: [...glossary.entries], compiled };
    await writeOrExplain(() => browser.storage.local.set({ [keyOf(glossary.id)]: record }));
  }
}

/** The storage.local key and record of a glossary, compiled with this version's compiler (for a restored backup). */
export function glossaryRecord(glossary: CustomGlossary): [key: string, record: StoredGlossary] {
  const compiled = glossaryToBase64(encodeGlossary(compileGlossary(glossary.name, glossary.entries)));
  return [keyOf(glossary.id), { format: RECORD_FORMAT, ...glossary, entries: [...glossary.entries], compiled }];
}
