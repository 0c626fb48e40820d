/**
 * The settings store: storage.sync behind a typed, validated interface, with
 * versioned migrations applied once when the extension starts or updates.
 */
import browser from './browser.ts';
import { migrateRecord, VERSION_KEY } from './settings-migrations.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SETTING_KEYS, checkSetting, parseSettings, type SettingKey, type Settings } from './settings-schema.ts';
import { StorageWriteError, writeOrExplain } from './storage-errors.ts';

export * from './settings-schema.ts';
export { MIGRATIONS, migrateRecord, type Migration } from './settings-migrations.ts';

export async function migrateStoredSettings(): Promise<void> {
  const raw = await browser.storage.sync.get(null);
  const { set, remove } = migrateRecord(raw);
  // Write before removing: if the write fails, the old record is still whole and the next start retries.
  if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
  if (remove.length > 0) await browser.storage.sync.remove([...remove]);
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.sync.get(SETTING_KEYS));
}

/**
 * Write one setting after validating it. Rejects with a StorageWriteError
 * (invalid, too large, or over storage.sync's quota) and then nothing was
 * written: the stored value is the one before.
 */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const problem = checkSetting(key, value);
  if (problem) throw new StorageWriteError(problem.reason, problem.message);
  await writeOrExplain(() => browser.storage.sync.set({ [key]: value }));
}

/** Put every setting back to its default (custom glossaries are kept: they are not settings). */
export async function resetSettings(): Promise<void> {
  await writeOrExplain(() => browser.storage.sync.set({ ...structuredClone(DEFAULT_SETTINGS), [VERSION_KEY]: SETTINGS_VERSION }));
}

/** Call `listener` with the fresh settings whenever any of them changes, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync' || !SETTING_KEYS.some((key) => Object.hasOwn(changes, key))) return;
    void loadSettings().then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
