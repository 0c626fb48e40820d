/** The popup's settings, read from and written to the settings store; changes apply to open tabs live. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { loadSettings, saveSetting, watchSettings, type Settings } from '../shared/settings.ts';

export function Popup() {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    const abort = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, abort.signal);
    return () => abort.abort();
  }, []);
  if (!settings) return null;
  return (
    <>
      <h1>{t('popup_title')}</h1>
      <label class="switch">
        <span>{t('popup_enabled')}</span>
        <input
          type="checkbox"
          role="switch"
          id="enabled"
          checked={settings.enabled}
          onChange={(event) => void saveSetting('enabled', event.currentTarget.checked)}
        />
      </label>
    </>
  );
}
