import { describe, expect, it } from 'vitest';
import { Matcher } from '../match/matcher.ts';
import { makeEntry, FIXTURE_ENTRIES } from '../match/glossary.fixture.test.ts';
import { compileGlossary, pluralSuffix, resolveCase } from './compile.ts';
import { GIVEN_NAME_GATE, NAME_PART_GATE } from './compiled.ts';
import type { AliasSpec, Entry } from './schema.ts';

const entry = (id: string, ...aliases: AliasSpec[]): Entry => makeEntry(id, 'concept', aliases);

function marks(entries: Entry[], text: string): Array<[string, string]> {
  return new Matcher([compileGlossary('test', entries)])
    .findMentions(text, { density: 'all' })
    .map((m) => [text.slice(m.start, m.end), m.entryId]);
}

describe('resolveCase', () => {
  it.each<[AliasSpec, string, 'sensitive' | 'insensitive']>([
    ['Hamas', 'hamas', 'sensitive'],
    ['PA', 'pa', 'sensitive'],
    ['U.S.', 'u.s.', 'sensitive'],
    ['中国', '中国', 'sensitive'],
    ['Palestinian Authority', 'palestinian authority', 'insensitive'],
    ['al-Qaeda', 'al qaeda', 'insensitive'],
    [{ text: 'Turkey' }, 'turkey', 'sensitive'],
    [{ text: 'Turkey', case: 'auto' }, 'turkey', 'sensitive'],
    [{ text: 'UNESCO', case: 'insensitive' }, 'unesco', 'insensitive'],
    [{ text: 'Security Council', case: 'sensitive' }, 'security council', 'sensitive'],
  ])('%j', (spec, folded, expected) => {
    expect(resolveCase(spec, folded)).toBe(expected);
  });
});

describe('pluralSuffix', () => {
  it.each([
    ['intifada', 's'],
    ['two state solution', 's'],
    ['hamas', 'es'],
    ['box', 'es'],
    ['blitz', 'es'],
    ['church', 'es'],
    ['clash', 'es'],
    ['summit', 's'],
    ['monarch', 'es'], // the rule is spelling-based: "monarches", not "monarchs"
  ])('%s + %s', (folded, suffix) => {
    expect(pluralSuffix(folded)).toBe(suffix);
  });
});

