/**
 * The chooser card of a possible match: a name several entries fit equally
 * and nothing on the page decides. It lists the candidates (label, kind, one
 * line of summary), each a button; choosing one saves a correction (the store
 * "Did you mean…" uses) for this site or, when the reader says so first, for
 * every site, after which open tabs mark the name as that entry at once.
 * Undo is in the popup and on the options page, with the other corrections.
 */
import { useState } from 'preact/hooks';
import type { EntryCard } from '../../core/glossary/schema.ts';
import { saveChoice } from '../../shared/corrections.ts';
import { siteForScope, type ChoiceScope } from '../../shared/possible-match-choice.ts';
import { t, uiDirection, uiLanguage, type MessageKey } from '../../shared/i18n.ts';
import { siteKey } from '../../shared/settings-schema.ts';
import { storageErrorMessage } from '../../shared/storage-error-message.ts';
import { ScopeChoice } from '../../shared/ui/ScopeChoice.tsx';
import type { PossibleMention } from '../page-mentions.ts';
import { chooserOptions } from './possible-choice.ts';

export interface PossibleChooserProps {
  readonly name: PossibleMention;
  /** Card text by id, for each candidate's line. */
  readonly lookup: (id: string) => EntryCard | undefined;
  readonly dark: boolean;
  readonly sheet: boolean;
  readonly onClose: () => void;
}

export function PossibleChooser({ name, lookup, dark, sheet, onClose }: PossibleChooserProps) {
  const [error, setError] = useState<string | undefined>();
  const [scope, setScope] = useState<ChoiceScope>('site');
  const site = siteKey(location.hostname);
  const options = chooserOptions(name.candidates, lookup);
  const named = options.map(({ id, alias }) => ({ entryId: id, alias }));
  const titleId = 'backgrounder-possible-title';
  // On success the settings change re-marks the page, which closes this card.
  const choose = (option: (typeof options)[number]) => () =>
    void saveChoice(named, { entryId: option.id, alias: option.alias }, siteForScope(scope, site)).then(
      () => setError(undefined),
      (failure: unknown) => setError(storageErrorMessage(failure)),
    );

  return (
    <div
      class={`card possible${dark ? ' dark' : ''}${sheet ? ' sheet' : ''}`}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby="backgrounder-possible-intro"
      tabIndex={-1}
      dir={uiDirection()}
      lang={uiLanguage()}
    >
      <div class="head">
        <div class="title">
          <h2 id={titleId}>{t('card_possible_title', name.text)}</h2>
        </div>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="quiet" id="backgrounder-possible-intro">
        {t('card_possible_intro')}
      </p>
      <ScopeChoice name="backgrounder-possible-scope" site={site} value={scope} onChange={setScope} />
      <ul class="alternatives candidates" aria-labelledby={titleId}>
        {options.map((option) => (
          <li key={option.id}>
            <button type="button" class="choose" data-entry={option.id} onClick={choose(option)}>
              <span class="alt-label">{option.label}</span> <span class="kind">{t(`kind_${option.kind}` as MessageKey)}</span>
              {/* Isolated: an English summary in the Arabic interface keeps its own direction and its full stop. */}
              {option.line && <bdi class="alt-line">{option.line}</bdi>}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
