/**
 * The bundled glossary as the extension's own contexts see it: the whole
 * source in the documented format (glossary.json, written by the build). Its
 * entries are the card text the background serves, the list on the options
 * page and the popup's muted names; the file itself is what "export" saves.
 */
import type { EntryCard, GlossaryFile } from '../core/glossary/schema.ts';
import browser from './browser.ts';

async function fetchPackaged<T>(file: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let source: Promise<GlossaryFile> | undefined;

/** The bundled glossary in the import format, read once per context. */
export function bundledSource(): Promise<GlossaryFile> {
  source ??= fetchPackaged<GlossaryFile>('glossary.json');
  // A failed read is retried on the next request rather than cached.
  source.catch(() => (source = undefined));
  return source;
}

/** The bundled entries' card text (every entry; a card ignores the aliases). */
export async function bundledCards(): Promise<readonly EntryCard[]> {
  return (await bundledSource()).entries;
}
