/**
 * Alias probe: tries every alias of the bundled glossary in sentences where
 * it names something else, and lists those the real matcher still marks as
 * the entry. The reviews found wrong-thing aliases one sentence at a time;
 * this writes the sentences of the kinds they found for every alias at once,
 * so that a sweep starts from a list instead of a hunch. A hit is a
 * candidate, not a verdict: some frames can be right (a street named after a
 * place is an eponym), and a quiet alias can still be wrong in a frame no
 * template writes.
 *
 *   npx tsx scripts/glossary/alias-probe.ts [--files a.json,b.json] [--out probe.tsv]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileGlossary } from '../../src/core/glossary/compile.ts';
import type { Entry } from '../../src/core/glossary/schema.ts';
import { Matcher } from '../../src/core/match/matcher.ts';
import { readGlossarySource } from '../lib/glossary-files.ts';
import { readFileSync } from 'node:fs';
import { peoplesNameWords } from '../../src/core/match/glossary-names.ts';
import { ENGLISH_GIVEN_NAMES } from '../../src/core/match/given-names-en.ts';
import { normalisePhrase } from '../../src/core/text/normalise.ts';
import { aliasProbes, type AliasProbe, type ProbeWords } from './alias-probe-frames.ts';

interface Hit extends AliasProbe {
  readonly file: string;
  readonly id: string;
  readonly kind: string;
}

/** Ordinary English words: the system's word list where it has one (Debian's wamerican), else none, and the frame is skipped. */
function ordinaryWords(): Set<string> {
  try {
    return new Set(readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter((word) => /^\p{Ll}+$/u.test(word)));
  } catch {
    console.error('warning: no /usr/share/dict/words (apt install wamerican): the lower-case frame is skipped');
    return new Set();
  }
}

function probeWords(glossary: ReturnType<typeof compileGlossary>): ProbeWords {
  const names = new Set([...peoplesNameWords(glossary), ...ENGLISH_GIVEN_NAMES.split(' ')]);
  const ordinary = ordinaryWords();
  return {
    personLike: (word) => names.has(normalisePhrase(word).folded),
    ordinary: (word) => ordinary.has(word),
  };
}

function probeFile(
  matcher: Matcher,
  file: string,
  entries: readonly Entry[],
  labelOf: (id: string) => string | undefined,
  words: ProbeWords,
): Hit[] {
  const hits: Hit[] = [];
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      for (const probe of aliasProbes(entry, alias, labelOf, words)) {
        const selected = matcher.select([matcher.scan(probe.sentence)], { density: 'all' });
        // Only a mark where the alias was written counts: the gate's word may be the entry's own name.
        const marked = selected[0]!.some((m) => m.entryId === entry.id && m.start <= probe.at && m.end > probe.at);
        if (marked) hits.push({ ...probe, file, id: entry.id, kind: entry.kind });
      }
    }
  }
  return hits;
}

function main(): void {
  const { values } = parseArgs({ options: { files: { type: 'string' }, out: { type: 'string' } } });
  const source = readGlossarySource();
  if (source.problems.length > 0) {
    console.error(`The glossary has ${source.problems.length} problems: run \`npx tsx scripts/glossary-check.ts\` first.`);
    process.exit(1);
  }
  const wanted = values.files ? new Set(values.files.split(',').map((name) => path.basename(name.trim()))) : undefined;
  const labels = new Map(source.entries.map((entry) => [entry.id, entry.label]));
  const labelOf = (id: string): string | undefined => labels.get(id);
  const glossary = compileGlossary('Backgrounder', source.entries);
  const matcher = new Matcher([glossary]);
  const words = probeWords(glossary);
  const hits: Hit[] = [];
  const files = [...source.files].filter(([file]) => !wanted || wanted.has(path.basename(file)));
  if (wanted && files.length < wanted.size) console.error(`warning: ${wanted.size - files.length} of the files named were not found`);
  files.forEach(([file, entries], i) => {
    hits.push(...probeFile(matcher, file, entries, labelOf, words));
    process.stderr.write(`\r${i + 1}/${files.length} files, ${hits.length} hits`);
  });
  process.stderr.write('\n');
  const byFrame = new Map<string, number>();
  for (const hit of hits) byFrame.set(hit.frame, (byFrame.get(hit.frame) ?? 0) + 1);
  for (const [frame, count] of [...byFrame].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(6)}  ${frame}`);
  const rows = hits.map((h) => [path.basename(h.file), h.id, h.kind, h.alias, h.frame, h.sentence].join('\t'));
  const out = values.out ?? 'alias-probe.tsv';
  writeFileSync(out, `file\tid\tkind\talias\tframe\tsentence\n${rows.join('\n')}\n`);
  console.log(`${hits.length} hits in ${files.length} files written to ${out}`);
}

main();
