import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../core/glossary/schema.ts';
import { Matcher } from '../core/match/matcher.ts';
import type { FakeBrowser } from './test-support/fake-browser.ts';

vi.mock('./browser.ts', async () => ({ default: (await import('./test-support/fake-browser.ts')).fakeBrowser() }));

const { default: realBrowser } = await import('./browser.ts');
const store = await import('./custom-glossaries.ts');
const { loadCustomMatching } = await import('./custom-glossary-matching.ts');
const { loadSettings, saveSetting } = await import('./settings.ts');
const browser = realBrowser as unknown as FakeBrowser;

const entry = (id: string, alias: string): Entry => ({
  id,
  label: alias,
  kind: 'organisation',
  aliases: [alias],
  summary: `About ${alias}.`,
  asOf: '2026-01',
  sources: [{ publisher: 'Example', url: `https://example.org/${id}` }],
});

const ZORBLATT = entry('zorblatt-institute', 'Zorblatt Institute');
const QUUX = entry('quux', 'Quux Council');

const mentionsIn = (matcher: Matcher, text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => m.entryId);

beforeEach(async () => {
  await browser.storage.local.clear();
  await browser.storage.sync.clear();
  browser.storage.local.quotaBytes = Number.POSITIVE_INFINITY;
});

describe('custom glossaries', () => {
  it('stores a glossary in storage.local, never storage.sync, and lists it back', async () => {
    const added = await store.addCustomGlossary('  My terms ', [ZORBLATT, QUUX], new Date('2026-03-01T10:00:00Z'));
    expect(added).toMatchObject({ name: 'My terms', importedAt: '2026-03-01T10:00:00.000Z', entries: [ZORBLATT, QUUX] });
    expect(added.id).toMatch(/^custom-/);
    expect(browser.storage.sync.data.size).toBe(0);
    expect([...browser.storage.local.data.keys()]).toEqual([`glossary:${added.id}`]);
    expect(await store.listCustomGlossaries()).toEqual([added]);
  });

  it('lists glossaries oldest first, and skips records of the wrong shape', async () => {
    const second = await store.addCustomGlossary('Second', [QUUX], new Date('2026-03-02'));
    const first = await store.addCustomGlossary('First', [ZORBLATT], new Date('2026-03-01'));
    await browser.storage.local.set({ 'glossary:custom-broken': { format: 1, id: 'custom-broken', name: 5 }, 'glossary:custom-x': { format: 99 } });
    expect((await store.listCustomGlossaries()).map((g) => g.id)).toEqual([first.id, second.id]);
  });

  it('drops stored entries that no longer pass the schema', async () => {
    const added = await store.addCustomGlossary('Mine', [ZORBLATT], new Date());
    const key = `glossary:${added.id}`;
    const record = (await browser.storage.local.get(key))[key] as { entries: unknown[] };
    await browser.storage.local.set({ [key]: { ...record, entries: [...record.entries, { ...QUUX, sources: [{ publisher: 'x', url: 'javascript:alert(1)' }] }] } });
    expect((await store.listCustomGlossaries())[0]!.entries).toEqual([ZORBLATT]);
  });

  it('a quota error stores nothing and keeps what was there', async () => {
    await store.addCustomGlossary('Small', [QUUX], new Date());
    const before = [...browser.storage.local.data];
    browser.storage.local.quotaBytes = 1000;
    await expect(store.addCustomGlossary('Big', [ZORBLATT], new Date())).rejects.toMatchObject({ reason: 'quota' });
    expect([...browser.storage.local.data]).toEqual(before);
  });

  it('refuses a blank name', async () => {
    await expect(store.addCustomGlossary('   ', [QUUX])).rejects.toMatchObject({ reason: 'invalid' });
    expect(browser.storage.local.data.size).toBe(0);
  });

  it('switches glossaries on and off through the disabledGlossaries setting, and forgets a deleted one', async () => {
    const added = await store.addCustomGlossary('Mine', [QUUX]);
    await store.setGlossaryEnabled(added.id, false);
    await store.setGlossaryEnabled(store.BUNDLED_GLOSSARY_ID, false);
    expect((await loadSettings()).disabledGlossaries).toEqual([added.id, 'bundled']);
    await store.setGlossaryEnabled(store.BUNDLED_GLOSSARY_ID, true);
    await store.removeCustomGlossary(added.id);
    expect((await loadSettings()).disabledGlossaries).toEqual([]);
    expect(browser.storage.local.data.size).toBe(0);
  });

  it('tells watchers when a glossary is added or deleted, not when settings change', async () => {
    const calls: string[] = [];
    const abort = new AbortController();
    store.watchCustomGlossaries(() => calls.push('changed'), abort.signal);
    const added = await store.addCustomGlossary('Mine', [QUUX]);
    await saveSetting('enabled', false);
    await store.removeCustomGlossary(added.id);
    abort.abort();
    await store.addCustomGlossary('Again', [QUUX]);
    expect(calls).toEqual(['changed', 'changed']);
  });
});

describe('custom glossaries for the matcher', () => {
  it('gives the compiled glossaries that are switched on, and their cards without aliases', async () => {
    const mine = await store.addCustomGlossary('Mine', [ZORBLATT], new Date('2026-01-01'));
    const off = await store.addCustomGlossary('Off', [QUUX], new Date('2026-01-02'));
    const { glossaries, cards } = await loadCustomMatching([off.id]);
    expect(glossaries.map((g) => g.name)).toEqual(['Mine']);
    const { aliases: _aliases, ...card } = ZORBLATT;
    expect(cards).toEqual([card]);
    expect(mentionsIn(new Matcher(glossaries), 'The Zorblatt Institute and the Quux Council met.')).toEqual(['zorblatt-institute']);
    expect(mine.id).not.toBe(off.id);
  });

  it('compiles again from the entries when the stored compiled form is from another version', async () => {
    const added = await store.addCustomGlossary('Mine', [ZORBLATT]);
    const key = `glossary:${added.id}`;
    const record = (await browser.storage.local.get(key))[key] as object;
    await browser.storage.local.set({ [key]: { ...record, compiled: btoa('not a compiled glossary') } });
    const { glossaries } = await loadCustomMatching([]);
    expect(mentionsIn(new Matcher(glossaries), 'The Zorblatt Institute.')).toEqual(['zorblatt-institute']);
  });

  it('recompiles stored glossaries after an update, keeping everything else', async () => {
    const added = await store.addCustomGlossary('Mine', [ZORBLATT], new Date('2026-01-01'));
    const key = `glossary:${added.id}`;
    const record = (await browser.storage.local.get(key))[key] as Record<string, unknown>;
    await browser.storage.local.set({ [key]: { ...record, compiled: 'stale' } });
    await store.recompileCustomGlossaries();
    expect((await browser.storage.local.get(key))[key]).toEqual(record);
  });

  it('leaves out a card that would link anywhere but https', async () => {
    const added = await store.addCustomGlossary('Mine', [ZORBLATT, QUUX]);
    const key = `glossary:${added.id}`;
    const record = (await browser.storage.local.get(key))[key] as { entries: Entry[] };
    const tampered = record.entries.map((e) => (e.id === 'quux' ? { ...e, sources: [{ publisher: 'x', url: 'javascript:alert(1)' }] } : e));
    await browser.storage.local.set({ [key]: { ...record, entries: tampered } });
    expect((await loadCustomMatching([])).cards.map((c) => c.id)).toEqual(['zorblatt-institute']);
  });
});
