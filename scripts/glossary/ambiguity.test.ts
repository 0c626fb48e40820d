import { describe, expect, it } from 'vitest';
import type { AliasSpec, Entry, Kind } from '../../src/core/glossary/schema.ts';
import { findAmbiguities, formatFinding, type AliasFinding, type Reason } from './ambiguity.ts';
import type { CommonWords } from './common-words.ts';

const entry = (id: string, kind: Kind, label: string, ...aliases: AliasSpec[]): Entry => ({
  id,
  label,
  kind,
  aliases,
  summary: 'A test entry.',
  asOf: '2026-01',
  sources: [{ publisher: 'Test', url: 'https://example.org/' }],
});

/** Small stand-ins for the word lists: the check's logic, not the lists, is under test here. */
const WORDS: CommonWords = {
  languagesOf: (_text, folded) => (['us', 'who', 'blue', 'and', 'white', 'people', 'power'].includes(folded) ? ['en'] : folded === 'حماس' ? ['ar'] : []),
  isCased: (text) => /\p{Script=Latin}|\p{Script=Cyrillic}/u.test(text),
  personalName: (folded) => (folded === 'chad' ? 'first name' : undefined),
  isGivenName: (folded) => folded === 'chad',
};
const CITIES = new Map([['kursk', 440_000], ['shabak', 0], ['morena', 150_000]]);

function check(...entries: Entry[]): AliasFinding[] {
  return findAmbiguities(entries.map((e) => ({ file: 'test.json', entry: e })), WORDS, CITIES);
}
/** [entry, alias, reason] of every risk no gate answers. */
const unanswered = (findings: AliasFinding[]): Array<[string, string, Reason]> =>
  findings.flatMap((f) => f.unanswered.map((risk): [string, string, Reason] => [f.entryId, f.alias, risk.reason]));

describe('the ambiguity check flags each kind of collision', () => {
  it.each<[string, Entry[], Array<[string, string, Reason]>]>([
    ['a name two entries share', [entry('rsf', 'group', 'Rapid Support Forces', 'RSF'), entry('rwb', 'organisation', 'Reporters Without Borders', 'RSF')], [['rsf', 'RSF', 'shared-name'], ['rwb', 'RSF', 'shared-name']]],
    ['an alias that is another entry’s label', [entry('a', 'place', 'Kursk', 'Kursk'), entry('b', 'event', 'Kursk')], [['a', 'Kursk', 'shared-name']]],
    ['a city and its region', [entry('kursk', 'place', 'Kursk', 'Kursk'), entry('kursk-oblast', 'place', 'Kursk Oblast', 'Kursk Oblast')], [['kursk', 'Kursk', 'city-and-region']]],
    ['a region named like a large city', [entry('kursk-oblast', 'place', 'Kursk Oblast', 'Kursk', 'Kursk Oblast')], [['kursk-oblast', 'Kursk', 'city-and-region']]],
    ['a translation inside a neighbour’s', [entry('mongolia', 'country', 'Mongolia', 'Mongolei'), entry('inner-mongolia', 'place', 'Inner Mongolia', 'Innere Mongolei')], [['mongolia', 'Mongolei', 'place-inside-place']]],
    ['the same in a script without spaces', [entry('mongolia', 'country', 'Mongolia', '蒙古'), entry('inner-mongolia', 'place', 'Inner Mongolia', '内蒙古')], [['mongolia', '蒙古', 'place-inside-place']]],
    ['a surname alone', [entry('olaf-scholz', 'person', 'Olaf Scholz', 'Olaf Scholz', 'Scholz')], [['olaf-scholz', 'Scholz', 'own-name-part']]],
    ['a surname alone in another spelling', [entry('netanyahu', 'person', 'Benjamin Netanyahu', 'Benjamin Netanyahu', 'Netanjahu', 'نتنياهو')], [['netanyahu', 'Netanjahu', 'own-name-part']]],
    ['another person’s surname', [entry('ali', 'person', 'Ali Khamenei', 'Ali Khamenei', 'Khamenei'), entry('mojtaba', 'person', 'Mojtaba Khamenei', 'Mojtaba Khamenei')], [['ali', 'Khamenei', 'own-name-part'], ['ali', 'Khamenei', 'other-person-name']]],
    ['inside a label the other entry does not match', [entry('india', 'country', 'India', 'India'), entry('art', 'agreement', 'Article 370 of the Constitution of India', 'Article 370')], [['india', 'India', 'inside-label']]],
    ['an ordinary word, in a script without capitals', [entry('hamas', 'group', 'Hamas', 'حماس')], [['hamas', 'حماس', 'common-word']]],
    ['a phrase of ordinary words, in any case', [entry('bw', 'group', 'Blue and White', 'Blue and White')], [['bw', 'Blue and White', 'common-word']]],
    ['a first name', [entry('chad', 'country', 'Chad', 'Chad')], [['chad', 'Chad', 'personal-name']]],
    ['a group named like a city', [entry('morena', 'group', 'Morena', 'Morena')], [['morena', 'Morena', 'city-name']]],
    ['a descriptive phrase gated by a word anywhere on the page', [entry('trade-war', 'event', 'China–United States trade war', { text: 'trade war', contexts: ['Beijing'] })], [['trade-war', 'trade war', 'wide-context']]],
    ['a one-word alias gated by a word anywhere on the page', [entry('shin-bet', 'government', 'Shin Bet', 'Shin Bet', { text: 'Shabak', contexts: ['Israel'] })], [['shin-bet', 'Shabak', 'wide-context']]],
    ['related entries’ names anywhere on the page', [entry('kursk', 'place', 'Kursk', { text: 'Kursk', relatedContexts: true, scope: 'page' }), entry('kursk-oblast', 'place', 'Kursk Oblast', 'Kursk Oblast')], [['kursk', 'Kursk', 'city-and-region'], ['kursk', 'Kursk', 'wide-context']]],
  ])('%s', (_label, entries, expected) => {
    expect(unanswered(check(...entries))).toEqual(expected);
  });

  it('an ordinary word written with capitals is answered by case', () => {
    expect(unanswered(check(entry('who', 'organisation', 'World Health Organization', 'WHO')))).toEqual([]);
    expect(check(entry('who', 'organisation', 'World Health Organization', 'WHO'))[0]!.gates).toEqual(['case: sensitive']);
  });

  it('"Un" in "Kim Jong Un" is not the alias "UN"', () => {
    expect(check(entry('un', 'organisation', 'United Nations', 'UN'), entry('kim', 'person', 'Kim Jong Un', 'Kim Jong Un'))).toEqual([]);
  });

  it('a title does not make a name part: "Emperor Naruhito"', () => {
    expect(check(entry('naruhito', 'person', 'Naruhito', 'Naruhito', 'Emperor Naruhito'))).toEqual([]);
  });
});

