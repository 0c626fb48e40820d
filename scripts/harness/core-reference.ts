/**
 * The pure matcher on the bundled glossary, in Node: the reference the
 * extension's marks are compared with. Also the page reader bundle that
 * gives it the page's text exactly as the extension reads it.
 */
import path from 'node:path';
import * as esbuild from 'esbuild';
import { compileGlossary } from '../../src/core/glossary/compile.ts';
import { Matcher } from '../../src/core/match/matcher.ts';
import type { Density } from '../../src/core/match/types.ts';
import { readGlossarySource } from '../lib/glossary-files.ts';

let matcher: Matcher | undefined;

export function referenceMatcher(): Matcher {
  if (!matcher) {
    const source = readGlossarySource();
    // An entry that fails validation is left out of `entries`: a reference without it would quietly differ.
    if (source.problems.length > 0) {
      const first = source.problems[0]!;
      throw new Error(`the glossary has ${source.problems.length} problem(s), first: ${JSON.stringify(first)}; run \`npx tsx scripts/glossary-check.ts\``);
    }
    matcher = new Matcher([compileGlossary('Backgrounder', source.entries)]);
  }
  return matcher;
}

/** [entryId, text] of each mention the core finds in `blocks`, in reading order. */
export function referenceMentions(blocks: readonly string[], density: Density = 'first'): Array<[string, string]> {
  const core = referenceMatcher();
  const selected = core.select(
    blocks.map((text) => core.scan(text)),
    { density },
  );
  return selected.flatMap((mentions, i) => mentions.map((m): [string, string] => [m.entryId, blocks[i]!.slice(m.start, m.end)]));
}

let readerSource: string | undefined;

/** An expression that evaluates, in a page, to the page's blocks of text in reading order. */
export function pageReaderExpression(): string {
  readerSource ??= esbuild.buildSync({
    entryPoints: [path.resolve(import.meta.dirname, 'page-reader.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__backgrounderPageReader',
    write: false,
    target: 'es2022',
  }).outputFiles[0]!.text;
  return `(() => { ${readerSource}; return __backgrounderPageReader.readBlocks(); })()`;
}
