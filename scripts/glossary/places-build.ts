/**
 * From the selected places to glossary entries: ids, names vetted, shared
 * names resolved, gates, cards. A pure function of its inputs, so the same
 * data gives the same files byte for byte.
 */
import type { AliasSpec, Entry } from '../../src/core/glossary/schema.ts';
import { cityCard, divisionCard, generatedMark, type CountryName } from './places-cards.ts';
import { COUNTRIES, DISPUTED_DIVISIONS, DIVISION_COUNTRIES, type PlaceRegion } from './places-countries.ts';
import { gateContexts, gatedAlias, type GateTerms } from './places-gates.ts';
import { countryContextTerms, isProminentCity, PROMINENT_CITY_POPULATION, prominentAlias, type Prominence } from './places-prominent.ts';
import { divisionBareName, divisionNameForms, withoutSoftSign, divisionForms, divisionOfficeForms, isDivisionOfficeForm, foldName, maybeSameName, slugify } from './places-names.ts';
import { isProminentNamesake, namesakesElsewhere, type Namesake } from './places-namesakes.ts';
import type { CityRecord } from './places-sources.ts';
import type { LocatedCity, Selection } from './places-select.ts';
import { type NameVetter, type SkipReason } from './places-vet.ts';
import { resolveSharedNames, vetClaims, type Claim, type Draft } from './places-claims.ts';
import { withRiverWords } from './places-rivers.ts';
import type { CommaNamesakes } from './places-comma-namesakes.ts';
import type { OtherNameAliases } from './places-other-names.ts';

export interface BuildInput {
  readonly selection: Selection;
  readonly countryEntries: ReadonlyMap<string, Entry>;
  readonly handWrittenIds: ReadonlySet<string>;
  readonly vetter: NameVetter;
  /** Where given, prominent unique names get the weaker gate of places-prominent.ts. */
  readonly prominence?: Prominence;
  /** Where given, a city's same-country namesakes (places-namesakes.ts): gated by its division or dropped. */
  readonly namesakes?: (city: CityRecord, names: readonly string[]) => readonly Namesake[];
  /** Where given, the country's division names that hold a city's name ("Davao del Sur"): the city's alias excludes them. */
  readonly longerDivisionNames?: (country: string, name: string) => readonly string[];
  /** Where given, a country's adjectives of nationality (places-demonyms.ts): gate terms after its names. */
  readonly demonyms?: (country: string) => readonly string[];
  /** Where given, "Name, State" of the towns of a place's name in US states and Canadian and Australian provinces (places-comma-namesakes.ts). */
  readonly commaNamesakes?: CommaNamesakes;
  /** Where given, the folded names of rivers (places-rivers.ts): a place's alias so named does not count near a river's words. */
  readonly riverNames?: ReadonlySet<string>;
  /** Where given, whether a place of another country within reach has this name (places-abroad.ts): its gate is then its region or a neighbour, never its country. */
  readonly borderNamesake?: (country: string, name: string, at: { lat: number; lon: number }) => boolean;
  /** Where given, the place's names in other languages (places-other-names.ts), gated in their own script. */
  readonly otherNames?: OtherNameAliases;
}

export interface BuildResult {
  readonly byRegion: ReadonlyMap<PlaceRegion, Entry[]>;
  /** Skipped names (or entries) by reason, each as "name (country)". */
  readonly skipped: ReadonlyMap<SkipReason, string[]>;
}

const OTHER_NAME_SKIPS = { shared: 'otherNameShared', handWritten: 'otherNameHandWritten', handWrittenInside: 'otherNameHoldsHandWritten', ungateable: 'otherNameUngateable' } as const;

/** The schema's limit on `exclude` per alias. */
const MAX_EXCLUDES = 20;

const distanceKm = (a: CityRecord, b: CityRecord): number => {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
};

