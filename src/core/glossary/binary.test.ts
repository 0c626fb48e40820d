import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Matcher } from '../match/matcher.ts';
import { FIXTURE_ALIAS_TEXTS, FIXTURE_CONTEXT_TERMS, FIXTURE_ENTRIES, fixtureGlossary, makeEntry } from '../match/glossary.fixture.test.ts';
import { decodeGlossary, decodeGlossarySteps, encodeGlossary, glossaryFromBase64, glossaryToBase64 } from './binary.ts';
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
    expect(roundTrip(glossary)).toEqual(glossary);
  });

  it('decodes in steps to the same glossary, pausing between the header and each pass over the automaton', () => {
    const steps = decodeGlossarySteps(encodeGlossary(glossary).slice().buffer);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(step.value).toEqual(glossary);
  });

  it('encodes a decoded glossary to the same bytes', () => {
    const bytes = encodeGlossary(glossary);
    expect(encodeGlossary(decodeGlossary(bytes.slice().buffer))).toEqual(bytes);
  });

  it('stores id columns narrower and widens them back to their own types', () => {
    const decodedGlossary = roundTrip(glossary);
    expect(decodedGlossary.aliasText).toBeInstanceOf(Uint32Array);
    expect(decodedGlossary.automaton.fail).toBeInstanceOf(Uint32Array);
    expect(decodedGlossary.patternContext).toBeInstanceOf(Int32Array);
    expect(encodeGlossary(glossary).byteLength).toBeLessThan(encodeFullWidth(glossary).byteLength * 0.8);
  });

  it('keeps a column whose values need all 32 bits', () => {
    const wide = { ...glossary, aliasText: Uint32Array.from(glossary.aliasText, (value, i) => (i === 0 ? 70_000 : value)) };
    expect(roundTrip(wide).aliasText).toEqual(wide.aliasText);
  });

  it('decodes a glossary stored before columns were narrowed (the reader\'s imports in storage)', () => {
    const text = SENTENCES.join('\n');
    const old = new Matcher([decodeGlossary(encodeFullWidth(glossary))]);
    expect(old.findMentions(text, { density: 'all' })).toEqual(original.findMentions(text, { density: 'all' }));
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

type AnyColumn = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** The format before narrowing: every column at its own width, no `stored` type in the header. */
function encodeFullWidth(glossary: CompiledGlossary): ArrayBuffer {
  const tables = ['entryId', 'entryLabel', 'entryKind', 'aliasEntry', 'aliasText', 'aliasCased', 'aliasFlags', 'aliasContextStart', 'aliasContexts', 'aliasNotContextStart', 'aliasNotContexts', 'contextText', 'patternFormStart', 'formAlias', 'formSuffix', 'patternContext', 'patternBlocker'] as const;
  const automaton = ['childCount', 'edgeChar', 'fail', 'patternState', 'patternLength'] as const;
  const named: Array<[string, AnyColumn]> = [...tables.map((n): [string, AnyColumn] => [n, glossary[n]]), ...automaton.map((n): [string, AnyColumn] => [`automaton.${n}`, glossary.automaton[n]])];
  const typeOf = (c: AnyColumn): string => (c instanceof Uint8Array ? 'u8' : c instanceof Uint16Array ? 'u16' : c instanceof Uint32Array ? 'u32' : 'i32');
  const json = new TextEncoder().encode(JSON.stringify({ name: glossary.name, strings: glossary.strings, columns: named.map(([n, c]) => [n, typeOf(c), c.length]) }));
  const align4 = (n: number): number => (n + 3) & ~3;
  const bytes = new Uint8Array(named.reduce((size, [, c]) => size + align4(c.byteLength), align4(8 + json.byteLength)));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, new DataView(encodeGlossary(glossary).buffer).getUint32(0, true), true);
  view.setUint32(4, json.byteLength, true);
  bytes.set(json, 8);
  let offset = align4(8 + json.byteLength);
  for (const [, c] of named) {
    bytes.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), offset);
    offset += align4(c.byteLength);
  }
  return bytes.buffer;
}
