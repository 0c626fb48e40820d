/**
 * Where the reader's glossaries are stored, and a watch on them: apart from
 * custom-glossaries.ts so that the content script, which only needs to know
 * that they changed, does not bring in their schema and compiler.
 */
import browser from './browser.ts';

/** storage.local keys of custom glossaries start with this. */
export const GLOSSARY_KEY_PREFIX = 'glossary:';

/** Call `listener` whenever a custom glossary is added, replaced or deleted, until `signal` aborts. */
export function watchCustomGlossaries(listener: () => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(GLOSSARY_KEY_PREFIX)) && !signal.aborted) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
