/**
 * The background service worker (an event page in Firefox): migrates stored
 * settings on install and update, and keeps the toolbar badge in step with
 * what each tab's content script found.
 */
import browser from '../shared/browser.ts';
import { listen, type BackgroundMessages } from '../shared/messages.ts';
import { loadSettings, migrateStoredSettings } from '../shared/settings.ts';
import { bundledCards } from './bundled-cards.ts';

const life = new AbortController();

browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings();
});

listen<BackgroundMessages>(
  {
    'content:page-entries': async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      const { badge } = await loadSettings();
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d3557' });
      await browser.action.setBadgeText({ tabId, text: badge && count > 0 ? String(count) : '' });
    },
    'content:get-cards': async ({ ids }) => {
      const cards = await bundledCards();
      return ids.flatMap((id) => cards.get(id) ?? []);
    },
  },
  life.signal,
);
