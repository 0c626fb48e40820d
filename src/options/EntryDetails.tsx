/**
 * An entry's card on the options page, opened in place from the glossary
 * list: what the card on a page shows (label, kind, summary, the reader's
 * note, facts, "as of", sources) and where the entry comes from.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../core/glossary/schema.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { readNote } from '../shared/notes.ts';
import { FactList, SourceList } from '../shared/ui/EntryParts.tsx';

export interface EntryDetailsProps {
  readonly entry: Entry;
  readonly glossaryName: string;
  readonly onClose: () => void;
  /** Actions on the entry (edit, delete), shown before Close. */
  readonly children?: ComponentChildren;
}

export function EntryDetails({ entry, glossaryName, onClose, children }: EntryDetailsProps) {
  const [note, setNote] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves as the details appear, before the next paint: a screen reader and a keyboard user land on the title at once.
  useLayoutEffect(() => heading.current?.focus(), [entry.id]);
  useEffect(() => {
    let live = true;
    void readNote(entry.id).then((text) => live && setNote(text), () => {});
    return () => {
      live = false;
    };
  }, [entry.id]);
  return (
    <section class="entry-details" aria-labelledby="entry-details-title" data-entry={entry.id}>
      <h3 id="entry-details-title" tabIndex={-1} ref={heading}>
        {entry.label}
      </h3>
      <p class="quiet">
        {t(`kind_${entry.kind}` as MessageKey)} · {glossaryName}
      </p>
      <p>{entry.summary}</p>
      {note && (
        <p class="entry-note">
          <strong>{t('card_note')}:</strong> {note}
        </p>
      )}
      <FactList facts={entry.facts} />
      <p class="quiet">{t('options_entry_as_of', entry.asOf)}</p>
      <SourceList sources={entry.sources} class="entry-sources" />
      <div class="actions">
        {children}
        <button type="button" class="close-details" onClick={onClose}>
          {t('options_entry_close')}
        </button>
      </div>
    </section>
  );
}
