/**
 * `npm run glossary:check`: validate the bundled glossary.
 * `npm run glossary:format`: rewrite valid files in canonical format first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../src/core/glossary/validate.ts';
import { canonicalGlossaryText, GLOSSARY_DIR, glossaryFileNames, readGlossarySource } from './lib/glossary-files.ts';

if (process.argv.includes('--fix')) {
  for (const name of glossaryFileNames()) {
    const file = path.join(GLOSSARY_DIR, name);
    try {
      const text = readFileSync(file, 'utf8');
      const canonical = canonicalGlossaryText(JSON.parse(text));
      if (canonical !== text) {
        writeFileSync(file, canonical);
        console.log(`formatted ${name}`);
      }
    } catch (error) {
      console.error(`${name}: not rewritten: ${(error as Error).message}`);
    }
  }
}

const { entries, files, problems } = readGlossarySource();
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the glossary. Fix them in assets/glossary/ (format: docs/glossary-format.md).`);
  process.exit(1);
}
console.log(`glossary ok: ${entries.length} entries in ${files.size} files`);
