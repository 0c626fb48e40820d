/**
 * "On this page": the names marked in the tab, grouped by kind, with how many
 * times each is marked. Choosing one scrolls the page to its first mention and
 * opens its card; "I know this" mutes it.
 */
import { t, type MessageKey } from '../shared/i18n.ts';
import { groupMentions, type EntryRow } from './group-mentions.ts';
import type { PageReportState } from './use-page-report.ts';

export interface OnThisPageProps {
  readonly state: PageReportState;
  readonly onShow: (entry: EntryRow) => void;
  readonly onMute: (entry: EntryRow) => void;
}

export function OnThisPage({ state, onShow, onMute }: OnThisPageProps) {
  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('popup_page_heading')}</h2>
      <PageContent state={state} onShow={onShow} onMute={onMute} />
    </section>
  );
}

function PageContent({ state, onShow, onMute }: OnThisPageProps) {
  if (state.status === 'loading') return <p class="quiet">{t('popup_page_loading')}</p>;
  if (state.status === 'unavailable') return <p class="quiet">{t('popup_site_unknown')}</p>;
  if (!state.report.active) return <p class="quiet">{t('popup_page_off')}</p>;
  const groups = groupMentions(state.report.mentions, state.report.counts);
  if (groups.length === 0) return <p class="quiet">{t('popup_page_empty')}</p>;
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <>
      <p class="quiet" id="page-count">
        {t('popup_page_count', String(total))}
      </p>
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
