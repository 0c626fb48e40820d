/**
 * An entry's card on the options page, opened in place from the glossary
 * list: what the card on a page shows (label, kind, summary, the reader's
 * note, facts, "as of", sources) and where the entry comes from.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../core/glossary/schema.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { readNote } from '../shared/notes.ts';

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
  useEffect(() => {
    heading.current?.focus();
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
      {entry.facts && entry.facts.length > 0 && (
        <dl>
          {entry.facts.map((fact) => [<dt key={`t${fact.label}`}>{fact.label}</dt>, <dd key={`d${fact.label}`}>{fact.value}</dd>])}
        </dl>
      )}
      <p class="quiet">{t('options_entry_as_of', entry.asOf)}</p>
      <ul class="entry-sources">
        {entry.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.publisher}
            </a>
          </li>
        ))}
      </ul>
      <div class="actions">
        {children}
        <button type="button" class="close-details" onClick={onClose}>
          {t('options_entry_close')}
        </button>
      </div>
    </section>
  );
}
