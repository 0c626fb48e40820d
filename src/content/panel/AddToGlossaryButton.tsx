/**
 * "Add to my glossary" in the keyboard panel: the text selected when the
 * panel opened (or none), with the page's title and address, goes to the
 * background, which opens the entry editor as the context menu does
 * (src/background/add-to-glossary.ts). The selection is read once, when
 * the panel opens: moving in the panel may change it.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { sendToBackground } from '../../shared/messages.ts';

/** The button shows at most this much of the selection. */
const SHOWN = 40;

export function AddToGlossaryButton({ onDone }: { readonly onDone: () => void }) {
  const [text] = useState(() => document.getSelection()?.toString().replace(/\s+/gu, ' ').trim() ?? '');
  const shown = text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
  const add = (): void => {
    sendToBackground('content:add-to-glossary', { text, title: document.title, url: location.href }).catch(() => {});
    onDone();
  };
  return (
    <button type="button" class="add-entry" onClick={add}>
      {text ? t('panel_add_entry_selection', shown) : t('panel_add_entry')}
    </button>
  );
}
