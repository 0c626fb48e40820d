/**
 * The glossaries Backgrounder matches with: the bundled one and the reader's
 * own, each switchable, exportable as JSON, and the reader's deletable (after
 * a confirmation).
 */
import { useEffect, useState } from 'preact/hooks';
import { bundledSource } from '../shared/bundled-glossary.ts';
import { BUNDLED_GLOSSARY_ID, removeCustomGlossary, setGlossaryEnabled, type CustomGlossary } from '../shared/custom-glossaries.ts';
import { exportFileName, glossaryToJson } from '../shared/glossary-export.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { Switch } from '../shared/ui/Switch.tsx';
import { downloadText } from './download.ts';

export interface GlossaryListProps {
  readonly bundledCount: number;
  readonly custom: readonly CustomGlossary[];
  readonly disabled: readonly string[];
  readonly onMessage: (message: string) => void;
  readonly onError: (message: string) => void;
}

export function GlossaryList({ bundledCount, custom, disabled, onMessage, onError }: GlossaryListProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  const [bundledExport, setBundledExport] = useState(false);
  // The bundled source is packaged as glossary.json.gz by the build; if it cannot be read there is nothing to export.
  useEffect(
    () =>
      void bundledSource().then(
        () => setBundledExport(true),
        () => setBundledExport(false),
      ),
    [],
  );

  const run = (action: () => Promise<void>): void => void action().catch((error: unknown) => onError(storageErrorMessage(error)));
  const toggle = (id: string, on: boolean): void => run(() => setGlossaryEnabled(id, on));
  const exportBundled = (): void =>
    run(async () => {
      const source = await bundledSource();
      downloadText(glossaryToJson(source.name, source.entries), exportFileName(source.name));
    });
  const date = (iso: string): string => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(iso));

  return (
    <ul class="glossaries">
      <li data-glossary={BUNDLED_GLOSSARY_ID}>
        <div class="glossary-head">
          <Switch id="glossary-switch-bundled" checked={!disabled.includes(BUNDLED_GLOSSARY_ID)} onChange={(on) => toggle(BUNDLED_GLOSSARY_ID, on)}>
            <span class="glossary-name">{t('options_bundled_name')}</span>
          </Switch>
          <p class="quiet">{t('options_glossary_count', String(bundledCount))}</p>
        </div>
        {bundledExport && (
          <div class="actions">
            <button type="button" class="export" onClick={exportBundled}>
              {t('options_export')}
              <span class="visually-hidden"> {t('options_bundled_name')}</span>
            </button>
          </div>
        )}
      </li>
      {custom.map((glossary) => (
        <li key={glossary.id} data-glossary={glossary.id}>
          <div class="glossary-head">
            <Switch id={`glossary-switch-${glossary.id}`} checked={!disabled.includes(glossary.id)} onChange={(on) => toggle(glossary.id, on)}>
              <bdi class="glossary-name">{glossary.name}</bdi>
            </Switch>
            <p class="quiet">
              {t('options_glossary_count', String(glossary.entries.length))} · {t('options_glossary_imported', date(glossary.importedAt))}
            </p>
          </div>
          {confirming === glossary.id ? (
            <div class="actions confirm" role="group" aria-label={t('options_delete_confirm', glossary.name)}>
              <span>{t('options_delete_confirm', glossary.name)}</span>
              <button
                type="button"
                class="danger confirm-delete"
                onClick={() =>
                  run(async () => {
                    await removeCustomGlossary(glossary.id);
                    setConfirming(undefined);
                    onMessage(t('options_deleted', glossary.name));
                  })
                }
              >
                {t('options_delete')}
              </button>
              <button type="button" onClick={() => setConfirming(undefined)}>
                {t('options_cancel')}
              </button>
            </div>
          ) : (
            <div class="actions">
              <button type="button" class="export" onClick={() => downloadText(glossaryToJson(glossary.name, glossary.entries), exportFileName(glossary.name))}>
                {t('options_export')}
                <span class="visually-hidden"> {glossary.name}</span>
              </button>
              <button type="button" class="delete" onClick={() => setConfirming(glossary.id)}>
                {t('options_delete')}
                <span class="visually-hidden"> {glossary.name}</span>
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
