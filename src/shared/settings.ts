/**
 * The settings store: storage.sync behind a typed, validated interface, with
 * versioned migrations applied once when the extension starts or updates.
 */
import browser from './browser.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SETTING_KEYS, checkSetting, parseSettings, type SettingKey, type Settings } from './settings-schema.ts';

export * from './settings-schema.ts';

const VERSION_KEY = 'settingsVersion';

/**
 * Migrations from each older version to the next, applied in order. Each takes
 * the raw stored record and returns the keys to write and the keys to remove.
 * Version 1 is the first released schema, so the list starts empty.
 */
export type Migration = {
  readonly from: number;
  readonly migrate: (raw: Readonly<Record<string, unknown>>) => { set: Record<string, unknown>; remove: string[] };
};
export const MIGRATIONS: readonly Migration[] = [];

/** Apply the migrations a stored record needs; pure, for tests and for `migrateStoredSettings`. */
export function migrateRecord(
  raw: Readonly<Record<string, unknown>>,
  migrations: readonly Migration[] = MIGRATIONS,
): { set: Record<string, unknown>; remove: string[] } {
  let version = typeof raw[VERSION_KEY] === 'number' ? (raw[VERSION_KEY] as number) : Object.keys(raw).length === 0 ? SETTINGS_VERSION : 1;
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  let current: Record<string, unknown> = { ...raw };
  for (const { from, migrate } of migrations) {
    if (version !== from) continue;
    const step = migrate(current);
    Object.assign(set, step.set);
    remove.push(...step.remove);
    current = { ...current, ...step.set };
    for (const key of step.remove) delete current[key];
    version = from + 1;
  }
  if (raw[VERSION_KEY] !== SETTINGS_VERSION) set[VERSION_KEY] = SETTINGS_VERSION;
  return { set, remove: remove.filter((key) => !(key in set)) };
}

export async function migrateStoredSettings(): Promise<void> {
  const raw = await browser.storage.sync.get(null);
  const { set, remove } = migrateRecord(raw);
  if (remove.length > 0) await browser.storage.sync.remove(remove);
  if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.sync.get(SETTING_KEYS));
}

/** Write one setting after validating it; rejects with a readable message when invalid. */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const problem = checkSetting(key, value);
  if (problem) throw new Error(problem);
  await browser.storage.sync.set({ [key]: value });
}

/** Put every setting back to its default. */
export async function resetSettings(): Promise<void> {
  await browser.storage.sync.set({ ...structuredClone(DEFAULT_SETTINGS), [VERSION_KEY]: SETTINGS_VERSION });
}

/** Call `listener` with the fresh settings whenever any of them changes, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync' || !SETTING_KEYS.some((key) => key in changes)) return;
    void loadSettings().then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
