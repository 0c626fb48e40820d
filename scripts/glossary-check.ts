/**
 * `npm run glossary:check`: validate the bundled glossary, then run the
 * ambiguity check (scripts/glossary/ambiguity.ts): an alias that could mean
 * something else must carry a gate that answers its risk.
 * `npm run glossary:format`: rewrite valid files in canonical format first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../src/core/glossary/validate.ts';
import { checkAmbiguity } from './glossary/bundled-ambiguity.ts';
import { formatFinding } from './glossary/ambiguity.ts';
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
const findings = checkAmbiguity(files);
const unanswered = findings.flatMap(formatFinding);
for (const line of unanswered) console.error(line);
if (unanswered.length > 0) {
  console.error(
    `\n${unanswered.length} alias risk(s) without a gate. Gate each alias or remove it (rules: docs/glossary-format.md; gates: docs/glossary-guide.md; \`npm run glossary:report\` lists every flagged alias and its gates).`,
  );
  process.exit(1);
}
console.log(`glossary ok: ${entries.length} entries in ${files.size} files; ${findings.length} aliases flagged by the ambiguity check, each gated`);
