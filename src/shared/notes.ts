/**
 * The reader's private notes on entries, bundled or their own: one
 * storage.local item per note (`note:<entry id>`), never synced. A note is
 * the reader's own words, which may be long or private; storage.local holds
 * megabytes where storage.sync holds 8 KB an item and 100 KB in all, and a
 * note written on one device stays there. Keyed by entry id, so a note
 * survives glossary updates and follows an entry whatever name marked it.
 */
import browser from './browser.ts';
import { StorageWriteError, writeOrExplain } from './storage-errors.ts';

export const NOTE_KEY_PREFIX = 'note:';
/** Long enough for a paragraph or two; a card is not a notebook. */
export const NOTE_MAX_LENGTH = 2000;
const ENTRY_ID_MAX_LENGTH = 100;

const keyOf = (entryId: string): string => `${NOTE_KEY_PREFIX}${entryId}`;

/** A note as it can be stored: trimmed, not too long, for an entry id of a sane length; else why not. */
export function checkNote(entryId: string, text: string): string | undefined {
  if (entryId.length === 0 || entryId.length > ENTRY_ID_MAX_LENGTH) return `note: the entry id must be 1 to ${ENTRY_ID_MAX_LENGTH} characters`;
  if (text.trim().length > NOTE_MAX_LENGTH) return `note: at most ${NOTE_MAX_LENGTH} characters (this one has ${text.trim().length})`;
  return undefined;
}

/** The notes in a raw storage.local record: entry id → text, skipping anything that is not a valid note. */
export function notesFromRecord(raw: Readonly<Record<string, unknown>>): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(NOTE_KEY_PREFIX) || typeof value !== 'string') continue;
    const entryId = key.slice(NOTE_KEY_PREFIX.length);
    if (value.trim() !== '' && checkNote(entryId, value) === undefined) notes.set(entryId, value.trim());
  }
  return notes;
}

/** Every note, by entry id. */
export async function listNotes(): Promise<Map<string, string>> {
  return notesFromRecord(await browser.storage.local.get(null));
}

/** The note on one entry, or undefined. */
export async function readNote(entryId: string): Promise<string | undefined> {
  const key = keyOf(entryId);
  return notesFromRecord(await browser.storage.local.get(key)).get(entryId);
}

/**
 * Save the note on an entry; an empty text deletes it. Rejects with a
 * StorageWriteError (too long, storage full) and then the stored note is the
 * one before.
 */
export async function saveNote(entryId: string, text: string): Promise<void> {
  const problem = checkNote(entryId, text);
  if (problem) throw new StorageWriteError('invalid', problem);
  const trimmed = text.trim();
  await writeOrExplain(() => (trimmed === '' ? browser.storage.local.remove(keyOf(entryId)) : browser.storage.local.set({ [keyOf(entryId)]: trimmed })));
}

/** Write many notes at once (a restored backup): all are written, or none. */
export async function replaceNotes(notes: ReadonlyMap<string, string>): Promise<void> {
  for (const [entryId, text] of notes) {
    const problem = checkNote(entryId, text);
    if (problem) throw new StorageWriteError('invalid', problem);
  }
  const existing = await listNotes();
  const items = Object.fromEntries([...notes].map(([entryId, text]) => [keyOf(entryId), text.trim()]));
  await writeOrExplain(() => browser.storage.local.set(items));
  const gone = [...existing.keys()].filter((entryId) => !notes.has(entryId)).map(keyOf);
  if (gone.length > 0) await writeOrExplain(() => browser.storage.local.remove(gone));
}

/** Call `listener` whenever a note is added, changed or deleted, until `signal` aborts. */
export function watchNotes(listener: () => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(NOTE_KEY_PREFIX)) && !signal.aborted) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
