/**
 * Running on a site that is not on the bundled list: the reader allows it
 * here (the browser asks for the permission, which must be requested in the
 * click itself), and can take the access back. The page is marked from its
 * next load; the "On for this site" switch then works as on listed sites.
 */
import { useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { sendToBackground } from '../shared/messages.ts';
import { originPattern, type SiteAccess as Access } from './site-access.ts';

export interface SiteAccessProps {
  readonly url: URL;
  readonly access: Access;
  readonly onChange: (access: Access) => void;
}

export function SiteAccess({ url, access, onChange }: SiteAccessProps) {
  const [message, setMessage] = useState<string | undefined>();
  const site = url.hostname.replace(/^www\./, '');
  const fail = (detail: string): void => setMessage(t('popup_site_access_failed', detail));

  const allow = (): void => {
    // Requested before anything else is awaited: the browser grants it only in the click's own task.
    void browser.permissions
      .request({ origins: [originPattern(url)] })
      .then(async (granted) => {
        if (!granted) return;
        const result = await sendToBackground('popup:enable-site', { origin: url.origin });
        if (!result.ok) return fail(result.error);
        onChange('allowed');
        setMessage(t('popup_site_access_reload'));
      })
      .catch((error: unknown) => fail(String(error)));
  };
  const revoke = (): void => {
    void sendToBackground('popup:disable-site', { origin: url.origin })
      .then((result) => (result.ok ? (onChange('not-allowed'), setMessage(undefined)) : fail(result.error)))
      .catch((error: unknown) => fail(String(error)));
  };

  return (
    <div class="site-access">
      {access === 'allowed' ? (
        <button type="button" id="site-revoke" class="link" onClick={revoke}>
          {t('popup_site_access_revoke', site)}
        </button>
      ) : (
        <>
          <p class="quiet">{t('popup_site_access_hint')}</p>
          <button type="button" id="site-allow" class="allow" onClick={allow}>
            {t('popup_site_access_grant', site)}
          </button>
        </>
      )}
      {message && (
        <p role="status" class="quiet">
          {message}
        </p>
      )}
    </div>
  );
}
