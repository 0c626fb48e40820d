/** The names the reader said they know ("I know this"), each with a way to highlight it again. */
import { t } from '../shared/i18n.ts';
import { useEntryLabels } from './entry-labels.ts';

export interface MutedListProps {
  readonly muted: readonly string[];
  readonly onUnmute: (entryId: string, label: string) => void;
}

export function MutedList({ muted, onUnmute }: MutedListProps) {
  const labels = useEntryLabels(muted.length > 0);
  if (muted.length === 0) return <p class="quiet">{t('popup_muted_empty')}</p>;
  return (
    <ul class="muted-list">
      {muted.map((id) => {
        const label = labels.get(id) ?? id;
        return (
          <li key={id} data-entry={id}>
            <bdi class="label">{label}</bdi>
            <button type="button" class="unmute" onClick={() => onUnmute(id, label)}>
              {t('popup_unmute')}
              <bdi class="visually-hidden"> {label}</bdi>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
