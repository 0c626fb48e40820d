/** The name gates in the matcher: a place that is also a given name, and a person's surname beside another given name. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import type { AliasSpec, Entry, Kind } from '../glossary/schema.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';

const entry = (id: string, kind: Kind, label: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, kind, aliases, { label });

const GLOSSARY: Entry[] = [
  entry('georgia', 'country', 'Georgia', { text: 'Georgia', givenName: true }),
  entry('virginia', 'place', 'Virginia', { text: 'Virginia', givenName: true }),
  entry('victoria', 'place', 'Victoria', { text: 'Victoria', givenName: true }),
  entry('jordan', 'country', 'Jordan', { text: 'Jordan', givenName: true }),
  entry('chad', 'country', 'Chad', { text: 'Chad', givenName: true }, { text: 'Tchad' }),
  entry('charlotte', 'place', 'Charlotte', { text: 'Charlotte', givenName: true }),
  entry('sudan', 'country', 'Sudan', 'Sudan'),
  entry('cindy-mccain', 'person', 'Cindy McCain', 'Cindy McCain', { text: 'McCain', contexts: ['Cindy McCain'] }),
  entry('joko-widodo', 'person', 'Joko Widodo', 'Joko Widodo', 'Jokowi', { text: 'Widodo', contexts: ['Joko Widodo'] }),
  entry('emile-lahoud', 'person', 'Émile Lahoud', 'Émile Lahoud', 'إميل لحود', { text: 'Lahoud', contexts: ['Émile Lahoud'] }),
  entry('vladimir-putin', 'person', 'Vladimir Putin', 'Vladimir Putin', 'Putin', { text: 'Путин', contexts: ['Владимир Путин'] }, 'Владимир Путин'),
  entry('prabowo-subianto', 'person', 'Prabowo Subianto', 'Prabowo Subianto', { text: 'Prabowo', contexts: ['Prabowo Subianto'] }),
  // A person named in the glossary gives their given name to the gate ("Nayib"), in any language.
  entry('nayib-bukele', 'person', 'Nayib Bukele', 'Nayib Bukele'),
  entry('kassym-jomart-tokayev', 'person', 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'),
  entry('sergey-lavrov', 'person', 'Sergey Lavrov', 'Sergey Lavrov', 'Сергей Лавров'),
];

const matcher = new Matcher([compileGlossary('test', GLOSSARY)]);
const marks = (text: string): string[] => matcher.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('givenName: a place that is also a given name', () => {
  it.each([
    ['Virginia Woolf wrote it in 1925.'],
    ["A painting by Georgia O'Keeffe sold."],
    ['A painting by Georgia O’Keeffe sold.'],
    ['Jordan Peterson spoke.'],
    ['Acting secretary Chad Wolf said.'],
    ['Victoria Beckham and Charlotte Church sang.'],
    ['Michael Jordan scored.'],
    // A river, lake or basin named after a place is another thing (review 8: "The Lilongwe River burst its banks").
    ['Water levels in the Jordan River fell, officials said.'],
    ['the shrinking of the Chad Basin worries experts'],
  ])('not before a surname or after a given name: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each([
    ['Elections in Georgia on Monday.', ['Georgia=georgia']],
    ['Troops in Georgia, Tbilisi said.', ['Georgia=georgia']],
    ['The storm hit Georgia Tuesday.', ['Georgia=georgia']],
    ['Tourists at Victoria Falls.', ['Victoria=victoria']],
    ['The Jordan Valley and the Chad Basin.', ['Jordan=jordan', 'Chad=chad']],
    ['Georgia State University', ['Georgia=georgia']],
    ['Virginia Gov. Glenn Youngkin', ['Virginia=virginia']],
    ['Jordan King Abdullah met them.', ['Jordan=jordan']],
    ['the Chad–Sudan border', ['Chad=chad', 'Sudan=sudan']],
    ['the Chad-Sudan border', ['Chad=chad', 'Sudan=sudan']],
    ['Georgia\nTbilisi', ['Georgia=georgia']],
    ['Jordan USA', ['Jordan=jordan']],
    ['le Tchad, Mahamat', ['Tchad=chad']],
  ])('still the place: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('reads a headline in title case as a headline, not as a name', () => {
    expect(marks('Georgia Votes On New Election Law')).toEqual(['Georgia=georgia']);
    expect(marks('GEORGIA VOTES ON NEW ELECTION LAW')).toEqual(['GEORGIA=georgia']);
    // Two capitalised words are a name, not a headline.
    expect(marks('Virginia Woolf')).toEqual([]);
  });

  it('reads only the next word of the same block', () => {
    const blocks = ['They flew to Georgia', 'Woolf Street was closed'].map((text) => matcher.scan(text));
    expect(matcher.select(blocks, { density: 'all' })[0]!.map((m) => m.entryId)).toEqual(['georgia']);
  });
});

describe('a part of a person\'s name beside another given name', () => {
  it.each([
    ['Cindy McCain spoke. Later Meghan McCain said no.', ['Cindy McCain=cindy-mccain']],
    ['Cindy McCain spoke. John McCain said no.', ['Cindy McCain=cindy-mccain']],
    ['Joko Widodo met Nayib Widodo today.', ['Joko Widodo=joko-widodo']],
    ['Émile Lahoud and Ahmed Lahoud', ['Émile Lahoud=emile-lahoud']],
    ['Prabowo Subianto and Thomas Prabowo', ['Prabowo Subianto=prabowo-subianto']],
  ])('a relative or namesake is not the person: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['Cindy McCain spoke. McCain said no.', ['Cindy McCain=cindy-mccain', 'McCain=cindy-mccain']],
    ['Cindy McCain spoke. President McCain said no.', ['Cindy McCain=cindy-mccain', 'McCain=cindy-mccain']],
    ['Cindy McCain spoke. Senator McCain, Mr McCain, Dr McCain, General McCain.', ['Cindy McCain=cindy-mccain', 'McCain=cindy-mccain', 'McCain=cindy-mccain', 'McCain=cindy-mccain', 'McCain=cindy-mccain']],
    ['Cindy McCain spoke. Cindy McCain again, and Mrs. McCain.', ['Cindy McCain=cindy-mccain', 'Cindy McCain=cindy-mccain', 'McCain=cindy-mccain']],
    ['Joko Widodo spoke. Later Widodo left. Jokowi Widodo returned.', ['Joko Widodo=joko-widodo', 'Widodo=joko-widodo', 'Jokowi=joko-widodo', 'Widodo=joko-widodo']],
    ['Joko Widodo spoke. Sheikh Widodo? No: Widodo.', ['Joko Widodo=joko-widodo', 'Widodo=joko-widodo', 'Widodo=joko-widodo']],
    ['Émile Lahoud spoke; Émile Lahoud left. Unpredictable Lahoud stayed.', ['Émile Lahoud=emile-lahoud', 'Émile Lahoud=emile-lahoud', 'Lahoud=emile-lahoud']],
  ])('the person is still marked: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('in a headline, a given name before the surname is still another person', () => {
    expect(marks('Cindy McCain Speaks As Meghan McCain Listens')).toEqual(['Cindy McCain=cindy-mccain']);
  });

  it('in a headline, only the English list counts: a person\'s given name may be an ordinary word', () => {
    const withThan = new Matcher([compileGlossary('test', [...GLOSSARY, entry('than-shwe', 'person', 'Than Shwe', 'Than Shwe')])]);
    const found = (text: string) => withThan.findMentions(text, { density: 'all' }).map((m) => text.slice(m.start, m.end));
    expect(found('Cindy McCain Strikes Far Harsher Tone Than McCain on Russia')).toEqual(['Cindy McCain', 'McCain']);
    expect(found('Cindy McCain spoke. Than McCain did not.')).toEqual(['Cindy McCain']);
  });

  it('reads names in other scripts and languages', () => {
    // Russian: "Vladimir" is his own name; "Sergey" is a given name of the glossary's people, written in Cyrillic.
    expect(marks('Владимир Путин сказал. Сергей Путин нет.')).toEqual(['Владимир Путин=vladimir-putin']);
    expect(marks('Владимир Путин сказал. Президент Путин да.')).toEqual(['Владимир Путин=vladimir-putin', 'Путин=vladimir-putin']);
    // French and German titles are not given names.
    expect(marks('Émile Lahoud a parlé. Le président Lahoud. Präsident Lahoud. M. Lahoud.')).toEqual([
      'Émile Lahoud=emile-lahoud', 'Lahoud=emile-lahoud', 'Lahoud=emile-lahoud', 'Lahoud=emile-lahoud',
    ]);
    // A given name the glossary's people carry, from any language.
    expect(marks('Joko Widodo spoke. Kassym Widodo spoke.')).toEqual(['Joko Widodo=joko-widodo']);
  });

  it('ignores a word that is not directly before, with one space, in the same block', () => {
    expect(marks('Joko Widodo met Meghan. Widodo said.')).toEqual(['Joko Widodo=joko-widodo', 'Widodo=joko-widodo']);
    expect(marks('Joko Widodo met Meghan,  Widodo said.')).toEqual(['Joko Widodo=joko-widodo', 'Widodo=joko-widodo']);
    const blocks = ['Joko Widodo met Meghan', 'Widodo said'].map((text) => matcher.scan(text));
    expect(matcher.select(blocks, { density: 'all' }).map((found) => found.map((m) => m.entryId))).toEqual([['joko-widodo'], ['joko-widodo']]);
  });
});

describe("a body's name before a person's full name is whose official they are", () => {
  // officials13: "Пресс-секретарь Кремля Дмитрий Песков" read "Кремля" as the first word of another person's name.
  const withBody = new Matcher([
    compileGlossary('test', [
      entry('kremlin', 'government', 'Kremlin', 'Kremlin', 'Кремль'),
      entry('dmitry-peskov', 'person', 'Dmitry Peskov', 'Dmitry Peskov', 'Дмитрий Песков'),
      entry('salva-kiir', 'person', 'Salva Kiir', 'Salva Kiir'),
    ]),
  ]);
  const found = (text: string): string[] => withBody.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

  it.each([
    ['Пресс-секретарь Кремля Дмитрий Песков заявил, что переговоры продолжатся.', ['Кремля=kremlin', 'Дмитрий Песков=dmitry-peskov']],
    ['The daughter, Adut Salva Kiir, spoke.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
