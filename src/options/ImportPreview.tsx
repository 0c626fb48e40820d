/**
 * What an import would add, before anything is saved: the glossary's name,
 * the entries (the first ones in a table), those that replace installed
 * entries, and every problem. A preview with problems cannot be saved.
 */
import type { ImportPreview as Preview } from '../shared/glossary-import.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { ProblemList } from './ProblemList.tsx';

const SHOWN = 50;

export interface ImportPreviewProps {
  readonly preview: Preview;
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly saving: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ImportPreview({ preview, name, onName, saving, onConfirm, onCancel }: ImportPreviewProps) {
  const { entries, problems, replaces } = preview;
  const canSave = problems.length === 0 && entries.length > 0 && name.trim() !== '' && !saving;
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('options_preview')}</h3>
      {problems.length > 0 && <ProblemList problems={problems} format={preview.format} />}
      {problems.length === 0 && (
        <>
          <label class="field">
            <span>{t('options_import_name')}</span>
            <input type="text" id="import-name" maxLength={80} value={name} onInput={(event) => onName(event.currentTarget.value)} />
          </label>
          <p id="preview-count">{t('options_preview_entries', String(entries.length))}</p>
          {replaces.length > 0 && (
            <details class="replaces">
              <summary>{t('options_preview_replaces', String(replaces.length))}</summary>
              <ul>
                {replaces.map(({ entry, existing }) => (
                  <li key={entry.id}>{t('options_preview_replace_item', entry.label, existing.label, existing.glossary)}</li>
                ))}
              </ul>
            </details>
          )}
          <EntryTable preview={preview} />
        </>
      )}
      <div class="actions">
        <button type="button" id="import-confirm" class="primary" disabled={!canSave} onClick={onConfirm}>
          {saving ? t('options_import_saving') : t('options_import_confirm')}
        </button>
        <button type="button" id="import-cancel" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </section>
  );
}

function EntryTable({ preview }: { readonly preview: Preview }) {
  const shown = preview.entries.slice(0, SHOWN);
  return (
    <div class="table-scroll">
      <table class="entries">
        <thead>
          <tr>
            <th scope="col">{t('options_col_label')}</th>
            <th scope="col">{t('options_col_kind')}</th>
            <th scope="col">{t('options_col_aliases')}</th>
            <th scope="col">{t('options_col_summary')}</th>
            <th scope="col">{t('options_col_source')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.id} data-entry={entry.id} dir="auto">
              <th scope="row">{entry.label}</th>
              <td>{t(`kind_${entry.kind}` as MessageKey)}</td>
              <td>{entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)).join(', ')}</td>
              <td class="summary">{entry.summary}</td>
              <td>{entry.sources.map((source) => new URL(source.url).hostname).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.entries.length > SHOWN && <p>{t('options_preview_more', String(preview.entries.length - SHOWN))}</p>}
    </div>
  );
}
