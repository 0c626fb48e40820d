/**
 * The possible matches in "On this page": names several entries fit equally,
 * shown on the page with a dashed mark and no link (the "Show possible
 * matches" setting). Each name lists its candidates as the chooser card
 * does (label, kind, one line), and choosing one saves the same correction,
 * for this site or, when the reader says so first, for every site. The name
 * itself scrolls the page to it and opens its chooser there.
 */
import { useState } from 'preact/hooks';
import type { ChoiceScope } from '../shared/possible-match-choice.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { ReportedCandidate } from '../shared/messages.ts';
import { ScopeChoice } from '../shared/ui/ScopeChoice.tsx';
import type { PossibleRow } from './group-possible.ts';

export interface PossibleMatchesProps {
  readonly rows: readonly PossibleRow[];
  /** The tab's site, as `siteKey` writes it. */
  readonly site: string;
  readonly onShow: (row: PossibleRow) => void;
  readonly onChoose: (row: PossibleRow, chosen: ReportedCandidate, scope: ChoiceScope) => void;
}

export function PossibleMatches({ rows, site, onShow, onChoose }: PossibleMatchesProps) {
  const [scope, setScope] = useState<ChoiceScope>('site');
  if (rows.length === 0) return null;
  return (
    <div class="kind-group possible-group">
      <h3 id="possible-heading">{t('popup_possible_heading')}</h3>
      <p class="quiet hint">{t('popup_possible_intro')}</p>
      <ScopeChoice name="possible-scope" site={site} value={scope} onChange={setScope} />
      <ul class="possible-list" aria-labelledby="possible-heading">
        {rows.map((row) => (
          <li key={row.key} data-possible={row.key}>
            {/* The name as the page writes it, then its count; hidden: "RSF 2 show on the page". */}
            <button type="button" class="entry show-possible" onClick={() => onShow(row)}>
              <bdi class="label">{row.text}</bdi> <span class="count">{row.count}</span>
              <span class="visually-hidden"> {t('popup_possible_show')}</span>
            </button>
            <ul class="candidates" aria-label={t('popup_possible_entries', row.text)}>
              {row.candidates.map((candidate) => (
                <li key={candidate.entryId}>
                  <button type="button" class="choose" data-entry={candidate.entryId} onClick={() => onChoose(row, candidate, scope)}>
                    <bdi class="alt-label">{candidate.label}</bdi> <span class="alt-kind">{t(`kind_${candidate.kind}` as MessageKey)}</span>
                    {/* Isolated: an English summary in the Arabic interface keeps its own direction and its full stop. */}
                    {candidate.line && (
                      <>
                        {' '}
                        <bdi class="alt-line">{candidate.line}</bdi>
                      </>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
