/**
 * The compiled glossary as bytes, laid out so that loading it is making
 * typed-array views over the one ArrayBuffer the file was read into, plus a
 * few linear passes: no base64, no inflating, no parsing per field.
 *
 * A small JSON header (name, column layout) is followed by the columns, each
 * 4-byte aligned and stored at the narrowest type that holds its values (an
 * index column of a glossary with fewer than 65,536 strings is 16-bit). The
 * strings are packed as WTF-8 with a byte offset each (binary-strings.ts),
 * decoded one at a time when first asked for. Of the automaton's derived
 * tables only those that a pass over a few ten thousand items rebuilds are
 * left out (binary-automaton.ts).
 *
 * Why: the background reads this file (glossary.bin) whenever the browser
 * starts it again, and a page waits for that read; reading an extension's
 * file in a service worker costs tens of milliseconds per megabyte, decoding
 * a few tens of milliseconds (issue #14, docs/page-work.md). Two derived
 * tables of the automaton and the needlessly 32-bit columns were a third of
 * the file, UTF-16 strings another 6%.
 *
 * Columns are found by name, so a column may be added (a new alias flag needs
 * none: flags are bits of `aliasFlags`) and an old reader fails clearly on a
 * column it lacks.
 */
import type { Steps } from '../steps.ts';
import { AUTOMATON_COLUMN_TYPES, automatonFromColumns, storedAutomatonColumns, type StoredAutomatonColumns } from './binary-automaton.ts';
import { PackedStrings } from './binary-strings.ts';
import type { CompiledGlossary } from './compiled.ts';

export { PackedStrings } from './binary-strings.ts';

const MAGIC = 0x34474742; // "BGG4", little-endian

type ArrayType = 'u8' | 'u16' | 'u32' | 'i8' | 'i16' | 'i32';
type Column = Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array;

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i8: Int8Array, i16: Int16Array, i32: Int32Array } as const satisfies Record<ArrayType, unknown>;

type TableColumn = keyof Omit<CompiledGlossary, 'name' | 'strings' | 'automaton' | OptionalColumn>;

/** The columns stored, in file order, each with the type the matcher reads it as. */
const TABLE_COLUMNS = {
  entryId: 'u32', entryLabel: 'u32', entryKind: 'u8',
  aliasEntry: 'u32', aliasText: 'u32', aliasCased: 'u32', aliasFlags: 'u8',
  aliasContextStart: 'u32', aliasContexts: 'u32', aliasNotContextStart: 'u32', aliasNotContexts: 'u32',
  contextText: 'u32',
  patternFormStart: 'u32', formAlias: 'u32', formSuffix: 'u8', patternContext: 'i32', patternBlocker: 'u8',
} as const satisfies Record<TableColumn, ArrayType>;
/** Optional columns (compiled.ts), all u32: a glossary stored before one was added has none. */
const OPTIONAL_COLUMNS = ['nameWords', 'entryCountryStart', 'entryCountries', 'entryOffices'] as const;
type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
const STRING_BYTES = 'strings.wtf8';
const STRING_START = 'strings.start';

interface Header {
  readonly name: string;
  readonly columns: ReadonlyArray<readonly [name: string, type: ArrayType, length: number]>;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** The narrowest type that holds every value of `column`. */
function narrowestType(column: Column): ArrayType {
  let min = 0;
  let max = 0;
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min < 0) return min >= -0x80 && max < 0x80 ? 'i8' : min >= -0x8000 && max < 0x8000 ? 'i16' : 'i32';
  return max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'u32';
}

function withType(column: Column, type: ArrayType): Column {
  // The constructor copies a typed array natively, converting each element; `from` may go through its iterator.
  return column instanceof ARRAYS[type] ? column : new ARRAYS[type](column);
}

