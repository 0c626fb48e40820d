/** How names are marked and how the card looks: density, highlight style, possible matches, card theme, hover delay. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { Switch } from '../shared/ui/Switch.tsx';
import type { SettingsState } from '../shared/ui/use-settings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';

export interface DisplaySettingsProps {
  readonly settings: Settings;
  readonly save: SettingsState['save'];
}

/** Writes to storage.sync are rate-limited (120 a minute): a slider dragged or arrowed through writes once it rests. */
const DELAY_WRITE_MS = 400;

export function DisplaySettings({ settings, save }: DisplaySettingsProps) {
  const [delay, setDelay] = useState(settings.hoverDelay);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setDelay(settings.hoverDelay), [settings.hoverDelay]);
  useEffect(() => () => clearTimeout(pending.current), []);
  const changeDelay = (value: number): void => {
    setDelay(value);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => void save('hoverDelay', value), DELAY_WRITE_MS);
  };
  return (
    <div class="display">
      <ChoiceGroup
        name="density"
        legend="popup_density"
        value={settings.density}
        choices={[
          ['first', 'popup_density_first'],
          ['all', 'popup_density_all'],
        ]}
        onChange={(value) => void save('density', value)}
      />
      <ChoiceGroup
        name="highlight-style"
        legend="popup_style"
        value={settings.highlightStyle}
        choices={[
          ['underline', 'popup_style_underline'],
          ['background', 'popup_style_background'],
          ['hover', 'popup_style_hover'],
        ]}
        onChange={(value) => void save('highlightStyle', value)}
      />
      <Switch id="possible-matches" checked={settings.showPossibleMatches} onChange={(on) => void save('showPossibleMatches', on)} hint={t('settings_possible_hint')}>
        {t('settings_possible')}
      </Switch>
      <ChoiceGroup
        name="theme"
        legend="popup_theme"
        value={settings.theme}
        choices={[
          ['auto', 'popup_theme_auto'],
          ['light', 'popup_theme_light'],
          ['dark', 'popup_theme_dark'],
        ]}
        onChange={(value) => void save('theme', value)}
      />
      <div class="delay">
        <label for="hover-delay">{t('popup_delay')}</label>
        <input
          type="range"
          id="hover-delay"
          min={0}
          max={2000}
          step={50}
          value={delay}
          aria-valuetext={t('popup_delay_value', String(delay))}
          onInput={(event) => changeDelay(Number(event.currentTarget.value))}
        />
        <output for="hover-delay">{t('popup_delay_value', String(delay))}</output>
      </div>
    </div>
  );
}
