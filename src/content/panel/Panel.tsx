/**
 * The keyboard route to the cards: a list of the names marked on the page,
 * opened with the extension's keyboard command. Arrow keys move, Enter
 * scrolls to the name's first mention and opens its card, Esc closes the
 * panel and gives focus back to where it was. "Add to my glossary" at its
 * foot opens the entry editor with the text selected on the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Kind } from '../../core/glossary/schema.ts';
import { t, uiDirection, uiLanguage, type MessageKey } from '../../shared/i18n.ts';
import { AddToGlossaryButton } from './AddToGlossaryButton.tsx';

export interface PanelItem {
  readonly id: string;
  readonly label: string;
  /** 'possible' for a possible match, whose item opens its chooser. */
  readonly kind: Kind | 'possible';
  readonly count: number;
}

export interface PanelProps {
  readonly items: readonly PanelItem[];
  readonly dark: boolean;
  readonly onPick: (entryId: string) => void;
  readonly onClose: () => void;
}

export function Panel({ items, dark, onPick, onClose }: PanelProps) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.focus(), []);
  const current = Math.min(active, items.length - 1);

  const onKeyDown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(items.length - 1, moves[event.key]!)));
    } else if (event.key === 'Enter' && items[current]) {
      event.preventDefault();
      onPick(items[current].id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div class={`panel${dark ? ' dark' : ''}`} role="dialog" aria-label={t('panel_label')} dir={uiDirection()} lang={uiLanguage()}>
      <div class="panel-head">
        <h2 id="backgrounder-panel-title">{t('panel_title')}</h2>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          ×
        </button>
      </div>
      {items.length === 0 ? (
        <p class="empty">{t('panel_empty')}</p>
      ) : (
        <>
          <ul
            ref={list}
            role="listbox"
            tabIndex={0}
            aria-labelledby="backgrounder-panel-title"
            aria-activedescendant={`backgrounder-option-${current}`}
            onKeyDown={onKeyDown}
          >
            {items.map((item, index) => (
              <li
                key={item.id}
                id={`backgrounder-option-${index}`}
                role="option"
                aria-selected={index === current}
                data-entry={item.id}
                onClick={() => onPick(item.id)}
                onMouseMove={() => setActive(index)}
              >
                <span class="label">{item.label}</span>
                <span class="meta">
                  {item.kind === 'possible' ? t('panel_possible') : t(`kind_${item.kind}` as MessageKey)}
                  {item.count > 1 ? ` · ${item.count}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p class="hint">{t('panel_hint')}</p>
        </>
      )}
      <div class="panel-foot">
        <AddToGlossaryButton onDone={onClose} />
      </div>
    </div>
  );
}
