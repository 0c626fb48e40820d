/**
 * Back up and restore: one JSON file with everything the reader made
 * (settings, muted names, corrections, own glossaries, notes). A restore
 * shows what the file holds first and replaces nothing until the reader
 * confirms; a bad file changes nothing and lists what is wrong, by place.
 */
import { useState } from 'preact/hooks';
import { backupFileName, backupToJson, MAX_BACKUP_BYTES, parseBackup, tooLargeProblem, type Backup, type BackupProblem } from '../shared/backup.ts';
import { collectBackup, restoreBackup } from '../shared/backup-store.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { downloadText } from './download.ts';

export interface BackupPanelProps {
  readonly onMessage: (text: string) => void;
  readonly onError: (text: string) => void;
}

type Stage = { readonly step: 'idle' } | { readonly step: 'preview'; readonly backup: Backup } | { readonly step: 'problems'; readonly problems: readonly BackupProblem[] };

export function BackupPanel({ onMessage, onError }: BackupPanelProps) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const exportBackup = async (): Promise<void> => {
    try {
      const backup = await collectBackup();
      downloadText(backupToJson(backup), backupFileName(backup.exportedAt));
      onMessage(t('options_backup_exported'));
    } catch (failure) {
      onError(storageErrorMessage(failure));
    }
  };
  const readFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A file too large is refused before it is read.
    const parsed = file.size > MAX_BACKUP_BYTES ? { ok: false as const, problems: [tooLargeProblem()] } : parseBackup(await file.text());
    setStage(parsed.ok ? { step: 'preview', backup: parsed.backup } : { step: 'problems', problems: parsed.problems });
  };
  const restore = async (backup: Backup): Promise<void> => {
    setBusy(true);
    try {
      await restoreBackup(backup);
      setStage({ step: 'idle' });
      onMessage(t('options_backup_restored'));
    } catch (failure) {
      onError(storageErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card-section" id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_backup_heading')}</h2>
      <p class="intro">{t('options_backup_intro')}</p>
      <button type="button" id="backup-export" onClick={() => void exportBackup()}>
        {t('options_backup_export')}
      </button>
      <p>
        <label for="backup-file">{t('options_backup_choose')}</label>{' '}
        <input type="file" id="backup-file" accept=".json,application/json" onChange={(event) => void readFile(event.currentTarget)} />
      </p>
      {stage.step === 'preview' && <BackupPreview backup={stage.backup} busy={busy} onConfirm={() => void restore(stage.backup)} onCancel={() => setStage({ step: 'idle' })} />}
      {stage.step === 'problems' && (
        <div id="backup-problems" role="alert">
          <p>{t('options_backup_bad')}</p>
          <ul>
            {stage.problems.slice(0, 50).map((problem, i) => (
              <li key={i}>
                <code dir="ltr">{problem.where}</code>: <span dir="ltr">{problem.message}</span>
              </li>
            ))}
          </ul>
          {stage.problems.length > 50 && <p>{t('options_backup_more_problems', String(stage.problems.length - 50))}</p>}
        </div>
      )}
    </section>
  );
}

interface BackupPreviewProps {
  readonly backup: Backup;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

function BackupPreview({ backup, busy, onConfirm, onCancel }: BackupPreviewProps) {
  const when = backup.exportedAt && !Number.isNaN(Date.parse(backup.exportedAt)) ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(backup.exportedAt)) : '?';
  return (
    <div id="backup-preview" role="region" aria-labelledby="backup-preview-heading">
      <h3 id="backup-preview-heading">{t('options_backup_preview', when)}</h3>
      <ul>
        <li id="backup-muted">{t('options_backup_muted', String(backup.settings.muted.length))}</li>
        <li id="backup-corrections">{t('options_backup_corrections', String(backup.settings.corrections.length))}</li>
        <li id="backup-notes">{t('options_backup_notes', String(Object.keys(backup.notes).length))}</li>
        <li id="backup-glossaries">
          {t('options_backup_glossaries', String(backup.glossaries.length))}
          {backup.glossaries.length > 0 && (
            <ul>
              {backup.glossaries.map((glossary) => (
                <li key={glossary.id}>
                  <bdi>{glossary.name}</bdi> ({t('options_backup_entries', String(glossary.entries.length))})
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
      <p>{t('options_backup_replaces')}</p>
      <button type="button" id="backup-confirm" class="primary" disabled={busy} onClick={onConfirm}>
        {t('options_backup_confirm')}
      </button>{' '}
      <button type="button" id="backup-cancel" onClick={onCancel}>
        {t('options_backup_cancel')}
      </button>
    </div>
  );
}
