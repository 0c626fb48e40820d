import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { generatePlaceFiles } from './generate-places.ts';
import { PLACE_GATE_SCOPE } from './places-gates.ts';
import { isRelaxedAlias } from './places-prominent.ts';
import type { CityRecord, CurrentCity, DivisionRecord, PlaceDatasets } from './places-sources.ts';

/** A small world: two Hyderabads, a city that is a hand-written entry, an English word, a section of a city. */
const CITIES: CityRecord[] = [
  { geonameId: 170063, name: 'Aleppo', country: 'SY', admin1: '09', featureCode: 'PPLA', population: 1_602_264, lat: 36.20124, lon: 37.16117 },
  { geonameId: 169577, name: 'Homs', country: 'SY', admin1: '11', featureCode: 'PPLA', population: 775_404, lat: 34.72682, lon: 36.72339 },
  { geonameId: 170017, name: 'Hama', country: 'SY', admin1: '10', featureCode: 'PPLA', population: 460_602, lat: 35.13179, lon: 36.75783 },
  { geonameId: 170654, name: 'Damascus', country: 'SY', admin1: '13', featureCode: 'PPLC', population: 1_569_394, lat: 33.5102, lon: 36.29128 },
  { geonameId: 170592, name: 'Douma', country: 'SY', admin1: '13', featureCode: 'PPLA', population: 110_893, lat: 33.57175, lon: 36.4027 },
  { geonameId: 700569, name: 'Mykolayiv', country: 'UA', admin1: '16', featureCode: 'PPLA', population: 510_840, lat: 46.96591, lon: 31.9974 },
  { geonameId: 1269843, name: 'Hyderabad', country: 'IN', admin1: '40', featureCode: 'PPLA', population: 3_597_816, lat: 17.38405, lon: 78.45636 },
  { geonameId: 1270960, name: 'Secunderabad', country: 'IN', admin1: '40', featureCode: 'PPL', population: 213_698, lat: 17.50427, lon: 78.54263 },
  { geonameId: 1176734, name: 'Hyderabad', country: 'PK', admin1: '05', featureCode: 'PPLA2', population: 1_386_330, lat: 25.39242, lon: 68.37366 },
  { geonameId: 1174872, name: 'Karachi', country: 'PK', admin1: '05', featureCode: 'PPLA', population: 11_624_219, lat: 24.8608, lon: 67.0104 },
  { geonameId: 2990440, name: 'Nice', country: 'FR', admin1: '93', featureCode: 'PPLA2', population: 500_000, lat: 43.70313, lon: 7.26608 },
  { geonameId: 4671654, name: 'Austin', country: 'US', admin1: 'TX', featureCode: 'PPLA', population: 931_830, lat: 30.26715, lon: -97.74306 },
  { geonameId: 4726206, name: 'San Antonio', country: 'US', admin1: 'TX', featureCode: 'PPLA2', population: 1_469_845, lat: 29.42412, lon: -98.49363 },
  { geonameId: 709717, name: 'Donetsk', country: 'UA', admin1: '05', featureCode: 'PPLA', population: 1_024_700, lat: 48.023, lon: 37.80224 },
  { geonameId: 99532, name: 'Basrah', country: 'IQ', admin1: '02', featureCode: 'PPLA', population: 2_600_000, lat: 30.50852, lon: 47.7804 },
  { geonameId: 2335204, name: 'Kano', country: 'NG', admin1: '29', featureCode: 'PPLA', population: 3_626_068, lat: 12.00012, lon: 8.51672 },
  { geonameId: 500096, name: 'Ryazan’', country: 'RU', admin1: '62', featureCode: 'PPLA', population: 520_173, lat: 54.6269, lon: 39.6916 },
  { geonameId: 4951305, name: 'South Boston', country: 'US', admin1: 'MA', featureCode: 'PPLX', population: 571_281, lat: 42.33343, lon: -71.04949 },
];
const CURRENT: CurrentCity[] = CITIES.map(({ name, country, admin1, lat, lon }) => ({ name, country, admin1, lat, lon }));
const DIVISIONS: DivisionRecord[] = [
  { code: 'SY.09', name: 'Aleppo' },
  { code: 'SY.10', name: 'Hama' },
  { code: 'SY.11', name: 'Homs' },
  { code: 'SY.13', name: 'Damascus Governorate' },
  { code: 'IN.40', name: 'Telangana' },
  { code: 'PK.05', name: 'Sindh' },
  { code: 'FR.93', name: "Provence-Alpes-Côte d'Azur" },
  { code: 'US.MA', name: 'Massachusetts' },
  { code: 'US.TX', name: 'Texas' },
  { code: 'UA.05', name: 'Donetsk' },
  { code: 'UA.16', name: 'Mykolaiv' },
  { code: 'IN.07', name: 'Rakhine' },
  { code: 'IQ.02', name: 'Basra' },
  { code: 'NG.29', name: 'Kano State' },
  { code: 'NG.57', name: 'Zamfara State' },
  { code: 'RU.62', name: 'Ryazan Oblast' },
];
const DATA: PlaceDatasets = { cities: CITIES, currentCities: CURRENT, divisions: DIVISIONS };

