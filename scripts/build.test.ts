/** The manifest's two content scripts (full script in the top frame, probe in every frame) run on the same sites. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptProblems } from './build.ts';

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
