/**
 * Precision of the marks on judged corpus pages (issue: "every mark right").
 * The judged marks live in e2e/fixtures/corpus/judged-marks.json: for each
 * page listed there, every distinct mark the bundled glossary makes in the
 * article (by Readability), with a verdict given by a person who read it in
 * its sentence. scripts/glossary/precision.test.ts fails on any mark not yet
 * judged and on precision under 0.98.
 *
 *   npx tsx scripts/precision-report.ts                  precision, and the marks not yet judged
 *   npx tsx scripts/precision-report.ts --pending FILE   write the marks not yet judged to FILE, verdict null, to judge
 *   npx tsx scripts/precision-report.ts --merge FILE     take FILE's verdicts in, drop judgements of marks no longer made
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusPage } from './harness/corpus.ts';
import { referenceMatcher } from './harness/core-reference.ts';
import { JUDGED_MARKS_FILE, readJudgedMarks } from './glossary/judged-marks.ts';
import { markKey, marksOnPage, precision, type JudgedMark, type PageMark } from './glossary/precision-marks.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (!value) throw new Error(`${name} takes a file name`);
  return value;
};

const judged = readJudgedMarks();
const verdicts = new Map(judged.marks.map((mark) => [markKey(mark), mark]));
const made: PageMark[] = [];
for (const [index, file] of judged.pages.entries()) {
  const page = corpusPage(file);
  made.push(...(await marksOnPage(referenceMatcher(), file, page.path, page.url)));
  process.stderr.write(`precision: ${index + 1}/${judged.pages.length} ${file}\n`);
}

const mergeFrom = option('--merge');
if (mergeFrom) {
  const incoming = JSON.parse(readFileSync(mergeFrom, 'utf8')) as Array<PageMark & { verdict: JudgedMark['verdict'] | null; note?: string }>;
  for (const mark of incoming) {
    if (mark.verdict !== 'right' && mark.verdict !== 'wrong') continue;
    verdicts.set(markKey(mark), { page: mark.page, entryId: mark.entryId, text: mark.text, verdict: mark.verdict, ...(mark.note ? { note: mark.note } : {}) });
  }
  const madeKeys = new Set(made.map(markKey));
  const kept = [...verdicts.values()].filter((mark) => madeKeys.has(markKey(mark)));
  kept.sort((a, b) => markKey(a).localeCompare(markKey(b)));
  writeFileSync(JUDGED_MARKS_FILE, `${JSON.stringify({ ...judged, marks: kept }, null, 2)}\n`);
  console.log(`precision: ${kept.length} judged marks kept (${verdicts.size - kept.length} no longer made, dropped)`);
  for (const mark of kept) verdicts.set(markKey(mark), mark);
}

const unjudged = made.filter((mark) => !verdicts.has(markKey(mark)));
const present = made.flatMap((mark) => verdicts.get(markKey(mark)) ?? []);
console.log(`precision: ${present.filter((mark) => mark.verdict === 'right').length} right of ${present.length} judged marks = ${precision(present.map((mark) => mark.verdict)).toFixed(3)}; ${unjudged.length} not yet judged`);
for (const mark of present.filter((candidate) => candidate.verdict === 'wrong')) console.log(`  wrong: ${mark.page} ${mark.entryId} "${mark.text}"${mark.note ? ` — ${mark.note}` : ''}`);
const pendingTo = option('--pending');
if (pendingTo) {
  writeFileSync(pendingTo, `${JSON.stringify(unjudged.map((mark) => ({ ...mark, verdict: null })), null, 2)}\n`);
  console.log(`precision: wrote ${unjudged.length} marks to judge to ${pendingTo}`);
} else {
  for (const mark of unjudged) console.log(`  unjudged: ${mark.page} ${mark.entryId} "${mark.text}" … ${mark.context} …`);
}
