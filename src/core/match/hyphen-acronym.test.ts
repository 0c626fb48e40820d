/** An acronym inside a longer hyphenated acronym is not itself; two names hyphened are a pair. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import type { AliasSpec, Entry, Kind } from '../glossary/schema.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { isInsideHyphenatedAcronym } from './hyphen-acronym.ts';
import { Matcher } from './matcher.ts';

const entry = (id: string, kind: Kind, label: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, kind, aliases, { label });

const GLOSSARY: Entry[] = [
  entry('rt-network', 'organisation', 'RT', { text: 'RT', case: 'sensitive' }),
  entry('central-african-republic', 'country', 'Central African Republic', 'Central African Republic', { text: 'CAR', case: 'sensitive' }),
  entry('splm', 'group', 'SPLM', { text: 'SPLM', case: 'sensitive' }),
  entry('united-states', 'country', 'United States', { text: 'US', case: 'sensitive' }),
  entry('united-kingdom', 'country', 'United Kingdom', { text: 'UK', case: 'sensitive' }),
  entry('european-union', 'organisation', 'European Union', { text: 'EU', case: 'sensitive' }),
  entry('pkk', 'group', 'PKK', { text: 'PKK', case: 'sensitive' }),
  entry('ypg', 'group', 'YPG', { text: 'YPG', case: 'sensitive' }),
  entry('anc', 'group', 'ANC', { text: 'ANC', case: 'sensitive' }),
];
const matcher = new Matcher([compileGlossary('test', GLOSSARY)]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('an acronym inside a hyphenated acronym', () => {
  it.each([
    ['Travellers need a negative RT-PCR test.'],
    ['CAR-T therapy was approved for lymphoma.'],
    ['Fighters of the SPLM-N attacked Kadugli.'],
    ['A PCR-RT kit.'],
  ])('is not marked: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each([
    ['The US-UK trade deal was signed.', ['US=united-states', 'UK=united-kingdom']],
    ['Clashes on the PKK-YPG front.', ['PKK=pkk', 'YPG=ypg']],
    ['The EU-27 met in Brussels.', ['EU=european-union']],
    ['An ANC-led coalition and a US-backed force.', ['ANC=anc', 'US=united-states']],
    ['Troops entered CAR - the capital was calm.', ['CAR=central-african-republic']],
    ['RT reported the strike; the CAR army said.', ['RT=rt-network', 'CAR=central-african-republic']],
  ])('leaves pairs, numbers and words alone: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('isInsideHyphenatedAcronym', () => {
  const none = (): boolean => false;
  it('reads the capitals on either side of a hyphen, whole', () => {
    expect(isInsideHyphenatedAcronym('ABS-CBN', 0, 3, none)).toBe(true);
    expect(isInsideHyphenatedAcronym('ABS-CBN', 4, 7, none)).toBe(true);
    expect(isInsideHyphenatedAcronym('ABS-CBNews', 0, 3, none)).toBe(false);
    expect(isInsideHyphenatedAcronym('ABS–CBN', 0, 3, none)).toBe(false);
    expect(isInsideHyphenatedAcronym('ABS-CBN', 0, 3, (folded) => folded === 'cbn')).toBe(false);
  });
});
