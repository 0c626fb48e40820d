/**
 * The reader's note on an entry as Preact state: read when the card shows
 * the entry, followed live (a note written in another tab or on the options
 * page shows at once), saved with any failure turned into a message.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readNote, saveNote, watchNotes } from '../../shared/notes.ts';
import { storageErrorMessage } from '../../shared/storage-error-message.ts';

export interface NoteState {
  /** Undefined when the entry has no note (or while it loads). */
  readonly text: string | undefined;
  /** Save a new text (empty deletes the note); resolves to a message for the reader when it could not be saved. */
  readonly save: (text: string) => Promise<string | undefined>;
}

export function useNote(entryId: string): NoteState {
  const [text, setText] = useState<string | undefined>();
  useEffect(() => {
    const abort = new AbortController();
    const refresh = (): void =>
      void readNote(entryId).then(
        (note) => !abort.signal.aborted && setText(note),
        () => {}, // the extension was updated under the page: the card shows no note
      );
    setText(undefined);
    refresh();
    watchNotes(refresh, abort.signal);
    return () => abort.abort();
  }, [entryId]);
  const save = useCallback(
    (next: string) =>
      saveNote(entryId, next).then(
        () => {
          setText(next.trim() === '' ? undefined : next.trim());
          return undefined;
        },
        storageErrorMessage,
      ),
    [entryId],
  );
  return { text, save };
}
