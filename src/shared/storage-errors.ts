/**
 * Storage writes that fail say why, in terms the UI can put to the reader.
 * A failed storage.set writes nothing (both browsers apply a set call as a
 * whole), so what was stored before is still there.
 */

/** Why a write was refused. */
export type WriteFailure = 'invalid' | 'too-large' | 'quota' | 'other';

export class StorageWriteError extends Error {
  readonly reason: WriteFailure;

  constructor(reason: WriteFailure, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageWriteError';
    this.reason = reason;
  }
}

/**
 * Chrome: "QUOTA_BYTES quota exceeded", "QUOTA_BYTES_PER_ITEM quota exceeded",
 * "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"; Firefox: "QuotaExceededError"
 * or "... exceeded its quota limitations".
 */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Run a storage write; a rejection comes back as a StorageWriteError. */
export async function writeOrExplain(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof StorageWriteError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageWriteError(isQuotaError(error) ? 'quota' : 'other', message, { cause: error });
  }
}