export function encodeGlossary(glossary: CompiledGlossary): Uint8Array {
  const packed = PackedStrings.pack(glossary.strings);
  const named: Array<[string, Column]> = [
    ...Object.keys(TABLE_COLUMNS).map((name): [string, Column] => [name, glossary[name as TableColumn]]),
    ...Object.entries(storedAutomatonColumns(glossary.automaton)).map(([name, column]): [string, Column] => [`automaton.${name}`, column]),
    [STRING_BYTES, packed.bytes],
    [STRING_START, packed.start],
    ...OPTIONAL_COLUMNS.flatMap((name): Array<[string, Column]> => (glossary[name] ? [[name, glossary[name]]] : [])),
  ];
  const stored = named.map(([name, column]): [string, Column] => [name, withType(column, narrowestType(column))]);
  const header: Header = { name: glossary.name, columns: stored.map(([name, column]) => [name, typeOf(column), column.length]) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align4(8 + json.byteLength);
  for (const [, column] of stored) size += align4(column.byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.byteLength, true);
  bytes.set(json, 8);
  let offset = align4(8 + json.byteLength);
  for (const [, column] of stored) {
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), offset);
    offset += align4(column.byteLength);
  }
  return bytes;
}

function typeOf(column: Column): ArrayType {
  return (Object.keys(ARRAYS) as ArrayType[]).find((type) => column instanceof ARRAYS[type])!;
}

/** What each column of an encoded glossary takes, in file order: for the build's report of where the bytes go. */
export function glossaryColumnSizes(bytes: Uint8Array): Array<{ name: string; type: string; length: number; bytes: number }> {
  const { header, headerBytes } = readHeader(bytes.slice().buffer);
  return [
    { name: 'header', type: 'json', length: headerBytes, bytes: align4(8 + headerBytes) },
    ...header.columns.map(([name, type, length]) => ({ name, type, length, bytes: align4(length * ARRAYS[type].BYTES_PER_ELEMENT) })),
  ];
}

function readHeader(buffer: ArrayBuffer): { header: Header; headerBytes: number } {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a compiled Backgrounder glossary (or one from another version)');
  const headerBytes = view.getUint32(4, true);
  if (8 + headerBytes > buffer.byteLength) throw new Error('compiled glossary is truncated');
  return { header: JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerBytes))) as Header, headerBytes };
}

/** `decodeGlossary` as steps, for callers written for the earlier format that decoded in several (now there is one). */
export function* decodeGlossarySteps(buffer: ArrayBuffer): Steps<CompiledGlossary> {
  yield;
  return decodeGlossary(buffer);
}

/**
 * Decode bytes written by `encodeGlossary`: views over `buffer`, which must
 * stay unchanged, for the columns stored at the type they are read as; a
 * widened copy for the others; the automaton's small tables rebuilt.
 * Throws a readable error on anything else.
 */
export function decodeGlossary(buffer: ArrayBuffer): CompiledGlossary {
  const { header, headerBytes } = readHeader(buffer);
  const columns = new Map<string, Column>();
  let offset = align4(8 + headerBytes);
  for (const [name, type, length] of header.columns) {
    const width = ARRAYS[type].BYTES_PER_ELEMENT;
    if (offset + length * width > buffer.byteLength) throw new Error('compiled glossary is truncated');
    columns.set(name, new ARRAYS[type](buffer, offset, length));
    offset += align4(length * width);
  }
  const take = (name: string, type: ArrayType): Column => {
    const column = columns.get(name);
    if (!column) throw new Error(`compiled glossary lacks column ${name}`);
    return withType(column, type);
  };
  const read = <K extends string>(types: Record<K, ArrayType>, prefix: string) =>
    Object.fromEntries(Object.entries<ArrayType>(types).map(([name, type]) => [name, take(prefix + name, type)]));
  const tables = read(TABLE_COLUMNS, '') as unknown as Pick<CompiledGlossary, TableColumn>;
  const automaton = automatonFromColumns(read(AUTOMATON_COLUMN_TYPES, 'automaton.') as unknown as StoredAutomatonColumns);
  const strings = new PackedStrings(take(STRING_BYTES, 'u8') as Uint8Array, take(STRING_START, 'u32') as Uint32Array);
  const optional = Object.fromEntries(OPTIONAL_COLUMNS.filter((name) => columns.has(name)).map((name) => [name, take(name, 'u32') as Uint32Array]));
  return { name: header.name, strings, ...tables, automaton, ...optional };
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
