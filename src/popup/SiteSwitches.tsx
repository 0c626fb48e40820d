/** On and off for every site, and for the site of the current tab. */
import { t } from '../shared/i18n.ts';
import { siteKey, type Settings } from '../shared/settings.ts';
import type { SettingsState } from '../shared/ui/use-settings.ts';
import { Switch } from '../shared/ui/Switch.tsx';

export interface SiteSwitchesProps {
  readonly settings: Settings;
  readonly save: SettingsState['save'];
  /** The current tab's hostname, when it is a web page the extension may know about. */
  readonly hostname: string | undefined;
}

export function SiteSwitches({ settings, save, hostname }: SiteSwitchesProps) {
  const site = hostname ? siteKey(hostname) : undefined;
  const siteOn = site !== undefined && !settings.disabledSites.includes(site);
  const setSite = (on: boolean): void => {
    if (!site) return;
    const others = settings.disabledSites.filter((other) => other !== site);
    void save('disabledSites', on ? others : [...others, site]);
  };
  return (
    <div class="switches">
      <Switch id="enabled" checked={settings.enabled} onChange={(on) => void save('enabled', on)}>
        {t('popup_enabled')}
      </Switch>
      {site && (
        <Switch id="site-enabled" checked={siteOn} disabled={!settings.enabled} onChange={setSite} hint={settings.enabled ? undefined : t('popup_site_all_off')}>
          {t('popup_site', site)}
        </Switch>
      )}
    </div>
  );
}
