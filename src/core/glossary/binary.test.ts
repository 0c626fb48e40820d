import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Matcher } from '../match/matcher.ts';
import { FIXTURE_ALIAS_TEXTS, FIXTURE_CONTEXT_TERMS, FIXTURE_ENTRIES, fixtureGlossary, makeEntry } from '../match/glossary.fixture.test.ts';
import { decodeGlossary, encodeGlossary, glossaryColumnSizes, glossaryFromBase64, glossaryToBase64, PackedStrings } from './binary.ts';
import { compileGlossary } from './compile.ts';
import type { CompiledGlossary } from './compiled.ts';

/** The encoded bytes in a buffer of their own, as `fetch(...).arrayBuffer()` would give them. */
const roundTrip = (glossary: CompiledGlossary): CompiledGlossary => decodeGlossary(encodeGlossary(glossary).slice().buffer);

const SENTENCES = [
  'Fatah and Hamas met in Cairo; Fatah al-Islam did not.',
  'The UN Security Council, the UN and UNESCO; a woman from Oman.',
  'Erdoğan, Erdogan and Recep Tayyip Erdoğan’s party; Ḥizbullāh and Hezbollah.',
  'PA officials in Ramallah discussed the two-state solutions and the intifadas.',
  'Georgia, near Tbilisi and South Ossetia; Georgia again.',
  'Le Conseil de sécurité de l’ONU et l’Autorité palestinienne en Cisjordanie.',
  'Hamás y Fatah, la ONU, EE. UU. y la Unión Europea (UE).',
  'قالت حماس وحركة فتح إن الأمم المتحدة بالضفة الغربية',
  '联合国安理会和中国、美国、哈马斯在加沙。',
  'IS fighters near Raqqa; Turkey, China and Chad; the US and the EU.',
];

