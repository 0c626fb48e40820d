/**
 * UI strings through browser.i18n, so every context shows the reader's
 * language (English, French and Arabic ship in _locales/), laid out in its
 * direction.
 */
import browser from './browser.ts';
import type messages from '../../assets/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The translated string for `key`; the key itself if a locale lacks it, so a gap is visible, not blank. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The direction of the messages shown, as their locale declares it (`ui_direction`).
 * Not `@@bidi_dir`: that follows the browser's language, so a Hebrew browser
 * showing our English fallback would get right to left, and headless Chromium
 * reports "ltr" even with --lang=ar.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('ui_direction') === 'rtl' ? 'rtl' : 'ltr';
}

/** The language of the messages shown (`ui_language`): for `lang` attributes and for formatting dates next to them. */
export function uiLanguage(): string {
  return browser.i18n.getMessage('ui_language') || browser.i18n.getUILanguage();
}
