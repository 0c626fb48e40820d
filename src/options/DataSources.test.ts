// @vitest-environment happy-dom
/** The credit line names each data set with its licence, and docs/data-sources.md names the same sets. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../shared/browser.ts', async () => ({ default: (await import('../shared/test-support/fake-browser.ts')).fakeBrowser() }));
const { DATA_SOURCES, DataSources } = await import('./DataSources.tsx');

describe('data sources credit', () => {
  it('links each data set and its licence, and says what it is used for', () => {
    const root = document.createElement('div');
    render(h(DataSources, {}), root);
    const items = [...root.querySelectorAll('li')];
    expect(items).toHaveLength(DATA_SOURCES.length);
    const geonames = items[0]!;
    expect([...geonames.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['GeoNames', 'https://www.geonames.org/'],
      ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ]);
    expect(geonames.textContent).toContain('first-level divisions');
    render(null, root);
  });

  it('matches the data sets listed in docs/data-sources.md', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/data-sources.md'), 'utf8');
    for (const source of DATA_SOURCES) {
      expect(doc).toContain(source.name);
      expect(doc).toContain(source.licence);
    }
  });
});
