/**
 * The bundled glossary as the extension's own pages see it: the card text the
 * build writes to glossary-cards.json (ids, labels and kinds, for the options
 * page's list and the popup's muted names), and the whole source in the
 * documented format (glossary.json), for export.
 */
import type { EntryCard, GlossaryFile } from '../core/glossary/schema.ts';
import browser from './browser.ts';

async function fetchPackaged<T>(file: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let cards: Promise<readonly EntryCard[]> | undefined;

/** The bundled entries' card text, read once per page. */
export function bundledCards(): Promise<readonly EntryCard[]> {
  cards ??= fetchPackaged<{ entries: EntryCard[] }>('glossary-cards.json').then(({ entries }) => entries);
  cards.catch(() => (cards = undefined));
  return cards;
}

/** The bundled glossary in the import format, or undefined where the build did not package it. */
export async function bundledSource(): Promise<GlossaryFile | undefined> {
  try {
    return await fetchPackaged<GlossaryFile>('glossary.json');
  } catch {
    return undefined;
  }
}