describe('gates that answer', () => {
  it.each<[string, Entry[]]>([
    ['contexts near, for a shared name', [entry('rsf', 'group', 'Rapid Support Forces', { text: 'RSF', contexts: ['Sudan'], scope: 'near' }), entry('rwb', 'organisation', 'Reporters Without Borders', { text: 'RSF', contexts: ['press freedom'], scope: 'block' })]],
    ['contexts that name the entry, page-wide, for a surname', [entry('olaf-scholz', 'person', 'Olaf Scholz', 'Olaf Scholz', { text: 'Scholz', contexts: ['Olaf Scholz', 'Chancellor Scholz'] })]],
    ['notContexts, for a city and its region', [entry('kursk-oblast', 'place', 'Kursk Oblast', { text: 'Kursk', notContexts: ['city'], scope: 'near' }, 'Kursk Oblast')]],
    ['exclude, for a name inside a neighbour’s', [entry('mongolia', 'country', 'Mongolia', { text: 'Mongolei', exclude: ['Innere Mongolei'] }), entry('inner-mongolia', 'place', 'Inner Mongolia', 'Innere Mongolei')]],
    ['case, for a phrase of ordinary words', [entry('bw', 'group', 'Blue and White', { text: 'Blue and White', case: 'sensitive' })]],
    ['givenName, for a place that is also a first name', [entry('chad', 'country', 'Chad', { text: 'Chad', givenName: true })]],
    ['the names of related entries, near by default, for a town', [entry('homs', 'place', 'Homs', { text: 'Kursk', relatedContexts: true }), entry('kursk-oblast', 'place', 'Kursk Oblast', 'Kursk Oblast')]],
  ])('%s', (_label, entries) => {
    expect(unanswered(check(...entries))).toEqual([]);
  });

  it('a surname gated by its country is not answered: a country’s people share surnames', () => {
    const uribe = entry('alvaro-uribe', 'person', 'Álvaro Uribe', 'Álvaro Uribe', { text: 'Uribe', contexts: ['Álvaro Uribe', 'Colombia', 'Colombian'], scope: 'block' });
    expect(unanswered(check(uribe))).toEqual([['alvaro-uribe', 'Uribe', 'own-name-part']]);
  });

  it('givenName answers a first name only: a name another entry has still needs contexts', () => {
    const findings = check(entry('chad', 'country', 'Chad', { text: 'Chad', givenName: true }), entry('chad-2', 'person', 'Chad', 'Chad'));
    expect(unanswered(findings)).toEqual([['chad', 'Chad', 'shared-name'], ['chad-2', 'Chad', 'shared-name']]);
    expect(findings[0]!.gates).toEqual(['givenName: not before a surname or after a given name', 'case: sensitive']);
  });

  it('a context that is the alias itself is no gate', () => {
    const findings = check(entry('tories', 'group', 'Conservative Party', { text: 'Tories', contexts: ['Tories', 'Westminster'], scope: 'near' }), entry('x', 'group', 'Tories'));
    expect(unanswered(findings)).toEqual([['tories', 'Tories', 'shared-name'], ['tories', 'Tories', 'void-context']]);
    expect(findings[0]!.gates).toEqual(['contexts (near): Tories, Westminster (void: one is the alias itself)', 'case: sensitive']);
  });

  it('lists the gates a flagged alias relies on', () => {
    const [finding] = check(entry('kursk-oblast', 'place', 'Kursk Oblast', { text: 'Kursk', notContexts: ['city', 'ville'], scope: 'near' }, 'Kursk Oblast'));
    expect(finding!.gates).toEqual(['notContexts (near): city, ville', 'case: sensitive']);
  });

  it('names the file, the entry, the alias, the reason and what would answer it', () => {
    const [finding] = check(entry('olaf-scholz', 'person', 'Olaf Scholz', 'Olaf Scholz', 'Scholz'));
    expect(formatFinding(finding!)).toEqual([
      'test.json: entry "olaf-scholz": alias "Scholz": own-name-part: a part of olaf-scholz\'s full name; needs own-name',
    ]);
  });
});

describe('scale', () => {
  it('checks 20,000 entries in a few seconds', { timeout: 30_000 }, () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => entry(`e${i}`, i % 3 === 0 ? 'person' : 'place', `Name${i} Surname${i % 5000}`, `Name${i} Surname${i % 5000}`, `Surname${i % 5000}`));
    const started = performance.now();
    const findings = check(...entries);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(findings.length).toBeGreaterThan(0);
  });
});
