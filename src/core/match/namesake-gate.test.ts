/** The namesake gate: a thing's one-word name after a person's given name or title is the person's. */
import { describe, expect, it } from 'vitest';
import { NAMESAKE_GATE } from '../glossary/compiled.ts';
import { compileGlossary } from '../glossary/compile.ts';
import type { AliasSpec, Entry, Kind } from '../glossary/schema.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';
import { personsNameBefore, writtenWordBefore, type NamesakeNames } from './namesake-gate.ts';

const entry = (id: string, kind: Kind, label: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, kind, aliases, { label });

// No exclusions: the gate alone must keep the people apart.
const GLOSSARY: Entry[] = [
  entry('saab-ab', 'organisation', 'Saab AB', { text: 'Saab', case: 'sensitive' }),
  entry('wagner-group', 'group', 'Wagner Group', 'Wagner Group', { text: 'Wagner', case: 'sensitive' }),
  entry('hezbollah', 'group', 'Hezbollah', 'Hezbollah'),
  entry('hamas', 'group', 'Hamas', 'Hamas'),
  entry('reuters', 'organisation', 'Reuters', 'Reuters'),
  entry('nato', 'organisation', 'NATO', { text: 'NATO', case: 'sensitive' }),
  entry('palestinian-islamic-jihad', 'group', 'Palestinian Islamic Jihad', 'Palestinian Islamic Jihad', { text: 'Jihad', case: 'sensitive' }),
  entry('israel', 'country', 'Israel', 'Israel'),
  entry('united-states', 'country', 'United States', { text: 'US', case: 'sensitive' }),
  entry('israel-katz', 'person', 'Israel Katz', 'Israel Katz'),
  entry('tarek-william-saab', 'person', 'Tarek William Saab', 'Tarek William Saab'),
];

