/**
 * The compiled glossary's strings as they are stored in glossary.bin: packed
 * one after another as WTF-8 (UTF-8 that also carries a lone surrogate, which
 * a reader's glossary may hold), with a byte offset each, and decoded one at a
 * time when first asked for. A page of text asks for a few dozen of a
 * glossary's hundreds of thousands of strings.
 *
 * Why not UTF-16: nine code units in ten of the glossary's strings are ASCII,
 * so UTF-16 stored half a megabyte of zero bytes, and the background's first
 * answer after it was stopped waits for every byte of the file (issue #14).
 * Why not TextDecoder: it would turn a lone surrogate into U+FFFD, and a
 * string must come back exactly as it was compiled.
 */
import type { StringList } from './compiled.ts';

/** Arguments per String.fromCharCode call: well under any engine's limit on a call's arguments. */
const CHUNK = 8192;

/** Append the WTF-8 bytes of `value` to `out`. */
function encodeInto(value: string, out: number[]): void {
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const next = value.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
}

/** The code units of the WTF-8 bytes `bytes[from .. end)`. */
function decodeRange(bytes: Uint8Array, from: number, end: number): string {
  let ascii = true;
  for (let i = from; i < end && ascii; i++) ascii = bytes[i]! < 0x80;
  let value = '';
  if (ascii) {
    for (let at = from; at < end; at += CHUNK) value += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + CHUNK)));
    return value;
  }
  const units: number[] = [];
  for (let i = from; i < end; ) {
    const lead = bytes[i]!;
    const size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let code = size === 1 ? lead : lead & (0x7f >> size);
    for (let k = 1; k < size; k++) code = (code << 6) | (bytes[i + k]! & 0x3f);
    i += size;
    if (code >= 0x10000) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    else units.push(code);
    if (units.length >= CHUNK) value += String.fromCharCode(...units.splice(0));
  }
  return value + String.fromCharCode(...units);
}

/** Strings packed as WTF-8 with a byte offset each, decoded on first use. */
export class PackedStrings implements StringList {
  readonly #bytes: Uint8Array;
  readonly #start: Uint32Array;
  readonly #decoded: Array<string | undefined>;

  constructor(bytes: Uint8Array, start: Uint32Array) {
    this.#bytes = bytes;
    this.#start = start;
    this.#decoded = new Array<string | undefined>(Math.max(start.length - 1, 0));
  }

  static pack(strings: StringList): { bytes: Uint8Array; start: Uint32Array } {
    const start = new Uint32Array(strings.length + 1);
    const out: number[] = [];
    for (let i = 0; i < strings.length; i++) {
      encodeInto(strings.at(i)!, out);
      start[i + 1] = out.length;
    }
    return { bytes: Uint8Array.from(out), start };
  }

  get length(): number {
    return this.#decoded.length;
  }

  at(index: number): string | undefined {
    if (index < 0 || index >= this.#decoded.length) return undefined;
    let value = this.#decoded[index];
    if (value === undefined) {
      value = decodeRange(this.#bytes, this.#start[index]!, this.#start[index + 1]!);
      this.#decoded[index] = value;
    }
    return value;
  }
}
