import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/glossary/validate.ts';
import { canonicalGlossaryText, readGlossarySource } from './glossary-files.ts';

const good = {
  id: 'chatham-house',
  label: 'Chatham House',
  kind: 'organisation',
  aliases: ['Chatham House'],
  summary: 'London-based policy institute.',
  asOf: '2025-01',
  sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Chatham_House' }],
};

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function glossaryDir(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'glossary-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('reading the glossary source', () => {
  it('accepts a valid file in canonical format', () => {
    const source = readGlossarySource(glossaryDir({ 'a.json': canonicalGlossaryText({ name: 'A', entries: [good] }) }));
    expect(source.problems).toEqual([]);
    expect(source.entries.map((entry) => entry.id)).toEqual(['chatham-house']);
  });

  it('names the file, the entry and the field of every problem', () => {
    const bad = { ...good, asOf: 'January 2025', sources: [{ publisher: 'Evil', url: 'javascript:alert(1)' }] };
    const source = readGlossarySource(glossaryDir({ 'a.json': JSON.stringify({ name: 'A', entries: [bad] }) }));
    const messages = source.problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/a\.json: entry "chatham-house" \(#1\): asOf: must be a year and month/));
    expect(messages).toContainEqual(expect.stringMatching(/a\.json: entry "chatham-house" \(#1\): sources\[0\]\.url: must be a well-formed https:\/\/ URL/));
  });

  it('reports broken JSON, duplicate ids across files, dangling links and non-canonical formatting', () => {
    const source = readGlossarySource(
      glossaryDir({
        'a.json': JSON.stringify({ name: 'A', entries: [{ ...good, related: ['nowhere'] }] }),
        'b.json': canonicalGlossaryText({ name: 'B', entries: [good] }),
        'c.json': '{ "name": "C", "entries": [',
      }),
    );
    const messages = source.problems.map(formatProblem).join('\n');
    expect(messages).toMatch(/c\.json: is not valid JSON/);
    expect(messages).toMatch(/b\.json: entry "chatham-house": id: duplicates the id of an entry in .*a\.json/);
    expect(messages).toMatch(/a\.json: entry "chatham-house": related: "nowhere" is not an entry id/);
    expect(messages).toMatch(/a\.json: is not in canonical format/);
  });

  it('makes the build fail with those messages, writing nothing', () => {
    const bad = glossaryDir({ 'a.json': JSON.stringify({ name: 'A', entries: [{ ...good, kind: 'thing' }] }) });
    const out = path.join(bad, 'out');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../build.ts'), '--glossary', bad, '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a\.json: entry "chatham-house" \(#1\): kind: /);
    expect(run.stderr).toMatch(/nothing was built/);
    // A child process that loads tsx and the build: seconds on a quiet machine, more on a busy one.
  }, 60_000);
});
