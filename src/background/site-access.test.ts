/** Sites the reader enabled: the full script in the top frame, the probe in every frame; older registrations migrated. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  world?: string;
}

const { registry, fakeBrowser } = vi.hoisted(() => {
  const registry = new Map<string, Registered>();
  const fakeBrowser = {
    permissions: { contains: async () => true, remove: async () => true },
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) => [...registry.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
      registerContentScripts: async (scripts: Registered[]) => {
        for (const script of scripts) {
          if (registry.has(script.id)) throw new Error(`duplicate id ${script.id}`);
          registry.set(script.id, script);
        }
      },
      updateContentScripts: async (scripts: Registered[]) => {
        for (const script of scripts) registry.set(script.id, { ...registry.get(script.id)!, ...script });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void ids.forEach((id) => registry.delete(id)),
    },
  };
  return { registry, fakeBrowser };
});
vi.mock('../shared/browser.ts', () => ({ default: fakeBrowser }));
const { disableSite, enableSite, enabledSites, migrateSiteRegistrations } = await import('./site-access.ts');

const summary = () => [...registry.values()].map(({ id, js, allFrames, world }) => ({ id, js, allFrames, world })).sort((a, b) => a.id.localeCompare(b.id));

describe('site access', () => {
  beforeEach(() => registry.clear());

  it('registers the full script for the top frame and the main-world probe for every frame, once', async () => {
    await enableSite('https://example.org');
    await enableSite('https://example.org');
    expect(summary()).toEqual([
      { id: 'site-frames:example.org', js: ['frame-probe.js'], allFrames: true, world: 'MAIN' },
      { id: 'site:example.org', js: ['content.js'], allFrames: false, world: undefined },
    ]);
    expect(await enabledSites()).toEqual(['https://example.org/*']);
  });

  it('takes both back', async () => {
    await enableSite('https://example.org');
    await disableSite('https://example.org');
    expect(summary()).toEqual([]);
  });

  it('migrates a site enabled by an older build (the full script in every frame)', async () => {
    registry.set('site:news.example', { id: 'site:news.example', matches: ['https://news.example/*'], js: ['content.js'], allFrames: true });
    await migrateSiteRegistrations();
    await migrateSiteRegistrations();
    expect(summary()).toEqual([
      { id: 'site-frames:news.example', js: ['frame-probe.js'], allFrames: true, world: 'MAIN' },
      { id: 'site:news.example', js: ['content.js'], allFrames: false, world: undefined },
    ]);
    expect(registry.get('site-frames:news.example')?.matches).toEqual(['https://news.example/*']);
  });
});
