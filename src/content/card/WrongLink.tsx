/**
 * "Wrong link?" inside the card: the reader says a name was linked to the
 * wrong entry. Stop linking it on this site or everywhere, or, when other
 * entries share the name, choose the right one ("Did you mean…"), which
 * relinks the name on this site. Saved as a correction (entry id + alias),
 * so it holds across glossary updates; open tabs re-mark at once, and the
 * popup and the options page list it with undo.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryCard } from '../../core/glossary/schema.ts';
import { EVERYWHERE, type Correction } from '../../core/match/corrections.ts';
import { addCorrection } from '../../shared/corrections.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { sendToBackground } from '../../shared/messages.ts';
import type { NameAlternative } from '../../shared/name-alternatives.ts';
import { siteKey } from '../../shared/settings-schema.ts';
import { storageErrorMessage } from '../../shared/storage-error-message.ts';

export interface WrongLinkProps {
  readonly entry: EntryCard;
  /** The alias that matched. */
  readonly alias: string;
  readonly onBack: () => void;
}

export function WrongLink({ entry, alias, onBack }: WrongLinkProps) {
  const [alternatives, setAlternatives] = useState<readonly NameAlternative[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const site = siteKey(location.hostname);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    let current = true;
    sendToBackground('content:name-alternatives', { entryId: entry.id, names: [alias] }).then(
      (found) => current && setAlternatives(Array.isArray(found) ? found : []),
      () => current && setAlternatives([]),
    );
    return () => {
      current = false;
    };
  }, [entry.id, alias]);

  // On success the settings change re-marks the page, which closes this card.
  const correct = (correction: Correction) => () => void addCorrection(correction).then(() => setError(undefined), (failure: unknown) => setError(storageErrorMessage(failure)));

  return (
    <section class="wrong-link" role="group" aria-labelledby="backgrounder-wrong-title">
      <h3 id="backgrounder-wrong-title">{t('card_wrong_title', alias)}</h3>
      <div class="wrong-actions">
        <button type="button" class="unlink-site" ref={first} onClick={correct({ entryId: entry.id, alias, site })}>
          {t('card_wrong_unlink_site', alias)}
        </button>
        <button type="button" class="unlink-everywhere" onClick={correct({ entryId: entry.id, alias, site: EVERYWHERE })}>
          {t('card_wrong_unlink_everywhere', alias)}
        </button>
      </div>
      {alternatives === undefined ? (
        <p class="quiet" role="status">
          {t('card_wrong_looking')}
        </p>
      ) : (
        alternatives.length > 0 && (
          <>
            <h3 id="backgrounder-did-you-mean">{t('card_did_you_mean')}</h3>
            <ul class="alternatives" aria-labelledby="backgrounder-did-you-mean">
              {alternatives.map((other) => (
                <li key={other.id}>
                  <button type="button" class="relink" data-entry={other.id} onClick={correct({ entryId: entry.id, alias, site, relinkTo: other.id })}>
                    <bdi class="alt-label">{other.label}</bdi> <span class="kind">{t(`kind_${other.kind}` as MessageKey)}</span>
                    <bdi class="alt-line">{other.line}</bdi>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      )}
      <button type="button" class="wrong-back" onClick={onBack}>
        {t('card_wrong_cancel')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
