/** Every problem of an import, located by row and field; a very long list stops after the first few hundred. */
import type { ImportFormat } from '../shared/glossary-import.ts';
import { t } from '../shared/i18n.ts';
import type { ImportProblem } from '../shared/import-problems.ts';
import { problemLocation, problemMessage } from './describe-problem.ts';

const SHOWN = 300;

export function ProblemList({ problems, format }: { readonly problems: readonly ImportProblem[]; readonly format: ImportFormat }) {
  return (
    <div class="problems">
      <p role="alert">
        <strong>{t('options_problems', String(problems.length))}</strong>
      </p>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => {
          const where = problemLocation(problem, format);
          return (
            <li key={index}>
              {where && <span class="where"><bdi>{where}</bdi>: </span>}
              <span class="what">{problemMessage(problem)}</span>
            </li>
          );
        })}
      </ul>
      {problems.length > SHOWN && <p>{t('options_problems_more', String(problems.length - SHOWN))}</p>}
    </div>
  );
}
