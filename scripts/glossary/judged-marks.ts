/** The judged marks file: which corpus pages are judged, and each mark's verdict. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JudgedMark } from './precision-marks.ts';

export const JUDGED_MARKS_FILE = path.resolve(import.meta.dirname, '../../e2e/fixtures/corpus/judged-marks.json');

export interface JudgedMarks {
  /** How the verdicts were given, for whoever adds the next ones. */
  readonly method: string;
  readonly pages: readonly string[];
  readonly marks: readonly JudgedMark[];
}

export function readJudgedMarks(): JudgedMarks {
  const data = JSON.parse(readFileSync(JUDGED_MARKS_FILE, 'utf8')) as JudgedMarks;
  if (!Array.isArray(data.pages) || !Array.isArray(data.marks)) throw new Error(`${JUDGED_MARKS_FILE}: needs "pages" and "marks" arrays`);
  for (const mark of data.marks) {
    if (mark.verdict !== 'right' && mark.verdict !== 'wrong') throw new Error(`${JUDGED_MARKS_FILE}: ${mark.page} ${mark.entryId} "${mark.text}" has verdict ${String(mark.verdict)}, not right or wrong`);
  }
  return data;
}
