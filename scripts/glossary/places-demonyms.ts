/**
 * Adjectives of nationality as gate terms of a country's generated places
 * (issue #17): "officials in Warsaw, the Polish capital" names Poland as
 * surely as "Poland" does, and French, Spanish and German news write
 * "polonais", "polaca", "polnischen". The forms are written by hand in
 * data/demonyms.json, with those left out and why (an adjective two states
 * share, one inside another place's name, one that names a people across
 * borders). Here each form is also vetted like any context term: a form that
 * is a common word of a corpus language or a personal name is dropped, since
 * contexts are matched without case ("Polish" would be found in "polish").
 *
 * A demonym gates a place; it never marks its state (docs/glossary-guide.md,
 * "No demonyms"): here it only says which country a paragraph is about.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NameVetter } from './places-vet.ts';

export const DEMONYMS_FILE = path.resolve(import.meta.dirname, 'data/demonyms.json');

/** The languages of data/demonyms.json, in the order their forms are taken (the schema's 20 contexts cut the last first). */
export const DEMONYM_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;

/** Each country's (ISO 3166-1 alpha-2) forms, English first. */
export function readDemonyms(file = DEMONYMS_FILE): Map<string, string[]> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { demonyms: Record<string, Partial<Record<(typeof DEMONYM_LANGUAGES)[number], string[]>>> };
  return new Map(Object.entries(data.demonyms).map(([code, forms]) => [code, DEMONYM_LANGUAGES.flatMap((language) => forms[language] ?? [])]));
}

/** A country's adjectives that may gate its places: the listed forms that are no common word and no personal name. */
export function demonymTerms(demonyms: ReadonlyMap<string, readonly string[]>, vetter: Pick<NameVetter, 'isPlainName'>): (country: string) => string[] {
  const cache = new Map<string, string[]>();
  return (country) => {
    let terms = cache.get(country);
    if (!terms) {
      terms = [...new Set(demonyms.get(country) ?? [])].filter((form) => vetter.isPlainName(form));
      cache.set(country, terms);
    }
    return terms;
  };
}
