/**
 * Versioned migrations of the stored settings. Pure functions over the raw
 * storage.sync record, so they are tested without a browser; the store
 * (settings.ts) applies them when the extension is installed or updated.
 */
import { LIST_ITEM_CHECKS, SETTINGS_VERSION, salvageList, type ListKey } from './settings-schema.ts';

/** The storage.sync key holding the version of the stored settings. */
export const VERSION_KEY = 'settingsVersion';

/** The keys to write and the keys to remove to bring a record one version forward. */
export interface MigrationStep {
  readonly set: Record<string, unknown>;
  readonly remove: readonly string[];
}

export interface Migration {
  readonly from: number;
  readonly migrate: (raw: Readonly<Record<string, unknown>>) => MigrationStep;
}

/**
 * Version 1 stored the lists as they were written: sites possibly with
 * "www." or in upper case (hand-edited, or synced from a copy that wrote the
 * hostname as given), and the same id twice. Version 2 requires the
 * normalised, duplicate-free form, which is what `isActiveOn` compares with;
 * without this step such a site would silently stay switched on.
 */
const normaliseLists: Migration = {
  from: 1,
  migrate: (raw) => {
    const set: Record<string, unknown> = {};
    for (const key of Object.keys(LIST_ITEM_CHECKS) as ListKey[]) {
      const stored = Object.hasOwn(raw, key) ? raw[key] : undefined;
      if (Array.isArray(stored)) set[key] = salvageList(key, stored);
    }
    return { set, remove: [] };
  },
};

/** Applied in order; each takes a record at version `from` to `from + 1`. */
export const MIGRATIONS: readonly Migration[] = [normaliseLists];

/** The stored version: explicit, or 1 for a record written before versions were stored, or current for an empty one. */
export function storedVersion(raw: Readonly<Record<string, unknown>>): number {
  const version = Object.hasOwn(raw, VERSION_KEY) ? raw[VERSION_KEY] : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  return Object.keys(raw).length === 0 ? SETTINGS_VERSION : 1;
}

/**
 * The writes that bring a stored record to the current version. A record
 * from a newer version (synced from a copy that was updated first) is left
 * alone: its keys are validated on read, and rewriting them would undo the
 * newer copy's migration.
 */
export function migrateRecord(
  raw: Readonly<Record<string, unknown>>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigrationStep {
  let version = storedVersion(raw);
  if (version > target) return { set: {}, remove: [] };
  const set: Record<string, unknown> = {};
  const removed = new Set<string>();
  let current: Record<string, unknown> = { ...raw };
  for (const { from, migrate } of [...migrations].sort((a, b) => a.from - b.from)) {
    if (version !== from || from >= target) continue;
    const step = migrate(current);
    current = { ...current, ...step.set };
    for (const [key, value] of Object.entries(step.set)) {
      set[key] = value;
      removed.delete(key);
    }
    for (const key of step.remove) {
      delete current[key];
      delete set[key];
      removed.add(key);
    }
    version = from + 1;
  }
  if (raw[VERSION_KEY] !== target) set[VERSION_KEY] = target;
  return { set, remove: [...removed] };
}
