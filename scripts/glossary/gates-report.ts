/**
 * The gates report: every alias the ambiguity check flags, why, and the
 * gates it relies on, as markdown (docs/glossary-gates.md). Written by
 * `npm run glossary:report`; `-- --gates-only` writes it without the coverage run.
 */
import type { Entry } from '../../src/core/glossary/schema.ts';
import { ANSWERS, type AliasFinding } from './ambiguity.ts';
import { checkAmbiguity, countByReason } from './bundled-ambiguity.ts';

const cell = (text: string): string => text.replace(/\|/gu, '\\|');

export function gatesReport(files: ReadonlyMap<string, readonly Entry[]>): { markdown: string; findings: readonly AliasFinding[] } {
  const findings = checkAmbiguity(files);
  const counts = countByReason(findings);
  const lines = [
    '# Gates of the aliases the ambiguity check flags',
    '',
    `Made by \`npm run glossary:report\` from \`assets/glossary/\`: the ${findings.length} aliases that \`scripts/glossary/ambiguity.ts\` finds could mean something else, why, and the gates each relies on. \`npm run glossary:check\` fails when a risk has no gate that answers it (see docs/glossary-guide.md, "Gates").`,
    '',
    '| reason | aliases flagged | without a gate | answered by |',
    '|---|---:|---:|---|',
    ...[...counts]
      .sort((a, b) => b[1].flagged - a[1].flagged)
      .map(([reason, count]) => `| ${reason} | ${count.flagged} | ${count.unanswered} | ${ANSWERS[reason as keyof typeof ANSWERS].join(', ')} |`),
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
