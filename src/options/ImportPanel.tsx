/**
 * Importing a glossary: a file chosen or dropped, or text pasted, is read
 * into a preview; only a preview without problems can be saved. A file too
 * large is refused before it is read.
 */
import { useState } from 'preact/hooks';
import { addImportedGlossary } from '../shared/custom-glossaries.ts';
import { checkImportSize, previewImport, type ImportPreview as Preview, type KnownEntry } from '../shared/glossary-import.ts';
import { t } from '../shared/i18n.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { StorageWriteError } from '../shared/storage-errors.ts';
import { ImportPreview } from './ImportPreview.tsx';

export interface ImportPanelProps {
  /** Entries of the installed glossaries by id, to show which imported entries replace them. */
  readonly knownEntries: ReadonlyMap<string, KnownEntry>;
  readonly onSaved: (message: string) => void;
}

type Stage = { readonly step: 'idle' } | { readonly step: 'reading' } | { readonly step: 'preview'; readonly preview: Preview };

export function ImportPanel({ knownEntries, onSaved }: ImportPanelProps) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const show = (preview: Preview): void => {
    setName(preview.name || t('options_import_default_name'));
    setError(undefined);
    setStage({ step: 'preview', preview });
  };
  const readText = (text: string, fileName?: string): void => show(previewImport({ text, ...(fileName !== undefined && { fileName }), knownEntries, today: new Date() }));
  const readFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return show({ format: file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv', name: '', entries: [], problems: [tooLarge], replaces: [] });
    setStage({ step: 'reading' });
    readText(await file.text(), file.name);
  };
  const save = async (preview: Preview): Promise<void> => {
    setSaving(true);
    // Let "Saving…" paint: compiling a large glossary holds the page for a moment.
    await new Promise((resolve) => setTimeout(resolve, 16));
    try {
      const added = await addImportedGlossary(preview, name);
      setStage({ step: 'idle' });
      setPasted('');
      onSaved(t('options_import_done', added.name, String(added.entries.length)));
    } catch (failure) {
      setError(failure instanceof StorageWriteError && failure.reason === 'quota' ? t('error_import_quota') : storageErrorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="card-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('options_import')}</h2>
      <p class="intro">{t('options_import_intro')}</p>
      <div
        class="drop-zone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void readFile(event.dataTransfer?.files[0]);
        }}
      >
        <label class="field">
          <span>{t('options_import_file')}</span>
          <input
            type="file"
            id="import-file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            onChange={(event) => {
              const input = event.currentTarget;
              void readFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        <p class="quiet">{t('options_import_drop')}</p>
      </div>
      <label class="field" for="import-text">
        {t('options_import_paste')}
      </label>
      <textarea id="import-text" rows={5} dir="auto" spellcheck={false} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
      <div class="actions">
        <button type="button" id="import-check" disabled={pasted.trim() === ''} onClick={() => readText(pasted)}>
          {t('options_import_check')}
        </button>
      </div>
      {stage.step === 'reading' && <p role="status">{t('options_import_reading')}</p>}
      {stage.step === 'preview' && (
        <ImportPreview
          preview={stage.preview}
          name={name}
          onName={setName}
          saving={saving}
          onConfirm={() => void save(stage.preview)}
          onCancel={() => setStage({ step: 'idle' })}
        />
      )}
      {error && (
        <p role="alert" class="error" id="import-error">
          {error}
        </p>
      )}
    </section>
  );
}
