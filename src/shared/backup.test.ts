import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../core/glossary/schema.ts';
import type { FakeBrowser } from './test-support/fake-browser.ts';

vi.mock('./browser.ts', async () => ({ default: (await import('./test-support/fake-browser.ts')).fakeBrowser() }));

const { default: realBrowser } = await import('./browser.ts');
const { backupToJson, parseBackup } = await import('./backup.ts');
const { collectBackup, restoreBackup } = await import('./backup-store.ts');
const { addCustomGlossary, listCustomGlossaries } = await import('./custom-glossaries.ts');
const { listNotes, saveNote } = await import('./notes.ts');
const { loadSettings, saveSetting, SETTING_KEYS, checkSetting } = await import('./settings.ts');
const browser = realBrowser as unknown as FakeBrowser;

const ZORBLATT: Entry = {
  id: 'zorblatt-institute',
  label: 'Zorblatt Institute',
  kind: 'organisation',
  aliases: ['Zorblatt Institute'],
  summary: 'A think tank.',
  asOf: '2026-01',
  sources: [{ publisher: 'Example', url: 'https://example.org/' }],
};

beforeEach(async () => {
  await browser.storage.local.clear();
  await browser.storage.sync.clear();
  browser.storage.local.quotaBytes = Number.POSITIVE_INFINITY;
  browser.storage.sync.quotaBytes = Number.POSITIVE_INFINITY;
});

async function makeSomething(): Promise<void> {
  await saveSetting('hoverDelay', 700);
  await saveSetting('muted', ['nato']);
  await saveSetting('corrections', [{ entryId: 'rapid-support-forces', alias: 'RSF', site: 'bbc.com' }]);
  await addCustomGlossary('My terms', [ZORBLATT], new Date('2026-03-01'));
  await saveNote('chatham-house', 'Met them.');
}

describe('backup and restore', () => {
  it('a backup exported and restored into an empty store gives back everything', async () => {
    await makeSomething();
    const json = backupToJson(await collectBackup(new Date('2026-12-06')));
    const [glossary] = await listCustomGlossaries();
    await browser.storage.local.clear();
    await browser.storage.sync.clear();

    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await restoreBackup(parsed.backup);
    const settings = await loadSettings();
    expect(settings).toMatchObject({ hoverDelay: 700, muted: ['nato'], corrections: [{ entryId: 'rapid-support-forces', alias: 'RSF', site: 'bbc.com' }] });
    expect(await listCustomGlossaries()).toEqual([glossary]);
    expect([...(await listNotes())]).toEqual([['chatham-house', 'Met them.']]);
  });

  it('a restore replaces: glossaries and notes not in the backup are gone', async () => {
    const empty = parseBackup(backupToJson(await collectBackup()));
    await makeSomething();
    if (!empty.ok) throw new Error('the empty backup did not parse');
    await restoreBackup(empty.backup);
    expect(await listCustomGlossaries()).toEqual([]);
    expect((await listNotes()).size).toBe(0);
    expect((await loadSettings()).muted).toEqual([]);
  });

  it('a restore that cannot write the settings puts glossaries and notes back as they were', async () => {
    await makeSomething();
    const parsed = parseBackup(backupToJson({ ...(await collectBackup()), glossaries: [], notes: { un: 'other' } }));
    if (!parsed.ok) throw new Error('did not parse');
    browser.storage.sync.quotaBytes = 10;
    await expect(restoreBackup(parsed.backup)).rejects.toThrow(/quota/i);
    expect((await listCustomGlossaries()).map((g) => g.name)).toEqual(['My terms']);
    expect([...(await listNotes())]).toEqual([['chatham-house', 'Met them.']]);
  });

  it('says what is wrong with a bad file, by place, and gives nothing to restore', () => {
    expect(parseBackup('{ not json')).toMatchObject({ ok: false, problems: [{ where: 'file' }] });
    expect(parseBackup('{"format":"something-else"}')).toMatchObject({ ok: false, problems: [{ where: 'file', message: 'is not a Backgrounder backup' }] });
    expect(parseBackup('{"format":"backgrounder-backup","version":9}')).toMatchObject({ ok: false, problems: [{ where: 'version' }] });
    const bad = parseBackup(
      JSON.stringify({
        format: 'backgrounder-backup',
        version: 1,
        settings: { hoverDelay: -5, colour: 'red' },
        glossaries: [{ id: 'custom-a', name: 'A', importedAt: '2026-01-01', entries: [{ ...ZORBLATT, summary: '' }] }],
        notes: { nato: 'x'.repeat(2001) },
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((problem) => problem.where)).toEqual(['settings.hoverDelay', 'settings.colour', 'glossaries[0].entries[0].summary', 'notes.nato']);
  });
});

describe('backup files, fuzzed', () => {
  const hostile = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('__proto__', 'constructor', '\u0000', '\uD800'));
  const backupLike = fc.record(
    {
      format: fc.oneof(fc.constant('backgrounder-backup'), hostile),
      version: fc.oneof(fc.constant(1), hostile),
      settings: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...SETTING_KEYS, '__proto__'), fc.string()), hostile, { maxKeys: 6 }), hostile),
      glossaries: fc.oneof(fc.array(fc.record({ id: fc.oneof(fc.constant('custom-x'), hostile), name: hostile, importedAt: hostile, entries: hostile }), { maxLength: 3 }), hostile),
      notes: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('nato', '__proto__', ''), fc.string()), hostile, { maxKeys: 5 }), hostile),
    },
    { requiredKeys: [] },
  );

  it('never throws, and whatever it accepts is valid to store', () => {
    fc.assert(
      fc.property(fc.oneof(backupLike.map((value) => JSON.stringify(value)), fc.string()), (text) => {
        const parsed = parseBackup(text);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          return;
        }
        for (const key of SETTING_KEYS) expect(checkSetting(key, parsed.backup.settings[key]), key).toBeUndefined();
        expect(Object.getPrototypeOf(parsed.backup.notes)).toBe(Object.prototype);
        for (const [, note] of Object.entries(parsed.backup.notes)) expect(typeof note).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('a part of the wrong shape in an otherwise good backup makes the whole file refused, naming that part', () => {
    const good = { format: 'backgrounder-backup', version: 1, settings: { hoverDelay: 500 }, glossaries: [], notes: { nato: 'n' } };
    expect(parseBackup(JSON.stringify(good)).ok).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom('settings', 'glossaries', 'notes'), fc.oneof(fc.integer(), fc.string(), fc.boolean()), (part, value) => {
        const parsed = parseBackup(JSON.stringify({ ...good, [part]: value }));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((problem) => problem.where)).toContain(part);
      }),
      { numRuns: 200 },
    );
  });
});
