/**
 * A packaged file read from a copy kept in IndexedDB, because reading the
 * extension's own file is the slow part of a stopped background's first
 * answer (issue #14, docs/page-work.md): in Chrome's service worker, `fetch`
 * of a 3 MB extension file took 200–1,200 ms on the project's busy 2-core
 * machine, and the same bytes read from IndexedDB 80–180 ms, opening the
 * database included. The copy is written after the first read from the
 * package and is kept under the build's digest of the file, so an update or
 * a rebuild never reads an old copy. It holds only the extension's own data,
 * never anything of a page.
 *
 * Any failure of IndexedDB (a browser that refuses it, a private profile, a
 * database that does not answer) falls back to the package: the copy is a
 * speed-up, never a dependency.
 */

/** Where copies are kept: by file name, each with the digest it was written for. */
export interface FileCopyStore {
  get(file: string): Promise<{ digest: string; bytes: ArrayBuffer } | undefined>;
  put(file: string, copy: { digest: string; bytes: ArrayBuffer }): Promise<void>;
}

/** How long a read of the copy may take before the package is read instead: IndexedDB answers in tens of ms. */
export const COPY_READ_TIMEOUT_MS = 1_000;

/**
 * The bytes of `file`: from the store when it holds the copy for `digest`,
 * else from `readPackaged`, then copied into the store (after the bytes are
 * returned, so the first answer does not wait for the write). Without a
 * digest (a build that did not name one) the package is read every time.
 */
export async function readWithCopy(
  file: string,
  digest: string | undefined,
  readPackaged: () => Promise<ArrayBuffer>,
  store: () => FileCopyStore,
): Promise<{ bytes: ArrayBuffer; from: 'copy' | 'package' }> {
  if (digest === undefined) return { bytes: await readPackaged(), from: 'package' };
  let copies: FileCopyStore | undefined;
  try {
    copies = store();
    const copy = await withTimeout(copies.get(file), COPY_READ_TIMEOUT_MS);
    if (copy?.digest === digest && copy.bytes instanceof ArrayBuffer) return { bytes: copy.bytes, from: 'copy' };
  } catch {
    // Fall through to the package.
  }
  const bytes = await readPackaged();
  if (copies) {
    const writer = copies;
    // The structured clone of the bytes is taken when `put` is called: after this answer, not before it.
    setTimeout(() => void writer.put(file, { digest, bytes }).catch(() => {}), 0);
  }
  return { bytes, from: 'package' };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const DATABASE = 'backgrounder-packaged-files';
const STORE = 'copies';

/** The IndexedDB store: one database, one object store keyed by file name, opened once per background lifetime. */
export function indexedDbStore(): FileCopyStore {
  const database = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> => {
    const transaction = (await database).transaction(STORE, mode);
    const request = action(transaction.objectStore(STORE));
    return new Promise<T>((resolve, reject) => {
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  };
  return {
    get: (file) => run('readonly', (store) => store.get(file)),
    put: (file, copy) => run('readwrite', (store) => store.put(copy, file)),
  };
}
