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
import { fetchPackaged } from '../shared/bundled-glossary.ts';
import { loadOnce } from '../shared/load-once.ts';
import { COMPILED_GLOSSARY_FILE } from '../shared/packaged-files.ts';

export const bundledGlossaryBase64 = loadOnce(async () => {
  const response = await fetchPackaged(COMPILED_GLOSSARY_FILE);
  return glossaryToBase64(new Uint8Array(await response.arrayBuffer()));
});
