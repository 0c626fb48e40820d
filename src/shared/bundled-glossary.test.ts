/** The bundled source as the extension reads it: one file, or a first part that names the others. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from './test-support/fake-browser.ts';

const { browser, fakeFetch } = await vi.hoisted(async () => {
  const fake = await import('./test-support/fake-browser.ts');
  return { browser: fake.fakeBrowser() as FakeBrowser, fakeFetch: fake.fakeFetch };
});
vi.mock('./browser.ts', () => ({ default: browser }));

const entry = (id: string) => ({ id, label: id, kind: 'place', aliases: [id], summary: 's', asOf: '2026-01', sources: [] });

describe('bundledSource', () => {
  beforeEach(() => {
    vi.resetModules();
    browser.runtime.files.clear();
    vi.stubGlobal('fetch', vi.fn(fakeFetch(browser)));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads a source packaged in one file', async () => {
    browser.runtime.files.set('glossary.json', { name: 'Backgrounder', entries: [entry('a')] });
    const { bundledSource } = await import('./bundled-glossary.ts');
    expect(await bundledSource()).toEqual({ name: 'Backgrounder', entries: [entry('a')] });
  });

  it('joins the parts the first file names, in order', async () => {
    browser.runtime.files.set('glossary.json', { name: 'Backgrounder', entries: [entry('a')], parts: ['glossary-2.json', 'glossary-3.json'] });
    browser.runtime.files.set('glossary-2.json', { entries: [entry('b')] });
    browser.runtime.files.set('glossary-3.json', { entries: [entry('c')] });
    const { bundledSource } = await import('./bundled-glossary.ts');
    expect(await bundledSource()).toEqual({ name: 'Backgrounder', entries: [entry('a'), entry('b'), entry('c')] });
  });

  it('fails, naming the file, when a part is missing', async () => {
    browser.runtime.files.set('glossary.json', { name: 'Backgrounder', entries: [entry('a')], parts: ['glossary-2.json'] });
    const { bundledSource } = await import('./bundled-glossary.ts');
    await expect(bundledSource()).rejects.toThrow(/glossary-2\.json/);
  });
});
