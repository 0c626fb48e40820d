import { describe, expect, it } from 'vitest';
import { MIGRATIONS, VERSION_KEY, migrateRecord, storedVersion, type Migration } from './settings-migrations.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, parseSettings } from './settings-schema.ts';

/** Apply a migration result to a record, as the store does. */
function applied(raw: Record<string, unknown>): Record<string, unknown> {
  const { set, remove } = migrateRecord(raw);
  const next = { ...raw, ...set };
  for (const key of remove) delete next[key];
  return next;
}

describe('settings migrations', () => {
  it('the current version is the last migration plus one', () => {
    expect(SETTINGS_VERSION).toBe(Math.max(...MIGRATIONS.map((m) => m.from)) + 1);
  });

  it('an empty store is at the current version and needs only the version written', () => {
    expect(storedVersion({})).toBe(SETTINGS_VERSION);
    expect(migrateRecord({})).toEqual({ set: { [VERSION_KEY]: SETTINGS_VERSION }, remove: [] });
  });

  it('a record without a version is version 1', () => {
    expect(storedVersion({ enabled: false })).toBe(1);
    expect(storedVersion({ [VERSION_KEY]: 'two', enabled: false })).toBe(1);
  });

  it('migrates a version 1 record: sites normalised, duplicates dropped, other keys kept as they were', () => {
    const v1 = {
      enabled: false,
      density: 'all',
      hoverDelay: 500,
      disabledSites: ['WWW.BBC.COM', 'bbc.com', 'www.cnn.com'],
      muted: ['hamas', 'hamas', 'fatah'],
      disabledGlossaries: ['bundled'],
      kinds: { person: false },
    };
    const migrated = applied(v1);
    expect(migrated).toEqual({
      ...v1,
      disabledSites: ['bbc.com', 'cnn.com'],
      muted: ['hamas', 'fatah'],
      [VERSION_KEY]: 2,
    });
    const settings = parseSettings(migrated);
    expect(settings).toMatchObject({ enabled: false, density: 'all', hoverDelay: 500, disabledSites: ['bbc.com', 'cnn.com'] });
    expect(settings.kinds.person).toBe(false);
  });

  it('a site switched off in version 1 as "www.Example.org" is off after the migration', () => {
    const before = parseSettings({ disabledSites: ['www.Example.org', 42] });
    expect(before.disabledSites).toEqual(['example.org']); // read already salvages it
    expect(applied({ disabledSites: ['www.Example.org', 42] })['disabledSites']).toEqual(['example.org']);
  });

  it('is idempotent: a migrated record needs nothing more', () => {
    const once = applied({ disabledSites: ['WWW.BBC.COM'], muted: ['a', 'a'] });
    expect(migrateRecord(once)).toEqual({ set: {}, remove: [] });
  });

  it('leaves a record from a newer version alone', () => {
    expect(migrateRecord({ [VERSION_KEY]: SETTINGS_VERSION + 3, enabled: 'maybe' })).toEqual({ set: {}, remove: [] });
  });

  it('runs migration steps in order, each seeing the previous one\'s result', () => {
    const steps: Migration[] = [
      { from: 2, migrate: (raw) => ({ set: { color: `${String(raw['colour'])}!` }, remove: ['colour'] }) },
      { from: 1, migrate: (raw) => ({ set: { colour: String(raw['tint']) }, remove: ['tint'] }) },
    ];
    expect(migrateRecord({ tint: 'blue', [VERSION_KEY]: 1 }, steps, 3)).toEqual({ set: { color: 'blue!', [VERSION_KEY]: 3 }, remove: ['tint', 'colour'] });
    expect(migrateRecord({ colour: 'red', [VERSION_KEY]: 2 }, steps, 3)).toEqual({ set: { color: 'red!', [VERSION_KEY]: 3 }, remove: ['colour'] });
  });

  it('never loses a valid version 1 setting', () => {
    const v1 = { ...structuredClone(DEFAULT_SETTINGS), enabled: false, theme: 'light', muted: ['x'] };
    expect(parseSettings(applied(v1))).toEqual(parseSettings(v1));
  });
});
