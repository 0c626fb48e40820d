/**
 * The compiled glossary as one binary file: a JSON header (entries, aliases,
 * patterns) followed by the automaton's typed arrays, 4-byte aligned, so
 * loading is one fetch, one JSON.parse and a handful of array views.
 */
import type { Automaton } from '../automaton/automaton.ts';
import type { CompiledGlossary } from './compiled.ts';

const MAGIC = 0x31474742; // "BGG1", little-endian
const ROOT_BITS_LENGTH = 65536 / 32;

type Header = Omit<CompiledGlossary, 'automaton'> & { readonly states: number; readonly patternCount: number };

const align4 = (n: number): number => (n + 3) & ~3;

export function encodeGlossary(glossary: CompiledGlossary): Uint8Array {
  const { automaton, ...rest } = glossary;
  const states = automaton.fail.length;
  const header: Header = { ...rest, states, patternCount: automaton.patternLength.length };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const arrays: ArrayBufferView[] = [
    automaton.edgeStart,
    automaton.edgeChar,
    automaton.fail,
    automaton.output,
    automaton.dictLink,
    automaton.patternLength,
    automaton.rootBits,
  ];
  let size = align4(8 + json.byteLength);
  for (const array of arrays) size += align4(array.byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.byteLength, true);
  bytes.set(json, 8);
  let offset = align4(8 + json.byteLength);
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += align4(array.byteLength);
  }
  return bytes;
}

/** Decode a file written by `encodeGlossary`. Throws a readable error on anything else. */
export function decodeGlossary(buffer: ArrayBuffer): CompiledGlossary {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a compiled Backgrounder glossary');
  const jsonLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, jsonLength))) as Header;
  const { states, patternCount, ...rest } = header;
  let offset = align4(8 + jsonLength);
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
    if (offset + length * width > buffer.byteLength) throw new Error('compiled glossary is truncated');
    const array = make(buffer, offset, length);
    offset += align4(length * width);
    return array;
  };
  const u32 = (b: ArrayBuffer, o: number, l: number) => new Uint32Array(b, o, l);
  const i32 = (b: ArrayBuffer, o: number, l: number) => new Int32Array(b, o, l);
  const automaton: Automaton = {
    edgeStart: take(u32, states + 1, 4),
    edgeChar: take((b, o, l) => new Uint16Array(b, o, l), Math.max(states - 1, 0), 2),
    fail: take(u32, states, 4),
    output: take(i32, states, 4),
    dictLink: take(i32, states, 4),
    patternLength: take(u32, patternCount, 4),
    rootBits: take(u32, ROOT_BITS_LENGTH, 4),
  };
  return { ...rest, automaton };
}
