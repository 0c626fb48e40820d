/** The options page: mounts OptionsPage, in the reader's language and its direction. */
import '../shared/browser-polyfill.ts'; // first: browser.ts reads the API it installs
import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '../shared/i18n.ts';
import { OptionsPage } from './OptionsPage.tsx';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('options_title');
render(<OptionsPage />, document.getElementById('app')!);
