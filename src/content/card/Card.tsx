/**
 * The backgrounder card: label, kind, summary, facts, "as of", sources,
 * related entries, why it was highlighted, the reader's note, and the
 * reader's actions.
 * All glossary text is rendered as text by Preact, never as HTML.
 */
import { useState } from 'preact/hooks';
import type { EntryCard } from '../../core/glossary/schema.ts';
import type { MatchRule } from '../../core/match/types.ts';
import { t, uiDirection, uiLanguage, type MessageKey } from '../../shared/i18n.ts';
import { FactList, SourceList } from '../../shared/ui/EntryParts.tsx';
import { factsAge, monthAndYear } from './as-of.ts';
import { NoteSection } from './NoteSection.tsx';
import { WrongLink } from './WrongLink.tsx';
import { useNote } from './use-note.ts';

export interface CardProps {
  readonly entry: EntryCard;
  /** Look up a related entry by id. */
  readonly lookup: (id: string) => EntryCard | undefined;
  /** How the mention under the pointer matched, for "why highlighted". */
  readonly why?: { readonly alias: string; readonly rule: MatchRule };
  readonly dark: boolean;
  readonly sheet: boolean;
  readonly onClose: () => void;
  /** The reader's actions; each resolves to an error message when its setting could not be saved. */
  readonly onMute: (entryId: string) => Promise<string | undefined>;
  readonly onSiteOff: () => Promise<string | undefined>;
}

export function Card(props: CardProps) {
  // Related entries open inside the card; the stack gives "Back".
  const [stack, setStack] = useState<readonly EntryCard[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [editingNote, setEditingNote] = useState(false);
  const [wrongLink, setWrongLink] = useState(false);
  const act = (action: () => Promise<string | undefined>) => () => void action().then(setError);
  const entry = stack.at(-1) ?? props.entry;
  const note = useNote(entry.id);
  const titleId = 'backgrounder-card-title';
  const related = (entry.related ?? []).map(props.lookup).filter((e): e is EntryCard => e !== undefined);

  return (
    <div
      class={`card${props.dark ? ' dark' : ''}${props.sheet ? ' sheet' : ''}`}
      role="dialog"
      aria-labelledby={titleId}
      data-entry={entry.id}
      tabIndex={-1}
      dir={uiDirection()}
      lang={uiLanguage()}
    >
      <div class="head">
        <div class="title">
          {stack.length > 0 && (
            <button type="button" class="back" onClick={() => {
                setEditingNote(false);
                setStack(stack.slice(0, -1));
              }}
            >
              ← {t('card_back')}
            </button>
          )}
          <h2 id={titleId}>{entry.label}</h2>
          <span class="kind">{t(`kind_${entry.kind}` as MessageKey)}</span>
        </div>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="summary">{entry.summary}</p>
      <NoteSection key={entry.id} note={note} editing={editingNote} onEditingChange={setEditingNote} />
      <FactList facts={entry.facts} />
      <AsOf asOf={entry.asOf} />
      <h3>{t('card_sources')}</h3>
      <SourceList sources={entry.sources} class="sources" />
      {related.length > 0 && (
        <>
          <h3>{t('card_related')}</h3>
          <div class="related">
            {related.map((other) => (
              <button
              type="button"
              key={other.id}
              onClick={() => {
                setEditingNote(false);
                setStack([...stack, other]);
              }}
            >
                {other.label}
              </button>
            ))}
          </div>
        </>
      )}
      {props.why && stack.length === 0 && (
        <details class="why">
          <summary>{t('card_why')}</summary>
          {describeRule(props.why.alias, props.why.rule)}
        </details>
      )}
      {wrongLink && props.why && stack.length === 0 ? (
        <WrongLink entry={entry} alias={props.why.alias} onBack={() => setWrongLink(false)} />
      ) : (
        <div class="actions">
          {note.text === undefined && !editingNote && (
            <button type="button" class="note-add" onClick={() => setEditingNote(true)}>
              {t('card_note_add')}
            </button>
          )}
          <button type="button" class="mute" onClick={act(() => props.onMute(entry.id))}>
            {t('card_mute')}
          </button>
          <button type="button" class="site-off" onClick={act(props.onSiteOff)}>
            {t('card_site_off')}
          </button>
          {props.why && stack.length === 0 && (
            <button type="button" class="wrong-link-open" onClick={() => setWrongLink(true)}>
              {t('card_wrong_link')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function describeRule(alias: string, rule: MatchRule): string {
  const parts = [t('card_why_alias', alias), rule.case === 'sensitive' ? t('card_why_case_sensitive') : t('card_why_any_case')];
  if (rule.plural) parts.push(t('card_why_plural'));
  if (rule.context) parts.push(t('card_why_context', rule.context));
  return parts.join(', ');
}


/**
 * "As of June 2025", and once the facts are a year old, how old in words
 * ("18 months ago; facts may have changed since"), set apart so that a
 * reader notices a card that may be out of date.
 */
function AsOf({ asOf }: { asOf: string }) {
  const age = factsAge(asOf, new Date());
  return (
    <div class={age ? 'asof stale' : 'asof'}>
      {t('card_as_of', ...(monthAndYear(asOf, t('card_months')) ?? [asOf, '']))}
      {age && <span class="age">{t(age.unit === 'months' ? 'card_age_months' : 'card_age_years', String(age.count))}</span>}
    </div>
  );
}
