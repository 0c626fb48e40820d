/**
 * Coverage of the names a reader may want explained, on the corpus pages:
 * the article body found by Readability (scripts/glossary/coverage-article.ts),
 * its names found by a recogniser (coverage-names.ts), and each name checked
 * against what the matcher selects in that article with the bundled glossary
 * (coverage-measure.ts). Prints progress, writes docs/glossary-coverage-names.md
 * and, with --json FILE, the rows.
 *
 *   npx tsx scripts/coverage-report.ts [--json FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './harness/corpus.ts';
import { referenceMatcher } from './harness/core-reference.ts';
import { articleText } from './glossary/coverage-article.ts';
import { measureCoverage, type NameCoverage } from './glossary/coverage-measure.ts';
import { MEASURED_LANGUAGES, findNames, type NameKind } from './glossary/coverage-names.ts';

const OUT = path.resolve(import.meta.dirname, '../docs/glossary-coverage-names.md');
const KINDS: readonly NameKind[] = ['person', 'place', 'organisation', 'name'];

interface PageCoverage {
  readonly file: string;
  readonly lang: string;
  readonly names: readonly NameCoverage[];
}

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)}%`);
const covered = (names: readonly NameCoverage[]): number => names.filter((name) => name.entryId).length;

async function measurePage(file: string, filePath: string, url: string, lang: string): Promise<PageCoverage> {
  const article = await articleText(readFileSync(filePath, 'utf8'), url);
  const matcher = referenceMatcher();
  const selected = matcher.select(
    article.blocks.map((text) => matcher.scan(text)),
    { density: 'all' },
  );
  const names = measureCoverage({ names: findNames(article.blocks, lang), mentions: selected, excluded: [article.byline, article.siteName] });
  return { file, lang, names };
}

function report(pages: readonly PageCoverage[]): string {
  const all = pages.flatMap((page) => page.names);
  const lines = [
    '# Coverage of the names in the article',
    '',
    `Made by \`npx tsx scripts/coverage-report.ts\` on ${new Date().toISOString().slice(0, 10)}, with the bundled glossary. For each corpus page in a measured language (${MEASURED_LANGUAGES.join(', ')}): the article body as Mozilla's Readability extracts it (not our own scan scope), the names in it as a recogniser finds them (compromise for English; capitalised runs for French, Spanish and Russian), and whether the matcher, run over that article with every mention selected, gave each name a card. A name counts once per page; a surname alone after the full name is the same person; names in the byline and the publication's own name are left out.`,
    '',
    `**All measured pages: ${covered(all)} of ${all.length} names got a card (${percent(covered(all), all.length)}).**`,
    '',
    '| kind (as the recogniser saw it) | names | with a card | coverage |',
    '|---|---:|---:|---:|',
    ...KINDS.map((kind) => {
      const names = all.filter((name) => name.kind === kind);
      return `| ${kind} | ${names.length} | ${covered(names)} | ${percent(covered(names), names.length)} |`;
    }),
    '',
    'Where the recogniser falls short: compromise finds people, places and organisations but not events, concepts, agreements or weapons, so those kinds are not counted; it misreads some capitalised phrases (a title and a first name read as a place, a headline\'s capitalised words as a name), and some of the names it finds are ones a reader needs no card for (a passer-by quoted in the story). The capitalised-run stand-in for French, Spanish and Russian also counts capitalised common phrases. So the figures are a floor-and-ceiling guide, not a verdict: read the missing names below before acting on them.',
    '',
    '## Per page',
    '',
    '| page | lang | names | with a card | coverage | without a card |',
    '|---|---|---:|---:|---:|---|',
    ...pages.map((page) => {
      const missing = page.names.filter((name) => !name.entryId).sort((a, b) => b.occurrences - a.occurrences || a.name.localeCompare(b.name));
      const list = missing.map((name) => `${name.name} (${name.kind}${name.occurrences > 1 ? `, ${name.occurrences}×` : ''})`).join(', ');
      return `| ${page.file} | ${page.lang} | ${page.names.length} | ${covered(page.names)} | ${percent(covered(page.names), page.names.length)} | ${list || '—'} |`;
    }),
    '',
  ];
  const unmeasured = CORPUS.filter((page) => !MEASURED_LANGUAGES.includes(page.lang)).map((page) => `${page.file} (${page.lang})`);
  if (unmeasured.length > 0) lines.push(`Not measured (no recogniser for the language): ${unmeasured.join(', ')}.`, '');
  return lines.join('\n');
}

const jsonAt = process.argv.indexOf('--json');
const pages: PageCoverage[] = [];
const measured = CORPUS.filter((page) => MEASURED_LANGUAGES.includes(page.lang));
for (const [index, page] of measured.entries()) {
  pages.push(await measurePage(page.file, page.path, page.url, page.lang));
  process.stderr.write(`coverage: ${index + 1}/${measured.length} ${page.file}\n`);
}
writeFileSync(OUT, report(pages));
if (jsonAt !== -1) {
  const file = process.argv[jsonAt + 1];
  if (!file) throw new Error('--json takes a file name');
  writeFileSync(file, `${JSON.stringify(pages, null, 2)}\n`);
}
const all = pages.flatMap((page) => page.names);
console.log(`coverage: ${covered(all)} of ${all.length} names got a card (${percent(covered(all), all.length)}); written to ${path.relative(process.cwd(), OUT)}`);
