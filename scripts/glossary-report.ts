/**
 * `npm run glossary:report`: glossary coverage on the corpus pages.
 *
 * Runs the annotate CLI (the built extension in Chromium) on every page in
 * e2e/fixtures/corpus and lists, per page, the entries found and the
 * capitalised names that occur at least twice in the page's text but are not
 * in the glossary: candidates for new entries. Writes docs/glossary-coverage.md.
 * First it lists the aliases the ambiguity check flags and the gates each
 * relies on, in docs/glossary-gates.md (`-- --gates-only` stops there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './harness/corpus.ts';
import { referenceMatcher } from './harness/core-reference.ts';
import { annotate } from './annotate.ts';
import { gatesReport } from './glossary/gates-report.ts';
import { readGlossarySource } from './lib/glossary-files.ts';

const OUT = path.resolve(import.meta.dirname, '../docs/glossary-coverage.md');
/** Capitalised words that start sentences or headlines, not names. */
const STOP = new Set(
  'The A An In On At Of For And But Or If As By To From With This That These Those It Its He She They We I You His Her Their Our Mr Mrs Ms Dr Sir But When While After Before Since Under Over About More Most Some Many No Not Now New Read Share Sign Get See Also Photo Image Video Advertisement Copyright All Here There What Who Why How Where Which President Prime Minister King Queen Secretary General Sen Rep Gov Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);
const NAME = /\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:of|the|al|bin|de|du|la|von|van|and)\s+)?\p{Lu}[\p{L}’'-]+)*/gu;

/** The visible-ish text of a saved page: scripts, styles and tags removed. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function candidates(text: string): Array<[string, number]> {
  const matcher = referenceMatcher();
  const counts = new Map<string, number>();
  for (const match of text.matchAll(NAME)) {
    const words = match[0]
      .replace(/[’']s$/u, '')
      .split(/\s+/)
      .filter((word) => !STOP.has(word));
    const name = words.join(' ');
    if (name.length < 3 || (words.length === 1 && STOP.has(name))) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    // Known if any alias covers the whole name, whatever its context rules (those depend on the page).
    .filter(([name, count]) => count >= 2 && !matcher.scan(name).candidates.some((candidate) => candidate.start === 0 && candidate.end === name.length))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 15);
}

const GATES_OUT = path.resolve(import.meta.dirname, '../docs/glossary-gates.md');
const gates = gatesReport(readGlossarySource().files);
writeFileSync(GATES_OUT, gates.markdown);
console.log(`gates report: ${gates.findings.length} flagged aliases and their gates; written to ${path.relative(process.cwd(), GATES_OUT)}`);
if (process.argv.includes('--gates-only')) process.exit(0);

const results = await annotate(
  CORPUS.map((page) => page.path),
  'chromium',
);
const lines = [
  '# Glossary coverage on the corpus',
  '',
  `Made by \`npm run glossary:report\` on ${new Date().toISOString().slice(0, 10)}: the built extension run by the annotate CLI on the ${CORPUS.length} pages of \`e2e/fixtures/corpus\` (first mention of each entry). "Not in the glossary" lists capitalised names seen at least twice in the page's text that the glossary does not match: candidates for new entries, not all of them names worth explaining.`,
  '',
  '| page | lang | entries found | not in the glossary (count) |',
  '|---|---|---:|---|',
];
let total = 0;
for (const [index, result] of results.entries()) {
  const page = CORPUS[index]!;
  const found = [...new Set(result.mentions.map((mention) => mention.label))];
  total += found.length;
  const missing = candidates(pageText(readFileSync(page.path, 'utf8')));
  lines.push(
    `| ${page.file} | ${page.lang} | ${found.length} | ${missing.map(([name, count]) => `${name} (${count})`).join(', ') || '—'} |`,
  );
}
lines.push('', '## Entries found on each page', '');
for (const [index, result] of results.entries()) {
  const labels = [...new Set(result.mentions.map((mention) => mention.label))];
  lines.push(`- **${CORPUS[index]!.file}**: ${labels.join(', ') || '(none)'}${result.error ? ` — error: ${result.error}` : ''}`);
}
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`glossary report: ${total} entry mentions on ${results.length} pages; written to ${path.relative(process.cwd(), OUT)}`);
