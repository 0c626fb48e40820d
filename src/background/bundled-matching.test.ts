/** The compiled bundled glossary as the background hands it to content scripts. */
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { base64ToBytes, decodeGlossary, encodeGlossary } from '../core/glossary/binary.ts';
import { Matcher } from '../core/match/matcher.ts';
import { fixtureGlossary } from '../core/match/glossary.fixture.test.ts';
import { gunzip } from '../shared/gunzip.ts';
import type { FakeBrowser } from '../shared/test-support/fake-browser.ts';

// One fake for every fresh import of the module under test (vi.resetModules would otherwise make a new one).
const { browser, fakeFetch } = await vi.hoisted(async () => {
  const fake = await import('../shared/test-support/fake-browser.ts');
  return { browser: fake.fakeBrowser() as FakeBrowser, fakeFetch: fake.fakeFetch };
});
vi.mock('../shared/browser.ts', () => ({ default: browser }));

const glossary = fixtureGlossary();
const bytes = encodeGlossary(glossary);
/** glossary.bin.gz as the build writes it. */
const file = gzipSync(bytes, { level: 9 });

describe('bundledGlossaryBase64', () => {
  beforeEach(() => {
    vi.resetModules(); // each test starts with a background that has read nothing yet
    browser.runtime.files.clear();
    vi.stubGlobal('fetch', vi.fn(fakeFetch(browser)));
  });
  afterEach(() => vi.unstubAllGlobals());

  const load = async () => (await import('./bundled-matching.ts')).bundledGlossaryBase64;

  it('sends glossary.bin.gz as base64 that the content script inflates into a matcher finding what the original finds', async () => {
    browser.runtime.files.set('glossary.bin.gz', file);
    const base64 = await (await load())();
    expect(new Uint8Array(base64ToBytes(base64))).toEqual(new Uint8Array(file));
    const inflated = await gunzip(base64ToBytes(base64));
    expect(new Uint8Array(inflated)).toEqual(bytes);
    const text = 'Fatah and Hamas met in Cairo; Fatah al-Islam did not.';
    const expected = new Matcher([glossary]).findMentions(text, { density: 'all' });
    expect(expected.length).toBeGreaterThan(0);
    expect(new Matcher([decodeGlossary(inflated)]).findMentions(text, { density: 'all' })).toEqual(expected);
  });

  it('reads the file once, however many frames ask', async () => {
    browser.runtime.files.set('glossary.bin.gz', file);
    const bundledGlossaryBase64 = await load();
    const answers = await Promise.all([bundledGlossaryBase64(), bundledGlossaryBase64(), bundledGlossaryBase64()]);
    expect(new Set(answers).size).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects with the file and status when the file cannot be read, and reads again on the next request', async () => {
    const bundledGlossaryBase64 = await load();
    await expect(bundledGlossaryBase64()).rejects.toThrow('glossary.bin.gz: HTTP 404');
    browser.runtime.files.set('glossary.bin.gz', file);
    expect(new Uint8Array(base64ToBytes(await bundledGlossaryBase64()))).toEqual(new Uint8Array(file));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
