/**
 * Gates of generated place names: a generated name is marked only when its
 * country, its division or a neighbouring place is named near it. One
 * function makes every gate, so the proximity scope is switched in one place
 * (today the nearest scope the schema has is the block: paragraph, heading,
 * list item).
 */
import type { AliasSpec } from '../../src/core/glossary/schema.ts';
import { foldName } from './places-names.ts';

/** The nearest scope the alias schema supports. */
export const PLACE_GATE_SCOPE = 'block' as const;
/** The schema's limit on contexts per alias. */
export const MAX_CONTEXTS = 20;

export interface GateTerms {
  /** The country's names: left out of a strict gate. */
  readonly country: readonly string[];
  /** The division's names (for a city) or the seat's (for a division). */
  readonly region: readonly string[];
  /** Nearby or contained towns. */
  readonly neighbours: readonly string[];
  /**
   * Folded region or neighbour terms that are no evidence on their own (a
   * common word, a personal name, a town of another country): a strict gate
   * leaves them out, since "Virginia Woolf lived in Richmond" names no state.
   */
  readonly weak?: ReadonlySet<string>;
}

/**
 * How hard a name is gated: `standard` accepts the country nearby; `strict` wants the region or a neighbour;
 * `regional` wants them too and never falls back to the country: a name that begins with another country's
 * name ("Niger State" in Nigeria), whose news names this country as well ("Niger State Media Accuses Nigeria…").
 * `namesake` wants the region or a neighbour and never the country either, for a city whose country has another
 * place of its name (places-namesakes.ts); its own region counts even when weak ("Florida" for Jacksonville), since
 * the other place lies in another region.
 */
export type GateLevel = 'standard' | 'strict' | 'regional' | 'namesake';

const containsWords = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);

/**
 * The context terms of one alias: region first, then neighbours, then the
 * country. A strict gate leaves the country out and takes only the region and
 * neighbour terms that are not weak; when all of them are weak it falls back
 * to the country alone, a weaker gate than a named neighbour but never a
 * wrong one.
 * A term that contains the alias or is contained in it would let the name
 * gate itself, so it goes.
 */
export function gateContexts(alias: string, terms: GateTerms, level: GateLevel): string[] {
  if (level === 'standard') return distinctTerms(alias, [...terms.region, ...terms.neighbours, ...terms.country]);
  const nearby = distinctTerms(alias, [...terms.region, ...terms.neighbours]);
  // A name with no region or neighbour at all stays ungated (dropped), as before: the country alone was never its gate.
  if (nearby.length === 0) return [];
  const strong = nearby.filter((term) => !terms.weak?.has(foldName(term)));
  if (level === 'namesake') return distinctTerms(alias, [...terms.region, ...strong]);
  return strong.length > 0 || level === 'regional' ? strong : distinctTerms(alias, terms.country);
}

function distinctTerms(alias: string, ordered: readonly string[]): string[] {
  const folded = foldName(alias);
  const seen = new Set<string>();
  const contexts: string[] = [];
  for (const term of ordered) {
    const key = foldName(term);
    if (!key || seen.has(key) || containsWords(key, folded) || containsWords(folded, key)) continue;
    seen.add(key);
    contexts.push(term);
  }
  return contexts.slice(0, MAX_CONTEXTS);
}

/**
 * The alias as the glossary stores it, or undefined when nothing can gate it.
 * `sensitive`: match the case as written; `exclude`: longer names that hold
 * this one and are something else (a person's full name); `givenName`: the
 * name is also a given name, not counted before a surname ("Charlotte Church").
 */
export function gatedAlias(text: string, contexts: readonly string[], sensitive = false, exclude: readonly string[] = [], givenName = false): AliasSpec | undefined {
  if (contexts.length === 0) return undefined;
  return {
    text,
    ...(sensitive && { case: 'sensitive' as const }),
    contexts: [...contexts],
    scope: PLACE_GATE_SCOPE,
    ...(exclude.length > 0 && { exclude: [...exclude] }),
    ...(givenName && { givenName: true }),
  };
}
