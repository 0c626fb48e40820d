import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from './test-support/fake-browser.ts';

vi.mock('./browser.ts', async () => ({ default: (await import('./test-support/fake-browser.ts')).fakeBrowser() }));

const { default: realBrowser } = await import('./browser.ts');
const { DEFAULT_SETTINGS, loadSettings, migrateStoredSettings, resetSettings, saveSetting, watchSettings } = await import('./settings.ts');
const { StorageWriteError } = await import('./storage-errors.ts');
const browser = realBrowser as unknown as FakeBrowser;

beforeEach(async () => {
  await browser.storage.sync.clear();
  browser.storage.sync.quotaBytes = Number.POSITIVE_INFINITY;
});

describe('settings store', () => {
  it('saves and loads a setting', async () => {
    await saveSetting('density', 'all');
    expect((await loadSettings()).density).toBe('all');
  });

  it('refuses an invalid value and writes nothing', async () => {
    await saveSetting('hoverDelay', 500);
    await expect(saveSetting('hoverDelay', -5)).rejects.toMatchObject({ reason: 'invalid' });
    expect((await loadSettings()).hoverDelay).toBe(500);
  });

  it('reports a quota error as such, and the stored settings are as before', async () => {
    await saveSetting('muted', ['hamas']);
    const before = [...browser.storage.sync.data];
    browser.storage.sync.quotaBytes = 10;
    const failure = saveSetting('muted', ['hamas', 'fatah']);
    await expect(failure).rejects.toBeInstanceOf(StorageWriteError);
    await expect(failure).rejects.toMatchObject({ reason: 'quota' });
    expect([...browser.storage.sync.data]).toEqual(before);
    expect((await loadSettings()).muted).toEqual(['hamas']);
  });

  it('refuses a list too large for one sync item before writing', async () => {
    const muted = Array.from({ length: 900 }, (_, i) => `an-entry-with-a-long-id-${i}`);
    await expect(saveSetting('muted', muted)).rejects.toMatchObject({ reason: 'too-large' });
    expect(browser.storage.sync.data.has('muted')).toBe(false);
  });

  it('a corrupted stored value reads as its default', async () => {
    await browser.storage.sync.set({ theme: 'purple', hoverDelay: { evil: true }, enabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('migrates version 1 settings in storage', async () => {
    await browser.storage.sync.set({ disabledSites: ['WWW.BBC.COM'], enabled: false });
    await migrateStoredSettings();
    expect(await browser.storage.sync.get(null)).toEqual({ disabledSites: ['bbc.com'], enabled: false, settingsVersion: 2 });
  });

  it('reset puts every setting back to its default', async () => {
    await saveSetting('enabled', false);
    await saveSetting('muted', ['hamas']);
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('watchSettings reports changes until its signal aborts', async () => {
    const seen: boolean[] = [];
    const abort = new AbortController();
    watchSettings((settings) => seen.push(settings.enabled), abort.signal);
    await saveSetting('enabled', false);
    await vi.waitFor(() => expect(seen).toEqual([false]));
    await browser.storage.local.set({ unrelated: 1 });
    abort.abort();
    await saveSetting('enabled', true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([false]);
  });
});
