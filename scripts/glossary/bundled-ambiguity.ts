/**
 * The ambiguity check over a glossary as read from its files, with the word
 * and city lists loaded: what `npm run glossary:check` fails on and what
 * `npm run glossary:report` lists.
 */
import type { Entry } from '../../src/core/glossary/schema.ts';
import { findAmbiguities, type AliasFinding } from './ambiguity.ts';
import { loadCityPopulations } from './city-names.ts';
import { loadCommonWords } from './common-words.ts';

export function checkAmbiguity(files: ReadonlyMap<string, readonly Entry[]>): AliasFinding[] {
  const entries = [...files].flatMap(([file, list]) => list.map((entry) => ({ file, entry })));
  return findAmbiguities(entries, loadCommonWords(), loadCityPopulations());
}

/** Flagged aliases per reason: how many, and how many no gate answers. */
export function countByReason(findings: readonly AliasFinding[]): Map<string, { flagged: number; unanswered: number }> {
  const counts = new Map<string, { flagged: number; unanswered: number }>();
  for (const finding of findings) {
    // An alias flagged twice for one reason (Gaza inside four names of Gaza City) counts once.
    for (const reason of new Set(finding.risks.map((risk) => risk.reason))) {
      const count = counts.get(reason) ?? { flagged: 0, unanswered: 0 };
      count.flagged++;
      if (finding.unanswered.some((risk) => risk.reason === reason)) count.unanswered++;
      counts.set(reason, count);
    }
  }
  return counts;
}
