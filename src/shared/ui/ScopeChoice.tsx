/**
 * Where a choice among possible matches holds, asked before the reader
 * chooses: on this site (the default) or on every site. The chooser card and
 * the popup's "On this page" both ask it, so the two save the same thing.
 * A radio group: one Tab stop, arrow keys move between the two.
 */
import type { ChoiceScope } from '../possible-match-choice.ts';
import { t } from '../i18n.ts';

export interface ScopeChoiceProps {
  /** Names the radio group and prefixes the inputs' ids (unique in its document or shadow root). */
  readonly name: string;
  /** The page's site, as `siteKey` writes it. */
  readonly site: string;
  readonly value: ChoiceScope;
  readonly onChange: (scope: ChoiceScope) => void;
}

export function ScopeChoice({ name, site, value, onChange }: ScopeChoiceProps) {
  const option = (scope: ChoiceScope, label: string) => (
    <label class="scope-option">
      <input type="radio" name={name} id={`${name}-${scope}`} value={scope} checked={value === scope} onChange={() => onChange(scope)} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="scope-choice">
      <legend>{t('possible_scope_legend')}</legend>
      {option('site', t('possible_scope_site', site))}
      {option('everywhere', t('possible_scope_everywhere'))}
    </fieldset>
  );
}
