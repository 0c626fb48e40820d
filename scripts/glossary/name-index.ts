/**
 * Every name in the glossary (aliases and labels), indexed by folded form, and
 * the shorter names inside each: what the ambiguity check compares aliases
 * with. Folding is the matcher's own (normalisePhrase), so two names collide
 * here exactly when they would collide on a page.
 */
import { pluralSuffix } from '../../src/core/glossary/compile.ts';
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import { isUnspacedChar } from '../../src/core/text/char-class.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';

export interface PlacedEntry {
  readonly file: string;
  readonly entry: Entry;
}

/** One name of one entry. */
export interface Name {
  readonly owner: PlacedEntry;
  readonly folded: string;
  /** The alias this name is, or undefined for a label that is not also an alias. */
  readonly alias?: AliasSpec;
}

/** A shorter name inside a longer one, with the words around it. */
export interface SubName {
  readonly folded: string;
  /** The words of the longer name outside the shorter one (letters, for unspaced scripts). */
  readonly rest: readonly string[];
  /** Is the shorter name the last word of the longer one (a surname in a person's name)? */
  readonly last: boolean;
}

export const aliasText = (alias: AliasSpec): string => (typeof alias === 'string' ? alias : alias.text);
export const foldName = (text: string): string => normalisePhrase(text).folded;

/** Folding is the costly step; the check asks for each entry's names several times. */
const namesCache = new WeakMap<PlacedEntry, readonly Name[]>();

/** Names of an entry: each alias, and the label (without what is in brackets) when no alias folds to it. */
export function namesOf(owner: PlacedEntry): readonly Name[] {
  const cached = namesCache.get(owner);
  if (cached) return cached;
  const names: Name[] = [];
  const seen = new Set<string>();
  for (const alias of owner.entry.aliases) {
    const folded = foldName(aliasText(alias));
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    names.push({ owner, folded, alias });
    // The plural the alias also matches is its name too ("Israeli settlements").
    if (typeof alias === 'object' && alias.plural) seen.add(folded + pluralSuffix(folded));
  }
  // A label's brackets hold another name or a qualifier ("Morena (Mexico)"), not a name a page writes.
  const label = foldName(owner.entry.label.replace(/\([^)]*\)/gu, ' '));
  if (label && !seen.has(label)) names.push({ owner, folded: label });
  namesCache.set(owner, names);
  return names;
}

/** All names by folded form. */
export function indexNames(entries: readonly PlacedEntry[]): Map<string, Name[]> {
  const index = new Map<string, Name[]>();
  for (const owner of entries) {
    for (const name of namesOf(owner)) {
      const list = index.get(name.folded);
      if (list) list.push(name);
      else index.set(name.folded, [name]);
    }
  }
  return index;
}

const isUnspaced = (text: string): boolean => [...text].every((char) => isUnspacedChar(char.codePointAt(0)!));

/**
 * The shorter names inside a name: every run of whole words, or, in a script
 * written without spaces, every run of two letters or more.
 */
export function subNames(folded: string): SubName[] {
  if (!folded.includes(' ') && isUnspaced(folded)) {
    const letters = [...folded];
    const out: SubName[] = [];
    for (let i = 0; i < letters.length; i++) {
      for (let j = i + 2; j <= letters.length; j++) {
        if (j - i === letters.length) continue;
        out.push({ folded: letters.slice(i, j).join(''), rest: [...letters.slice(0, i), ...letters.slice(j)], last: j === letters.length });
      }
    }
    return out;
  }
  const words = folded.split(' ');
  const out: SubName[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      if (j - i === words.length) continue;
      out.push({ folded: words.slice(i, j).join(' '), rest: [...words.slice(0, i), ...words.slice(j)], last: j === words.length });
    }
  }
  return out;
}
