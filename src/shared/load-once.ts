/**
 * A load run once and shared by every caller until it fails: a failed load is
 * run again on the next call rather than cached (a packaged file that could
 * not be read, a message the background could not answer).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const started = load();
      pending = started;
      started.catch(() => {
        if (pending === started) pending = undefined;
      });
    }
    return pending;
  };
}
