/** A failed settings or glossary write, told to the reader in their language. */
import { t } from './i18n.ts';
import { StorageWriteError } from './storage-errors.ts';

export function storageErrorMessage(error: unknown): string {
  if (!(error instanceof StorageWriteError)) return t('error_save_other', error instanceof Error ? error.message : String(error));
  switch (error.reason) {
    case 'quota':
      return t('error_save_quota');
    case 'too-large':
      return t('error_save_too_large');
    case 'invalid':
      return t('error_save_invalid');
    case 'other':
      return t('error_save_other', error.message);
  }
}
