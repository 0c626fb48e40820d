import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzip } from './gunzip.ts';

/** A buffer of its own (a Node Buffer may be a view into a shared pool). */
const bufferOf = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

describe('gunzip', () => {
  it('gives back the bytes that were compressed, all 256 byte values included', async () => {
    const original = new Uint8Array(300_000).map((_, i) => (i * 7919) % 256);
    expect(new Uint8Array(await gunzip(bufferOf(gzipSync(original, { level: 9 }))))).toEqual(original);
  });

  it('rejects data that is not gzip', async () => {
    await expect(gunzip(bufferOf(new TextEncoder().encode('not gzip at all')))).rejects.toThrow();
  });
});
