/**
 * Every entry of every glossary, searchable: a search over labels and
 * aliases (folded like the matcher: "frontieres" finds "frontières"),
 * filters by kind and by glossary, and a listbox of the results, shown a
 * page at a time so that 10,000 entries stay instant. Arrow keys, Home and
 * End move in the list; Enter or a click opens the entry's card in place,
 * and closing it returns to the list. An entry of the reader's own
 * glossaries can be edited and deleted there (EntryPane.tsx).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { KINDS, type Kind } from '../core/glossary/schema.ts';
import type { KnownEntry } from '../shared/glossary-import.ts';
import { searchEntries, type IndexedEntry } from '../shared/glossary-search.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { DeletedEntry } from '../shared/own-entries.ts';
import { DeletedNotice, EntryPane } from './EntryPane.tsx';
import type { SearchableEntries } from './use-searchable-entries.ts';

/** Options rendered at a time; "Show more" adds as many. */
export const PAGE_SIZE = 100;

export interface GlossaryBrowserProps {
  /** Entries of the installed glossaries by id, for the editor's checks. */
  readonly knownEntries: ReadonlyMap<string, KnownEntry>;
  /** Every entry of every glossary, indexed; undefined while it is built. */
  readonly entries: SearchableEntries | undefined;
}

/** What happened to the last entry changed here: deleted (with Undo), or a message. */
type Notice = { readonly deleted: DeletedEntry } | { readonly message: string };

export function GlossaryBrowser({ knownEntries, entries }: GlossaryBrowserProps) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [glossaryId, setGlossaryId] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<IndexedEntry | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const list = useRef<HTMLUListElement>(null);

  const results = useMemo(
    () => (entries ? searchEntries(entries.index, { text, kind: kind || undefined, glossaryId: glossaryId || undefined }) : []),
    [entries, text, kind, glossaryId],
  );
  const visible = results.slice(0, shown);
  const current = Math.min(active, visible.length - 1);
  const refine = (apply: () => void): void => {
    apply();
    setShown(PAGE_SIZE);
    setActive(0);
  };
  const openEntry = (item: IndexedEntry | undefined): void => item && setOpen(item);
  const closeEntry = (): void => {
    setOpen(undefined);
    list.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const last = visible.length - 1;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last, PageDown: current + 10, PageUp: current - 10 };
    if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(last, moves[event.key]!));
      setActive(next);
      list.current?.querySelector(`#glossary-option-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openEntry(visible[current]);
    }
  };

  return (
    <section class="card-section glossary-browser" aria-labelledby="browser-heading">
      <h2 id="browser-heading">{t('options_browser_heading')}</h2>
      <div class="browser-filters">
        <label for="browser-search">{t('options_browser_search')}</label>
        <input id="browser-search" type="search" value={text} autocomplete="off" aria-controls={visible.length > 0 ? 'glossary-results' : undefined} onInput={(event) => refine(() => setText(event.currentTarget.value))} />
        <label for="browser-kind">{t('options_browser_kind')}</label>
        <select id="browser-kind" value={kind} onChange={(event) => refine(() => setKind(event.currentTarget.value as Kind | ''))}>
          <option value="">{t('options_browser_every_kind')}</option>
          {KINDS.map((each) => (
            <option key={each} value={each}>
              {t(`kinds_${each}` as MessageKey)}
            </option>
          ))}
        </select>
        <label for="browser-glossary">{t('options_browser_glossary')}</label>
        <select id="browser-glossary" value={glossaryId} onChange={(event) => refine(() => setGlossaryId(event.currentTarget.value))}>
          <option value="">{t('options_browser_every_glossary')}</option>
          {(entries?.glossaries ?? []).map((glossary) => (
            <option key={glossary.id} value={glossary.id}>
              {glossary.name}
            </option>
          ))}
        </select>
      </div>
      <p role="status" class="quiet" id="browser-count">
        {entries ? t('options_browser_count', String(results.length)) : t('options_browser_loading')}
      </p>
      {visible.length > 0 && (
        <ul
          id="glossary-results"
          ref={list}
          role="listbox"
          tabIndex={0}
          aria-label={t('options_browser_results')}
          aria-activedescendant={`glossary-option-${current}`}
          onKeyDown={onKeyDown}
        >
          {visible.map((item, index) => (
            <li
              key={`${item.glossaryId}/${item.entry.id}`}
              id={`glossary-option-${index}`}
              role="option"
              aria-selected={index === current}
              data-entry={item.entry.id}
              onClick={() => {
                setActive(index);
                openEntry(item);
              }}
            >
              <span class="option-label">{item.entry.label}</span>
              <span class="quiet">
                {' '}
                {t(`kind_${item.entry.kind}` as MessageKey)} · {item.glossaryName}
              </span>
            </li>
          ))}
        </ul>
      )}
      {results.length > visible.length && (
        <button type="button" class="show-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('options_browser_more', String(Math.min(PAGE_SIZE, results.length - visible.length)))}
        </button>
      )}
      {notice && 'deleted' in notice && <DeletedNotice key={notice.deleted.entry.id} deleted={notice.deleted} onDone={(message) => setNotice({ message })} />}
      {notice && 'message' in notice && (
        <p role="status" class="entry-notice">
          {notice.message}
        </p>
      )}
      {open && (
        <EntryPane
          key={`${open.glossaryId}/${open.entry.id}`}
          item={open}
          knownEntries={knownEntries}
          nameIndex={entries?.index}
          onClose={closeEntry}
          onSaved={(entry) => {
            setOpen({ ...open, entry });
            setNotice({ message: t('editor_updated', entry.label) });
          }}
          onDeleted={(deleted) => {
            setNotice({ deleted });
            setOpen(undefined);
          }}
        />
      )}
    </section>
  );
}
