/**
 * The options page: the entry editor when "Add to my glossary" opened it,
 * the glossaries (switch, export, delete, import, single entries) and the
 * settings that need more room than the popup. Messages about what just
 * happened, and failures, are announced in one place.
 */
import { useMemo, useState } from 'preact/hooks';
import type { KnownEntry } from '../shared/glossary-import.ts';
import { t } from '../shared/i18n.ts';
import { useSettings } from '../shared/ui/use-settings.ts';
import { AddEntrySection } from './AddEntrySection.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { CorrectionsSection } from './CorrectionsSection.tsx';
import { DataSources } from './DataSources.tsx';
import { GeneralSettings } from './GeneralSettings.tsx';
import { GlossaryBrowser } from './GlossaryBrowser.tsx';
import { GlossaryList } from './GlossaryList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { useGlossaries } from './use-glossaries.ts';
import { useSearchableEntries } from './use-searchable-entries.ts';

export function OptionsPage() {
  const { settings, save, error: saveError, clearError } = useSettings();
  const glossaries = useGlossaries();
  // One index of every entry's names: the glossary list searches it, the editors warn of names other entries have.
  const searchable = useSearchableEntries();
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const knownEntries = useMemo(() => {
    const known = new Map<string, KnownEntry>();
    if (!glossaries) return known;
    for (const card of glossaries.bundled) known.set(card.id, { label: card.label, glossary: t('options_bundled_name') });
    for (const glossary of glossaries.custom) for (const entry of glossary.entries) known.set(entry.id, { label: entry.label, glossary: glossary.name });
    return known;
  }, [glossaries]);

  if (!settings || !glossaries) return null;
  const say = (text: string): void => {
    setError(undefined);
    clearError();
    setMessage(text);
  };
  const fail = (text: string): void => {
    setMessage(undefined);
    setError(text);
  };
  const shownError = error ?? saveError ?? glossaries.error;

  return (
    <>
      <h1>{t('options_title')}</h1>
      <div role="status" class="message" id="message">
        {message}
      </div>
      <div role="alert" class="error" id="error">
        {shownError}
      </div>
      <AddEntrySection knownEntries={knownEntries} nameIndex={searchable?.index} onMessage={say} />
      <section class="card-section" aria-labelledby="glossaries-heading">
        <h2 id="glossaries-heading">{t('options_glossaries')}</h2>
        <p class="intro">{t('options_glossaries_intro')}</p>
        <GlossaryList
          bundledCount={glossaries.bundled.length}
          custom={glossaries.custom}
          disabled={settings.disabledGlossaries}
          onMessage={say}
          onError={fail}
        />
      </section>
      <GlossaryBrowser knownEntries={knownEntries} entries={searchable} />
      <ImportPanel knownEntries={knownEntries} onSaved={say} />
      <CorrectionsSection settings={settings} save={save} glossaries={glossaries} onMessage={say} />
      <BackupPanel onMessage={say} onError={fail} />
      <GeneralSettings settings={settings} save={save} onMessage={say} onError={fail} />
      <DataSources />
    </>
  );
}
