import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_READ_TIMEOUT_MS, readWithCopy, type FileCopyStore } from './packaged-file-copy.ts';

/** A store in memory, as IndexedDB would keep it (a stored buffer comes back as a copy). */
function memoryStore(): FileCopyStore & { copies: Map<string, { digest: string; bytes: ArrayBuffer }> } {
  const copies = new Map<string, { digest: string; bytes: ArrayBuffer }>();
  return {
    copies,
    get: async (file) => copies.get(file),
    put: async (file, copy) => void copies.set(file, { digest: copy.digest, bytes: copy.bytes.slice(0) }),
  };
}

const bytesOf = (...values: number[]): ArrayBuffer => Uint8Array.from(values).buffer;
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('readWithCopy', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the package first, then the copy it kept for the same digest', async () => {
    const store = memoryStore();
    const readPackaged = vi.fn(async () => bytesOf(1, 2, 3));
    const first = await readWithCopy('glossary.bin', 'abc', readPackaged, () => store);
    expect(first.from).toBe('package');
    await settle();
    expect(store.copies.get('glossary.bin')?.digest).toBe('abc');
    const second = await readWithCopy('glossary.bin', 'abc', readPackaged, () => store);
    expect(second.from).toBe('copy');
    expect([...new Uint8Array(second.bytes)]).toEqual([1, 2, 3]);
    expect(readPackaged).toHaveBeenCalledTimes(1);
  });

  it('never reads a copy kept for another digest (an update, a rebuild), and replaces it', async () => {
    const store = memoryStore();
    store.copies.set('glossary.bin', { digest: 'old', bytes: bytesOf(9) });
    const read = await readWithCopy('glossary.bin', 'new', async () => bytesOf(1), () => store);
    expect(read.from).toBe('package');
    expect([...new Uint8Array(read.bytes)]).toEqual([1]);
    await settle();
    expect(store.copies.get('glossary.bin')?.digest).toBe('new');
  });

  it('reads the package every time without a digest, and keeps no copy', async () => {
    const store = memoryStore();
    const readPackaged = vi.fn(async () => bytesOf(1));
    await readWithCopy('glossary.bin', undefined, readPackaged, () => store);
    await readWithCopy('glossary.bin', undefined, readPackaged, () => store);
    await settle();
    expect(readPackaged).toHaveBeenCalledTimes(2);
    expect(store.copies.size).toBe(0);
  });

  it('falls back to the package when the store cannot be opened, fails, or does not answer', async () => {
    const readPackaged = async () => bytesOf(7);
    const unopenable = () => {
      throw new ReferenceError('indexedDB is not defined');
    };
    expect((await readWithCopy('glossary.bin', 'abc', readPackaged, unopenable)).from).toBe('package');
    const failing: FileCopyStore = { get: () => Promise.reject(new Error('quota')), put: () => Promise.reject(new Error('quota')) };
    expect((await readWithCopy('glossary.bin', 'abc', readPackaged, () => failing)).from).toBe('package');

    vi.useFakeTimers();
    const silent: FileCopyStore = { get: () => new Promise(() => {}), put: async () => {} };
    const pending = readWithCopy('glossary.bin', 'abc', readPackaged, () => silent);
    await vi.advanceTimersByTimeAsync(COPY_READ_TIMEOUT_MS);
    const read = await pending;
    expect(read.from).toBe('package');
    expect([...new Uint8Array(read.bytes)]).toEqual([7]);
  });
});
