import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../core/glossary/schema.ts';
import type { FakeBrowser } from './test-support/fake-browser.ts';

vi.mock('./browser.ts', async () => ({ default: (await import('./test-support/fake-browser.ts')).fakeBrowser() }));

const { default: realBrowser } = await import('./browser.ts');
const { addCustomGlossary, listCustomGlossaries, watchCustomGlossaries } = await import('./custom-glossaries.ts');
const { loadCustomMatching } = await import('./custom-glossary-matching.ts');
const { OWN_GLOSSARY_ID, addOwnEntry, deleteEntry, replaceEntry, restoreEntry } = await import('./own-entries.ts');
const { StorageWriteError } = await import('./storage-errors.ts');
const browser = realBrowser as unknown as FakeBrowser;

const entry = (id: string, alias: string): Entry => ({
  id,
  label: alias,
  kind: 'organisation',
  aliases: [alias],
  summary: `About ${alias}.`,
  asOf: '2026-12',
  sources: [{ publisher: 'Example', url: `https://example.org/${id}` }],
});
const ZORBLATT = entry('zorblatt-institute', 'Zorblatt Institute');
const QUUX = entry('quux-council', 'Quux Council');

const entriesOf = async (id: string): Promise<string[]> => (await listCustomGlossaries()).find((glossary) => glossary.id === id)?.entries.map((e) => e.id) ?? [];
const matched = async (text: string): Promise<string[]> => {
  const { Matcher } = await import('../core/match/matcher.ts');
  const matcher = new Matcher((await loadCustomMatching([])).glossaries);
  return matcher.findMentions(text, { density: 'all' }).map((mention) => mention.entryId);
};

beforeEach(async () => {
  await browser.storage.local.clear();
  await browser.storage.sync.clear();
  browser.storage.local.quotaBytes = Number.POSITIVE_INFINITY;
});

describe('single entries of the reader’s glossaries', () => {
  it('creates "My glossary" for the first entry, adds to it after, and matches the new names', async () => {
    const first = await addOwnEntry(ZORBLATT, 'My glossary', new Date('2026-12-07T10:00:00Z'));
    expect(first).toMatchObject({ id: OWN_GLOSSARY_ID, name: 'My glossary', importedAt: '2026-12-07T10:00:00.000Z' });
    await addOwnEntry(QUUX, 'Another name');
    const [own] = await listCustomGlossaries();
    expect(own).toMatchObject({ name: 'My glossary', entries: [ZORBLATT, QUUX] });
    expect(await matched('The Zorblatt Institute and the Quux Council.')).toEqual(['zorblatt-institute', 'quux-council']);
    expect(browser.storage.sync.data.size).toBe(0);
  });

  it('tells the watchers of the reader’s glossaries, the path that reaches open tabs and the background', async () => {
    const listener = vi.fn();
    const abort = new AbortController();
    watchCustomGlossaries(listener, abort.signal);
    await addOwnEntry(ZORBLATT, 'My glossary');
    expect(listener).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('replaces an edited entry in its place, in an imported glossary too, and matches its new alias only', async () => {
    const imported = await addCustomGlossary('Imported', [ZORBLATT, QUUX]);
    const renamed = { ...ZORBLATT, aliases: ['Zorblatt Foundation'] };
    await replaceEntry(imported.id, ZORBLATT.id, renamed);
    expect((await listCustomGlossaries())[0]?.entries).toEqual([renamed, QUUX]);
    expect(await matched('The Zorblatt Institute, the Zorblatt Foundation.')).toEqual(['zorblatt-institute']);
    expect(await matched('The Zorblatt Institute.')).toEqual([]);
  });

  it('deletes an entry, and undo puts it back where it was', async () => {
    await addOwnEntry(ZORBLATT, 'My glossary');
    await addOwnEntry(QUUX, 'My glossary');
    const deleted = await deleteEntry(OWN_GLOSSARY_ID, ZORBLATT.id);
    expect(await entriesOf(OWN_GLOSSARY_ID)).toEqual(['quux-council']);
    expect(await matched('The Zorblatt Institute.')).toEqual([]);
    await restoreEntry(deleted);
    expect(await entriesOf(OWN_GLOSSARY_ID)).toEqual(['zorblatt-institute', 'quux-council']);
  });

  it('keeps a glossary whose last entry was deleted, and refuses to edit or delete an entry that is not there', async () => {
    await addOwnEntry(ZORBLATT, 'My glossary');
    await deleteEntry(OWN_GLOSSARY_ID, ZORBLATT.id);
    expect(await entriesOf(OWN_GLOSSARY_ID)).toEqual([]);
    expect(await matched('The Zorblatt Institute.')).toEqual([]);
    await expect(deleteEntry(OWN_GLOSSARY_ID, ZORBLATT.id)).rejects.toBeInstanceOf(StorageWriteError);
    await expect(replaceEntry('custom-gone', ZORBLATT.id, ZORBLATT)).rejects.toBeInstanceOf(StorageWriteError);
  });

  it('when storage is full, says so and loses nothing already stored', async () => {
    await addOwnEntry(ZORBLATT, 'My glossary');
    browser.storage.local.quotaBytes = [...browser.storage.local.data].reduce((total, [key, value]) => total + key.length + value.length, 0);
    const failure = await addOwnEntry(QUUX, 'My glossary').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect((failure as InstanceType<typeof StorageWriteError>).reason).toBe('quota');
    expect(await entriesOf(OWN_GLOSSARY_ID)).toEqual(['zorblatt-institute']);
  });
});
