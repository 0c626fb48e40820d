/**
 * Making and restoring a backup (backup.ts) from the extension's storage.
 * A restore replaces everything the reader made, and only after every value
 * was checked: settings in storage.sync (each within its 8 KB item), own
 * glossaries and notes in storage.local in one write. If the settings
 * cannot be written after the glossaries and notes were, those are put back
 * as they were, so a failed restore leaves the reader's data as before.
 */
import browser from './browser.ts';
import type { Backup } from './backup.ts';
import { GLOSSARY_KEY_PREFIX, glossaryRecord, listCustomGlossaries } from './custom-glossaries.ts';
import { listNotes, NOTE_KEY_PREFIX } from './notes.ts';
import { SETTINGS_VERSION, SETTING_KEYS, checkSetting, type SettingKey } from './settings-schema.ts';
import { loadSettings } from './settings.ts';
import { VERSION_KEY } from './settings-migrations.ts';
import { StorageWriteError, writeOrExplain } from './storage-errors.ts';

/** Everything the reader made, as it is stored now. */
export async function collectBackup(now = new Date()): Promise<Backup> {
  const [settings, glossaries, notes] = await Promise.all([loadSettings(), listCustomGlossaries(), listNotes()]);
  return { exportedAt: now.toISOString(), settings, glossaries, notes: Object.fromEntries(notes) };
}

const ours = (key: string): boolean => key.startsWith(GLOSSARY_KEY_PREFIX) || key.startsWith(NOTE_KEY_PREFIX);

/** Replace everything the reader made with the backup's. Rejects with a StorageWriteError, and then nothing changed. */
export async function restoreBackup(backup: Backup): Promise<void> {
  for (const key of SETTING_KEYS) {
    const problem = checkSetting(key, backup.settings[key]);
    if (problem) throw new StorageWriteError(problem.reason, problem.message);
  }
  const local: Record<string, unknown> = {};
  for (const glossary of backup.glossaries) {
    const [key, record] = glossaryRecord(glossary);
    local[key] = record;
  }
  for (const [entryId, text] of Object.entries(backup.notes)) local[`${NOTE_KEY_PREFIX}${entryId}`] = text;

  const before = Object.fromEntries(Object.entries(await browser.storage.local.get(null)).filter(([key]) => ours(key)));
  const stale = Object.keys(before).filter((key) => !Object.hasOwn(local, key));
  await writeOrExplain(() => browser.storage.local.set(local));
  try {
    await writeOrExplain(() => browser.storage.local.remove(stale));
    const settings: Record<string, unknown> = { [VERSION_KEY]: SETTINGS_VERSION };
    for (const key of SETTING_KEYS) settings[key] = backup.settings[key as SettingKey];
    await writeOrExplain(() => browser.storage.sync.set(settings));
  } catch (failure) {
    // Put the reader's glossaries and notes back as they were.
    const added = Object.keys(local).filter((key) => !Object.hasOwn(before, key));
    await browser.storage.local.remove(added).catch(() => {});
    await browser.storage.local.set(before).catch(() => {});
    throw failure;
  }
}
