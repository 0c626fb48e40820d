import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { aliasProbes, type ProbeWords } from './alias-probe-frames.ts';

const words: ProbeWords = {
  personLike: (word) => ['Saab', 'Jordan'].includes(word),
  ordinary: (word) => ['territorial', 'defence', 'forces'].includes(word),
};
const entry = (kind: Entry['kind'], id = 'x'): Entry => ({
  id,
  label: id,
  kind,
  aliases: [],
  summary: 's',
  asOf: '2026-01',
  sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/X' }],
});
const framesOf = (kind: Entry['kind'], alias: Parameters<typeof aliasProbes>[1]) =>
  aliasProbes(entry(kind), alias, () => 'Sweden', words).map((probe) => probe.frame);

describe('alias probe frames', () => {
  it('puts the alias where `at` says, with the gate met in the same sentence', () => {
    for (const probe of aliasProbes(entry('organisation'), { text: 'Saab', contexts: ['radar'] }, () => undefined, words)) {
      expect(probe.sentence.slice(probe.at, probe.at + 4).toLowerCase()).toBe('saab');
      expect(probe.sentence).toContain('radar');
    }
  });

  it('tries another person of the name only for names people carry', () => {
    expect(framesOf('organisation', 'Saab')).toContain('another given name, mid-sentence');
    expect(framesOf('organisation', 'Hezbollah')).not.toContain('another given name, mid-sentence');
    expect(framesOf('person', 'Salva Kiir')).toContain('another given name, sentence start');
  });

  it('writes in lower case only a name made of ordinary words', () => {
    expect(framesOf('government', 'Territorial Defence Forces')).toContain('ordinary words in lower case');
    expect(framesOf('organisation', 'Chatham House')).not.toContain('ordinary words in lower case');
  });

  it('meets a gate that comes from the entry’s place with a related entry’s label', () => {
    const [probe] = aliasProbes({ ...entry('place'), related: ['sweden'] }, { text: 'Kiruna', relatedContexts: true }, () => 'Sweden', words);
    expect(probe?.sentence).toContain('Sweden');
  });
});
