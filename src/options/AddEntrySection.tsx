/**
 * Adding an entry to the reader's own glossary: opened by the options
 * page's "add" route (from "Add to my glossary" in a page's context menu or
 * keyboard panel, prefilled with the selection and the page), or by the
 * "Add an entry" button, empty. Saving leaves the route, so a reload does
 * not open the editor again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../core/glossary/schema.ts';
import { readAddRoute, type EntryPrefill } from '../shared/add-entry-route.ts';
import type { KnownEntry } from '../shared/glossary-import.ts';
import { t } from '../shared/i18n.ts';
import { addOwnEntry } from '../shared/own-entries.ts';
import { EntryEditor } from './EntryEditor.tsx';
import type { IndexedEntry } from '../shared/glossary-search.ts';
import { checkDraft, draftFromPrefill, nameClashes } from './entry-form.ts';

export interface AddEntrySectionProps {
  readonly knownEntries: ReadonlyMap<string, KnownEntry>;
  /** Every entry's names, to say which names the new entry shares; undefined while it is built. */
  readonly nameIndex: readonly IndexedEntry[] | undefined;
  readonly onMessage: (message: string) => void;
}

const EMPTY: EntryPrefill = { text: '', title: '', url: '' };

interface Route {
  readonly prefill: EntryPrefill | undefined;
  /** Counts the editors opened: each new one starts from its own prefill. */
  readonly opened: number;
}

/** The prefill the page's address asks for, followed as it changes (a second "Add to my glossary" into an open options tab). */
function useAddRoute(): [Route, (prefill: EntryPrefill | undefined) => void] {
  const [route, setRoute] = useState<Route>(() => ({ prefill: readAddRoute(location.hash), opened: 0 }));
  useEffect(() => {
    const onHash = (): void => setRoute((last) => ({ prefill: readAddRoute(location.hash), opened: last.opened + 1 }));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const set = (prefill: EntryPrefill | undefined): void => {
    if (!prefill && readAddRoute(location.hash)) history.replaceState(null, '', location.pathname + location.search);
    setRoute((last) => ({ prefill, opened: last.opened + 1 }));
  };
  return [route, set];
}

export function AddEntrySection({ knownEntries, nameIndex, onMessage }: AddEntrySectionProps) {
  const [{ prefill, opened }, setPrefill] = useAddRoute();

  if (!prefill) {
    return (
      <div class="actions add-entry">
        <button type="button" id="add-entry" onClick={() => setPrefill(EMPTY)}>
          {t('options_add_entry')}
        </button>
      </div>
    );
  }
  const ownName = t('options_import_default_name');
  const save = async (entry: Entry): Promise<void> => {
    const glossary = await addOwnEntry(entry, ownName);
    setPrefill(undefined);
    onMessage(t('editor_added', entry.label, glossary.name));
  };
  return (
    <EntryEditor
      key={opened}
      idPrefix="add-entry"
      heading={t('editor_add_heading')}
      intro={t('editor_add_intro')}
      initial={draftFromPrefill(prefill, new Date())}
      check={(draft) => checkDraft(draft, { base: undefined, knownEntries, idTaken: (id) => knownEntries.has(id), today: new Date() })}
      clashes={nameIndex && ((draft) => nameClashes(draft, nameIndex))}
      onSave={save}
      onCancel={() => setPrefill(undefined)}
    />
  );
}
