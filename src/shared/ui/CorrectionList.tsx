/**
 * The reader's corrections of wrong links, each with Undo: in the popup and
 * on the options page. Names are shown as the reader saw them; entries by
 * label where it is known (`labels`), else by id.
 */
import { EVERYWHERE, type Correction } from '../../core/match/corrections.ts';
import { correctionKey } from '../../core/match/corrections.ts';
import { t } from '../i18n.ts';

export interface CorrectionListProps {
  readonly corrections: readonly Correction[];
  readonly labels: ReadonlyMap<string, string>;
  readonly onUndo: (correction: Correction) => void;
  /** Shown when there is nothing to list. */
  readonly empty: string;
}

/** One correction in words: "“Georgia” is not linked to Georgia on example.com". */
export function describeCorrection(correction: Correction, labels: ReadonlyMap<string, string>): string {
  const label = (id: string): string => labels.get(id) ?? id;
  const site = correction.site === EVERYWHERE ? t('correction_everywhere') : correction.site;
  if (correction.relinkTo === undefined) return t('correction_unlinked', correction.alias, label(correction.entryId), site);
  // A choice among possible matches is saved as a relink of the chosen entry's name to itself.
  if (correction.relinkTo === correction.entryId) return t('correction_chosen', correction.alias, label(correction.relinkTo), site);
  return t('correction_relinked', correction.alias, label(correction.relinkTo), label(correction.entryId), site);
}

export function CorrectionList({ corrections, labels, onUndo, empty }: CorrectionListProps) {
  if (corrections.length === 0) return <p class="quiet">{empty}</p>;
  return (
    <ul class="correction-list">
      {corrections.map((correction) => {
        const text = describeCorrection(correction, labels);
        return (
          <li key={correctionKey(correction)} data-entry={correction.entryId} data-site={correction.site}>
            <bdi class="label">{text}</bdi>
            <button type="button" class="undo-correction" onClick={() => onUndo(correction)}>
              {t('correction_undo')}
              <bdi class="visually-hidden"> {text}</bdi>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
