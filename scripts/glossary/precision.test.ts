/**
 * Precision of the bundled glossary on judged corpus pages: every mark it
 * makes in those articles has a verdict from a person who read it in its
 * sentence, and at least 98% are right. A new or changed alias that marks
 * something new on these pages fails here until its marks are judged
 * (`npx tsx scripts/precision-report.ts --pending FILE`, then `--merge FILE`).
 */
import { describe, expect, it } from 'vitest';
import { corpusPage } from '../harness/corpus.ts';
import { referenceMatcher } from '../harness/core-reference.ts';
import { readJudgedMarks } from './judged-marks.ts';
import { markKey, marksOnPage, precision, type PageMark } from './precision-marks.ts';

describe('precision on judged corpus pages', () => {
  it('judges every mark, and at least 98% are right', async () => {
    const judged = readJudgedMarks();
    expect(judged.pages.length).toBeGreaterThanOrEqual(5);
    const verdicts = new Map(judged.marks.map((mark) => [markKey(mark), mark.verdict]));
    const made: PageMark[] = [];
    for (const file of judged.pages) {
      const page = corpusPage(file);
      made.push(...(await marksOnPage(referenceMatcher(), file, page.path, page.url)));
    }
    const unjudged = made.filter((mark) => !verdicts.has(markKey(mark))).map((mark) => `${mark.page} ${mark.entryId} "${mark.text}"`);
    expect(unjudged, 'marks without a verdict: judge them (scripts/precision-report.ts)').toEqual([]);
    expect(made.length).toBeGreaterThan(50);
    expect(precision(made.map((mark) => verdicts.get(markKey(mark))!))).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  it('computes precision over verdicts', () => {
    expect(precision(['right', 'right', 'wrong', 'right'])).toBe(0.75);
    expect(precision([])).toBe(1);
  });
});
