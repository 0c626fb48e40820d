/**
 * The compiled bundled glossary (glossary.bin, written by the build), handed
 * to content scripts as base64 text on request. It used to be a string literal
 * inside content.js: every new renderer process then compiled 0.78 MB of
 * literal in the task that ran the script (14–22 ms of a 30–60 ms task), and
 * every frame paid for it, text or not. Through a message, only frames with
 * text receive it, and receiving it is a JSON string, not JavaScript to parse.
 * Base64 because Chrome's messages are JSON; read once per background lifetime.
 */
import { glossaryToBase64 } from '../core/glossary/binary.ts';
import browser from '../shared/browser.ts';

let base64: Promise<string> | undefined;

export function bundledGlossaryBase64(): Promise<string> {
  base64 ??= fetch(browser.runtime.getURL('glossary.bin')).then(async (response) => {
    if (!response.ok) throw new Error(`glossary.bin: HTTP ${response.status}`);
    return glossaryToBase64(new Uint8Array(await response.arrayBuffer()));
  });
  // A failed read is retried on the next request rather than cached.
  base64.catch(() => (base64 = undefined));
  return base64;
}
