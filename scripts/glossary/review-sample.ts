/**
 * The random samples of an independent glossary review (docs/glossary-review.md),
 * drawn reproducibly: the reviews' own generator and draw (mulberry32 over ids
 * sorted by id, without replacement), so that anyone can redraw a sample from
 * its seed and commit. "New" entries are those whose id was not among the 744
 * of the ten original files at commit bced4b2 (review 2's definition).
 *
 *   npx tsx scripts/glossary/review-sample.ts --seed 20261210 [--new 50] [--all 30] [--added-after <commit> [--later 50]]
 *     [--aliases-added-after <commit> [--aliases 60]]
 *
 * Prints JSON: the population sizes, the commit, and the ids of the new
 * sample, then of the whole-glossary sample (minus the new one's ids), then,
 * with --added-after, of the entries added since that commit (minus both),
 * then, with --aliases-added-after, of the aliases added to entries that
 * existed at that commit ("id<TAB>alias"; hand-written files only).
 */
import { execFileSync } from 'node:child_process';
import { readGlossarySource } from '../lib/glossary-files.ts';
import { aliasesAddedSince, glossaryTextsAt } from './aliases-added.ts';
import { ORIGINAL_COMMIT, ORIGINAL_FILES } from './original-files.ts';


/** The reviews' generator (mulberry32): small, seeded, the same in every review since the first. */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` ids drawn without replacement from `ids` minus `skip`. */
export function draw(ids: readonly string[], n: number, rand: () => number, skip: ReadonlySet<string>): string[] {
  const pool = ids.filter((id) => !skip.has(id));
  if (n > pool.length) throw new Error(`cannot draw ${n} of ${pool.length} ids`);
  const out: string[] = [];
  while (out.length < n) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

function originalIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of ORIGINAL_FILES) {
    const text = execFileSync('git', ['show', `${ORIGINAL_COMMIT}:assets/glossary/${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const entry of (JSON.parse(text) as { entries: Array<{ id: string }> }).entries) ids.add(entry.id);
  }
  return ids;
}

/** Every entry id in assets/glossary/*.json at `commit`. */
function idsAt(commit: string): Set<string> {
  const ids = new Set<string>();
  const names = execFileSync('git', ['ls-tree', '--name-only', `${commit}:assets/glossary`], { encoding: 'utf8' }).split('\n');
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const text = execFileSync('git', ['show', `${commit}:assets/glossary/${name}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const entry of (JSON.parse(text) as { entries: Array<{ id: string }> }).entries) ids.add(entry.id);
  }
  return ids;
}

function textOption(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} takes a commit (e.g. ${name} 4f5f1a2)`);
  return value;
}

function option(args: readonly string[], name: string, fallback?: number): number {
  const at = args.indexOf(name);
  const value = at === -1 ? fallback : Number(args[at + 1]);
  if (value === undefined || !Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number (e.g. ${name} 20261210)`);
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const args = process.argv.slice(2);
    const seed = option(args, '--seed');
    const original = originalIds();
    const all = readGlossarySource()
      .entries.map((entry) => entry.id)
      .sort();
    const fresh = all.filter((id) => !original.has(id));
    const rand = mulberry32(seed);
    const newSample = draw(fresh, option(args, '--new', 50), rand, new Set());
    const allSample = draw(all, option(args, '--all', 30), rand, new Set(newSample));
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    // A third sample, of the entries added after a given commit (those an earlier review's draw could not reach).
    const addedAfter = textOption(args, '--added-after');
    const before = addedAfter === undefined ? undefined : idsAt(addedAfter);
    const added = before === undefined ? undefined : all.filter((id) => !before.has(id));
    const laterSample = added === undefined ? undefined : draw(added, option(args, '--later', 50), rand, new Set([...newSample, ...allSample]));
    const later = added === undefined ? {} : { addedAfter, addedTotal: added.length, laterSample };
    const aliasesAfter = textOption(args, '--aliases-added-after');
    const addedAliases = aliasesAfter === undefined ? undefined : aliasesAddedSince(glossaryTextsAt(aliasesAfter), glossaryTextsAt(undefined));
    const aliasSample = addedAliases === undefined ? undefined : draw(addedAliases, option(args, '--aliases', 60), rand, new Set());
    const aliases = addedAliases === undefined ? {} : { aliasesAddedAfter: aliasesAfter, aliasesAddedTotal: addedAliases.length, aliasSample };
    console.log(JSON.stringify({ seed, commit, total: all.length, newTotal: fresh.length, newSample, allSample, ...later, ...aliases }, null, 1));
  } catch (error) {
    console.error(`[review-sample] ${(error as Error).message}`);
    process.exit(1);
  }
}
