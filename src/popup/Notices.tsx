/**
 * The popup's two messages: what just happened, with its undo ("Hamas will not
 * be highlighted. Undo"), announced politely; and a failed save, announced at
 * once. Each stays until dismissed or replaced. A new notice takes the focus
 * to its Undo: every action that makes one (mute, choose, undo a correction)
 * removes the button that was pressed, which would leave the focus nowhere.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n.ts';

export interface UndoNotice {
  readonly text: string;
  readonly undo: () => void;
}

export interface NoticesProps {
  readonly notice: UndoNotice | undefined;
  readonly error: string | undefined;
  readonly onUndo: () => void;
  readonly onDismissError: () => void;
}

export function Notices({ notice, error, onUndo, onDismissError }: NoticesProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice) undo.current?.focus();
  }, [notice]);
  return (
    <div class="notices">
      <div role="status" class={notice ? 'notice' : 'notice empty'}>
        {notice && (
          <>
            <span>{notice.text}</span>
            <button type="button" class="undo" ref={undo} onClick={onUndo}>
              {t('popup_undo')}
            </button>
          </>
        )}
      </div>
      <div role="alert" class={error ? 'error' : 'error empty'}>
        {error && (
          <>
            <span>{error}</span>
            <button type="button" class="dismiss" onClick={onDismissError}>
              {t('error_dismiss')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
