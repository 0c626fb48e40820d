/**
 * When should an adjective of nationality ("Israeli", "Sudanese") open its
 * state's card? A measurement on the corpus articles (the body by
 * Readability, as the coverage report reads it): every demonym compromise
 * tags, the word after it, and whether the state itself is named in the same
 * article. The decision it supports is written in docs/glossary-guide.md.
 *
 *   npx tsx scripts/demonym-report.ts
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { CORPUS } from './harness/corpus.ts';
import { referenceMatcher } from './harness/core-reference.ts';
import { articleText } from './glossary/coverage-article.ts';

/** Head nouns after a demonym that make it stand for the state: its government, forces or officials. */
const STATE_HEADS = new Set(
  'government governments forces force military army troops soldiers officials official authorities authority president prime minister ministry ministers state regime police embassy diplomats diplomat navy air strikes strike parliament court courts leader leaders administration security intelligence delegation envoy ambassador'.split(' '),
);

/** A demonym's state among the glossary's countries: the country whose label starts with the demonym's stem. */
function countryOf(demonym: string, countries: ReadonlyArray<{ id: string; label: string }>): string | undefined {
  const stem = demonym.replace(/(?:ian|ean|an|ese|ish|i|ic)$/u, '');
  if (stem.length < 4) return undefined;
  return countries.find((country) => country.label.startsWith(stem))?.id;
}

const matcher = referenceMatcher();
const countries: Array<{ id: string; label: string }> = [];
for (let e = 0; e < matcher.entryCount; e++) {
  const ref = matcher.entryRef(e);
  if (ref.kind === 'country') countries.push({ id: ref.id, label: ref.label });
}

let uses = 0;
let stateUses = 0;
let mapped = 0;
let stateNamedToo = 0;
const pagesWithout = new Map<string, string[]>();
const samples: string[] = [];
for (const page of CORPUS.filter((candidate) => candidate.lang === 'en')) {
  const article = await articleText(readFileSync(page.path, 'utf8'), page.url);
  const entriesNamed = new Set(matcher.select(article.blocks.map((text) => matcher.scan(text)), { density: 'all' }).flat().map((mention) => mention.entryId));
  for (const block of article.blocks) {
    for (const term of nlp(block).match('#Demonym').json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
      const demonym = term.text.replace(/[^\p{L}]+$/u, '');
      const next = /^\s+([\p{L}-]+)/u.exec(block.slice(term.offset.start + term.offset.length))?.[1]?.toLowerCase() ?? '';
      uses++;
      const state = STATE_HEADS.has(next);
      if (state) stateUses++;
      if (samples.length < 60 && uses % 3 === 0) samples.push(`${state ? 'state ' : 'other '} ${demonym} ${next}`);
      const country = countryOf(demonym, countries);
      if (!country) continue;
      mapped++;
      if (entriesNamed.has(country)) stateNamedToo++;
      else pagesWithout.set(country, [...(pagesWithout.get(country) ?? []), page.file]);
    }
  }
}
const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(0)}%`;
console.log(`demonyms in the English corpus articles: ${uses}`);
console.log(`  followed by a word that makes them stand for the state (government, forces, officials…): ${stateUses} (${pct(stateUses, uses)})`);
console.log(`  mapped to a country of the glossary: ${mapped}; of those, the state is itself marked in the same article: ${stateNamedToo} (${pct(stateNamedToo, mapped)})`);
console.log('  states met only as a demonym:', [...pagesWithout].map(([country, pages]) => `${country} (${pages.length})`).join(', ') || 'none');
console.log('samples (every third use):');
for (const sample of samples) console.log(`  ${sample}`);
