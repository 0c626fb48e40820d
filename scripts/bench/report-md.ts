/**
 * latest.md: the goals, the headline table, the per-page table, the Node
 * comparison, bundle sizes, hover samples and how everything was measured.
 * The same figures are in latest.json with the raw rows.
 */
import type { BundleSize } from './bundle-sizes.ts';
import { kb, ms, table, times } from './format.ts';
import type { Summary } from './headline.ts';
import type { MachineInfo } from './machine.ts';
import type { PreparedGlossaryInfo } from './results.ts';
import { median } from './stats.ts';
import type { PageFigures } from './summary.ts';
import type { HoverRow, MarkRow, NodeMatcherRow, Variant } from './types.ts';
import { METHOD } from './method.ts';

export interface ReportInput {
  readonly machine: MachineInfo;
  readonly durationMs: number;
  readonly summary: Summary;
  readonly figures: readonly PageFigures[];
  readonly marks: readonly MarkRow[];
  readonly hovers: readonly HoverRow[];
  readonly node: readonly NodeMatcherRow[];
  readonly glossaries: readonly PreparedGlossaryInfo[];
  readonly sizes: readonly BundleSize[];
  readonly standIns: readonly string[];
  readonly notes: readonly string[];
  readonly failures: readonly string[];
}

const value = (unit: string, v: number): string => (unit === 'x' ? times(v) : unit === 'KB' || unit === 'MB' ? (Number.isFinite(v) ? `${v.toFixed(unit === 'MB' ? 2 : 1)} ${unit}` : '–') : `${ms(v)} ms`);

export function markdownReport(input: ReportInput): string {
  const { machine, summary } = input;
  const out: string[] = [
    '# Backgrounder benchmark',
    '',
    `${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ${machine.browser} · Node ${machine.node} · load average ${machine.loadAverage} at the start · run took ${(input.durationMs / 60_000).toFixed(1)} min.`,
    '',
    'Medians over pages of per-page medians (5 measured loads per page after a warm-up with the bundled glossary; fewer with the synthetic glossaries, see Method). Ratios are taken per page within this run.',
    '',
    '![Per-page times, log scale](per-page.svg)',
    '',
    '## Goals',
    '',
    table(
      ['goal', 'target', 'measured', 'where', 'met'],
      summary.goals.map((goal) => [
        goal.goal,
        String(goal.target),
        Number.isFinite(goal.measured) ? ms(goal.measured) : '–',
        goal.where,
        goal.met ? 'yes' : goal.missedBy === null ? 'not measured' : `**no**, ${times(goal.missedBy)} the target`,
      ]),
      ['l', 'r', 'r', 'l', 'l'],
    ),
    '',
    '## Headline',
    '',
    table(
      ['measurement', 'median page', 'worst page', 'worst is'],
      summary.headlines.map((h) => [h.label, value(h.unit, h.value.median), value(h.unit, h.value.worst), h.value.worstPage]),
      ['l', 'r', 'r', 'l'],
    ),
    '',
    '## Per page',
    '',
    perPageTable(input),
    '',
    '## Our matcher against modern-ahocorasick (Node, same patterns, same normalised page texts)',
    '',
    nodeTable(input),
    '',
    '## Bundle sizes',
    '',
    table(
      ['build', 'file', 'minified', 'gzip'],
      input.sizes.map((size) => [size.build, size.file, kb(size.bytes), kb(size.gzipBytes)]),
      ['l', 'l', 'r', 'r'],
    ),
    '',
    '## Hover samples',
    '',
    table(
      ['page', '#', 'name', 'delay', 'last move → shown', '… − delay', 'last move → hit-test frame', 'delay timer → shown', 'delay timer → frame with card'],
      input.hovers.map((row) => [
        row.page,
        String(row.sample + 1),
        row.text,
        `${row.delayMs} ms`,
        `${ms(row.moveToShownMs)} ms`,
        `${ms(row.afterIntentMs)} ms`,
        `${ms(row.moveToCheckMs)} ms`,
        `${ms(row.timerToShownMs)} ms`,
        `${ms(row.timerToFrameMs)} ms`,
      ]),
      ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    '## Method',
    '',
    ...METHOD.map((line) => `- ${line}`),
    ...input.standIns.map((page) => `- ${page} is served at a stand-in URL on a listed host: its own host is not in the manifest's list.`),
    ...input.notes.map((note) => `- ${note}`),
    '',
  ];
  if (input.failures.length > 0) out.push('## Failures', '', ...input.failures.map((failure) => `- ${failure}`), '');
  return out.join('\n');
}

function perPageTable(input: ReportInput): string {
  const of = (variant: Variant, page: string) => input.figures.find((f) => f.variant === variant && f.page === page);
  const pages = input.figures.filter((f) => f.variant === 'bundled').sort((a, b) => a.characters - b.characters);
  return table(
    ['page', 'chars', 'mentions', 'floor', 'ours', '× floor', 'glossary', 'total', 'work', 'long task (loads)', 'LoAF', '10k', '100k', '100k ÷ ours', 'mark.js', 'mark.js ÷ ours'],
    pages.map((f) => {
      const k10 = of('names-10k', f.page);
      const k100 = of('names-100k', f.page);
      const mark = input.marks.find((m) => m.page === f.page);
      const markMs = mark && mark.termsDone > 0 ? (mark.ms / mark.termsDone) * mark.terms : Number.NaN;
      const markCell = mark ? `${ms(mark.ms)}${mark.status === 'done' ? '' : ` (${mark.status} at ${mark.termsDone} terms)`}` : '–';
      return [
        f.page,
        String(f.characters),
        String(f.mentions),
        ms(f.floorMs),
        ms(f.annotateMs),
        times(f.annotateToFloor),
        ms(f.glossaryMs),
        ms(f.totalMs),
        ms(f.workMs),
        f.longTaskMs === null ? '–' : `${ms(f.longTaskMs)} (${f.loadsWithLongTask}/${f.runs})`,
        ms(f.longFrameMs),
        ms(k10?.annotateMs),
        ms(k100?.annotateMs),
        times(k100 ? k100.annotateMs / f.annotateMs : Number.NaN),
        markCell,
        times(markMs / f.annotateMs),
      ];
    }),
  );
}

function nodeTable(input: ReportInput): string {
  const rows = input.glossaries.map((g) => {
    const mine = input.node.filter((row) => row.glossary === g.variant);
    const col = (pick: (row: NodeMatcherRow) => number) => `${ms(median(mine.map(pick)))} / ${ms(Math.max(...mine.map(pick)))}`;
    const equal = mine.every((row) => row.automatonHits === row.libraryHits);
    return [
      g.variant,
      String(g.patterns),
      `${ms(g.libraryBuildMs)} ms`,
      col((row) => row.matcherScanMs),
      col((row) => row.automatonMs),
      col((row) => row.libraryMs),
      `${mine.reduce((sum, row) => sum + row.automatonHits, 0)} / ${mine.reduce((sum, row) => sum + row.libraryHits, 0)}${equal ? '' : ' (differ)'}`,
      String(mine.reduce((sum, row) => sum + row.candidates, 0)),
    ];
  });
  return [
    table(['glossary', 'patterns', 'library build', 'Matcher.scan ms (median / worst page)', 'scanText alone', 'modern-ahocorasick search', 'hits: ours / library', 'candidates after boundaries and case'], rows),
    '',
    'Matcher.scan includes normalising the text (diacritics, case, dashes, offsets map), word boundaries and case rules; scanText and modern-ahocorasick run over the already normalised text with the same pattern list, read back from our compiled automaton.',
  ].join('\n');
}
