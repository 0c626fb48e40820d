/**
 * The bundled glossary as the extension's own contexts see it: the whole
 * source in the documented format (glossary.json.gz, written by the build). Its
 * entries are the card text the background serves, the list on the options
 * page and the popup's muted names; the file itself is what "export" saves.
 */
import type { EntryCard, GlossaryFile } from '../core/glossary/schema.ts';
import browser from './browser.ts';
import { loadOnce } from './load-once.ts';
import { GLOSSARY_SOURCE_FILE } from './packaged-files.ts';

/** A file of the extension's own package, or an error naming it and the status. */
export async function fetchPackaged(file: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response;
}

/** The bundled glossary in the import format, read once per context and unpacked (the build packs it with gzip). */
export const bundledSource = loadOnce(async (): Promise<GlossaryFile> => {
  const packed = await fetchPackaged(GLOSSARY_SOURCE_FILE);
  if (!packed.body) throw new Error(`${GLOSSARY_SOURCE_FILE}: empty response`);
  return (await new Response(packed.body.pipeThrough(new DecompressionStream('gzip'))).json()) as GlossaryFile;
});

/** The bundled entries' card text (every entry; a card ignores the aliases). */
export async function bundledCards(): Promise<readonly EntryCard[]> {
  return (await bundledSource()).entries;
}
