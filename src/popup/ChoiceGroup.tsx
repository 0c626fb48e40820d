/** One setting with a few named values, as a group of radio buttons (arrow keys move between them). */
import type { MessageKey } from '../shared/i18n.ts';
import { t } from '../shared/i18n.ts';

export interface ChoiceGroupProps<V extends string> {
  /** Names the radio group and prefixes the inputs' ids. */
  readonly name: string;
  readonly legend: MessageKey;
  readonly value: V;
  readonly choices: ReadonlyArray<readonly [value: V, label: MessageKey]>;
  readonly onChange: (value: V) => void;
}

export function ChoiceGroup<V extends string>({ name, legend, value, choices, onChange }: ChoiceGroupProps<V>) {
  return (
    <fieldset class="choices">
      <legend>{t(legend)}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice} class="choice">
          <input type="radio" name={name} id={`${name}-${choice}`} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          <span>{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
