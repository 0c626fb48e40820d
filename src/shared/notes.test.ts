import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from './test-support/fake-browser.ts';

vi.mock('./browser.ts', async () => ({ default: (await import('./test-support/fake-browser.ts')).fakeBrowser() }));

const { default: realBrowser } = await import('./browser.ts');
const { checkNote, listNotes, NOTE_MAX_LENGTH, notesFromRecord, readNote, replaceNotes, saveNote } = await import('./notes.ts');
const { StorageWriteError } = await import('./storage-errors.ts');
const browser = realBrowser as unknown as FakeBrowser;

beforeEach(async () => {
  await browser.storage.local.clear();
  await browser.storage.sync.clear();
  browser.storage.local.quotaBytes = Number.POSITIVE_INFINITY;
});

describe('notesFromRecord', () => {
  it('reads the notes among other storage.local items, trimmed, skipping empty and malformed ones', () => {
    const notes = notesFromRecord({
      'note:chatham-house': '  Met their director in 2024. ',
      'note:nato': '',
      'note:un': 42,
      'glossary:custom-x': { entries: [] },
      [`note:${'x'.repeat(101)}`]: 'id too long',
    });
    expect([...notes]).toEqual([['chatham-house', 'Met their director in 2024.']]);
  });
});

describe('checkNote', () => {
  it('accepts a note up to the limit and names the limit past it', () => {
    expect(checkNote('nato', 'a'.repeat(NOTE_MAX_LENGTH))).toBeUndefined();
    expect(checkNote('nato', 'a'.repeat(NOTE_MAX_LENGTH + 1))).toMatch(/at most 2000 characters/);
    expect(checkNote('', 'text')).toMatch(/entry id/);
  });
});

describe('the note store', () => {
  it('saves a note in storage.local only, reads it back, and deletes it when emptied', async () => {
    await saveNote('nato', ' Check the 2025 summit. ');
    expect(await readNote('nato')).toBe('Check the 2025 summit.');
    expect(browser.storage.sync.data.size).toBe(0);
    await saveNote('nato', '   ');
    expect(await readNote('nato')).toBeUndefined();
    expect(browser.storage.local.data.size).toBe(0);
  });

  it('keeps the note before when storage is full, and says so', async () => {
    await saveNote('nato', 'first');
    browser.storage.local.quotaBytes = 30;
    const failure = await saveNote('nato', 'a much longer second note that does not fit').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect((failure as InstanceType<typeof StorageWriteError>).reason).toBe('quota');
    expect(await readNote('nato')).toBe('first');
  });

  it('replaces every note at once, and refuses a set with one bad note before writing any', async () => {
    await saveNote('old', 'gone after the replace');
    await replaceNotes(new Map([['nato', 'one'], ['un', 'two']]));
    expect([...(await listNotes())].sort()).toEqual([['nato', 'one'], ['un', 'two']]);
    await expect(replaceNotes(new Map([['x', 'fine'], ['y', 'a'.repeat(NOTE_MAX_LENGTH + 1)]]))).rejects.toThrow(/at most/);
    expect([...(await listNotes())].sort()).toEqual([['nato', 'one'], ['un', 'two']]);
  });
});
