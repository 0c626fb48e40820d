/** An on/off setting for the popup and the options page: a checkbox with the switch role, so screen readers announce "on" and "off". */
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  readonly id: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ComponentChildren;
  /** Extra text under the label, linked as the switch's description. */
  readonly hint?: string | undefined;
}

export function Switch({ id, checked, disabled = false, onChange, children, hint }: SwitchProps) {
  return (
    <div class="switch">
      <label for={id}>{children}</label>
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