describe('compileGlossary: rules become matching behaviour', () => {
  it.each<[label: string, entries: Entry[], text: string, expected: Array<[string, string]>]>([
    ['auto case, one word: as written, capitalised or in capitals', [entry('x', 'intifada')], 'intifada Intifada INTIFADA iNTIFADA', [['intifada', 'x'], ['Intifada', 'x'], ['INTIFADA', 'x']]],
    ['auto case, acronym: only as written', [entry('x', 'EU')], 'EU eu Eu', [['EU', 'x']]],
    ['auto case, several words: any case but all lower case', [entry('x', 'West Bank')], 'west bank WEST BANK wEST bANK', [['WEST BANK', 'x'], ['wEST bANK', 'x']]],
    ['a several-word alias written in lower case matches in lower case', [entry('x', 'two-state solution')], 'a two-state solution', [['two-state solution', 'x']]],
    ['a gated several-word name matches in lower case where its gate is met', [entry('x', { text: 'Legislative Council', contexts: ['Hong Kong'], scope: 'block' })], "Hong Kong's legislative council", [['legislative council', 'x']]],
    ['explicit insensitive, one word', [entry('x', { text: 'UNESCO', case: 'insensitive' })], 'Unesco unesco', [['Unesco', 'x'], ['unesco', 'x']]],
    ['explicit sensitive, several words', [entry('x', { text: 'Security Council', case: 'sensitive' })], 'security council Security council SECURITY COUNCIL Security Council', [['SECURITY COUNCIL', 'x'], ['Security Council', 'x']]],
    ['plural adds s', [entry('x', { text: 'intifada', plural: true })], 'intifada intifadas', [['intifada', 'x'], ['intifadas', 'x']]],
    ['plural adds es after a sibilant', [entry('x', { text: 'Hamas', plural: true })], 'Hamases Hamass', [['Hamases', 'x']]],
    ['no plural unless asked', [entry('x', 'intifada')], 'intifadas', []],
    ['plural of a several-word alias', [entry('x', { text: 'two-state solution', plural: true })], 'Two-State Solutions', [['Two-State Solutions', 'x']]],
    ['plural keeps the case rule of the alias', [entry('x', { text: 'PA', plural: true })], 'PAs pas', [['PAs', 'x']]],
    ['gated alias', [entry('x', { text: 'PA', contexts: ['Ramallah'] })], 'PA', []],
    ['gated alias with its context', [entry('x', { text: 'PA', contexts: ['Ramallah'] })], 'PA, Ramallah', [['PA', 'x']]],
    ['a context term is also an alias', [entry('x', { text: 'PA', contexts: ['Ramallah'] }), entry('ramallah', 'Ramallah')], 'PA, Ramallah', [['PA', 'x'], ['Ramallah', 'ramallah']]],
    ['a context term shared by two aliases', [entry('x', { text: 'PA', contexts: ['Ramallah'] }), entry('y', { text: 'Abbas', contexts: ['ramallah'] })], 'PA, Abbas, RAMALLAH', [['PA', 'x'], ['Abbas', 'y']]],
    ['exclusion', [entry('x', { text: 'Fatah', exclude: ['Fatah al-Islam'] })], 'Fatah al-Islam', []],
    ['an alias of ignorable characters only is skipped', [entry('x', '\u00ad\u200b', 'Hamas')], 'Hamas \u00ad', [['Hamas', 'x']]],
    ['an exclusion of ignorable characters only is skipped', [entry('x', { text: 'Fatah', exclude: ['\u200b'] })], 'Fatah', [['Fatah', 'x']]],
    ['a context of ignorable characters only can never be found', [entry('x', { text: 'PA', contexts: ['\u200b'] })], 'PA \u200b', []],
    ['a context made of a dash only can never be found', [entry('x', { text: 'PA', contexts: ['—'] })], 'PA — PA', []],
    ['diacritics in the alias', [entry('x', 'Ḥizbullāh')], 'Hizbullah', [['Hizbullah', 'x']]],
    ['diacritics in the text', [entry('x', 'Hizbullah')], 'Ḥizbullāh', [['Ḥizbullāh', 'x']]],
    ['apostrophe variants in the alias', [entry('x', "People's Republic")], 'People’s Republic', [['People’s Republic', 'x']]],
  ])('%s', (_label, entries, text, expected) => {
    expect(marks(entries, text)).toEqual(expected);
  });

  it('one alias of two entries shares one pattern', () => {
    const shared = compileGlossary('t', [entry('a', { text: 'Georgia', contexts: ['Tbilisi'] }), entry('b', { text: 'Georgia', contexts: ['Atlanta'] })]);
    const single = compileGlossary('t', [entry('a', { text: 'Georgia', contexts: ['Tbilisi'] }), entry('b', { text: 'Gruzia', contexts: ['Atlanta'] })]);
    // georgia, tbilisi, atlanta; versus georgia, gruzia, tbilisi, atlanta.
    expect(shared.automaton.patternLength.length).toBe(3);
    expect(single.automaton.patternLength.length).toBe(4);
  });

  it('counts one pattern per distinct folded form, plural, context and exclusion', () => {
    const glossary = compileGlossary('t', [
      entry('a', 'Hamas', { text: 'intifada', plural: true }, { text: 'PA', contexts: ['Ramallah', 'West Bank'] }, { text: 'Fatah', exclude: ['Fatah al-Islam'] }),
      entry('b', { text: 'PA', contexts: ['Pennsylvania', 'ramallah'] }, 'Ramallah', 'West-Bank town'),
    ]);
    // hamas, intifada, intifadas, pa, ramallah, west bank, fatah, fatah al islam, pennsylvania, west bank town
    expect(glossary.automaton.patternLength.length).toBe(10);
  });

  it('is deterministic', () => {
    expect(compileGlossary('fixture', FIXTURE_ENTRIES)).toEqual(compileGlossary('fixture', FIXTURE_ENTRIES));
  });

  it('keeps entries in order', () => {
    const matcher = new Matcher([compileGlossary('fixture', FIXTURE_ENTRIES)]);
    expect(FIXTURE_ENTRIES.map((e) => matcher.entry(e.id)?.label)).toEqual(FIXTURE_ENTRIES.map((e) => e.label));
    expect(FIXTURE_ENTRIES.map((e) => matcher.entry(e.id)?.kind)).toEqual(FIXTURE_ENTRIES.map((e) => e.kind));
  });

  it('compiles an empty glossary', () => {
    const matcher = new Matcher([compileGlossary('empty', [])]);
    expect(matcher.findMentions('Hamas', { density: 'all' })).toEqual([]);
  });
});

describe('compileGlossary: name gates become alias flags', () => {
  const flags = (entries: Entry[]) => compileGlossary('test', entries).aliasFlags;
  const person = (label: string, ...aliases: AliasSpec[]): Entry => makeEntry('p', 'person', aliases, { label });

  it('givenName sets the given-name gate', () => {
    expect(Array.from(flags([entry('x', { text: 'Georgia', givenName: true }), entry('y', 'Georgia')]), (f) => f & GIVEN_NAME_GATE)).toEqual([GIVEN_NAME_GATE, 0]);
  });

  it('a one-word alias that is a word of the person\'s longer names gets the name-part gate', () => {
    const compiled = flags([person('Cindy McCain', 'Cindy McCain', { text: 'McCain', contexts: ['Cindy McCain'] }, 'Cindy', 'Maccy', 'マケイン', 'Cindy Lou McCain')]);
    expect(Array.from(compiled, (f) => (f & NAME_PART_GATE) !== 0)).toEqual([false, true, true, false, false, false]);
  });

  it('only for people', () => {
    expect(Array.from(flags([makeEntry('x', 'place', ['Kursk Oblast', 'Kursk'], { label: 'Kursk Oblast' })]), (f) => f & NAME_PART_GATE)).toEqual([0, 0]);
  });
});

describe('compileGlossary: scope becomes an alias flag', () => {
  it.each<[AliasSpec, 'page' | 'block' | 'near']>([
    ['Kursk', 'page'],
    [{ text: 'Kursk', contexts: ['oblast'] }, 'page'],
    [{ text: 'Kursk', contexts: ['oblast'], scope: 'page' }, 'page'],
    [{ text: 'Kursk', contexts: ['oblast'], scope: 'block' }, 'block'],
    [{ text: 'Kursk', contexts: ['oblast'], scope: 'near' }, 'near'],
  ])('%j', (spec, scope) => {
    expect(new Matcher([compileGlossary('test', [entry('x', spec)])]).aliasInfo(0).scope).toBe(scope);
  });
});
