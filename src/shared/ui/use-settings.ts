/**
 * The settings as Preact state for the popup and the options page: loaded
 * once, followed live (a change made in another tab, in the card or on
 * another synced device shows at once), and saved with any failure kept as a
 * message for the reader. A failed save changes nothing, so the controls fall
 * back to the stored values.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSetting, watchSettings, type SettingKey, type Settings } from '../settings.ts';
import { storageErrorMessage } from '../storage-error-message.ts';

export interface SettingsState {
  /** Undefined until loaded. */
  readonly settings: Settings | undefined;
  /** Save one setting; resolves false (with `error` set) when it could not be saved. */
  readonly save: <K extends SettingKey>(key: K, value: Settings[K]) => Promise<boolean>;
  /** Why the last save failed, for the reader. */
  readonly error: string | undefined;
  readonly clearError: () => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const abort = new AbortController();
    void loadSettings().then((loaded) => !abort.signal.aborted && setSettings(loaded));
    watchSettings(setSettings, abort.signal);
    return () => abort.abort();
  }, []);
  const save = useCallback(async <K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean> => {
    try {
      await saveSetting(key, value);
      setError(undefined);
      return true;
    } catch (failure) {
      setError(storageErrorMessage(failure));
      // Show the stored value again: a checkbox the reader just flipped must not pretend it was saved.
      setSettings(await loadSettings());
      return false;
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { settings, save, error, clearError };
}
