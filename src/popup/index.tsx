/** The toolbar popup: mounts the Popup component. */
import { render } from 'preact';
import { uiDirection, uiLanguage } from '../shared/i18n.ts';
import { Popup } from './Popup.tsx';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
render(<Popup />, document.getElementById('app')!);
