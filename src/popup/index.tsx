/** The toolbar popup: mounts the Popup component, in the reader's language and its direction. */
import '../shared/browser-polyfill.ts'; // first: browser.ts reads the API it installs
import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '../shared/i18n.ts';
import { Popup } from './Popup.tsx';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('popup_title');
render(<Popup />, document.getElementById('app')!);
