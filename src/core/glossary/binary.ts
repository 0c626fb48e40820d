/**
 * The compiled glossary as bytes, laid out so that loading it is making
 * typed-array views over the one ArrayBuffer the file was read into: no
 * base64, no inflating, no parsing per field, no pass over the automaton.
 *
 * A small JSON header (name, column layout) is followed by the columns, each
 * at its own type and 4-byte aligned: the tables, the automaton with its
 * derived tables (edge offsets, outputs, dictionary links, the root's bitmap
 * and ASCII row) and the strings, packed as UTF-16 code units with a start
 * offset each, decoded one at a time when first asked for. The background
 * reads the bundled glossary this way (glossary.bin); with 100,000 names the
 * strings alone were a 4 MB JSON header to parse, and the passes over 550,000
 * states took longer than reading the file.
 *
 * Columns are found by name, so a column may be added (a new alias flag needs
 * none: flags are bits of `aliasFlags`) and an old reader fails clearly on a
 * column it lacks.
 */
import type { Automaton } from '../automaton/automaton.ts';
import type { Steps } from '../steps.ts';
import type { CompiledGlossary, StringList } from './compiled.ts';

const MAGIC = 0x33474742; // "BGG3", little-endian

type ArrayType = 'u8' | 'u16' | 'u32' | 'i32';
type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** The columns stored, in file order. */
const TABLE_COLUMNS = [
  'entryId', 'entryLabel', 'entryKind',
  'aliasEntry', 'aliasText', 'aliasCased', 'aliasFlags',
  'aliasContextStart', 'aliasContexts', 'aliasNotContextStart', 'aliasNotContexts',
  'contextText',
  'patternFormStart', 'formAlias', 'formSuffix', 'patternContext', 'patternBlocker',
] as const satisfies ReadonlyArray<keyof CompiledGlossary>;
const AUTOMATON_COLUMNS = [
  'childCount', 'edgeChar', 'fail', 'patternState', 'patternLength',
  'edgeStart', 'output', 'dictLink', 'rootBits', 'rootAscii',
] as const satisfies ReadonlyArray<keyof Automaton>;
const STRING_TEXT = 'strings.text';
const STRING_START = 'strings.start';

interface Header {
  readonly name: string;
  readonly columns: ReadonlyArray<readonly [name: string, type: ArrayType, length: number]>;
}

const align4 = (n: number): number => (n + 3) & ~3;

function typeOf(column: Column): ArrayType {
  if (column instanceof Uint8Array) return 'u8';
  if (column instanceof Uint16Array) return 'u16';
  if (column instanceof Uint32Array) return 'u32';
  return 'i32';
}

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array } as const satisfies Record<ArrayType, unknown>;

/**
 * Strings packed as UTF-16 code units, decoded on first use: a page of text
 * asks for a few dozen of a glossary's hundreds of thousands.
 */
export class PackedStrings implements StringList {
  readonly #text: Uint16Array;
  readonly #start: Uint32Array;
  readonly #decoded: Array<string | undefined>;

  constructor(text: Uint16Array, start: Uint32Array) {
    this.#text = text;
    this.#start = start;
    this.#decoded = new Array<string | undefined>(Math.max(start.length - 1, 0));
  }

  static pack(strings: StringList): { text: Uint16Array; start: Uint32Array } {
    const start = new Uint32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++) start[i + 1] = start[i]! + strings.at(i)!.length;
    const text = new Uint16Array(start[strings.length]!);
    for (let i = 0; i < strings.length; i++) {
      const value = strings.at(i)!;
      for (let unit = 0; unit < value.length; unit++) text[start[i]! + unit] = value.charCodeAt(unit);
    }
    return { text, start };
  }

  get length(): number {
    return this.#decoded.length;
  }

  at(index: number): string | undefined {
    if (index < 0 || index >= this.#decoded.length) return undefined;
    let value = this.#decoded[index];
    if (value === undefined) {
      // Code units as they are (TextDecoder would replace a lone surrogate), in chunks that fit in a call's arguments.
      const end = this.#start[index + 1]!;
      value = '';
      for (let from = this.#start[index]!; from < end; from += 8192) value += String.fromCharCode(...this.#text.subarray(from, Math.min(end, from + 8192)));
      this.#decoded[index] = value;
    }
    return value;
  }
}

export function encodeGlossary(glossary: CompiledGlossary): Uint8Array {
  const packed = PackedStrings.pack(glossary.strings);
  const named: Array<[string, Column]> = [
    ...TABLE_COLUMNS.map((name): [string, Column] => [name, glossary[name]]),
    ...AUTOMATON_COLUMNS.map((name): [string, Column] => [`automaton.${name}`, glossary.automaton[name]]),
    [STRING_TEXT, packed.text],
    [STRING_START, packed.start],
  ];
  const header: Header = { name: glossary.name, columns: named.map(([name, column]) => [name, typeOf(column), column.length]) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align4(8 + json.byteLength);
  for (const [, column] of named) size += align4(column.byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.byteLength, true);
  bytes.set(json, 8);
  let offset = align4(8 + json.byteLength);
  for (const [, column] of named) {
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), offset);
    offset += align4(column.byteLength);
  }
  return bytes;
}

/** `decodeGlossary` as steps, for callers written for the earlier format that decoded in several (now there is one). */
export function* decodeGlossarySteps(buffer: ArrayBuffer): Steps<CompiledGlossary> {
  yield;
  return decodeGlossary(buffer);
}

/** Decode bytes written by `encodeGlossary`: views over `buffer`, which must stay unchanged. Throws a readable error on anything else. */
export function decodeGlossary(buffer: ArrayBuffer): CompiledGlossary {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a compiled Backgrounder glossary (or one from another version)');
  const jsonLength = view.getUint32(4, true);
  if (8 + jsonLength > buffer.byteLength) throw new Error('compiled glossary is truncated');
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, jsonLength))) as Header;
  const columns = new Map<string, Column>();
  let offset = align4(8 + jsonLength);
  for (const [name, type, length] of header.columns) {
    const width = ARRAYS[type].BYTES_PER_ELEMENT;
    if (offset + length * width > buffer.byteLength) throw new Error('compiled glossary is truncated');
    columns.set(name, new ARRAYS[type](buffer, offset, length));
    offset += align4(length * width);
  }
  const take = <T extends Column>(name: string): T => {
    const column = columns.get(name);
    if (!column) throw new Error(`compiled glossary lacks column ${name}`);
    return column as T;
  };
  const tables = Object.fromEntries(TABLE_COLUMNS.map((name) => [name, take(name)])) as unknown as Pick<CompiledGlossary, (typeof TABLE_COLUMNS)[number]>;
  const automaton = Object.fromEntries(AUTOMATON_COLUMNS.map((name) => [name, take(`automaton.${name}`)])) as unknown as Automaton;
  const strings = new PackedStrings(take<Uint16Array>(STRING_TEXT), take<Uint32Array>(STRING_START));
  return { name: header.name, strings, ...tables, automaton };
}

/** Base64 of the encoded glossary, the form in which the reader's glossaries are kept in storage.local. */
export function glossaryToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The bytes of a base64 text. */
export function base64ToBytes(base64: string): ArrayBuffer {
  // Uint8Array.fromBase64 (Chrome 140, Firefox 133) decodes natively; the loop is for older engines and Node 20.
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (native) return native(base64).buffer as ArrayBuffer;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function glossaryFromBase64(base64: string): CompiledGlossary {
  return decodeGlossary(base64ToBytes(base64));
}
