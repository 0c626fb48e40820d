/**
 * The card text of generated places, built from the data only: what the
 * place is (a capital, the seat of a division, a populated place), where it
 * is (division, country) and its population with the data's date.
 */
import type { Fact, Source } from '../../src/core/glossary/schema.ts';
import { CAPITAL_NOT_STATED } from './places-countries.ts';
import { CITIES_DATASET, DIVISIONS_DATASET, GEONAMES_ADMIN1_URL, geonamesPageUrl, type CityRecord } from './places-sources.ts';

export const GENERATOR_PATH = 'scripts/glossary/generate-places.ts';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-03" → "March 2020". */
export function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/** 1602264 → "1,602,264", the same on every machine (no locale data involved). */
export const groupDigits = (value: number): string => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface CountryName {
  readonly code: string;
  readonly id: string;
  readonly label: string;
  readonly article: boolean;
}

/** The country as it reads in running text: "the United States", "Syria". */
export const inText = (country: CountryName): string => (country.article ? `the ${country.label}` : country.label);

export interface CityCard {
  readonly summary: string;
  readonly facts: Fact[];
  readonly sources: Source[];
  readonly asOf: string;
}

const populationSentence = (city: CityRecord): string =>
  `GeoNames gave its population as ${groupDigits(city.population)} in its data of ${monthName(CITIES_DATASET.dataMonth)}.`;

/**
 * The first sentence of a city's card, by its GeoNames feature code. "City"
 * only for a capital or the seat of a division that does not lie next to a
 * larger place (Brooklyn is a seat, but of a borough of New York City);
 * anything else is a "populated place", GeoNames' own term.
 */
function cityLead(city: CityRecord, country: CountryName, division: string | undefined, nextToLarger: boolean): string {
  const where = inText(country);
  const capital = city.featureCode === 'PPLC' && !CAPITAL_NOT_STATED.has(country.code);
  const noun = ['PPLC', 'PPLA', 'PPLA2', 'PPLG'].includes(city.featureCode) && !nextToLarger ? 'City' : 'Populated place';
  if (!division) return capital ? `Capital of ${where}.` : `${noun} in ${where}.`;
  if (capital) return `Capital of ${where}, in ${division}, one of its first-level administrative divisions.`;
  if (city.featureCode === 'PPLA') return `${noun} in ${where}, the seat of ${division}, one of its first-level administrative divisions.`;
  return `${noun} in ${division}, a first-level administrative division of ${where}.`;
}

/** `nextToLarger`: a larger place lies within NEXT_TO_LARGER_KM. */
export function cityCard(city: CityRecord, country: CountryName, division: string | undefined, nextToLarger: boolean): CityCard {
  const facts: Fact[] = [{ label: 'Country', value: country.label }];
  if (division) facts.push({ label: 'First-level division', value: division });
  facts.push({ label: 'Population', value: `${groupDigits(city.population)} (GeoNames, ${monthName(CITIES_DATASET.dataMonth)})` });
  return {
    summary: `${cityLead(city, country, division, nextToLarger)} ${populationSentence(city)}`,
    facts,
    sources: [{ publisher: 'GeoNames', url: geonamesPageUrl(city.geonameId) }],
    asOf: CITIES_DATASET.dataMonth,
  };
}

export function divisionCard(code: string, country: CountryName, seat: CityRecord | undefined): CityCard {
  const facts: Fact[] = [{ label: 'Country', value: country.label }];
  if (seat) facts.push({ label: 'Seat', value: seat.name });
  facts.push({ label: 'GeoNames code', value: code });
  const sources: Source[] = [{ publisher: 'GeoNames', url: GEONAMES_ADMIN1_URL }];
  if (seat) sources.push({ publisher: 'GeoNames', url: geonamesPageUrl(seat.geonameId) });
  return {
    summary: `First-level administrative division of ${inText(country)}${seat ? `; its seat is ${seat.name}` : ''}.`,
    facts,
    sources,
    // The seat comes from the older city data: the card is known true as of the older date.
    asOf: seat ? CITIES_DATASET.dataMonth : DIVISIONS_DATASET.dataMonth,
  };
}

/** The `generated` mark of an entry. */
export function generatedMark(withDivisions: boolean): { by: string; dataset: string; licence: string } {
  const dataset = withDivisions ? `${CITIES_DATASET.label}; ${DIVISIONS_DATASET.label}` : CITIES_DATASET.label;
  return { by: GENERATOR_PATH, dataset, licence: CITIES_DATASET.licence };
}
