/** The options page: glossaries and settings that need more room than the popup. */
import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '../shared/i18n.ts';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
render(<h1>{t('extensionName')}</h1>, document.getElementById('app')!);
