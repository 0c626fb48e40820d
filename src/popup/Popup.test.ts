// @vitest-environment happy-dom
/** The popup against a fake extension API: switches, "On this page", muting with undo, failed saves. */
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../shared/messages.ts';
import type { FakeBrowser } from '../shared/test-support/fake-browser.ts';

vi.mock('../shared/browser.ts', async () => ({ default: (await import('../shared/test-support/fake-browser.ts')).fakeBrowser() }));
const { default: realBrowser } = await import('../shared/browser.ts');
const { fakeFetch, packedJson } = await import('../shared/test-support/fake-browser.ts');
const { Popup } = await import('./Popup.tsx');
const browser = realBrowser as unknown as FakeBrowser;

const REPORT: PageReport = {
  active: true,
  timing: { glossaryMs: 1, scanMs: 1, highlightMs: 1, totalMs: 3, blocks: 4, characters: 100 },
  mentions: [
    { entryId: 'hamas', label: 'Hamas', kind: 'group', text: 'Hamas' },
    { entryId: 'chatham-house', label: 'Chatham House', kind: 'organisation', text: 'Chatham House' },
    { entryId: 'hamas', label: 'Hamas', kind: 'group', text: 'Hamas' },
  ],
};

const RSF = { entryId: 'rapid-support-forces', label: 'Rapid Support Forces (RSF)', kind: 'group', alias: 'RSF', line: 'A Sudanese paramilitary force.' } as const;
const RWB = { entryId: 'reporters-without-borders', label: 'Reporters Without Borders (RSF)', kind: 'organisation', alias: 'RSF' } as const;
const WITH_POSSIBLE: PageReport = {
  ...REPORT,
  possible: [
    { index: 0, text: 'RSF', candidates: [RSF, RWB] },
    { index: 1, text: 'RSF', candidates: [RSF, RWB] },
  ],
};

let root: HTMLElement;
const $ = <E extends Element = HTMLElement>(selector: string): E | null => root.querySelector<E>(selector);
const text = (selector: string): string => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const stored = async () => browser.storage.sync.get(null);

async function mount(): Promise<void> {
  root = document.createElement('main');
  document.body.append(root);
  render(h(Popup, {}), root);
  await vi.waitFor(() => expect($('#enabled')).not.toBeNull());
}

