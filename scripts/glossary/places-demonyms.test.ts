import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demonymTerms, readDemonyms } from './places-demonyms.ts';
import { nameVetter } from './places-vet.ts';

const file = path.join(tmpdir(), `demonyms-${process.pid}.json`);
writeFileSync(file, JSON.stringify({ demonyms: { PL: { de: ['polnische'], en: ['Polish'], fr: ['polonais', 'polonaise'] }, VN: { en: ['Vietnamese'] } } }));
const WORDS = { english: new Set(['polish']), otherLanguages: new Set<string>(), reviewed: new Set<string>() };

describe('adjectives of nationality as gate terms', () => {
  it('reads each country\'s forms, English first, then French, Spanish and German', () => {
    expect(readDemonyms(file).get('PL')).toEqual(['Polish', 'polonais', 'polonaise', 'polnische']);
  });

  it('drops a form that is a common word, since contexts are matched without case ("polish")', () => {
    const terms = demonymTerms(readDemonyms(file), nameVetter([], WORDS));
    expect(terms('PL')).toEqual(['polonais', 'polonaise', 'polnische']);
    expect(terms('VN')).toEqual(['Vietnamese']);
    expect(terms('XX')).toEqual([]);
  });

  it('lists no adjective for two countries, and none that the data file leaves out for a reason', () => {
    const data = readDemonyms();
    const owners = new Map<string, string[]>();
    for (const [code, forms] of data) for (const form of forms) owners.set(form.toLowerCase(), [...(owners.get(form.toLowerCase()) ?? []), code]);
    expect([...owners].filter(([, codes]) => new Set(codes).size > 1)).toEqual([]);
    for (const code of ['CD', 'CG', 'SD', 'GE', 'DO', 'US', 'IN', 'SO']) expect(data.has(code), code).toBe(false);
  });
});
