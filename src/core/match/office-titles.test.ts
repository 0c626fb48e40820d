/** An office title before a person's gated surname alone (office-titles.ts), alone and in the matcher. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../glossary/compile.ts';
import { decodeGlossary, encodeGlossary } from '../glossary/binary.ts';
import type { AliasSpec, Entry } from '../glossary/schema.ts';
import { makeEntry } from './glossary.fixture.test.ts';
import { Matcher } from './matcher.ts';
import { officeKindsOf, officeTitleBefore } from './office-titles.ts';

const person = (id: string, label: string, summary: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, 'person', aliases, { label, summary });
const surname = (name: string, full: string): AliasSpec => ({ text: name, contexts: [full], scope: 'block' });

const GLOSSARY: Entry[] = [
  person('zelensky', 'Volodymyr Zelensky', 'President of Ukraine since 2019.', 'Volodymyr Zelensky', surname('Zelensky', 'Volodymyr Zelensky')),
  person('merz', 'Friedrich Merz', 'Chancellor of Germany since May 2025.', 'Friedrich Merz', surname('Merz', 'Friedrich Merz')),
  person('lavrov', 'Sergey Lavrov', 'Foreign minister of Russia since 2004.', 'Sergey Lavrov', surname('Lavrov', 'Sergey Lavrov')),
  person('john-healey', 'John Healey', 'UK Secretary of State for Defence since July 2024.', 'John Healey', surname('Healey', 'John Healey')),
  // Two people of one name: a title cannot tell them apart.
  person('bashar', 'Bashar al-Assad', 'President of Syria from 2000 to 2024.', 'Bashar al-Assad', surname('Assad', 'Bashar al-Assad')),
  person('hafez', 'Hafez al-Assad', 'President of Syria from 1971 to 2000.', 'Hafez al-Assad'),
];

const compiled = compileGlossary('test', GLOSSARY);
const matcher = new Matcher([compiled]);
const marks = (text: string, on = matcher): string[] => on.findMentions(text, { density: 'all' }).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('officeTitleBefore', () => {
  it.each([
    ['President Zelensky', 'President'],
    ['le président Macron', 'président'],
    ['Sen. Graham', 'Sen'],
    ['Foreign Minister Lavrov', 'Minister'],
    ['премьер-министр Мишустин', 'министр'],
    ['ex-President Bolsonaro', 'President'],
  ])('reads the title in %s', (text, word) => {
    expect(officeTitleBefore(text, text.lastIndexOf(' ') + 1)?.word).toBe(word);
  });

  it.each([['Mr Netanyahu'], ['Mrs Trump'], ['Dr Tedros'], ['President-elect Trump'], ['President\nZelensky'], ['XPresident Zelensky']])('reads no office title in %s', (text) => {
    expect(officeTitleBefore(text, Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n')) + 1)).toBeUndefined();
  });
});

describe('officeKindsOf', () => {
  it('finds the kinds of office a card names, and none in a card that names none', () => {
    const president = officeKindsOf(['President of Ukraine since 2019.']);
    expect(president & officeTitleBefore('Präsident X', 10)!.kind).not.toBe(0);
    expect(president & officeTitleBefore('Governor X', 9)!.kind).toBe(0);
    expect(officeKindsOf(['A singer and songwriter.'])).toBe(0);
  });
});

describe('a gated surname after an office title', () => {
  it.each([
    ['President Zelensky said talks would go on.', ['Zelensky=zelensky']],
    ['Chancellor Merz met him.', ['Merz=merz']],
    ['Kanzler Merz sagte am Montag', ['Merz=merz']],
    ['Foreign Minister Lavrov said so.', ['Lavrov=lavrov']],
    ['Defence Secretary Healey visited Kyiv.', ['Healey=john-healey']],
  ])('counts when the card names an office of the kind: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    // An office the card does not name: another person of the name.
    ['Governor Healey signed the bill.'],
    // An honorific says nothing of the office.
    ['Mr Zelensky said talks would go on.'],
    // Another name after the surname: another person.
    ['President Zelensky Olena spoke.'],
    // Two people of the glossary bear the name.
    ['In 1982 President Assad ordered the assault.'],
    // A headline in title case: the next word tells nothing.
    ['President Zelensky Meets Leaders In Rome'],
    // No title and no full name: the gate holds.
    ['Zelensky said talks would go on.'],
  ])('does not count: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('says which title decided it', () => {
    const [mention] = matcher.findMentions('President Zelensky said so.', { density: 'all' });
    expect(mention?.rule.context).toBe('President');
  });

  it('is stored with the compiled glossary, and off in a glossary stored before it was', () => {
    expect(marks('President Zelensky said so.', new Matcher([decodeGlossary(encodeGlossary(compiled).slice().buffer)]))).toEqual(['Zelensky=zelensky']);
    const { entryOffices: _offices, ...older } = compiled;
    expect(marks('President Zelensky said so.', new Matcher([older]))).toEqual([]);
  });
});
