/**
 * Writing bench/results/: latest.json (machine, summary and every raw row),
 * latest.md (the tables) and per-page.svg (the chart the README shows).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleSize } from './bundle-sizes.ts';
import { perPageChart } from './chart-svg.ts';
import { RESULTS_DIR } from './config.ts';
import type { Summary } from './headline.ts';
import type { MachineInfo } from './machine.ts';
import { markdownReport, type ReportInput } from './report-md.ts';
import type { PageFigures } from './summary.ts';
import type { BackgroundRow, LoadRow, MarkRow, PlainRow, Variant } from './types.ts';

export interface PreparedGlossaryInfo {
  readonly variant: Variant;
  readonly entries: number;
  readonly patterns: number;
  readonly libraryBuildMs: number;
}

export interface BenchResults extends ReportInput {
  readonly machine: MachineInfo;
  readonly summary: Summary;
  readonly loads: readonly LoadRow[];
  readonly plains: readonly PlainRow[];
  readonly backgrounds: readonly BackgroundRow[];
  readonly sizes: readonly BundleSize[];
}

function chart(figures: readonly PageFigures[], marks: readonly MarkRow[]): string {
  const bundled = figures.filter((f) => f.variant === 'bundled').sort((a, b) => a.characters - b.characters);
  const pages = bundled.map((f) => f.page);
  const of = (variant: Variant) => pages.map((page) => figures.find((f) => f.variant === variant && f.page === page)?.annotateMs ?? Number.NaN);
  const mark = pages.map((page) => {
    const row = marks.find((m) => m.page === page);
    return row && row.termsDone > 0 ? (row.ms / row.termsDone) * row.terms : Number.NaN;
  });
  return perPageChart(
    'Per-page time: floor, Backgrounder (scan + match + highlight) by glossary size, mark.js',
    'Corpus pages in order of the text the content script reads; medians of this run; log scale.',
    pages,
    [
    { name: 'floor (TreeWalker pass)', color: '#777777', values: bundled.map((f) => f.floorMs) },
    { name: 'Backgrounder, bundled', color: '#1b6ac9', values: of('bundled') },
    { name: 'Backgrounder, +10,000 names', color: '#2a9d8f', values: of('names-10k') },
    { name: 'Backgrounder, +100,000 names', color: '#e9a23b', values: of('names-100k') },
    { name: `mark.js, ${marks[0]?.terms ?? 0} terms`, color: '#d1495b', values: mark },
    ],
  );
}

const finite = (_key: string, value: unknown): unknown => (typeof value === 'number' && !Number.isFinite(value) ? null : value);

export function writeResults(results: BenchResults): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const files = {
    json: path.join(RESULTS_DIR, 'latest.json'),
    md: path.join(RESULTS_DIR, 'latest.md'),
    svg: path.join(RESULTS_DIR, 'per-page.svg'),
  };
  const { machine, durationMs, summary, figures, marks, hovers, node, glossaries, sizes, standIns, notes, failures, loads, plains, backgrounds } = results;
  const json = { machine, durationMs, summary, figures, glossaries, sizes, standIns, notes, failures, rows: { loads, plains, backgrounds, marks, hovers, node } };
  writeFileSync(files.json, `${JSON.stringify(json, finite, 1)}\n`);
  writeFileSync(files.md, markdownReport(results));
  writeFileSync(files.svg, chart(figures, marks));
  return Object.values(files);
}
