/** Settings that belong to no glossary: the toolbar badge, possible matches, and putting every setting back to its default. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { resetSettings, type Settings } from '../shared/settings.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { Switch } from '../shared/ui/Switch.tsx';
import type { SettingsState } from '../shared/ui/use-settings.ts';

export interface GeneralSettingsProps {
  readonly settings: Settings;
  readonly save: SettingsState['save'];
  readonly onMessage: (message: string) => void;
  readonly onError: (message: string) => void;
}

export function GeneralSettings({ settings, save, onMessage, onError }: GeneralSettingsProps) {
  const [confirming, setConfirming] = useState(false);
  const reset = async (): Promise<void> => {
    try {
      await resetSettings();
      setConfirming(false);
      onMessage(t('options_reset_done'));
    } catch (error) {
      onError(storageErrorMessage(error));
    }
  };
  return (
    <section class="card-section" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options_general')}</h2>
      <Switch id="badge" checked={settings.badge} onChange={(on) => void save('badge', on)}>
        {t('options_badge')}
      </Switch>
      <Switch id="possible-matches" checked={settings.showPossibleMatches} onChange={(on) => void save('showPossibleMatches', on)} hint={t('settings_possible_hint')}>
        {t('settings_possible')}
      </Switch>
      <h3>{t('options_reset')}</h3>
      <p class="intro">{t('options_reset_intro')}</p>
      {confirming ? (
        <div class="actions confirm" role="group" aria-label={t('options_reset_confirm')}>
          <span>{t('options_reset_confirm')}</span>
          <button type="button" id="reset-confirm" class="danger" onClick={() => void reset()}>
            {t('options_reset_yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options_cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" id="reset" onClick={() => setConfirming(true)}>
            {t('options_reset')}
          </button>
        </div>
      )}
    </section>
  );
}
