/** The background's matchers: the bundled glossary from glossary.bin and the reader's from storage.local, in one pass. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeGlossary } from '../core/glossary/binary.ts';
import { FIXTURE_ENTRIES, fixtureGlossary, makeEntry } from '../core/match/glossary.fixture.test.ts';
import { Matcher } from '../core/match/matcher.ts';
import type { FakeBrowser } from '../shared/test-support/fake-browser.ts';

// One fake for every fresh import of the module under test (vi.resetModules would otherwise make a new one).
const { browser, fakeFetch, packedJson } = await vi.hoisted(async () => {
  const fake = await import('../shared/test-support/fake-browser.ts');
  return { browser: fake.fakeBrowser() as FakeBrowser, fakeFetch: fake.fakeFetch, packedJson: fake.packedJson };
});
vi.mock('../shared/browser.ts', () => ({ default: browser }));

const bytes = encodeGlossary(fixtureGlossary());
const TEXT = 'Fatah and Hamas met in Cairo; Fatah al-Islam did not. The Zorblatt Institute watched.';
const ZORBLATT = makeEntry('zorblatt-institute', 'organisation', ['Zorblatt Institute']);

describe('glossary matchers in the background', () => {
  beforeEach(async () => {
    vi.resetModules(); // each test starts with a background that has read nothing yet
    browser.runtime.files.clear();
    browser.runtime.files.set('glossary.bin', bytes);
    browser.runtime.files.set('glossary.json.gz', packedJson({ name: 'Backgrounder', entries: FIXTURE_ENTRIES }));
    (browser.runtime.manifest as { version?: string }).version = '1.0.0';
    await browser.storage.local.clear();
    await browser.storage.sync.clear();
    vi.stubGlobal('fetch', vi.fn(fakeFetch(browser)));
  });
  afterEach(() => vi.unstubAllGlobals());

  const load = () => import('./glossary-matchers.ts');
  const found = async (disabled: string[] = []): Promise<string[]> => {
    const { matchBlocks } = await load();
    const batch = await matchBlocks([TEXT], disabled);
    const ids = new Map(batch.entries.map(([id, entry]) => [id, entry.ref.id]));
    const aliases = new Map(batch.aliases.map(([id, info]) => [id, info.entry]));
    return batch.scans[0]!.candidates.flatMap((candidate) => candidate.forms.map((form) => ids.get(aliases.get(form.alias)!)!));
  };

  it('scans with the bundled glossary read from glossary.bin, as the compiled original does', async () => {
    const expected = new Matcher([fixtureGlossary()]).scan(TEXT).candidates.flatMap((c) => c.forms.map((f) => f.alias));
    expect(expected.length).toBeGreaterThan(0);
    const { matchBlocks } = await load();
    const batch = await matchBlocks([TEXT], []);
    expect(batch.scans[0]!.candidates.flatMap((c) => c.forms.map((f) => f.alias))).toEqual(expected);
    expect(await found()).toEqual(expect.arrayContaining(['fatah', 'hamas']));
  });

  it('keeps nothing of the text it matched: storage is untouched and the answer holds no page text', async () => {
    const { matchBlocks } = await load();
    const secret = 'A private note about Hamas, typed by the reader.';
    const batch = await matchBlocks([secret], []);
    expect(browser.storage.local.data.size + browser.storage.sync.data.size).toBe(0);
    expect(JSON.stringify(batch)).not.toContain('private note');
  });

  it('reads the file once, however many pages ask', async () => {
    const { matchBlocks } = await load();
    await Promise.all([matchBlocks(['Hamas'], []), matchBlocks(['Fatah'], []), matchBlocks(['Cairo'], [])]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('matches the reader\'s glossaries in the same pass, under a new key once they change, and serves their cards', async () => {
    const { matchBlocks, cardsFor, watchGlossaryChanges } = await load();
    watchGlossaryChanges(new AbortController().signal);
    const before = await matchBlocks([TEXT], []);
    expect(await found()).not.toContain('zorblatt-institute');
    const store = await import('../shared/custom-glossaries.ts');
    const added = await store.addCustomGlossary('Mine', [ZORBLATT], new Date('2026-03-01'));
    const after = await matchBlocks([TEXT], []);
    expect(after.matcherKey).not.toBe(before.matcherKey);
    expect(await found()).toContain('zorblatt-institute');
    expect(await found([added.id])).not.toContain('zorblatt-institute');
    expect(await found(['bundled'])).toEqual(['zorblatt-institute']);
    expect((await cardsFor(['zorblatt-institute', 'hamas', 'nobody'], [])).map((card) => card.id)).toEqual(['zorblatt-institute', 'hamas']);
  });

  it('gives the same key to the same glossaries after the background restarts', async () => {
    const first = await (await load()).matchBlocks(['Hamas'], []);
    vi.resetModules();
    const second = await (await load()).matchBlocks(['Hamas'], []);
    expect(second.matcherKey).toBe(first.matcherKey);
  });

  it('rejects with the file and status when glossary.bin cannot be read, and reads again on the next request', async () => {
    browser.runtime.files.delete('glossary.bin');
    const { matchBlocks } = await load();
    await expect(matchBlocks(['Hamas'], [])).rejects.toThrow('glossary.bin: HTTP 404');
    browser.runtime.files.set('glossary.bin', bytes);
    expect((await matchBlocks(['Hamas'], [])).scans[0]!.candidates).toHaveLength(1);
  });
});
