/**
 * The names generated places claim, vetted and shared out: a name the vetter
 * refuses is dropped, a name several places claim goes to one of them or is
 * gated by what only each one has (places-build.ts drafts the claims).
 */
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import type { CountryName } from './places-cards.ts';
import type { PlaceRegion } from './places-countries.ts';
import { gateContexts, type GateLevel, type GateTerms } from './places-gates.ts';
import type { PlaceRef } from './places-prominent.ts';
import { foldName } from './places-names.ts';
import type { NameVetter, SkipReason } from './places-vet.ts';

/** A name a draft claims: its own (`natural`) or made from its name and a type word (`derived`). */
export interface Claim {
  readonly text: string;
  readonly origin: 'natural' | 'derived';
  level: GateLevel;
  /** Terms the other claimants of a shared name also have: left out of this one's gate. */
  readonly dropContexts: Set<string>;
  /** Longer names that hold this one and are something else ("state of Puebla" for the city of Puebla). */
  readonly exclude?: readonly string[];
}

export interface Draft {
  readonly id: string;
  readonly label: string;
  readonly kind: 'city' | 'division';
  readonly country: CountryName;
  readonly region: PlaceRegion;
  /** Population, for choosing between places of one name (a division counts as 0). */
  readonly weight: number;
  /** A city of a million people, a national capital or a first-level division: its unique names get a weaker gate. */
  readonly prominent: boolean;
  readonly place: PlaceRef;
  readonly claims: Claim[];
  readonly terms: GateTerms;
  /**
   * A place of the same name elsewhere in the country, or across a border within reach: the country cannot tell
   * them apart, so its names never take the country as their gate.
   */
  readonly namesake?: boolean;
  readonly entry: (aliases: AliasSpec[]) => Entry;
}

export function vetClaims(drafts: Draft[], vetter: NameVetter, skip: (reason: SkipReason, what: string) => void): void {
  for (const draft of drafts) {
    const seen = new Set<string>();
    for (const claim of [...draft.claims]) {
      const verdict = vetter.vet(claim.text);
      const folded = foldName(claim.text);
      if ('skip' in verdict || seen.has(folded)) {
        if ('skip' in verdict) skip(verdict.skip, `${claim.text} (${draft.country.label})`);
        draft.claims.splice(draft.claims.indexOf(claim), 1);
        continue;
      }
      seen.add(folded);
      // A name that begins with another country's name is read as that country's in its news: its region or a neighbour decides.
      claim.level = vetter.otherCountryStarting(claim.text, draft.country.id) ? 'regional' : draft.namesake ? 'namesake' : verdict.level;
    }
  }
}

/**
 * A name claimed by several generated places: a derived form gives way to a
 * place's own name; within one country the city (then the larger place)
 * keeps it; across countries each claim keeps only the contexts the others
 * lack, and a claim left with none gives way.
 */
export function resolveSharedNames(drafts: Draft[], skip: (reason: SkipReason, what: string) => void): void {
  const claimants = new Map<string, Array<{ draft: Draft; claim: Claim }>>();
  for (const draft of drafts) {
    for (const claim of draft.claims) {
      const key = foldName(claim.text);
      claimants.set(key, [...(claimants.get(key) ?? []), { draft, claim }]);
    }
  }
  const drop = (draft: Draft, claim: Claim, reason: SkipReason) => {
    draft.claims.splice(draft.claims.indexOf(claim), 1);
    skip(reason, `${claim.text} (${draft.country.label})`);
  };
  for (const list of claimants.values()) {
    if (list.length < 2) continue;
    let rest = list;
    if (rest.some(({ claim }) => claim.origin === 'natural')) {
      for (const { draft, claim } of rest.filter(({ claim }) => claim.origin === 'derived')) drop(draft, claim, 'derivedShared');
      rest = rest.filter(({ claim }) => claim.origin === 'natural');
    }
    const rank = (a: { draft: Draft }, b: { draft: Draft }) =>
      (a.draft.kind === 'city' ? 0 : 1) - (b.draft.kind === 'city' ? 0 : 1) || b.draft.weight - a.draft.weight || a.draft.id.localeCompare(b.draft.id, 'en');
    const byCountry = new Map<string, typeof rest>();
    for (const item of rest) byCountry.set(item.draft.country.code, [...(byCountry.get(item.draft.country.code) ?? []), item]);
    const kept: typeof rest = [];
    for (const group of byCountry.values()) {
      const [first, ...others] = [...group].sort(rank);
      if (first) kept.push(first);
      for (const { draft, claim } of others) drop(draft, claim, 'sharedSameCountry');
    }
    if (kept.length < 2) continue;
    kept.sort(rank);
    const sets = kept.map(({ draft, claim }) => new Set(gateContexts(claim.text, draft.terms, claim.level).map(foldName)));
    kept.forEach(({ draft, claim }, index) => {
      const others = new Set(sets.filter((_, i) => i !== index).flatMap((set) => [...set]));
      for (const term of others) claim.dropContexts.add(term);
      const own = [...(sets[index] ?? [])].filter((term) => !others.has(term));
      if (own.length === 0) drop(draft, claim, 'inseparable');
    });
  }
}