beforeEach(async () => {
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  browser.storage.sync.quotaBytes = Number.POSITIVE_INFINITY;
  browser.tabs.active = { id: 7, url: 'https://www.reuters.com/world/story' };
  browser.tabs.sent.length = 0;
  browser.tabs.respond = (message) => (message.type === 'popup:get-page-report' ? REPORT : true);
  browser.runtime.files.set('glossary.json.gz', packedJson({ name: 'Backgrounder', entries: [{ id: 'hamas', label: 'Hamas' }, { id: 'fatah', label: 'Fatah' }] }));
  vi.stubGlobal('fetch', fakeFetch(browser));
  window.close = vi.fn();
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('popup', () => {
  it('switches Backgrounder off everywhere, and off for the tab’s site', async () => {
    await mount();
    await vi.waitFor(() => expect(text('label[for="site-enabled"]')).toBe('On for reuters.com'));
    $<HTMLInputElement>('#enabled')!.click();
    await vi.waitFor(async () => expect((await stored())['enabled']).toBe(false));
    await vi.waitFor(() => expect($<HTMLInputElement>('#site-enabled')!.disabled).toBe(true));
    $<HTMLInputElement>('#enabled')!.click();
    await vi.waitFor(() => expect($<HTMLInputElement>('#site-enabled')!.disabled).toBe(false));
    $<HTMLInputElement>('#site-enabled')!.click();
    await vi.waitFor(async () => expect((await stored())['disabledSites']).toEqual(['reuters.com']));
  });

  it('has no site switch for a page that is not a web page', async () => {
    browser.tabs.active = { id: 7, url: 'about:blank' };
    await mount();
    expect($('#site-enabled')).toBeNull();
  });

  it('lists the names on the page by kind, and choosing one shows it in the page and closes the popup', async () => {
    await mount();
    await vi.waitFor(() => expect(root.querySelectorAll('.entries li')).toHaveLength(2));
    expect([...root.querySelectorAll('.kind-group h3')].map((heading) => heading.textContent)).toEqual(['Organisations', 'Parties and groups']);
    expect(text('.entries li[data-entry="hamas"] .entry')).toBe('Hamas 2 mentions on the page');
    $<HTMLButtonElement>('.entries li[data-entry="hamas"] .entry')!.click();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(browser.tabs.sent.at(-1)).toEqual({ tabId: 7, message: { type: 'popup:show-entry', params: { entryId: 'hamas' } } });
  });

  it('lists possible matches first, counted apart from the names, each with its candidates', async () => {
    browser.tabs.respond = (message) => (message.type === 'popup:get-page-report' ? WITH_POSSIBLE : true);
    await mount();
    await vi.waitFor(() => expect(root.querySelectorAll('.possible-list > li')).toHaveLength(1));
    expect(text('#page-count')).toBe('Names marked: 2');
    expect(text('#possible-count')).toBe('Possible matches: 1');
    expect([...root.querySelectorAll('.page h3')].map((heading) => heading.textContent)).toEqual(['Possible matches', 'Organisations', 'Parties and groups']);
    expect(text('.show-possible')).toBe('RSF 2 show on the page');
    expect(text('.possible-list button.choose[data-entry="rapid-support-forces"]')).toBe('Rapid Support Forces (RSF) Party or group A Sudanese paramilitary force.');
    expect($('.possible-list .candidates')?.getAttribute('aria-label')).toBe('Entries for “RSF”');
    expect([...root.querySelectorAll('.scope-choice legend, .scope-option')].map((part) => part.textContent)).toEqual([
      'Link the name you choose',
      'on reuters.com',
      'on every site',
    ]);
    expect($<HTMLInputElement>('#possible-scope-site')!.checked).toBe(true);
    $<HTMLButtonElement>('.show-possible')!.click();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(browser.tabs.sent.at(-1)).toEqual({ tabId: 7, message: { type: 'popup:show-possible', params: { index: 0, text: 'RSF' } } });
  });

  it('saves a choice among possible matches for this site, or every site, and Undo takes it back', async () => {
    await browser.storage.sync.set({ showPossibleMatches: true });
    browser.tabs.respond = (message) => (message.type === 'popup:get-page-report' ? WITH_POSSIBLE : true);
    await mount();
    await vi.waitFor(() => expect($('.possible-list button.choose[data-entry="reporters-without-borders"]')).not.toBeNull());
    $<HTMLButtonElement>('.possible-list button.choose[data-entry="reporters-without-borders"]')!.click();
    const chosen = { entryId: RWB.entryId, alias: 'RSF', relinkTo: RWB.entryId };
    await vi.waitFor(async () => expect((await stored())['corrections']).toEqual([{ ...chosen, site: 'reuters.com' }]));
    await vi.waitFor(() => expect(text('[role="status"] span')).toBe('“RSF” links to Reporters Without Borders (RSF) on reuters.com (chosen among possible matches)'));
    // The pressed button goes once the page is marked again: the focus waits on Undo.
    await vi.waitFor(() => expect(document.activeElement).toBe($('.undo')));
    $<HTMLButtonElement>('.undo')!.click();
    await vi.waitFor(async () => expect((await stored())['corrections']).toEqual([]));

    $<HTMLInputElement>('#possible-scope-everywhere')!.click();
    // A person's next click comes after the popup has drawn the new scope.
    await new Promise((resolve) => setTimeout(resolve, 0));
    $<HTMLButtonElement>('.possible-list button.choose[data-entry="reporters-without-borders"]')!.click();
    await vi.waitFor(async () => expect((await stored())['corrections']).toEqual([{ ...chosen, site: '*' }]));
    await vi.waitFor(() => expect(text('[role="status"] span')).toBe('“RSF” links to Reporters Without Borders (RSF) on every site (chosen among possible matches)'));
  });

  it('says so when the page is off, and when nothing answers in the tab', async () => {
    browser.tabs.respond = () => ({ active: false, mentions: [] });
    await mount();
    await vi.waitFor(() => expect(text('.page .quiet')).toBe('Backgrounder is off on this page.'));
    render(null, root);
    browser.tabs.respond = () => Promise.reject(new Error('no receiver'));
    await mount();
    await vi.waitFor(() => expect(text('.page .quiet')).toBe('Backgrounder does not run on this page.'), { timeout: 4000 });
  });

  it('mutes a name with "I know this", and undo brings it back', async () => {
    await mount();
    await vi.waitFor(() => expect($('.entries li[data-entry="chatham-house"] .mute')).not.toBeNull());
    $<HTMLButtonElement>('.entries li[data-entry="chatham-house"] .mute')!.click();
    await vi.waitFor(async () => expect((await stored())['muted']).toEqual(['chatham-house']));
    await vi.waitFor(() => expect(text('[role="status"] span')).toBe('Chatham House will not be highlighted.'));
    $<HTMLButtonElement>('.undo')!.click();
    await vi.waitFor(async () => expect((await stored())['muted']).toEqual([]));
  });

  it('lists muted names by label and highlights one again', async () => {
    await browser.storage.sync.set({ muted: ['fatah', 'unknown-id'] });
    await mount();
    await vi.waitFor(() => expect(text('.muted-list li[data-entry="fatah"] .label')).toBe('Fatah'));
    expect(text('.muted-list li[data-entry="unknown-id"] .label')).toBe('unknown-id');
    expect(text('#muted-section summary')).toBe('Names you know (2)');
    $<HTMLButtonElement>('.muted-list li[data-entry="fatah"] .unmute')!.click();
    await vi.waitFor(async () => expect((await stored())['muted']).toEqual(['unknown-id']));
    await vi.waitFor(() => expect(text('[role="status"] span')).toBe('Fatah will be highlighted again.'));
  });

  it('writes density, style, theme and categories', async () => {
    await mount();
    $<HTMLInputElement>('#density-all')!.click();
    $<HTMLInputElement>('#highlight-style-hover')!.click();
    $<HTMLInputElement>('#theme-light')!.click();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ density: 'all', highlightStyle: 'hover', theme: 'light' }));
    $<HTMLInputElement>('#kind-switch-person')!.click();
    await vi.waitFor(async () => expect((await stored())['kinds']).toMatchObject({ person: false, place: true }));
  });

  it('tells the reader when a save fails for lack of room, and shows the stored value again', async () => {
    await mount();
    browser.storage.sync.quotaBytes = 5;
    $<HTMLInputElement>('#enabled')!.click();
    await vi.waitFor(() => expect(text('[role="alert"]')).toContain('the browser’s storage for Backgrounder is full. Nothing was changed.'));
    expect($<HTMLInputElement>('#enabled')!.checked).toBe(true);
    expect((await stored())['enabled']).toBeUndefined();
  });

  it('offers to run on a site that is not listed, asks for the permission in the click, and tells the background', async () => {
    browser.tabs.active = { id: 7, url: 'https://news.example.org/story' };
    browser.runtime.answer = () => ({ ok: true });
    await mount();
    await vi.waitFor(() => expect($('#site-allow')).not.toBeNull());
    expect($('#site-enabled')).toBeNull();
    expect(text('#site-allow')).toBe('Run on news.example.org');
    $<HTMLButtonElement>('#site-allow')!.click();
    await vi.waitFor(() => expect(text('.site-access [role="status"]')).toBe('Allowed. Reload the page to mark its names.'));
    expect(browser.permissions.granted).toEqual(new Set(['https://news.example.org/*']));
    expect(browser.runtime.sentToBackground).toContainEqual({ type: 'popup:enable-site', params: { origin: 'https://news.example.org' } });
    await vi.waitFor(() => expect($('#site-enabled')).not.toBeNull());
    $<HTMLButtonElement>('#site-revoke')!.click();
    await vi.waitFor(() => expect($('#site-allow')).not.toBeNull());
    expect(browser.runtime.sentToBackground).toContainEqual({ type: 'popup:disable-site', params: { origin: 'https://news.example.org' } });
  });

  it('changes nothing when the reader refuses the permission', async () => {
    browser.tabs.active = { id: 7, url: 'https://other.example.org/' };
    browser.permissions.willGrant = false;
    await mount();
    await vi.waitFor(() => expect($('#site-allow')).not.toBeNull());
    const sent = browser.runtime.sentToBackground.length;
    $<HTMLButtonElement>('#site-allow')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(browser.runtime.sentToBackground).toHaveLength(sent);
    expect($('#site-allow')).not.toBeNull();
    browser.permissions.willGrant = true;
  });

  it('opens the options page', async () => {
    await mount();
    const before = browser.runtime.optionsOpened;
    $<HTMLAnchorElement>('.options-link')!.click();
    await vi.waitFor(() => expect(browser.runtime.optionsOpened).toBe(before + 1));
  });

  it('renders names from the page as text, never as HTML', async () => {
    browser.tabs.respond = () => ({ ...REPORT, mentions: [{ entryId: 'x', label: '<img src=x onerror=alert(1)>', kind: 'place', text: 'x' }] });
    await mount();
    await vi.waitFor(() => expect(text('.entries li .label')).toBe('<img src=x onerror=alert(1)>'));
    expect(root.querySelector('img')).toBeNull();
  });
});
