/**
 * The Russian case forms the compiler adds to the bundled glossary
 * (src/core/glossary/case-forms.ts): none may be a Russian stop word or a
 * name another entry has, or a form would mark a word or take a name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRussianForms } from '../../src/core/glossary/case-forms.ts';
import type { AliasSpec } from '../../src/core/glossary/schema.ts';
import { readGlossarySource } from '../lib/glossary-files.ts';

const textOf = (spec: AliasSpec): string => (typeof spec === 'string' ? spec : spec.text);

describe('Russian case forms of the bundled glossary', () => {
  const { entries } = readGlossarySource();
  const stopWords = new Set(
    (JSON.parse(readFileSync(path.join(import.meta.dirname, 'data/stopwords-iso.json'), 'utf8')) as Record<string, string[]>).ru!.map((word) => word.toLowerCase()),
  );
  const owner = new Map<string, string>();
  for (const entry of entries) for (const alias of entry.aliases) owner.set(textOf(alias).toLowerCase(), entry.id);

  it('adds forms, none a stop word or another entry name', () => {
    const clashes: string[] = [];
    let added = 0;
    for (const entry of entries) {
      const written = new Set(entry.aliases.map(textOf));
      for (const alias of withRussianForms(entry).aliases) {
        const form = textOf(alias);
        if (written.has(form)) continue;
        added++;
        const other = owner.get(form.toLowerCase());
        if (stopWords.has(form.toLowerCase()) || (other !== undefined && other !== entry.id)) clashes.push(`${entry.id}: ${form}`);
      }
    }
    expect(added).toBeGreaterThan(1000);
    expect(clashes).toEqual([]);
  });
});
