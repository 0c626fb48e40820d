/**
 * The glossaries the options page lists: the bundled one (its entries' card
 * text, and whether its source is packaged for export) and the reader's own,
 * followed live as they are imported and deleted (here or in another tab).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntryCard } from '../core/glossary/schema.ts';
import { bundledCards } from '../shared/bundled-glossary.ts';
import { listCustomGlossaries, watchCustomGlossaries, type CustomGlossary } from '../shared/custom-glossaries.ts';
import { t } from '../shared/i18n.ts';

export interface GlossariesState {
  readonly bundled: readonly EntryCard[];
  readonly custom: readonly CustomGlossary[];
  /** Why the reader's glossaries could not be read, if they could not. */
  readonly error: string | undefined;
}

export function useGlossaries(): GlossariesState | undefined {
  const [state, setState] = useState<GlossariesState | undefined>();
  useEffect(() => {
    const abort = new AbortController();
    const load = async (): Promise<void> => {
      const [bundled, custom] = await Promise.allSettled([bundledCards(), listCustomGlossaries()]);
      if (abort.signal.aborted) return;
      setState({
        bundled: bundled.status === 'fulfilled' ? bundled.value : [],
        custom: custom.status === 'fulfilled' ? custom.value : [],
        error: custom.status === 'rejected' ? t('error_glossaries_read', String(custom.reason)) : undefined,
      });
    };
    void load();
    watchCustomGlossaries(() => void load(), abort.signal);
    return () => abort.abort();
  }, []);
  return state;
}
