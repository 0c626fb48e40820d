/**
 * "Add to my glossary": a context-menu item on selected text, on the pages
 * Backgrounder runs on, and the same action from the keyboard panel (a
 * message). Both open the entry editor, the options page at its add route
 * with the selection and the page in the hash (src/shared/add-entry-route.ts),
 * in a new tab next to the page: a tab rather than a popup window, because
 * Firefox for Android has no windows, and the options page already holds
 * the reader's glossaries.
 */
import browser, { type Runtime, type Tabs } from '../shared/browser.ts';
import { addEntryPath, prefillOf, type EntryPrefill } from '../shared/add-entry-route.ts';
import { t } from '../shared/i18n.ts';

export const ADD_MENU = 'add-to-glossary';

/** Where the extension runs: the manifest's sites and those the reader enabled (each a granted origin). */
export async function runningPatterns(): Promise<string[]> {
  const declared = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
  // The optional "every site" grant is asked one origin at a time; a blanket one would not mean the script runs there.
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter((origin) => !/^(\*|<all_urls>)/.test(origin) && !origin.startsWith('*://*/'));
  return [...new Set([...declared, ...granted])];
}

/** The new tab for the editor: next to the page the selection came from, with that page as its opener. */
export function editorTab(prefill: EntryPrefill, from?: Pick<Tabs.Tab, 'id' | 'index' | 'windowId' | 'incognito'>): Tabs.CreateCreatePropertiesType {
  return {
    url: browser.runtime.getURL(addEntryPath(prefill)),
    ...(from?.id !== undefined && !from.incognito && { openerTabId: from.id }),
    ...(from?.index !== undefined && { index: from.index + 1 }),
    ...(from?.windowId !== undefined && { windowId: from.windowId }),
  };
}

/** Open the entry editor for a selection. The one path of the menu and the panel. */
export async function openEntryEditor(prefill: EntryPrefill, from?: Tabs.Tab): Promise<void> {
  await browser.tabs.create(editorTab(prefill, from));
}

/** The context menu's click: true when it was ours. */
export function onMenuClicked(info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }, tab?: Tabs.Tab): boolean {
  if (info.menuItemId !== ADD_MENU) return false;
  void openEntryEditor(prefillOf({ text: info.selectionText, title: tab?.title, url: info.pageUrl ?? tab?.url }), tab).catch(() => {});
  return true;
}

/** Create the menu item (on install and update: menus persist between sessions) with the sites it shows on. */
export async function createMenu(): Promise<void> {
  const documentUrlPatterns = await runningPatterns();
  browser.contextMenus?.create({ id: ADD_MENU, title: t('menu_add_entry'), contexts: ['selection'], documentUrlPatterns }, () => void browser.runtime.lastError);
}

/** A site enabled or disabled in the popup changes where the item shows. */
async function updateMenu(): Promise<void> {
  await browser.contextMenus?.update(ADD_MENU, { documentUrlPatterns: await runningPatterns() }).catch(() => {});
}

/** The keyboard panel's button (message `content:add-to-glossary`): the same path as the menu's. */
export async function addFromPanel(params: unknown, sender: Runtime.MessageSender): Promise<boolean> {
  const selection = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  await openEntryEditor(prefillOf({ text: selection['text'], title: selection['title'], url: selection['url'] }), sender.tab);
  return true;
}

/** Register the menu's listeners, once, at the background's start. */
export function startAddToGlossary(): void {
  // Firefox for Android has no context menus: the keyboard panel's button is the way there.
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.contextMenus?.onClicked.addListener(onMenuClicked);
  browser.permissions.onAdded.addListener(() => void updateMenu());
  browser.permissions.onRemoved.addListener(() => void updateMenu());
}
