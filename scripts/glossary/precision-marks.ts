/**
 * The marks the bundled glossary makes in the article of a corpus page, as
 * judged marks are keyed: page, entry and the exact text marked, with one
 * sentence of context for the judge. All occurrences of the same text for
 * the same entry on a page share one verdict.
 */
import { readFileSync } from 'node:fs';
import type { Matcher } from '../../src/core/match/matcher.ts';
import { articleText } from './coverage-article.ts';

export interface PageMark {
  readonly page: string;
  readonly entryId: string;
  readonly text: string;
  /** The words around the first occurrence. */
  readonly context: string;
}

export type Verdict = 'right' | 'wrong';

export interface JudgedMark {
  readonly page: string;
  readonly entryId: string;
  readonly text: string;
  readonly verdict: Verdict;
  /** Why, for a wrong or debatable one. */
  readonly note?: string;
}

export const markKey = (mark: { page: string; entryId: string; text: string }): string => `${mark.page}\u0000${mark.entryId}\u0000${mark.text}`;

/** Every distinct mark the matcher makes (every mention, not only the first) in the article of `file`. */
export async function marksOnPage(matcher: Matcher, file: string, filePath: string, url: string): Promise<PageMark[]> {
  const article = await articleText(readFileSync(filePath, 'utf8'), url);
  const selected = matcher.select(
    article.blocks.map((text) => matcher.scan(text)),
    { density: 'all' },
  );
  const marks = new Map<string, PageMark>();
  selected.forEach((mentions, block) => {
    const text = article.blocks[block]!;
    for (const mention of mentions) {
      const mark = { page: file, entryId: mention.entryId, text: text.slice(mention.start, mention.end) };
      if (marks.has(markKey(mark))) continue;
      const context = text.slice(Math.max(0, mention.start - 80), mention.end + 80).replace(/\s+/g, ' ');
      marks.set(markKey(mark), { ...mark, context });
    }
  });
  return [...marks.values()];
}

/** Precision over judged marks: right / (right + wrong). */
export function precision(verdicts: readonly Verdict[]): number {
  return verdicts.length === 0 ? 1 : verdicts.filter((verdict) => verdict === 'right').length / verdicts.length;
}
