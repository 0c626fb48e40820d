import { describe, expect, it } from 'vitest';
import { englishForms, withEnglishForms } from './english-forms.ts';
import type { Entry } from './schema.ts';

describe('English forms of a body\'s name', () => {
  it('writes a government body\'s adjective as its country\'s possessive, in both spellings', () => {
    expect(englishForms('Russian Defence Ministry', 'government')).toEqual(['Russian Defense Ministry', "Russia's Defence Ministry", "Russia's Defense Ministry"]);
    expect(englishForms('South Korean Joint Chiefs of Staff', 'government')).toEqual(["South Korea's Joint Chiefs of Staff"]);
    expect(englishForms('Philippine Coast Guard', 'government')).toEqual(["Philippines' Coast Guard"]);
    expect(englishForms('Israel Defense Forces', 'government')).toEqual(['Israel Defence Forces']);
  });

  it('leaves a company\'s name and a body that names no country as they are', () => {
    // "Korea's Air" would read inside "South Korea's Air Force".
    expect(englishForms('Korean Air', 'organisation')).toEqual([]);
    // Australia's and Ireland's Department of Defence is not the Pentagon.
    expect(englishForms('Department of Defense', 'government')).toEqual([]);
    expect(englishForms('Russian Defence Ministry', 'person')).toEqual([]);
    expect(englishForms('Korean Central News Agency', 'government')).toEqual([]);
  });

  it('spells "Organisation" both ways in any organisation\'s name', () => {
    expect(englishForms('World Health Organization', 'organisation')).toEqual(['World Health Organisation']);
  });

  it('adds the forms with their alias\'s rules, and keeps a form the entry has with its own', () => {
    const entry: Entry = {
      id: 'russian-ministry-of-defence', label: 'Ministry of Defence of Russia', kind: 'government', summary: 'A ministry.', asOf: '2026-06',
      sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Ministry_of_Defence_(Russia)' }],
      aliases: [{ text: 'Russian Defence Ministry', contexts: ['Moscow'] }, { text: 'Russian Defense Ministry', exclude: ['x'] }],
    };
    expect(withEnglishForms(entry).aliases).toEqual([
      { text: 'Russian Defence Ministry', contexts: ['Moscow'] },
      { text: "Russia's Defence Ministry", contexts: ['Moscow'] },
      { text: "Russia's Defense Ministry", contexts: ['Moscow'] },
      { text: 'Russian Defense Ministry', exclude: ['x'] },
    ]);
  });
});