export function buildPlaceEntries(input: BuildInput): BuildResult {
  const { selection, vetter } = input;
  const skipped = new Map<SkipReason, string[]>();
  const skip = (reason: SkipReason, what: string) => skipped.set(reason, [...(skipped.get(reason) ?? []), what]);
  const country = (code: string): { name: CountryName; region: PlaceRegion; terms: string[] } => {
    const row = COUNTRIES.get(code);
    const entry = row && input.countryEntries.get(row.id);
    if (!row || !entry) throw new Error(`no country entry for ${code}: add it to places-countries.ts`);
    return { name: { code, id: row.id, label: entry.label, article: row.article }, region: row.region, terms: [...countryContextTerms(entry, vetter, input.prominence), ...(input.demonyms?.(code) ?? [])] };
  };
  const safe = (names: readonly string[]) => names.filter((name) => vetter.isContextSafe(name));
  const placeTerms = (code: string, countryTerms: string[], region: string[], neighbours: string[]): GateTerms => ({
    country: countryTerms,
    region,
    neighbours,
    weak: new Set([...region, ...neighbours].filter((term) => !vetter.isStrictEvidence(term, code)).map(foldName)),
  });
  const acrossBorder = (code: string, names: readonly string[], at: { lat: number; lon: number } | undefined): boolean =>
    at !== undefined && input.borderNamesake !== undefined && names.some((name) => input.borderNamesake!(code, name, at));
  const claimOf = (text: string, origin: Claim['origin']): Claim => ({ text, origin, level: 'standard', dropContexts: new Set() });

  const townNames = new Set(
    selection.towns.flatMap((town) => [town.city.name, ...(town.currentName ? [town.currentName] : [])].map((name) => `${town.city.country}|${foldName(withoutSoftSign(name))}`)),
  );
  for (const [code, names] of selection.townNamesByCountry) for (const name of names) townNames.add(`${code}|${foldName(withoutSoftSign(name))}`);
  const divisionNames = new Set(selection.divisions.map(({ division, country: code }) => `${code}|${foldName(division.name)}`));
  // "Kano" of "Kano State", "Tver" of "Tver Oblast": a division whose name is a town's name and its type word.
  const bareDivisionName = (name: string, code: string): string | undefined => {
    const bare = divisionBareName(name);
    return bare !== undefined && townNames.has(`${code}|${foldName(bare)}`) ? bare : undefined;
  };
  for (const { division, country: code } of selection.divisions) {
    const bare = bareDivisionName(division.name, code);
    if (bare) divisionNames.add(`${code}|${foldName(bare)}`);
  }
  const divisionIds = new Map<string, string>();
  const cityIds = new Map<number, string>();
  const drafts: Draft[] = [];
  // The division or seat, then the neighbouring towns, of each draft, resolved to ids once every id is known (other-language gates).
  const nearOf = new Map<string, () => string[]>();
  for (const selected of selection.divisions) {
    const { division, seat } = selected;
    const where = country(selected.country);
    const id = `${slugify(division.name) || division.code.toLowerCase().replace('.', '-')}-${where.name.id}-division`;
    divisionIds.set(division.code, id);
    // "Mykolaiv" and its seat "Mykolayiv", "Hama" and its seat "Ḩamāh", are one name to a reader.
    const namedLikeTown = townNames.has(`${selected.country}|${foldName(division.name)}`) || (seat !== undefined && maybeSameName(seat.name, division.name));
    if (namedLikeTown) skip('namedLikeTown', `${division.name} (${where.name.label})`);
    // "Kano State" is headed by the "governor of Kano": the bare name's office forms are the division's too.
    const forms = divisionNameForms(division.name, selected.country, { bare: bareDivisionName(division.name, selected.country), namedLikeTown, seat: seat?.name });
    const derived = [...forms.natural.map((text) => claimOf(text, 'natural')), ...forms.derived.map((text) => claimOf(text, 'derived'))];
    const townRecords = selected.towns.filter((town) => town.geonameId !== seat?.geonameId);
    const towns = townRecords.map((town) => town.name);
    nearOf.set(id, () => [seat, ...townRecords].flatMap((town) => (town && cityIds.get(town.geonameId)) || []));
    drafts.push({
      id,
      label: division.name,
      kind: 'division',
      country: where.name,
      region: where.region,
      weight: 0,
      // A division of a state the news covers closely, or one that holds a city of a million: the province of a small
      // state far from the news ("Shefa", Vanuatu) is more often a word or another name ("Shefa-'Amr", "al-Shefa").
      prominent: DIVISION_COUNTRIES.includes(selected.country) || selected.towns.some((town) => town.population >= PROMINENT_CITY_POPULATION),
      place: { kind: 'division', country: selected.country, divisionCode: division.code },
      // Adamawa, a state of Nigeria "near the border with Cameroon", and a region of Cameroon: placed at its seat or largest town.
      namesake: acrossBorder(selected.country, [division.name], seat ?? selected.towns[0]),
      // A division named like a town of its country ("Deir ez-Zor") would take the town's mentions: only its longer forms stand.
      claims: [...(namedLikeTown ? [] : [claimOf(division.name, 'natural')]), ...derived],
      terms: placeTerms(selected.country, where.terms, safe(seat ? [seat.name] : []), safe(towns).slice(0, 5)),
      entry: (aliases) => {
        const card = divisionCard(division.code, where.name, seat);
        const seatId = seat && cityIds.get(seat.geonameId);
        return {
          id, label: division.name, kind: 'place', aliases, summary: card.summary, facts: card.facts, asOf: card.asOf, sources: card.sources,
          related: [where.name.id, ...(seatId ? [seatId] : [])], generated: generatedMark(true),
        } as Entry;
      },
    });
  }
  const usedIds = new Set(drafts.map((draft) => draft.id));
  for (const located of selection.cities) {
    const { city, currentName, divisionCode } = located;
    const where = country(city.country);
    if (divisionCode && DISPUTED_DIVISIONS.has(divisionCode)) {
      skip('disputed', `${city.name} (${where.name.label})`);
      continue;
    }
    // A place the 2026 release no longer lists where the 2020 one did is more likely a data error than a city.
    if (!located.found) {
      skip('notInCurrentRelease', `${city.name} (${where.name.label})`);
      continue;
    }
    const label = withoutSoftSign(currentName ?? city.name);
    const namesakes = namesakesElsewhere(city, input.namesakes?.(city, [label, city.name]) ?? [], divisionCode);
    if (namesakes.some((namesake) => isProminentNamesake(city, namesake))) {
      skip('prominentNamesake', `${label} (${where.name.label})`);
      continue;
    }
    let id = `${slugify(label) || city.geonameId}-${where.name.id}`;
    if (usedIds.has(id)) id = `${id}-${city.geonameId}`;
    usedIds.add(id);
    cityIds.set(city.geonameId, id);
    const division = divisionCode ? selection.divisions.find((d) => d.division.code === divisionCode)?.division.name : undefined;
    const nearest = nearestTowns(located, selection.towns);
    const neighbours = nearest.map((town) => town.city.name);
    nearOf.set(id, () => [...(divisionCode && divisionIds.get(divisionCode) ? [divisionIds.get(divisionCode)!] : []), ...nearest.flatMap((town) => cityIds.get(town.city.geonameId) ?? [])]);
    // A city named like its division ("San Luis Potosí"), another division of its country (Buenos Aires) or a division's name
    // without its type word ("Kano State") must not take the division's longer names, its government's or its governor's.
    const namedLikeDivision = [label, ...divisionForms(label)].some((form) => divisionNames.has(`${city.country}|${foldName(form)}`));
    drafts.push({
      id,
      label,
      kind: 'city',
      country: where.name,
      region: where.region,
      weight: city.population,
      prominent: isProminentCity(city),
      place: { kind: 'city', country: city.country, city },
      namesake: namesakes.length > 0 || acrossBorder(city.country, [label, city.name], city),
      // The old name too, unless it is only a part of the new one ("Juárez" of "Ciudad Juárez" is also a surname).
      claims: [{ ...claimOf(label, 'natural'), ...(namedLikeDivision && { exclude: [...divisionOfficeForms(label), ...divisionForms(label)] }) }, ...(currentName && !` ${foldName(currentName)} `.includes(` ${foldName(city.name)} `) ? [claimOf(city.name, 'natural')] : [])],
      terms: placeTerms(city.country, where.terms, safe(division ? [division] : []), safe(neighbours).slice(0, 5)),
      entry: (aliases) => {
        const card = cityCard(city, where.name, division, nextToLarger(located, selection.towns));
        const divisionId = divisionCode && divisionIds.get(divisionCode);
        return {
          id, label, kind: 'place', aliases, summary: card.summary, facts: card.facts, asOf: card.asOf, sources: card.sources,
          related: [where.name.id, ...(divisionId ? [divisionId] : [])], generated: generatedMark(division !== undefined),
        } as Entry;
      },
    });
  }
  for (const city of selection.unplaced) skip('noCountry', `${city.name} (${city.country})`);

  // A division's name that is its seat's name in another spelling ("Mykolaiv" for "Mykolayiv") is how the news writes the seat.
  for (const selected of selection.divisions) {
    const { seat, division } = selected;
    if (!seat || foldName(seat.name) === foldName(division.name) || !maybeSameName(seat.name, division.name)) continue;
    const city = drafts.find((draft) => draft.kind === 'city' && draft.id === cityIds.get(seat.geonameId));
    // The division keeps only its longer names; the seat's alias leaves them, and its government's, to the division ("Basra governorate").
    if (city && !city.claims.some((claim) => foldName(claim.text) === foldName(division.name))) {
      city.claims.push({ ...claimOf(division.name, 'natural'), exclude: [...divisionOfficeForms(division.name), ...divisionForms(division.name)] });
    }
  }
  const live = drafts.filter((draft) => {
    if (input.handWrittenIds.has(draft.id)) {
      skip('handWrittenId', `${draft.label} (${draft.country.label})`);
      return false;
    }
    // A division named as a hand-written entry is named ("Xinjiang", "Balochistan") is that entry, or is
    // read as it by every reader ("Kabul", "Beijing"): the hand-written card stands for the name.
    if (draft.kind === 'division' && vetter.isHandWritten(draft.label)) {
      skip('handWrittenDivision', `${draft.label} (${draft.country.label})`);
      return false;
    }
    return true;
  });
  vetClaims(live, vetter, skip);
  resolveSharedNames(live, skip);

  const byRegion = new Map<PlaceRegion, Entry[]>();
  const emitted = new Set<string>();
  for (const draft of live) {
    const aliases = draft.claims.flatMap((claim) => {
      const contexts = gateContexts(claim.text, draft.terms, claim.level).filter((term) => !claim.dropContexts.has(foldName(term)));
      // A place's own name of several words is a proper name: "North Lebanon", not "north Lebanon".
      const sensitive = claim.origin === 'natural' && foldName(claim.text).includes(' ');
      const longer = draft.kind === 'city' ? (input.longerDivisionNames?.(draft.country.code, claim.text) ?? []) : [];
      // The office forms come before the type-word forms: where the 20 are cut, a type word near the name still leaves it undecided.
      // "Rome, Georgia", "Kingston, Ontario": the town of that state, never this place. Last, in the room the other kinds leave.
      const commaPairs = input.commaNamesakes?.(claim.text, ownDivision(draft)) ?? [];
      const exclude = distinctFolded([...vetter.personNamesHolding(claim.text), ...(claim.exclude ?? []).filter(isDivisionOfficeForm), ...longer, ...(claim.exclude ?? []), ...commaPairs]).slice(0, MAX_EXCLUDES);
      // A prominent name that no other place, word or glossary name shares ("Nairobi") is read as the place without its country nearby.
      const check = draft.prominent && claim.origin === 'natural' && claim.level === 'standard' && claim.dropContexts.size === 0 ? input.prominence : undefined;
      const alias = check?.isUnique(claim.text, draft.place)
        ? prominentAlias(claim.text, draft.place, contexts, sensitive, exclude, check)
        : gatedAlias(claim.text, contexts, sensitive, exclude, vetter.isGivenName(claim.text));
      if (!alias) skip('ungateable', `${claim.text} (${draft.country.label})`);
      // "Barges on the Mississippi": the river, not the state.
      return alias ? [input.riverNames?.has(foldName(claim.text)) ? withRiverWords(alias) : alias] : [];
    });
    if (input.otherNames) {
      const textOf = (alias: AliasSpec): string => (typeof alias === 'string' ? alias : alias.text);
      const own = new Set(aliases.map((alias) => foldName(textOf(alias))));
      const other = input.otherNames({
        id: draft.id,
        nearIds: nearOf.get(draft.id)?.() ?? [],
        country: input.countryEntries.get(draft.country.id)!,
        englishContexts: gateContexts(draft.label, draft.terms, 'standard'),
      });
      for (const { text, reason } of other.skipped) skip(OTHER_NAME_SKIPS[reason], `${text} (${draft.country.label})`);
      aliases.push(...other.aliases.filter((alias) => !own.has(foldName(textOf(alias)))));
    }
    if (aliases.length === 0) {
      skip('noAlias', `${draft.label} (${draft.country.label})`);
      continue;
    }
    emitted.add(draft.id);
    byRegion.set(draft.region, [...(byRegion.get(draft.region) ?? []), draft.entry(aliases)]);
  }
  // A related link to a place that was skipped would point nowhere; country ids are not drafts and stay.
  const draftIds = new Set(drafts.map((draft) => draft.id));
  for (const entries of byRegion.values()) {
    for (const entry of entries) entry.related = (entry.related ?? []).filter((id) => emitted.has(id) || !draftIds.has(id));
  }
  return { byRegion, skipped };
}

