/**
 * UI strings through browser.i18n, so every context shows the reader's
 * language (English, French and Arabic ship in _locales/).
 */
import browser from './browser.ts';
import type messages from '../../assets/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The translated string for `key`; the key itself if a locale lacks it, so a gap is visible, not blank. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Right-to-left for Arabic and other RTL UI languages. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
