/**
 * The compiled glossary as bytes: a small JSON header (name, strings, column
 * layout) followed by the typed-array columns, each 4-byte aligned, so that
 * loading is one JSON.parse of the header and a few array views. A column of
 * unsigned ids is stored in the narrowest type that holds its values and
 * widened on load (the bundled glossary has fewer than 65,536 states,
 * aliases and strings: a quarter fewer bytes to embed and decode). The
 * automaton's derived tables are rebuilt on load (linear passes).
 */
import { completeAutomatonSteps, type StoredAutomaton } from '../automaton/automaton.ts';
import { runSteps, type Steps } from '../steps.ts';
import type { CompiledGlossary } from './compiled.ts';

const MAGIC = 0x32474742; // "BGG2", little-endian

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
const AUTOMATON_COLUMNS = ['childCount', 'edgeChar', 'fail', 'patternState', 'patternLength'] as const satisfies ReadonlyArray<keyof StoredAutomaton>;

interface Header {
  readonly name: string;
  readonly strings: readonly string[];
  /** `stored` is given when the column is stored narrower than its type. */
  readonly columns: ReadonlyArray<readonly [name: string, type: ArrayType, length: number, stored?: ArrayType]>;
}

const align4 = (n: number): number => (n + 3) & ~3;

function typeOf(column: Column): ArrayType {
  if (column instanceof Uint8Array) return 'u8';
  if (column instanceof Uint16Array) return 'u16';
  if (column instanceof Uint32Array) return 'u32';
  return 'i32';
}

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array } as const satisfies Record<ArrayType, unknown>;

/** The narrowest type that holds every value of an unsigned column. */
function storedTypeOf(column: Column): ArrayType {
  const type = typeOf(column);
  if (type !== 'u16' && type !== 'u32') return type;
  let max = 0;
  for (const value of column) if (value > max) max = value;
  return max < 0x100 ? 'u8' : max < 0x10000 ? 'u16' : type;
}

export function encodeGlossary(glossary: CompiledGlossary): Uint8Array {
  const named: Array<[string, Column]> = [
    ...TABLE_COLUMNS.map((name): [string, Column] => [name, glossary[name]]),
    ...AUTOMATON_COLUMNS.map((name): [string, Column] => [`automaton.${name}`, glossary.automaton[name]]),
  ];
  const layout = named.map(([name, column]) => {
    const type = typeOf(column);
    const storedType = storedTypeOf(column);
    return storedType === type
      ? { entry: [name, type, column.length] as const, stored: column }
      : { entry: [name, type, column.length, storedType] as const, stored: new ARRAYS[storedType](column) };
  });
  const stored = layout.map((column) => column.stored);
  const header: Header = { name: glossary.name, strings: glossary.strings, columns: layout.map((column) => column.entry) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align4(8 + json.byteLength);
  for (const column of stored) size += align4(column.byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.byteLength, true);
  bytes.set(json, 8);
  let offset = align4(8 + json.byteLength);
  for (const column of stored) {
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), offset);
    offset += align4(column.byteLength);
  }
  return bytes;
}

/** Decode bytes written by `encodeGlossary`. Throws a readable error on anything else. */
export function decodeGlossary(buffer: ArrayBuffer): CompiledGlossary {
  return runSteps(decodeGlossarySteps(buffer));
}

/** `decodeGlossary` in steps (reading the header and columns, then completing the automaton), for a page to yield between. */
export function* decodeGlossarySteps(buffer: ArrayBuffer): Steps<CompiledGlossary> {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a compiled Backgrounder glossary (or one from another version)');
  const jsonLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, jsonLength))) as Header;
  const columns = new Map<string, Column>();
  let offset = align4(8 + jsonLength);
  for (const [name, type, length, storedType = type] of header.columns) {
    const width = ARRAYS[storedType].BYTES_PER_ELEMENT;
    if (offset + length * width > buffer.byteLength) throw new Error('compiled glossary is truncated');
    const raw = new ARRAYS[storedType](buffer, offset, length);
    columns.set(name, storedType === type ? raw : new ARRAYS[type](raw));
    offset += align4(length * width);
  }
  const take = <T extends Column>(name: string): T => {
    const column = columns.get(name);
    if (!column) throw new Error(`compiled glossary lacks column ${name}`);
    return column as T;
  };
  const tables = Object.fromEntries(TABLE_COLUMNS.map((name) => [name, take(name)])) as unknown as Pick<CompiledGlossary, (typeof TABLE_COLUMNS)[number]>;
  const stored = Object.fromEntries(AUTOMATON_COLUMNS.map((name) => [name, take(`automaton.${name}`)])) as unknown as StoredAutomaton;
  yield;
  const automaton = yield* completeAutomatonSteps(stored);
  return { name: header.name, strings: header.strings, ...tables, automaton };
}

/** Base64 of the encoded glossary, the form in which the background sends it to content scripts. */
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
