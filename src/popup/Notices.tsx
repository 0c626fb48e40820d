/**
 * The popup's two messages: what just happened, with its undo ("Hamas will not
 * be highlighted. Undo"), announced politely; and a failed save, announced at
 * once. Each stays until dismissed or replaced.
 */
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
  return (
    <div class="notices">
      <div role="status" class={notice ? 'notice' : 'notice empty'}>
        {notice && (
          <>
            <span>{notice.text}</span>
            <button type="button" class="undo" onClick={onUndo}>
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