describe('encodeGlossary / decodeGlossary', () => {
  const glossary = fixtureGlossary();
  const original = new Matcher([glossary]);
  const decoded = new Matcher([roundTrip(glossary)]);

  it.each(SENTENCES)('gives identical mentions: %s', (text) => {
    const expected = original.findMentions(text, { density: 'all' });
    expect(expected.length).toBeGreaterThan(0);
    expect(decoded.findMentions(text, { density: 'all' })).toEqual(expected);
    expect(decoded.findMentions(text, { density: 'first' })).toEqual(original.findMentions(text, { density: 'first' }));
  });

  it('gives identical mentions on generated text', () => {
    const word = fc.oneof(fc.constantFrom(...FIXTURE_ALIAS_TEXTS, ...FIXTURE_CONTEXT_TERMS), fc.string({ maxLength: 6 }));
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '', ', ', '-', '’s ')), { maxLength: 20 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(decoded.findMentions(t, { density: 'all' })).toEqual(original.findMentions(t, { density: 'all' }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps entries', () => {
    for (const entry of FIXTURE_ENTRIES) expect(decoded.entry(entry.id)).toEqual(original.entry(entry.id));
  });

  it('decodes to the same glossary', () => {
    expect(plain(roundTrip(glossary))).toEqual(plain(glossary));
  });

  it('encodes a decoded glossary to the same bytes', () => {
    const bytes = encodeGlossary(glossary);
    expect(encodeGlossary(decodeGlossary(bytes.slice().buffer))).toEqual(bytes);
  });

  it('decodes to views over the file\'s own buffer where a column is stored as it is read, widens the rest, and rebuilds the automaton\'s small tables', () => {
    const buffer = encodeGlossary(glossary).slice().buffer;
    const decodedGlossary = decodeGlossary(buffer);
    // The fixture has fewer than 256 aliases and states with fewer than 256 children: both are stored as bytes.
    for (const column of [decodedGlossary.aliasFlags, decodedGlossary.patternBlocker]) expect(column.buffer).toBe(buffer);
    for (const column of [decodedGlossary.aliasText, decodedGlossary.automaton.edgeStart, decodedGlossary.automaton.childCount, decodedGlossary.automaton.dictLink]) expect(column.buffer).not.toBe(buffer);
    expect(decodedGlossary.aliasText).toBeInstanceOf(Uint32Array);
    expect(decodedGlossary.patternContext).toBeInstanceOf(Int32Array);
    expect(decodedGlossary.automaton.childCount).toBeInstanceOf(Uint16Array);
    expect(plain(decodedGlossary).automaton).toEqual(glossary.automaton);
  });

  it('stores each column at the narrowest type that holds its values, and the strings as WTF-8', () => {
    const sizes = new Map(glossaryColumnSizes(encodeGlossary(glossary)).map((column) => [column.name, column]));
    expect(sizes.get('aliasText')?.type).toBe('u8');
    expect(sizes.get('patternContext')?.type).toBe('i8');
    expect(sizes.get('automaton.fail')?.type).toMatch(/^u(8|16)$/);
    expect(sizes.has('automaton.output')).toBe(false);
    expect(sizes.get('automaton.dictLinkState')!.length).toBeLessThan(glossary.automaton.dictLink.length / 2);
    let units = 0;
    for (let i = 0; i < glossary.strings.length; i++) units += glossary.strings.at(i)!.length;
    expect(sizes.get('strings.wtf8')!.length).toBeLessThan(units * 2); // fewer bytes than UTF-16, with Arabic, Chinese and accents in the fixture
    const wide = compileGlossary('wide', Array.from({ length: 300 }, (_, i) => makeEntry(`e${i}`, 'concept', [`Name ${i}`])));
    const wideSizes = new Map(glossaryColumnSizes(encodeGlossary(wide)).map((column) => [column.name, column]));
    expect(wideSizes.get('aliasEntry')?.type).toBe('u16');
    expect(new Matcher([roundTrip(wide)]).findMentions('Name 299 and Name 7', { density: 'all' }).map((m) => m.entryId)).toEqual(['e299', 'e7']);
  });

  it('decodes each string when first asked for, code units as they are', () => {
    const strings = ['', 'Hamas', '\ud800 lone', 'lone \udfff', '\udbff\ud800', 'x'.repeat(20_000), 'é'.repeat(20_000), '𠮷野家', 'Ḥizbullāh', 'حماس', 'Ελλάδα', '\u007f\u0080\u07ff\u0800\uffff'];
    const packed = PackedStrings.pack(strings);
    const table = new PackedStrings(packed.bytes, packed.start);
    expect(Array.from({ length: table.length }, (_, i) => table.at(i))).toEqual(strings);
    expect(table.at(-1)).toBeUndefined();
    expect(table.at(strings.length)).toBeUndefined();
  });

  it('refuses a glossary in an earlier format with a clear error (the reader\'s imports are compiled again from their entries)', () => {
    const earlier = encodeGlossary(glossary).slice();
    new DataView(earlier.buffer).setUint32(0, 0x33474742, true); // "BGG3", before the narrow columns
    expect(() => decodeGlossary(earlier.buffer)).toThrow(/another version/);
  });

  it('round-trips an empty glossary and a glossary of astral names', () => {
    const empty = compileGlossary('empty', []);
    expect(new Matcher([roundTrip(empty)]).findMentions('Hamas', { density: 'all' })).toEqual([]);
    const astral = compileGlossary('astral', [makeEntry('yoshinoya', 'organisation', ['𠮷野家', '𝐘𝐨𝐬𝐡𝐢𝐧𝐨𝐲𝐚'])]);
    const text = '𠮷野家で Yoshinoya';
    const mentions = new Matcher([roundTrip(astral)]).findMentions(text, { density: 'all' });
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['𠮷野家', 'Yoshinoya']);
  });

  it('round-trips through base64', () => {
    const text = SENTENCES.join('\n');
    const viaBase64 = new Matcher([glossaryFromBase64(glossaryToBase64(encodeGlossary(glossary)))]);
    expect(viaBase64.findMentions(text, { density: 'all' })).toEqual(original.findMentions(text, { density: 'all' }));
  });

  it('rejects bytes that are not a compiled glossary', () => {
    expect(() => decodeGlossary(new ArrayBuffer(0))).toThrow(/not a compiled Backgrounder glossary/);
    expect(() => decodeGlossary(new TextEncoder().encode('{"name":"x","entries":[]}').slice().buffer)).toThrow(/not a compiled Backgrounder glossary/);
  });

  it('rejects a truncated file', () => {
    const bytes = encodeGlossary(glossary);
    expect(() => decodeGlossary(bytes.slice(0, bytes.length - 64).buffer)).toThrow(/truncated/);
  });
});

/** A glossary with its strings as an array, to compare whatever form they are kept in. */
const plain = (g: CompiledGlossary) => ({ ...g, strings: Array.from({ length: g.strings.length }, (_, i) => g.strings.at(i)) });
