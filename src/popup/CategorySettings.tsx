/** Each kind of name on or off. */
import { KINDS } from '../core/glossary/schema.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import type { SettingsState } from '../shared/ui/use-settings.ts';

export interface CategorySettingsProps {
  readonly settings: Settings;
  readonly save: SettingsState['save'];
}

export function CategorySettings({ settings, save }: CategorySettingsProps) {
  return (
    <fieldset class="kinds">
      <legend class="visually-hidden">{t('popup_categories')}</legend>
      {KINDS.map((kind) => (
        <label key={kind} class="kind">
          <input
            type="checkbox"
            id={`kind-switch-${kind}`}
            checked={settings.kinds[kind]}
            onChange={(event) => void save('kinds', { ...settings.kinds, [kind]: event.currentTarget.checked })}
          />
          <span>{t(`kinds_${kind}` as MessageKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}
