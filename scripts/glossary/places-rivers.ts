/**
 * Places named like a river: "barges on the Mississippi", "the Missouri
 * crested", "upstream on the Ohio" are the rivers, not the states. The
 * matcher reads "the river X", "le fleuve X" and "X River" as the river
 * (src/core/match/named-thing.ts, and the generator's "X River" exclusions);
 * the bare name beside a river's words is left undecided here: such a
 * place's alias does not count where a river's word is near it (a block gate
 * keeps its block scope, where its contexts are looked for too).
 *
 * The rivers are the reviewed list data/places-river-names.json (a river
 * that shares its name with a generated place: US states, Nigerian and
 * Congolese divisions named after their rivers, Punjab's rivers) and the
 * hand-written glossary's river entries ("Mississippi River", "River Niger").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import { foldName } from './places-names.ts';

export const RIVER_NAMES_FILE = path.resolve(import.meta.dirname, 'data/places-river-names.json');

/**
 * Words of a river, not of a place, as English and French news write them near the bare name: its traffic, its
 * flow, its banks. "Flooded" and "basin" too: a state's flood story that loses its mark is no wrong card. Most
 * telling first: where an alias has other exclusions, the schema's 20 cut the last.
 */
export const RIVER_WORDS = [
  'river', 'barges', 'barge', 'upstream', 'downstream', 'tributary', 'tributaries', 'crested', 'flooded', 'its banks', 'basin',
  'riverbank', 'riverbanks', 'riverboat', 'flood stage', 'levee', 'levees', 'navigable', 'headwaters', 'fleuve',
] as const;

/** A river's name from a hand-written alias: "Mississippi" of "Mississippi River", "River Niger", "river Tisza", "fleuve Congo". */
const RIVER_ALIAS = /^(?:(?:river|fleuve|rio|río)\s+(?<after>.+)|(?<before>.+?)\s+river)$/iu;

/** The folded names of the reviewed rivers and of the hand-written river entries. */
export function riverNames(handWritten: readonly Entry[], file = RIVER_NAMES_FILE): Set<string> {
  const reviewed = (JSON.parse(readFileSync(file, 'utf8')) as { rivers: string[] }).rivers;
  const fromGlossary = handWritten
    .filter((entry) => entry.kind === 'place')
    .flatMap((entry) => entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)))
    .flatMap((text) => {
      const groups = RIVER_ALIAS.exec(text.trim())?.groups;
      const name = groups?.after ?? groups?.before;
      return name ? [name] : [];
    });
  return new Set([...reviewed, ...fromGlossary].map(foldName));
}

/** The alias with the river's words as exclusions near it (or in its block, where it is gated there). */
export function withRiverWords(alias: AliasSpec): AliasSpec {
  if (typeof alias === 'string') return withRiverWords({ text: alias });
  const notContexts = [...new Set([...RIVER_WORDS, ...(alias.notContexts ?? [])])].slice(0, 20);
  return { ...alias, notContexts, scope: alias.scope ?? 'near' };
}
