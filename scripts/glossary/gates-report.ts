/**
 * The gates report: every alias the ambiguity check flags, why, and the
 * gates it relies on, as markdown (docs/glossary-gates.md). Written by
 * `npm run glossary:report`; `-- --gates-only` writes it without the coverage run.
 */
import type { Entry } from '../../src/core/glossary/schema.ts';
import { kindsClosedSection } from './ambiguity-kinds-note.ts';
import { PLACES_KINDS_SECTION } from './places-kinds-note.ts';
import { ALIAS_COMMON_WORDS_SECTION } from './alias-common-words-note.ts';
import { ANSWERS, type AliasFinding } from './ambiguity.ts';
import { checkAmbiguity, countByReason } from './bundled-ambiguity.ts';

/** Why generated place names carry the gates they do (their generator decides, not a hand-written rule). */
const GENERATED_PLACES_NOTE =
  `Generated places (\`assets/glossary/generated-places-*.json\`) are gated by their generator, not by hand: a name counts where its country, its division or a neighbouring town is named in the same block, except a prominent name that nothing else shares (a city of a million people, a national capital or a first-level division, with no namesake town, word, personal name or glossary name; \`scripts/glossary/places-prominent.ts\`): one word goes without a context gate, since this check refuses page-wide contexts for one word and such a name needs none; several words keep their contexts page-wide, because a unique-looking name of several words can still be generic elsewhere ("National Capital Region"); both exclude other places' longer names and the universities, clubs and newspapers named after the place. Why, and the measurements: docs/data-sources.md, "Generated places".`;

const cell = (text: string): string => text.replace(/\|/gu, '\\|');

export function gatesReport(files: ReadonlyMap<string, readonly Entry[]>): { markdown: string; findings: readonly AliasFinding[] } {
  const findings = checkAmbiguity(files);
  const counts = countByReason(findings);
  const lines = [
    '# Gates of the aliases the ambiguity check flags',
    '',
    `Made by \`npm run glossary:report\` from \`assets/glossary/\`: the ${findings.length} aliases that \`scripts/glossary/ambiguity.ts\` finds could mean something else, why, and the gates each relies on. \`npm run glossary:check\` fails when a risk has no gate that answers it (see docs/glossary-guide.md, "Gates").`,
    '',
    GENERATED_PLACES_NOTE,
    '',
    '| reason | aliases flagged | without a gate | answered by |',
    '|---|---:|---:|---|',
    ...[...counts]
      .sort((a, b) => b[1].flagged - a[1].flagged)
      .map(([reason, count]) => `| ${reason} | ${count.flagged} | ${count.unanswered} | ${ANSWERS[reason as keyof typeof ANSWERS].join(', ')} |`),
    '',
    ...kindsClosedSection(counts),
    ...PLACES_KINDS_SECTION,
    ...ALIAS_COMMON_WORDS_SECTION,
    '## Every flagged alias',
    '',
    '| file | entry | alias | why | gates |',
    '|---|---|---|---|---|',
    ...findings.map(
      (f) =>
        `| ${f.file.replace(/^.*\//u, '')} | ${f.entryId} | ${cell(f.alias)} | ${cell(f.risks.map((r) => `${r.reason}: ${r.detail}`).join('; '))} | ${cell(f.gates.join('; ') || '**none**')} |`,
    ),
  ];
  return { markdown: `${lines.join('\n')}\n`, findings };
}
