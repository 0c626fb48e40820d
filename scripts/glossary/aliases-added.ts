/**
 * The aliases added to existing hand-written entries since a commit: what a
 * review of entries added after that commit cannot reach, since a pass that
 * writes names in another language adds aliases, not entries.
 */
import { execFileSync } from 'node:child_process';

interface FileShape {
  entries: Array<{ id: string; aliases?: Array<string | { text: string }> }>;
}

/** "id\talias" for every alias of every entry in `files`, as the JSON texts hold them. */
export function aliasKeys(files: ReadonlyMap<string, string>, skipFile: (name: string) => boolean): Set<string> {
  const keys = new Set<string>();
  for (const [name, text] of files) {
    if (skipFile(name)) continue;
    for (const entry of (JSON.parse(text) as FileShape).entries) {
      for (const alias of entry.aliases ?? []) keys.add(`${entry.id}\t${typeof alias === 'string' ? alias : alias.text}`);
    }
  }
  return keys;
}

/** The glossary files' texts at `commit` (HEAD's, with `commit` undefined). */
export function glossaryTextsAt(commit: string | undefined): Map<string, string> {
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ref = commit ?? 'HEAD';
  const names = git(['ls-tree', '--name-only', `${ref}:assets/glossary`]).split('\n').filter((n) => n.endsWith('.json'));
  return new Map(names.map((name) => [name, git(['show', `${ref}:assets/glossary/${name}`])]));
}

/**
 * Aliases present on entries that existed at `before` but not then on that
 * entry, sorted, as "id\talias". Generated files are left out: their names
 * come from data, and the generator's own checks hold them.
 */
export function aliasesAddedSince(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): string[] {
  const generated = (name: string) => name.startsWith('generated-');
  const old = aliasKeys(before, generated);
  const oldIds = new Set([...old].map((key) => key.split('\t')[0]!));
  return [...aliasKeys(now, generated)].filter((key) => !old.has(key) && oldIds.has(key.split('\t')[0]!)).sort();
}