const matcher = new Matcher([compileGlossary('test', GLOSSARY)]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('the compiler sets the namesake gate', () => {
  it('on a thing\'s one-word name written with a capital and small letters, not on acronyms, people or places', () => {
    const compiled = compileGlossary('test', GLOSSARY);
    const gated = [...compiled.aliasFlags.keys()]
      .filter((alias) => (compiled.aliasFlags[alias]! & NAMESAKE_GATE) !== 0)
      .map((alias) => compiled.strings.at(compiled.aliasText[alias]!));
    expect(gated).toEqual(['Saab', 'Wagner', 'Hezbollah', 'Hamas', 'Reuters', 'Jihad']);
  });
});

describe('a thing\'s one-word name after a person\'s given name or title', () => {
  it.each([
    ["Alex Saab's defense lawyers argued he was a diplomat."],
    ['Attorney General Tarek William Saab said so.'],
    ['Mr Saab denied it. Mr. Saab, Dr Saab and Sheikh Saab too.'],
    ['M. Saab a démenti. Sr. Saab lo negó. Президент Saab.'],
    ['Gen. Wagner said troops had advanced.'],
    ['His cousin Gerhild Saab works in defence.'],
    ['Alex Saab Extradited To Venezuela'],
  ])('is the person, not the thing: %s', (text) => {
    expect(marks(text).filter((mark) => mark.endsWith('=saab-ab') || mark.endsWith('=wagner-group'))).toEqual([]);
  });

  it.each([
    ['The Swedish Saab won the deal.', ['Saab=saab-ab']],
    ["Sweden's Saab won the deal.", ['Saab=saab-ab']],
    ['Saab won the deal.', ['Saab=saab-ab']],
    ['The Lebanese Hezbollah fired rockets at Israel.', ['Hezbollah=hezbollah', 'Israel=israel']],
    // "Israel" is a given name too (Israel Katz), but a place first. (The inside-name gate drops the second "Israel".)
    ["Israel's Hezbollah rivals met. Israel Hezbollah talks.", ['Israel=israel', 'Hezbollah=hezbollah', 'Hezbollah=hezbollah']],
    ['The Hamas leadership met. The Palestinian Hamas said no.', ['Hamas=hamas', 'Hamas=hamas']],
    ['A Hamas official told Reuters Hamas would respond.', ['Hamas=hamas', 'Reuters=reuters', 'Hamas=hamas']],
    ['Officials said Tuesday Hamas had agreed.', ['Hamas=hamas']],
    ['The Pentagon Defense Hamas? No: the Defense Ministry, Hamas said.', ['Hamas=hamas', 'Hamas=hamas']],
    ['The Palestinian Islamic Jihad said. Islamic Jihad said.', ['Palestinian Islamic Jihad=palestinian-islamic-jihad', 'Jihad=palestinian-islamic-jihad']],
    ['Allies of the US NATO said.', ['US=united-states', 'NATO=nato']],
    ['Alex NATO? Mr NATO.', ['NATO=nato', 'NATO=nato']],
    ['The Russian Wagner Group and Iran-backed Hezbollah.', ['Wagner Group=wagner-group', 'Hezbollah=hezbollah']],
    ['Hamas Says It Will Free Hostages', ['Hamas=hamas']],
    ['The Islamist Hamas and the Shiite Hezbollah; the Shia Hezbollah and the Sunni Hamas.', ['Hamas=hamas', 'Hezbollah=hezbollah', 'Hezbollah=hezbollah', 'Hamas=hamas']],
    ['After Operation Hamas? The Eurofighter Saab deal.', ['Hamas=hamas', 'Saab=saab-ab']],
    ['Die Hamas und die Hisbollah sind nicht dasselbe; Gaza Hamas.', ['Hamas=hamas', 'Hamas=hamas']],
  ])('is still the thing: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('writtenWordBefore', () => {
  it('reads the capitalised word before a span, after one space', () => {
    expect(writtenWordBefore('said Alex Saab', 10)).toEqual({ folded: 'alex', abbreviated: false, midSentence: true });
    expect(writtenWordBefore('Mr. Saab', 4)).toEqual({ folded: 'mr', abbreviated: true, midSentence: false });
    expect(writtenWordBefore('Émile Saab', 6)).toEqual({ folded: 'emile', abbreviated: false, midSentence: false });
  });

  it('reads nothing else', () => {
    expect(writtenWordBefore("Israel's Saab", 9)).toBeUndefined();
    expect(writtenWordBefore('Iran-Backed Saab', 12)).toBeUndefined();
    expect(writtenWordBefore('the US Saab', 7)).toBeUndefined();
    expect(writtenWordBefore('the Saab', 4)).toBeUndefined();
    expect(writtenWordBefore('Alex  Saab', 6)).toBeUndefined();
    expect(writtenWordBefore('Alex\nSaab', 5)).toBeUndefined();
  });
});

describe('personsNameBefore', () => {
  const names: NamesakeNames = { isGivenName: (w) => w === 'alex', isPlace: (w) => w === 'israel', own: () => new Set(['islamic']), isThing: (w) => w === 'reuters' };
  const running = { headline: () => false, nounCase: () => false };
  const headline = { headline: () => true, nounCase: () => false };
  const word = (folded: string, midSentence = true, abbreviated = false) => ({ folded, midSentence, abbreviated });

  it('titles and given names, in any block', () => {
    expect(personsNameBefore(word('mr', false), names, headline)).toBe(true);
    expect(personsNameBefore(word('alex', false), names, headline)).toBe(true);
    expect(personsNameBefore(word('gen', true, true), names, running)).toBe(true);
  });

  it('another capitalised word only mid-sentence in running text, and not a describing or office word', () => {
    expect(personsNameBefore(word('gerhild'), names, running)).toBe(true);
    expect(personsNameBefore(word('gerhild', false), names, running)).toBe(false);
    expect(personsNameBefore(word('gerhild'), names, headline)).toBe(false);
    for (const folded of ['lebanese', 'afghan', 'israeli', 'tuesday', 'eastern', 'defense', 'former', 'reuters', 'israel', 'islamic']) {
      expect(personsNameBefore(word(folded), names, running)).toBe(false);
    }
    expect(personsNameBefore(undefined, names, running)).toBe(false);
  });
});

describe('a thing named like a given name keeps its givenName gate', () => {
  // review 11 and alias sweep 11: the namesake gate answered first, so "givenName" was never read.
  const named = new Matcher([
    compileGlossary('test', [
      entry('amal-movement', 'group', 'Amal Movement', 'Amal Movement', { text: 'Amal', givenName: true, case: 'sensitive' }),
      entry('rafael-advanced-defense-systems', 'organisation', 'Rafael', { text: 'Rafael', givenName: true, case: 'sensitive' }),
    ]),
  ]);
  const found = (text: string): string[] => named.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

  it.each([['Hezbollah expert Amal Smith said the group would wait.'], ['Israeli defence analyst Rafael Cohen said the deal was near.'], ['Amal, a 34-year-old nurse in Tyre, said she stayed.']])(
    'is the person: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    ['Hezbollah and Amal agreed on a candidate.', ['Amal=amal-movement']],
    ['The Israeli firm Rafael makes the Iron Dome interceptors.', ['Rafael=rafael-advanced-defense-systems']],
  ])('is still the thing: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an article that opens a by-name is no given name', () => {
  // "El Mayo Zambada" and "Le Drian" had made "el" and "le" given names, so "El Kremlin dijo" marked nothing.
  const withByNames = new Matcher([
    compileGlossary('test', [
      entry('kremlin', 'government', 'Kremlin', 'Kremlin'),
      entry('ismael-zambada', 'person', 'Ismael Zambada', 'Ismael Zambada', 'El Mayo Zambada'),
      entry('jean-yves-le-drian', 'person', 'Jean-Yves Le Drian', 'Jean-Yves Le Drian', { text: 'Le Drian', contexts: ['Jean-Yves Le Drian'] }),
      entry('alex-saab', 'person', 'Alex Saab', 'Alex Saab'),
    ]),
  ]);
  const found = (text: string): string[] => withByNames.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

  it.each([
    ['El Kremlin dijo que no.', ['Kremlin=kremlin']],
    ['Le Kremlin a démenti.', ['Kremlin=kremlin']],
    ['Alex Kremlin is a painter.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
