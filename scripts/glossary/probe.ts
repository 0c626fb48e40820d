/**
 * Prints what the bundled glossary marks in each sentence given on the
 * command line, every mention (density "all"): the quickest way to try an
 * alias against a sentence written to trip it.
 *
 *   npx tsx scripts/glossary/probe.ts "Protesters gathered in Shanghai." "Chancellor Merz said…"
 */
import { referenceMentions } from '../harness/core-reference.ts';

const sentences = process.argv.slice(2);
if (sentences.length === 0) {
  console.error('usage: npx tsx scripts/glossary/probe.ts "<sentence>" ["<sentence>" …]');
  process.exit(2);
}
for (const sentence of sentences) {
  const marks = referenceMentions([sentence], 'all');
  console.log(`${sentence}\n  ${marks.length ? marks.map(([id, text]) => `${text} → ${id}`).join('; ') : '(nothing marked)'}`);
}
