/**
 * The toolbar popup: switches for every site and this site, the names on this
 * page, and the settings that shape marking and the card. Every change is
 * written to the settings store, which open tabs follow live.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { sendToTab, type ReportedCandidate } from '../shared/messages.ts';
import { choiceCorrection, correctionKey, type Correction } from '../core/match/corrections.ts';
import { correctionsWithChoice, siteForScope, type ChoiceScope } from '../shared/possible-match-choice.ts';
import { siteKey } from '../shared/settings-schema.ts';
import { CorrectionList, describeCorrection } from '../shared/ui/CorrectionList.tsx';
import { useSettings } from '../shared/ui/use-settings.ts';
import { CategorySettings } from './CategorySettings.tsx';
import { DisplaySettings } from './DisplaySettings.tsx';
import type { EntryRow } from './group-mentions.ts';
import type { PossibleRow } from './group-possible.ts';
import { useEntryLabels } from './entry-labels.ts';
import { MutedList } from './MutedList.tsx';
import { Notices, type UndoNotice } from './Notices.tsx';
import { OnThisPage } from './OnThisPage.tsx';
import { SiteAccess } from './SiteAccess.tsx';
import { siteAccess, type SiteAccess as Access } from './site-access.ts';
import { SiteSwitches } from './SiteSwitches.tsx';
import { findTargetTab, isOpenedAsTab, type TargetTab } from './target-tab.ts';
import { usePageReport } from './use-page-report.ts';

export function Popup() {
  const { settings, save, error, clearError } = useSettings();
  const [tab, setTab] = useState<TargetTab | undefined>();
  const [notice, setNotice] = useState<UndoNotice | undefined>();
  const [access, setAccess] = useState<Access | undefined>();
  useEffect(() => void findTargetTab().then(setTab), []);
  const webUrl = tab?.url && /^https?:$/.test(tab.url.protocol) ? tab.url : undefined;
  useEffect(() => {
    if (webUrl) void siteAccess(webUrl).then(setAccess, () => setAccess(undefined));
  }, [webUrl?.href]);
  const page = usePageReport(tab?.id, settings);
  const correctionLabels = useEntryLabels((settings?.corrections.length ?? 0) > 0);
  if (!settings) return null;

  // The site switch means something only where the content script runs.
  const webHost = webUrl && (access === 'listed' || access === 'allowed') ? webUrl.hostname : undefined;
  const setMuted = async (ids: readonly string[]): Promise<boolean> => save('muted', [...new Set(ids)]);

  // Closing hands the focus to the page, where the card has just opened.
  const closeIfShown = (shown: boolean): void => {
    if (shown && !isOpenedAsTab()) window.close();
  };
  const show = (entry: EntryRow): void => {
    if (tab) void sendToTab(tab.id, 'popup:show-entry', { entryId: entry.entryId }).then(closeIfShown, () => {});
  };
  const showPossible = (row: PossibleRow): void => {
    if (tab) void sendToTab(tab.id, 'popup:show-possible', { index: row.index, text: row.text }).then(closeIfShown, () => {});
  };
  // The same correction as the chooser card saves; Undo puts the corrections back as they were.
  const choose = async (row: PossibleRow, chosen: ReportedCandidate, scope: ChoiceScope): Promise<void> => {
    if (!webUrl) return;
    const site = siteForScope(scope, siteKey(webUrl.hostname));
    const before = settings.corrections;
    if (!(await save('corrections', correctionsWithChoice(before, row.candidates, chosen, site)))) return;
    const text = describeCorrection(choiceCorrection(chosen, site), new Map([[chosen.entryId, chosen.label]]));
    setNotice({ text, undo: () => void save('corrections', before) });
  };
  const mute = async (entry: EntryRow): Promise<void> => {
    if (!(await setMuted([...settings.muted, entry.entryId]))) return;
    setNotice({ text: t('popup_muted_done', entry.label), undo: () => void setMuted(settings.muted.filter((id) => id !== entry.entryId)) });
  };
  const unmute = async (entryId: string, label: string): Promise<void> => {
    if (!(await setMuted(settings.muted.filter((id) => id !== entryId)))) return;
    setNotice({ text: t('popup_unmuted_done', label), undo: () => void setMuted([...settings.muted.filter((id) => id !== entryId), entryId]) });
  };
  const undoCorrection = async (correction: Correction): Promise<void> => {
    const others = settings.corrections.filter((other) => correctionKey(other) !== correctionKey(correction));
    if (!(await save('corrections', others))) return;
    setNotice({ text: t('popup_correction_undone', describeCorrection(correction, correctionLabels)), undo: () => void save('corrections', [...others, correction]) });
  };
  const openOptions = (event: MouseEvent): void => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => !isOpenedAsTab() && window.close());
  };

  return (
    <>
      <header class="top">
        <h1>{t('popup_title')}</h1>
        <a class="options-link" href={browser.runtime.getURL('options.html')} onClick={openOptions}>
          {t('popup_options')}
        </a>
      </header>
      <SiteSwitches settings={settings} save={save} hostname={webHost} />
      {webUrl && (access === 'allowed' || access === 'not-allowed') && <SiteAccess url={webUrl} access={access} onChange={setAccess} />}
      <details class="section" id="display-section">
        <summary>{t('popup_display')}</summary>
        <DisplaySettings settings={settings} save={save} />
      </details>
      <details class="section" id="categories-section">
        <summary>{t('popup_categories')}</summary>
        <CategorySettings settings={settings} save={save} />
      </details>
      <details class="section" id="muted-section">
        <summary>
          {t('popup_muted_heading')} <span class="quiet">({settings.muted.length})</span>
        </summary>
        <MutedList muted={settings.muted} onUnmute={(id, label) => void unmute(id, label)} />
      </details>
      <details class="section" id="corrections-section">
        <summary>
          {t('popup_corrections_heading')} <span class="quiet">({settings.corrections.length})</span>
        </summary>
        <CorrectionList
          corrections={settings.corrections}
          labels={correctionLabels}
          onUndo={(correction) => void undoCorrection(correction)}
          empty={t('popup_corrections_empty')}
        />
      </details>
      {/* Last: the list changes as the page and the settings do, and must not move the controls above it. */}
      <OnThisPage
        state={page}
        site={webUrl ? siteKey(webUrl.hostname) : ''}
        onShow={show}
        onMute={(entry) => void mute(entry)}
        onShowPossible={showPossible}
        onChoose={(row, chosen, scope) => void choose(row, chosen, scope)}
      />
      <Notices
        notice={notice}
        error={error}
        onUndo={() => {
          notice?.undo();
          setNotice(undefined);
        }}
        onDismissError={clearError}
      />
    </>
  );
}
