/**
 * The compiled bundled glossary (glossary.bin.gz, written by the build),
 * handed to content scripts on request as base64 text, still compressed.
 *
 * It used to be a string literal inside content.js: every new renderer
 * process then compiled 0.78 MB of literal in the task that ran the script
 * (14–22 ms of a 30–60 ms task), and every frame paid for it, text or not.
 * Through a message, only frames with text receive it, as a string rather
 * than code to parse. Base64 because Chrome's messages are JSON; gzip because
 * a large message is slow to pass (about 90 ms for the 0.78 MB uncompressed,
 * here). Read once per background lifetime.
 */
import { glossaryToBase64 } from '../core/glossary/binary.ts';
import browser from '../shared/browser.ts';

export const BUNDLED_GLOSSARY_FILE = 'glossary.bin.gz';

let base64: Promise<string> | undefined;

export function bundledGlossaryBase64(): Promise<string> {
  base64 ??= fetch(browser.runtime.getURL(BUNDLED_GLOSSARY_FILE)).then(async (response) => {
    if (!response.ok) throw new Error(`${BUNDLED_GLOSSARY_FILE}: HTTP ${response.status}`);
    return glossaryToBase64(new Uint8Array(await response.arrayBuffer()));
  });
  // A failed read is retried on the next request rather than cached.
  base64.catch(() => (base64 = undefined));
  return base64;
}
