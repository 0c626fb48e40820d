/** The bundled source as the extension reads it: one file, packed with gzip by the build. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from './test-support/fake-browser.ts';

const { browser, fakeFetch, packedJson } = await vi.hoisted(async () => {
  const fake = await import('./test-support/fake-browser.ts');
  return { browser: fake.fakeBrowser() as FakeBrowser, fakeFetch: fake.fakeFetch, packedJson: fake.packedJson };
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

  it('reads the packed source', async () => {
    browser.runtime.files.set('glossary.json.gz', packedJson({ name: 'Backgrounder', entries: [entry('a'), entry('b')] }));
    const { bundledSource } = await import('./bundled-glossary.ts');
    expect(await bundledSource()).toEqual({ name: 'Backgrounder', entries: [entry('a'), entry('b')] });
  });

  it('fails, naming the file, when it is missing', async () => {
    const { bundledSource } = await import('./bundled-glossary.ts');
    await expect(bundledSource()).rejects.toThrow(/glossary\.json\.gz/);
  });

  it('fails when the file is not packed', async () => {
    browser.runtime.files.set('glossary.json.gz', { name: 'Backgrounder', entries: [] });
    const { bundledSource } = await import('./bundled-glossary.ts');
    await expect(bundledSource()).rejects.toThrow();
  });
});
