/** The manifest's two content scripts run on the same sites; content.js bundles neither valibot nor the polyfill. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { contentBundleProblems, contentScriptProblems } from './build.ts';

describe('contentScriptProblems', () => {
  it('passes the shipped manifest', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(contentScriptProblems(manifest)).toEqual([]);
  });

  it('names the script whose sites differ, in any order of the same sites passing', () => {
    const manifest = {
      content_scripts: [
        { matches: ['*://*.a.org/*', '*://*.b.org/*'], js: ['content.js'] },
        { matches: ['*://*.b.org/*', '*://*.a.org/*'], js: ['frame-probe.js'] },
        { matches: ['*://*.a.org/*'], js: ['other.js'] },
      ],
    };
    expect(contentScriptProblems(manifest)).toEqual(['manifest.json: other.js must match the same sites as content.js']);
  });
});

describe('contentBundleProblems', () => {
  /** A metafile whose content.js (and background.js) took in these inputs. */
  const metafile = (content: string[], background: string[] = []): Metafile => {
    const output = (inputs: string[]) => ({ bytes: 1, inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 1 }])), imports: [], exports: [] });
    return { inputs: {}, outputs: { '/out/content.js': output(content), '/out/background.js': output(background) } };
  };

  it('passes a content script of our own modules and the UI libraries, whatever the background takes in', () => {
    const background = ['../node_modules/valibot/dist/index.mjs', '../node_modules/webextension-polyfill/dist/browser-polyfill.js'];
    expect(contentBundleProblems(metafile(['src/content/index.ts', '../node_modules/preact/dist/preact.mjs'], background))).toEqual([]);
  });

  it('names each excluded package the content script took in', () => {
    const problems = contentBundleProblems(metafile(['src/content/index.ts', '../../main/node_modules/valibot/dist/index.mjs', '../node_modules/webextension-polyfill/dist/browser-polyfill.js']));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('content.js bundles valibot');
    expect(problems[1]).toContain('content.js bundles webextension-polyfill');
  });
});
