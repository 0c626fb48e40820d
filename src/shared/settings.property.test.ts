/** Fuzzing the stored settings: whatever is in storage, reading never throws and yields valid settings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateRecord } from './settings-migrations.ts';
import { DEFAULT_SETTINGS, SETTING_KEYS, checkSetting, parseSettings } from './settings-schema.ts';

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom('__proto__', 'constructor', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u0000', '\uD800'),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 30 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'person', 'country', 'x'), fc.oneof(fc.boolean(), fc.string())),
);

/** A raw storage record: known keys, unknown keys and prototype-pollution keys with any values. */
const storedRecord = fc.dictionary(
  fc.oneof(fc.constantFrom(...SETTING_KEYS, 'settingsVersion', '__proto__', 'constructor', 'prototype'), fc.string()),
  hostile,
  { maxKeys: 14 },
);

const deep = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { kinds: value };
  return value;
};

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('stored settings, fuzzed', () => {
  it('every read yields settings where each key is valid', () => {
    fc.assert(
      fc.property(storedRecord, (raw) => {
        const settings = parseSettings(raw);
        for (const key of SETTING_KEYS) expect(checkSetting(key, settings[key]), key).toBeUndefined();
        expect(Object.keys(settings).sort()).toEqual([...SETTING_KEYS].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('reading never changes Object.prototype', () => {
    fc.assert(
      fc.property(storedRecord, (raw) => {
        parseSettings(raw);
        migrateRecord(raw);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
        expect(({} as Record<string, unknown>)['enabled']).toBeUndefined();
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a migrated record reads as valid settings, and migrating again changes nothing', () => {
    fc.assert(
      fc.property(storedRecord, (raw) => {
        const { set, remove } = migrateRecord(raw);
        const next: Record<string, unknown> = { ...raw };
        for (const [key, value] of Object.entries(set)) Object.defineProperty(next, key, { value, enumerable: true, configurable: true, writable: true });
        for (const key of remove) delete next[key];
        const settings = parseSettings(next);
        for (const key of SETTING_KEYS) expect(checkSetting(key, settings[key]), key).toBeUndefined();
        if (Object.keys(set).length > 0) expect(migrateRecord(next)).toEqual({ set: {}, remove: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('deeply nested values fall back to defaults', () => {
    const raw = Object.fromEntries(SETTING_KEYS.map((key) => [key, deep(10_000)]));
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});
