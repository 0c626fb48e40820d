/**
 * The reader's private note in the card, under the summary: shown when there
 * is one, and edited in place (a labelled text area, Save, Cancel and
 * Delete; saving an empty note deletes it too). Keys typed here stay here: a page's own
 * shortcuts (j/k, "/") must not fire while the reader writes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { NOTE_MAX_LENGTH } from '../../shared/notes.ts';
import type { NoteState } from './use-note.ts';

export interface NoteSectionProps {
  readonly note: NoteState;
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
}

export function NoteSection({ note, editing, onEditingChange }: NoteSectionProps) {
  const [draft, setDraft] = useState(note.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!editing) return;
    setDraft(note.text ?? '');
    setError(undefined);
    field.current?.focus();
  }, [editing]);

  if (!editing) {
    if (note.text === undefined) return null;
    return (
      <section class="note" aria-labelledby="backgrounder-note-title">
        <h3 id="backgrounder-note-title">{t('card_note')}</h3>
        <p class="note-text">{note.text}</p>
        <button type="button" class="note-edit" onClick={() => onEditingChange(true)}>
          {t('card_note_edit')}
        </button>
      </section>
    );
  }

  const save = async (text: string): Promise<void> => {
    const failure = await note.save(text);
    setError(failure);
    if (!failure) onEditingChange(false);
  };
  return (
    <form class="note editing" onSubmit={(event) => {
        event.preventDefault();
        void save(draft);
      }} onKeyDown={(event) => event.key !== 'Escape' && event.stopPropagation()}>
      <label for="backgrounder-note-field">{t('card_note_label')}</label>
      <textarea
        id="backgrounder-note-field"
        ref={field}
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <div class="note-buttons">
        <button type="submit" class="note-save">
          {t('card_note_save')}
        </button>
        <button type="button" class="note-cancel" onClick={() => onEditingChange(false)}>
          {t('card_note_cancel')}
        </button>
        {note.text !== undefined && (
          <button type="button" class="note-delete" onClick={() => void save('')}>
            {t('card_note_delete')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