const country = (id: string, label: string, aliases: string[] = []): Entry => ({
  id, label, kind: 'country', aliases: [label, ...aliases], summary: `${label}.`, asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${label}` }],
});
const HAND_WRITTEN: Entry[] = [
  country('syria', 'Syria', ['Syrie']),
  country('india', 'India', ['Inde']),
  country('pakistan', 'Pakistan'),
  country('france', 'France'),
  country('united-states', 'United States', ['U.S.', 'US']),
  country('ukraine', 'Ukraine'),
  country('iraq', 'Iraq'),
  country('nigeria', 'Nigeria'),
  country('russia', 'Russia'),
  { id: 'lloyd-austin', label: 'Lloyd Austin', kind: 'person', aliases: ['Lloyd Austin'], summary: 'A person.', asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Lloyd_Austin' }] },
  { id: 'aleppo', label: 'Aleppo', kind: 'place', aliases: ['Aleppo'], summary: 'City in Syria.', asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Aleppo' }] },
];
const WORDS = { english: new Set(['nice']), otherLanguages: new Set<string>(), reviewed: new Set(['rakhine']) };

const run = () => generatePlaceFiles(HAND_WRITTEN, DATA, WORDS, null);
const entriesOf = (files: Map<string, string>): Entry[] => [...files.values()].flatMap((text) => (JSON.parse(text) as { entries: Entry[] }).entries);
const aliasTexts = (entry: Entry | undefined) => (entry?.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.text));
const contextsOf = (entry: Entry | undefined) => (entry?.aliases ?? []).flatMap((alias) => (typeof alias === 'string' ? [] : alias.contexts ?? []));

describe('generated places from a small world', () => {
  const { files, result } = run();
  const entries = entriesOf(files);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  it('gives the same bytes on every run', () => {
    expect(run().files).toEqual(files);
  });

  it('names a division by its plain name ("Zamfara") unless a town has it ("Kano"), and by the country\'s type words ("Ryazan region")', () => {
    expect(aliasTexts(byId.get('zamfara-state-nigeria-division'))).toEqual(expect.arrayContaining(['Zamfara State', 'Zamfara']));
    expect(aliasTexts(byId.get('kano-state-nigeria-division'))).not.toContain('Kano');
    expect(aliasTexts(byId.get('kano-nigeria'))).toContain('Kano');
    const ryazan = aliasTexts(byId.get('ryazan-oblast-russia-division'));
    expect(ryazan).toEqual(expect.arrayContaining(['Ryazan Oblast', 'Ryazan region']));
    expect(ryazan).not.toContain('Ryazan');
    // GeoNames' soft-sign prime ("Ryazan’") is not how the news writes the city.
    expect(aliasTexts(byId.get('ryazan-russia'))).toContain('Ryazan');
  });

  it('leaves a hand-written name to the hand-written entry', () => {
    expect(byId.has('aleppo-syria')).toBe(false);
    expect(result.skipped.get('handWritten')).toContain('Aleppo (Syria)');
  });

  it('keeps only the longer forms of a division named like a town, with its government\'s and governor\'s names', () => {
    expect(aliasTexts(byId.get('homs-syria-division'))).toEqual(['Homs governorate', 'Homs province', 'Homs provincial', 'Homs governor', 'governor of Homs']);
  });

  it('keeps only the longer forms of a division named like its seat in another spelling, and gives the seat that spelling', () => {
    expect(aliasTexts(byId.get('basra-iraq-division'))).toEqual(['Basra governorate', 'Basra province', 'Basra provincial', 'Basra governor', 'governor of Basra']);
    expect(aliasTexts(byId.get('basrah-iraq'))).toEqual(['Basrah', 'Basra']);
  });

  it('keeps a city named like its division out of the division\'s longer names', () => {
    const [homs] = byId.get('homs-syria')?.aliases ?? [];
    expect(typeof homs === 'string' ? [] : homs?.exclude).toEqual(
      expect.arrayContaining(['governorate of Homs', 'province of Homs', 'Homs province', 'Homs provincial', 'Homs prefectural', 'Homs governor', 'governor of Homs']),
    );
    // Mykolayiv is not named like its division; the division's spelling of it, which it takes, leaves the division's forms alone.
    const [label, divisionSpelling] = byId.get('mykolayiv-ukraine')?.aliases ?? [];
    expect(typeof label === 'string' ? undefined : label?.exclude).toBeUndefined();
    expect(typeof divisionSpelling === 'string' ? [] : divisionSpelling?.exclude).toEqual(expect.arrayContaining(['Mykolaiv province', 'Mykolaiv governor']));
  });

  it('gives a division named as a town and its type word the governor\'s forms of the bare name, and the town leaves them', () => {
    expect(aliasTexts(byId.get('damascus-governorate-syria-division'))).toEqual(expect.arrayContaining(['Damascus governor', 'governor of Damascus']));
    const damascus = byId.get('damascus-syria')?.aliases[0];
    expect(typeof damascus === 'string' ? [] : damascus?.exclude).toEqual(expect.arrayContaining(['Damascus governor', 'governor of Damascus']));
  });

  it('puts the governor\'s forms of a city named like its division before the type-word forms the 20 exclusions may cut', () => {
    const homs = byId.get('homs-syria')?.aliases[0];
    const exclude = typeof homs === 'string' ? [] : (homs?.exclude ?? []);
    expect(exclude.indexOf('governor of Homs')).toBeLessThan(exclude.indexOf('state of Homs'));
    expect(new Set(exclude.map((name) => name.toLowerCase())).size).toBe(exclude.length);
  });

  it('leaves a division named as a hand-written entry is to that entry', () => {
    expect(byId.has('aleppo-syria-division')).toBe(false);
    expect(result.skipped.get('handWrittenDivision')).toContain('Aleppo (Syria)');
  });

  it('never marks a common English word, a section of a city or the generic', () => {
    expect(byId.has('nice-france')).toBe(false);
    expect(result.skipped.get('english')).toContain('Nice (France)');
    expect(entries.some((entry) => entry.label === 'South Boston')).toBe(false);
  });

  it('generates nothing in a division whose sovereignty states dispute', () => {
    expect(entries.some((entry) => entry.id.includes('donetsk'))).toBe(false);
    expect(result.skipped.get('disputed')).toEqual(['Donetsk (Ukraine)']);
  });

  it('never marks alone a name the reviewed list gives to a people or a person', () => {
    expect(result.skipped.get('reviewed')).toContain('Rakhine (India)');
  });

  it('keeps the country out of the gate of a name in a person\'s name, and excludes that person', () => {
    const austin = byId.get('austin-united-states')?.aliases[0];
    expect(austin).toMatchObject({ text: 'Austin', exclude: ['Lloyd Austin'] });
    expect(contextsOf(byId.get('austin-united-states'))).toEqual(['Texas', 'San Antonio']);
  });

  it('separates two places of one name by contexts the other lacks', () => {
    const india = byId.get('hyderabad-india');
    const pakistan = byId.get('hyderabad-pakistan');
    expect(aliasTexts(india)).toEqual(['Hyderabad']);
    expect(aliasTexts(pakistan)).toEqual(['Hyderabad']);
    expect(contextsOf(india)).toEqual(expect.arrayContaining(['Telangana', 'India']));
    expect(contextsOf(pakistan)).toEqual(expect.arrayContaining(['Sindh', 'Pakistan', 'Karachi']));
    expect(contextsOf(india).filter((term) => contextsOf(pakistan).includes(term))).toEqual([]);
  });

  it('gives a prominent name that nothing else shares the weaker gate: one word none, several words its contexts page-wide', () => {
    const [karachi] = byId.get('karachi-pakistan')?.aliases ?? [];
    expect(karachi).toMatchObject({ text: 'Karachi', exclude: expect.arrayContaining(['University of Karachi', 'Karachi University']) });
    expect(typeof karachi === 'string' ? undefined : karachi?.contexts).toBeUndefined();
    const [sanAntonio] = byId.get('san-antonio-united-states')?.aliases ?? [];
    expect(sanAntonio).toMatchObject({ text: 'San Antonio', scope: 'page' });
    expect(aliasTexts(byId.get('texas-united-states-division'))).toEqual(['Texas']);
    expect(isRelaxedAlias(byId.get('texas-united-states-division')!.aliases[0]!)).toBe(true);
  });

  it('keeps the block gate of a prominent name that another place shares or a person holds', () => {
    for (const id of ['hyderabad-india', 'hyderabad-pakistan', 'austin-united-states']) {
      expect(byId.get(id)?.aliases.every((alias) => typeof alias !== 'string' && alias.scope === PLACE_GATE_SCOPE), id).toBe(true);
    }
  });

  it('takes a country\'s dotted short form as a context, never a short form that is a word ("US", "us")', () => {
    expect(contextsOf(byId.get('san-antonio-united-states'))).toEqual(expect.arrayContaining(['United States', 'U.S.']));
    expect(contextsOf(byId.get('san-antonio-united-states'))).not.toContain('US');
  });

  it('gates every alias in the nearest scope, or by the weaker gate, and never by the name itself', () => {
    for (const entry of entries) {
      for (const alias of entry.aliases) {
        if (typeof alias === 'string') throw new Error(`${entry.id}: ungated alias ${alias}`);
        if (isRelaxedAlias(alias)) continue;
        expect(alias.scope).toBe(PLACE_GATE_SCOPE);
        expect(alias.contexts?.length).toBeGreaterThan(0);
        expect(alias.contexts).not.toContain(alias.text);
      }
    }
  });

  it('links a city to its country and its division, and a division to its seat', () => {
    expect(byId.get('homs-syria')?.related).toEqual(['syria', 'homs-syria-division']);
    expect(byId.get('homs-syria-division')?.related).toEqual(['syria', 'homs-syria']);
  });

  it('gives a seat the spelling its division is named in, and the division only its longer forms', () => {
    expect(aliasTexts(byId.get('mykolayiv-ukraine'))).toEqual(['Mykolayiv', 'Mykolaiv']);
    expect(aliasTexts(byId.get('mykolaiv-ukraine-division'))).toEqual(['Mykolaiv oblast', 'Mykolaiv region', 'Mykolaiv regional', 'Mykolaiv governor', 'governor of Mykolaiv']);
  });

  it('states no seat for the division that holds the capital, whatever town GeoNames flags', () => {
    expect(byId.get('damascus-governorate-syria-division')?.summary).toBe('First-level administrative division of Syria.');
    expect(byId.get('damascus-syria')?.summary).toMatch(/^Capital of Syria, in Damascus Governorate, one of its first-level administrative divisions\./);
  });

  it('writes the card from the data', () => {
    expect(byId.get('homs-syria')?.summary).toBe(
      'City in Syria, the seat of Homs, one of its first-level administrative divisions. GeoNames gave its population as 775,404 in its data of March 2020.',
    );
    expect(byId.get('telangana-india-division')?.summary).toBe('First-level administrative division of India; its seat is Hyderabad.');
    expect(byId.get('homs-syria')?.sources).toEqual([{ publisher: 'GeoNames', url: 'https://www.geonames.org/169577' }]);
  });
});

describe('a generated name that begins with another country\'s name', () => {
  /** Nigeria's Niger State, its seat Minna and a town near it, beside the country Niger. */
  const cities: CityRecord[] = [
    { geonameId: 2330100, name: 'Minna', country: 'NG', admin1: '31', featureCode: 'PPLA', population: 291_905, lat: 9.61524, lon: 6.54776 },
    { geonameId: 2347078, name: 'Bida', country: 'NG', admin1: '31', featureCode: 'PPL', population: 188_181, lat: 9.08333, lon: 6.01667 },
    { geonameId: 2352778, name: 'Abuja', country: 'NG', admin1: '11', featureCode: 'PPLC', population: 590_400, lat: 9.05785, lon: 7.49508 },
  ];
  const nigeria: PlaceDatasets = {
    cities,
    currentCities: cities.map(({ name, country, admin1, lat, lon }) => ({ name, country, admin1, lat, lon })),
    divisions: [{ code: 'NG.31', name: 'Niger State' }, { code: 'NG.11', name: 'Federal Capital Territory' }],
  };
  const { files } = generatePlaceFiles([country('nigeria', 'Nigeria'), country('niger', 'Niger')], nigeria, WORDS, null);
  const niger = entriesOf(files).find((entry) => entry.id === 'niger-state-nigeria-division');

  it('is gated by its seat or towns in the block, never by its own country, whose news names the other country too', () => {
    const [alias] = niger?.aliases ?? [];
    expect(typeof alias === 'string' ? undefined : alias?.scope).toBe(PLACE_GATE_SCOPE);
    expect(contextsOf(niger)).toContain('Minna');
    expect(contextsOf(niger)).not.toContain('Nigeria');
  });
});
