/**
 * Freshness report (issue 16): glossary entries whose `asOf` is older than a
 * month, counted by kind and by file, and which of them a freshness log
 * (docs/freshness-log-*.md) records as re-verified. Reads only; writes nothing.
 *
 *   npx tsx scripts/freshness-report.ts                    # cut-off: 12 months before today
 *   npx tsx scripts/freshness-report.ts --before 2026-01   # another cut-off
 *   npx tsx scripts/freshness-report.ts --original         # only the ten original files
 *   npx tsx scripts/freshness-report.ts --list             # also every stale entry not yet logged, in re-verification order
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { countBy, loggedIds, monthsBefore, parseMonth, staleEntries, verificationQueue, type DatedEntry } from './glossary/freshness.ts';
import { readGlossarySource } from './lib/glossary-files.ts';
import { ORIGINAL_FILES } from './glossary/original-files.ts';

const ORIGINAL = new Set(ORIGINAL_FILES);
const DOCS = path.resolve(import.meta.dirname, '../docs');

const args = process.argv.slice(2);
const beforeArg = args.indexOf('--before');
const before = beforeArg === -1 ? monthsBefore(new Date(), 12) : parseMonth(args[beforeArg + 1] ?? '');
const originalOnly = args.includes('--original');

const source = readGlossarySource();
const dated: DatedEntry[] = [];
for (const [file, entries] of source.files) {
  const name = path.basename(file);
  if (originalOnly && !ORIGINAL.has(name)) continue;
  for (const entry of entries) dated.push({ id: entry.id, kind: entry.kind, asOf: entry.asOf, file: name });
}

const known = new Set(source.entries.map((entry) => entry.id));
const logs = readdirSync(DOCS).filter((name) => /^freshness-log-.*\.md$/u.test(name)).sort();
const logged = new Set<string>();
for (const log of logs) for (const id of loggedIds(readFileSync(path.join(DOCS, log), 'utf8'), known)) logged.add(id);

const stale = staleEntries(dated, before, logged);
const loggedStale = stale.filter((entry) => entry.logged).length;
console.log(`${originalOnly ? 'Original files' : 'All files'}: ${dated.length} entries; ${stale.length} with asOf before ${before}, of which ${loggedStale} logged as checked (${logs.join(', ')}); ${stale.length - loggedStale} not yet checked.`);

for (const key of ['kind', 'file'] as const) {
  console.log(`\nBy ${key} (stale / logged / not yet checked):`);
  for (const row of countBy(stale, key)) console.log(`  ${row.key.padEnd(40)} ${String(row.stale).padStart(4)} ${String(row.logged).padStart(4)} ${String(row.stale - row.logged).padStart(4)}`);
}

if (args.includes('--list')) {
  console.log('\nNot yet checked, in re-verification order:');
  for (const entry of verificationQueue(stale)) console.log(`  ${entry.asOf}  ${entry.kind.padEnd(12)} ${entry.id.padEnd(48)} ${entry.file}`);
}