/** The place's own first-level division ("US.GA"), whose "Name, State" is the place itself. */
function ownDivision(draft: Draft): string | undefined {
  return draft.place.kind === 'city' && draft.place.city ? `${draft.place.city.country}.${draft.place.city.admin1}` : draft.place.divisionCode;
}

/** The matcher folds exclusions as it folds text: "Kano State" and "Kano state" are one. */
function distinctFolded(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(foldName(name)) && Boolean(seen.add(foldName(name))));
}

/** Within this distance a larger place makes a place a part or a suburb of it rather than a city of its own. */
export const NEXT_TO_LARGER_KM = 20;

function nextToLarger(located: LocatedCity, towns: readonly LocatedCity[]): boolean {
  return towns.some((town) => town.city.population > located.city.population && town.city.country === located.city.country && distanceKm(town.city, located.city) <= NEXT_TO_LARGER_KM);
}

/** Up to 8 towns of the same country within 300 km, nearest first. */
function nearestTowns(located: LocatedCity, towns: readonly LocatedCity[]): LocatedCity[] {
  return towns
    .filter((town) => town.city.country === located.city.country && town.city.geonameId !== located.city.geonameId)
    .map((town) => ({ town, km: distanceKm(located.city, town.city) }))
    .filter(({ km }) => km <= 300)
    .sort((a, b) => a.km - b.km || a.town.city.geonameId - b.town.city.geonameId)
    .slice(0, 8)
    .map(({ town }) => town);
}
