import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_GIVEN_NAMES } from '../../src/core/match/given-names-en.ts';
import { NAME_TITLES } from '../../src/core/match/name-gates.ts';
import { GIVEN_NAMES_FILE, englishGivenNames, givenNamesSource } from './given-names.ts';

describe('the English given names of the name gates', () => {
  it('are generated from compromise, byte for byte (run scripts/glossary/given-names.ts after updating it)', () => {
    expect(readFileSync(GIVEN_NAMES_FILE, 'utf8')).toBe(givenNamesSource(englishGivenNames()));
  });

  it('hold given names and no title', () => {
    const names = new Set(ENGLISH_GIVEN_NAMES.split(' '));
    for (const name of ['meghan', 'john', 'charlotte', 'chad', 'mohammed', 'vladimir']) expect(names.has(name)).toBe(true);
    for (const word of ['president', 'senator', 'marshal', 'sheikh', 'general', 'will', 'may']) expect(names.has(word)).toBe(false);
    expect([...names].filter((name) => NAME_TITLES.has(name))).toEqual([]);
  });
});
