import { describe, expect, it } from 'vitest';
import type { AliasSpec, Entry } from '../core/glossary/schema.ts';
import { checkGlossaryConsistency } from '../core/glossary/validate.ts';
import { checkConsistency } from './glossary-consistency.ts';
import { readGlossarySource } from '../../scripts/lib/glossary-files.ts';

/** Checking every entry of the bundled glossary (5,700+) takes seconds, more on a loaded machine. */
const WHOLE_GLOSSARY_MS = 30_000;

const entry = (id: string, aliases: AliasSpec[], related?: string[]): Entry => ({
  id,
  label: id,
  kind: 'place',
  aliases,
  summary: 'S.',
  asOf: '2025-01',
  sources: [{ publisher: 'P', url: 'https://p.example/' }],
  ...(related && { related }),
});

const TERMS = { unit: 'entry', fieldOf: (path: string) => path } as const;

/** How many problems each finds: the verdict (refused or not) must be the same; which of two clashing entries is named may differ. */
const flaggedByImport = (entries: Entry[]) => checkConsistency(entries.map((e, i) => ({ entry: e, row: i + 1 })), new Set(), TERMS).length;
const flaggedByBuild = (entries: Entry[]) => checkGlossaryConsistency(new Map([['file', entries]])).length;

describe('import consistency checks', () => {
  const cases: Record<string, Entry[]> = {
    'clean': [entry('a', ['Alpha']), entry('b', ['Beta'], ['a'])],
    'duplicate id': [entry('a', ['Alpha']), entry('a', ['Alpha Two'])],
    'alias twice in one entry': [entry('a', ['Alpha', 'ALPHA'])],
    'alias claimed twice': [entry('a', ['Zed']), entry('b', ['Zed'])],
    'alias claimed twice, one gated': [entry('a', ['Zed']), entry('b', [{ text: 'Zed', contexts: ['Bee'] }])],
    'diacritics fold to the same alias': [entry('a', ['Erdoğan']), entry('b', ['Erdogan'])],
    'unknown related': [entry('a', ['Alpha'], ['nowhere'])],
    'self related': [entry('a', ['Alpha'], ['a'])],
  };
  for (const [name, entries] of Object.entries(cases)) {
    it(`gives the build's verdict: ${name}`, () => {
      expect(flaggedByImport(entries)).toEqual(flaggedByBuild(entries));
    });
  }

  it('finds nothing wrong with the bundled glossary', () => {
    const { entries } = readGlossarySource();
    expect(checkConsistency(entries.map((e, i) => ({ entry: e, row: i + 1 })), new Set(), TERMS)).toEqual([]);
  }, WHOLE_GLOSSARY_MS);
});
