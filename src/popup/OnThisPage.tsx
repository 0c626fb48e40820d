/**
 * "On this page": the names marked in the tab, grouped by kind, with how many
 * times each is marked. Choosing one scrolls the page to its first mention and
 * opens its card; "I know this" mutes it. The possible matches come first,
 * when the reader shows them: they are the names that wait for a choice.
 */
import type { ChoiceScope } from '../shared/possible-match-choice.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { ReportedCandidate } from '../shared/messages.ts';
import { groupMentions, type EntryRow } from './group-mentions.ts';
import { groupPossible, type PossibleRow } from './group-possible.ts';
import { PossibleMatches } from './PossibleMatches.tsx';
import type { PageReportState } from './use-page-report.ts';

export interface OnThisPageProps {
  readonly state: PageReportState;
  /** The tab's site, as `siteKey` writes it (where a choice among possible matches is saved). */
  readonly site: string;
  readonly onShow: (entry: EntryRow) => void;
  readonly onMute: (entry: EntryRow) => void;
  readonly onShowPossible: (row: PossibleRow) => void;
  readonly onChoose: (row: PossibleRow, chosen: ReportedCandidate, scope: ChoiceScope) => void;
}

export function OnThisPage(props: OnThisPageProps) {
  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('popup_page_heading')}</h2>
      <PageContent {...props} />
    </section>
  );
}

function PageContent({ state, site, onShow, onMute, onShowPossible, onChoose }: OnThisPageProps) {
  if (state.status === 'loading') return <p class="quiet">{t('popup_page_loading')}</p>;
  if (state.status === 'unavailable') return <p class="quiet">{t('popup_site_unknown')}</p>;
  if (!state.report.active) return <p class="quiet">{t('popup_page_off')}</p>;
  const groups = groupMentions(state.report.mentions, state.report.counts);
  const possible = groupPossible(state.report.possible ?? []);
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <>
      <p class="quiet" id="page-count">
        {total === 0 ? t('popup_page_empty') : t('popup_page_count', String(total))}
      </p>
      {possible.length > 0 && (
        <p class="quiet" id="possible-count">
          {t('popup_possible_count', String(possible.length))}
        </p>
      )}
      <PossibleMatches rows={possible} site={site} onShow={onShowPossible} onChoose={onChoose} />
      {groups.map((group) => (
        <div class="kind-group" key={group.kind}>
          <h3 id={`kind-${group.kind}`}>{t(`kinds_${group.kind}` as MessageKey)}</h3>
          <ul class="entries" aria-labelledby={`kind-${group.kind}`}>
            {group.entries.map((entry) => (
              <li key={entry.entryId} data-entry={entry.entryId}>
                {/* Accessible names start with the visible text (WCAG 2.5.3), the rest hidden: "Hamas 3 mentions on the page". */}
                <button type="button" class="entry" onClick={() => onShow(entry)}>
                  <bdi class="label">{entry.label}</bdi> <span class="count">{entry.count}</span>
                  <span class="visually-hidden"> {t('popup_entry_mentions')}</span>
                </button>
                <button type="button" class="mute" onClick={() => onMute(entry)}>
                  {t('popup_mute')}
                  <bdi class="visually-hidden"> {entry.label}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
