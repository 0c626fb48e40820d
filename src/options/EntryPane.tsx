/**
 * An entry opened from the glossary list: its card, and for an entry of the
 * reader's own glossaries, Edit (the entry editor in place of the card) and
 * Delete (at once, with Undo in DeletedNotice: one click back, rather than a
 * question before every deletion).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../core/glossary/schema.ts';
import { BUNDLED_GLOSSARY_ID } from '../shared/custom-glossaries.ts';
import type { KnownEntry } from '../shared/glossary-import.ts';
import type { IndexedEntry } from '../shared/glossary-search.ts';
import { t } from '../shared/i18n.ts';
import { deleteEntry, replaceEntry, restoreEntry, type DeletedEntry } from '../shared/own-entries.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { EntryDetails } from './EntryDetails.tsx';
import { EntryEditor } from './EntryEditor.tsx';
import { checkDraft, draftFromEntry, nameClashes } from './entry-form.ts';

export interface EntryPaneProps {
  readonly item: IndexedEntry;
  readonly knownEntries: ReadonlyMap<string, KnownEntry>;
  /** Every entry's names, to say which names the edited entry shares; undefined while it is built. */
  readonly nameIndex: readonly IndexedEntry[] | undefined;
  readonly onClose: () => void;
  /** The entry was saved as `entry`: the pane shows it. */
  readonly onSaved: (entry: Entry) => void;
  readonly onDeleted: (deleted: DeletedEntry) => void;
}

export function EntryPane({ item, knownEntries, nameIndex, onClose, onSaved, onDeleted }: EntryPaneProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { entry, glossaryId, glossaryName } = item;
  const own = glossaryId !== BUNDLED_GLOSSARY_ID;

  if (editing) {
    return (
      <EntryEditor
        idPrefix="edit-entry"
        heading={t('editor_edit_heading', entry.label)}
        initial={draftFromEntry(entry)}
        check={(draft) => checkDraft(draft, { base: entry, knownEntries, idTaken: () => true, today: new Date() })}
        clashes={nameIndex && ((draft) => nameClashes(draft, nameIndex, { id: entry.id, glossaryId }))}
        onSave={async (edited) => {
          await replaceEntry(glossaryId, entry.id, edited);
          setEditing(false);
          onSaved(edited);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  const remove = async (): Promise<void> => {
    try {
      onDeleted(await deleteEntry(glossaryId, entry.id));
    } catch (failure) {
      setError(storageErrorMessage(failure));
    }
  };
  return (
    <EntryDetails entry={entry} glossaryName={glossaryName} onClose={onClose}>
      {own && (
        <>
          <button type="button" class="edit-entry" onClick={() => setEditing(true)}>
            {t('entry_edit')}
            <span class="visually-hidden"> {entry.label}</span>
          </button>
          <button type="button" class="danger delete-entry" onClick={() => void remove()}>
            {t('entry_delete')}
            <span class="visually-hidden"> {entry.label}</span>
          </button>
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </EntryDetails>
  );
}

/** "“X” was deleted. Undo", until the reader undoes it or deletes another. */
export function DeletedNotice({ deleted, onDone }: { readonly deleted: DeletedEntry; readonly onDone: (message: string) => void }) {
  const [error, setError] = useState<string | undefined>();
  const button = useRef<HTMLButtonElement>(null);
  // The card the reader was in is gone: focus lands on the way back.
  useEffect(() => button.current?.focus(), []);
  const undo = async (): Promise<void> => {
    try {
      await restoreEntry(deleted);
      onDone(t('entry_restored', deleted.entry.label));
    } catch (failure) {
      setError(storageErrorMessage(failure));
    }
  };
  return (
    <div class="deleted-notice">
      <p role="status">
        {t('entry_deleted', deleted.entry.label)}{' '}
        <button type="button" class="undo-delete" ref={button} onClick={() => void undo()}>
          {t('entry_undo')}
          <span class="visually-hidden"> {deleted.entry.label}</span>
        </button>
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
