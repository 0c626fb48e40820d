/** "Add to my glossary" from the context menu and the keyboard panel: both open the editor at its add route, next to the page. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readAddRoute } from '../shared/add-entry-route.ts';
import type { Tabs } from '../shared/browser.ts';

const { browser, created, menus } = await vi.hoisted(async () => {
  const fake = (await import('../shared/test-support/fake-browser.ts')).fakeBrowser();
  const created: object[] = [];
  const menus: Array<{ id: string; documentUrlPatterns?: string[] }> = [];
  const noEvent = { addListener: () => {}, removeListener: () => {} };
  return {
    created,
    menus,
    browser: {
      ...fake,
      tabs: { ...fake.tabs, create: async (properties: object) => void created.push(properties) },
      permissions: { ...fake.permissions, getAll: async () => ({ origins: [...fake.permissions.granted] }), onAdded: noEvent, onRemoved: noEvent },
      runtime: { ...fake.runtime, onInstalled: noEvent, lastError: undefined },
      contextMenus: { create: (item: { id: string; documentUrlPatterns?: string[] }) => void menus.push(item), update: async () => {}, onClicked: noEvent },
    },
  };
});
vi.mock('../shared/browser.ts', () => ({ default: browser }));

const { addFromPanel, createMenu, onMenuClicked } = await import('./add-to-glossary.ts');

const PAGE_TAB: Tabs.Tab = {
  id: 12,
  index: 3,
  windowId: 1,
  incognito: false,
  highlighted: false,
  active: true,
  pinned: false,
  title: 'Zorblatt Institute opens — Reuters',
  url: 'https://www.reuters.com/world/story',
};
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const routeOf = (properties: object): ReturnType<typeof readAddRoute> => {
  const url = (properties as { url: string }).url;
  expect(url.startsWith('chrome-extension://fake-extension/options.html#add?')).toBe(true);
  return readAddRoute(url.slice(url.indexOf('#')));
};

beforeEach(() => {
  created.length = 0;
  menus.length = 0;
  browser.permissions.granted.clear();
});

describe('add to my glossary', () => {
  it('the menu item opens the editor with the selection, the page’s title and address, in a tab next to the page', async () => {
    expect(onMenuClicked({ menuItemId: 'add-to-glossary', selectionText: '  Zorblatt\nInstitute ', pageUrl: PAGE_TAB.url! }, PAGE_TAB)).toBe(true);
    await flush();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ openerTabId: 12, index: 4, windowId: 1 });
    expect(routeOf(created[0]!)).toEqual({ text: 'Zorblatt Institute', title: PAGE_TAB.title, url: PAGE_TAB.url });
  });

  it('leaves other menu items alone', async () => {
    expect(onMenuClicked({ menuItemId: 'annotate-once' }, PAGE_TAB)).toBe(false);
    await flush();
    expect(created).toHaveLength(0);
  });

  it('the keyboard panel’s message takes the same path, and a message with missing parts opens an empty editor', async () => {
    expect(await addFromPanel({ text: 'Zorblatt Institute', title: PAGE_TAB.title, url: PAGE_TAB.url }, { tab: PAGE_TAB })).toBe(true);
    expect(routeOf(created[0]!)).toEqual({ text: 'Zorblatt Institute', title: PAGE_TAB.title, url: PAGE_TAB.url });
    await addFromPanel(null, {});
    expect(created[1]).not.toHaveProperty('openerTabId');
    expect(routeOf(created[1]!)).toEqual({ text: '', title: '', url: '' });
  });

  it('shows the menu item on selected text, only on the sites the extension runs on', async () => {
    browser.permissions.granted.add('https://example.org/*');
    browser.permissions.granted.add('*://*/*');
    await createMenu();
    expect(menus).toEqual([
      expect.objectContaining({ id: 'add-to-glossary', contexts: ['selection'], documentUrlPatterns: ['*://*.reuters.com/*', '*://*.bbc.co.uk/*', 'https://example.org/*'] }),
    ]);
  });
});
