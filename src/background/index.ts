/**
 * The background service worker (an event page in Firefox): migrates stored
 * settings on install and update, keeps the toolbar badge in step with what
 * each tab's content script found, matches the text pages send against the
 * glossaries (held here once for every page) and serves card text, and runs the reader's commands: the keyboard panel, "annotate this
 * page once", and the per-site opt-in.
 */
import '../shared/browser-polyfill.ts'; // first: browser.ts reads the API it installs
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { listen, sendToTab, type BackgroundMessages } from '../shared/messages.ts';
import { recompileCustomGlossaries } from '../shared/custom-glossaries.ts';
import { loadSettings, migrateStoredSettings } from '../shared/settings.ts';
import { cardsFor, matchBlocks, watchGlossaryChanges } from './glossary-matchers.ts';
import { forgetTab, injectIntoFramesWithText } from './frame-injection.ts';
import { annotateOnce, injectIntoOpenTabs } from './page-injection.ts';
import { disableSite, enableSite, migrateSiteRegistrations } from './site-access.ts';
import './reader-messages.ts';

const life = new AbortController();
const ANNOTATE_MENU = 'annotate-once';
watchGlossaryChanges(life.signal);

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings();
  // The compiled form of the reader's glossaries may have changed with the update.
  void recompileCustomGlossaries();
  // Sites the reader enabled before subframes got a probe (issue #14) are registered anew, then open tabs injected.
  void migrateSiteRegistrations().finally(() => void injectIntoOpenTabs());
  // Firefox for Android has no context menus and no keyboard commands: those APIs are absent there.
  browser.contextMenus?.create({ id: ANNOTATE_MENU, title: t('menu_annotate'), contexts: ['page', 'selection'] }, () => void browser.runtime.lastError);
});

browser.tabs.onRemoved.addListener(forgetTab);

browser.contextMenus?.onClicked.addListener((info, tab) => {
  if (info.menuItemId === ANNOTATE_MENU && tab?.id !== undefined) void annotateOnce(tab.id);
});

browser.commands?.onCommand.addListener((command, tab) => {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (command === 'toggle-panel') sendToTab(tabId, 'background:toggle-panel', {}).catch(() => {});
  if (command === 'annotate-once') void annotateOnce(tabId);
});

/** Run an action for a message and answer with ok or the error's message, never a rejection. */
async function answer(action: () => Promise<void>): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await action();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

listen<BackgroundMessages>(
  {
    'content:page-entries': async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      const { badge } = await loadSettings();
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d3557' });
      await browser.action.setBadgeText({ tabId, text: badge && count > 0 ? String(count) : '' });
    },
    'content:inject-frames': (_params, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return 0;
      return injectIntoFramesWithText(tabId);
    },
    'content:match-blocks': ({ texts, disabled }) => {
      if (!isStringList(texts) || !isStringList(disabled)) throw new Error('content:match-blocks: texts and disabled must be lists of strings');
      return matchBlocks(texts, disabled);
    },
    'content:get-cards': async ({ ids }) => {
      if (!isStringList(ids)) return [];
      return cardsFor(ids, (await loadSettings()).disabledGlossaries);
    },
    'popup:enable-site': ({ origin }) => answer(() => enableSite(origin)),
    'popup:disable-site': ({ origin }) => answer(() => disableSite(origin)),
  },
  life.signal,
);
