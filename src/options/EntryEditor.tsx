/**
 * The entry editor: one component for adding an entry from a page's
 * selection ("Add to my glossary"), adding one from the options page, and
 * editing one of the reader's glossaries. It checks the draft as an import
 * checks a file (entry-form.ts) and shows each problem next to its field,
 * tied to it with aria-describedby; a failed save keeps everything typed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { KINDS, type Entry, type Kind } from '../core/glossary/schema.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { ImportProblem } from '../shared/import-problems.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { problemMessage } from './describe-problem.ts';
import type { CheckedDraft, EntryDraft, FieldName, NameClash, SourceDraft } from './entry-form.ts';

export interface EntryEditorProps {
  /** Prefixes the ids of the form's elements: two editors may be on the page at once. */
  readonly idPrefix: string;
  readonly heading: string;
  readonly intro?: string;
  readonly initial: EntryDraft;
  readonly check: (draft: EntryDraft) => CheckedDraft;
  /** The draft's names that other entries have too, shown under the names as the reader types. */
  readonly clashes?: ((draft: EntryDraft) => readonly NameClash[]) | undefined;
  /** Store the entry; a rejection is shown and the draft kept. */
  readonly onSave: (entry: Entry) => Promise<void>;
  readonly onCancel: () => void;
}

/** "line 3: must be at most 120 characters" for an alias's problem; the message alone for the others. */
function problemText(problem: ImportProblem): string {
  const line = /^aliases\[(\d+)\]/.exec(problem.field ?? '')?.[1];
  return line === undefined ? problemMessage(problem) : `${t('editor_alias_line', String(Number(line) + 1))}: ${problemMessage(problem)}`;
}

export function EntryEditor({ idPrefix, heading, intro, initial, check, clashes, onSave, onCancel }: EntryEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState<CheckedDraft | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const title = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => title.current?.focus(), []);

  const id = (field: FieldName): string => `${idPrefix}-${field.replace(/\./g, '-')}`;
  const problemsOf = (field: FieldName): readonly ImportProblem[] => checked?.problems.get(field) ?? [];
  const tried = checked !== undefined;
  // Once the reader has tried to save, the problems follow what they type (a new draft, a new check).
  useEffect(() => {
    if (tried) setChecked(check(draft));
  }, [draft]);
  /** Functional updates: two edits before a render both count. */
  const update = (change: Partial<EntryDraft>): void => setDraft((last) => ({ ...last, ...change }));
  const setSource = (row: number, part: keyof SourceDraft, value: string): void =>
    setDraft((last) => ({ ...last, sources: last.sources.map((source, at) => (at === row ? { ...source, [part]: value } : source)) }));

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const result = check(draft);
    setChecked(result);
    setError(undefined);
    if (!result.entry) {
      // Focus the first field with a problem, after the problems are rendered.
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setSaving(true);
    try {
      await onSave(result.entry);
    } catch (failure) {
      setError(storageErrorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  /** The attributes that tie a control to its problems. */
  const described = (field: FieldName, also?: FieldName) => {
    const fields = [field, ...(also ? [also] : [])].filter((each) => problemsOf(each).length > 0);
    return fields.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': fields.map((each) => `${id(each)}-problems`).join(' ') } : {};
  };
  const problems = (field: FieldName): ComponentChildren =>
    problemsOf(field).length > 0 && (
      <ul class="field-problems" id={`${id(field)}-problems`}>
        {problemsOf(field).map((problem, index) => (
          <li key={index}>{problemText(problem)}</li>
        ))}
      </ul>
    );
  const shared = useMemo(() => clashes?.(draft) ?? [], [clashes === undefined, draft]);
  const count = checked ? [...checked.problems.values()].reduce((total, list) => total + list.length, 0) : 0;

  return (
    <section class="card-section entry-editor" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} tabIndex={-1} ref={title}>
        {heading}
      </h2>
      {intro && <p class="intro">{intro}</p>}
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <div role="alert" class="editor-summary">
          {count > 0 && <p class="field-problems">{t('editor_problems', String(count))}</p>}
          {problems('form')}
        </div>
        <div class="field">
          <label for={id('label')}>{t('editor_label')}</label>
          <input type="text" id={id('label')} dir="auto" value={draft.label} {...described('label')} onInput={(event) => update({ label: event.currentTarget.value })} />
          {problems('label')}
        </div>
        <div class="field">
          <label for={id('aliases')}>{t('editor_aliases')}</label>
          <textarea
            id={id('aliases')}
            rows={3}
            dir="auto"
            value={draft.aliases}
            {...described('aliases')}
            {...(shared.length > 0 && { 'aria-details': `${id('aliases')}-shared` })}
            onInput={(event) => update({ aliases: event.currentTarget.value })}
          />
          {problems('aliases')}
          {shared.length > 0 && <SharedNames id={`${id('aliases')}-shared`} clashes={shared} />}
        </div>
        <div class="field">
          <label for={id('kind')}>{t('editor_kind')}</label>
          <select id={id('kind')} value={draft.kind} {...described('kind')} onChange={(event) => update({ kind: event.currentTarget.value as Kind | '' })}>
            <option value="">{t('editor_kind_unset')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}` as MessageKey)}
              </option>
            ))}
          </select>
          {problems('kind')}
        </div>
        <div class="field">
          <label for={id('summary')}>{t('editor_summary')}</label>
          <textarea id={id('summary')} rows={3} dir="auto" value={draft.summary} {...described('summary')} onInput={(event) => update({ summary: event.currentTarget.value })} />
          {problems('summary')}
        </div>
        <div class="field">
          <label for={id('asOf')}>{t('editor_as_of')}</label>
          <input type="text" id={id('asOf')} inputMode="numeric" dir="ltr" value={draft.asOf} {...described('asOf')} onInput={(event) => update({ asOf: event.currentTarget.value })} />
          {problems('asOf')}
        </div>
        <fieldset class="editor-sources" aria-describedby={problemsOf('sources').length > 0 ? `${id('sources')}-problems` : undefined}>
          <legend>{t('editor_sources')}</legend>
          {problems('sources')}
          {draft.sources.map((source, row) => (
            <fieldset key={row} class="editor-source">
              <legend>{t('editor_source', String(row + 1))}</legend>
              <div class="field">
                <label for={id(`sources.${row}.publisher`)}>{t('editor_publisher')}</label>
                <input type="text" id={id(`sources.${row}.publisher`)} dir="auto" value={source.publisher} {...described(`sources.${row}.publisher`)} onInput={(event) => setSource(row, 'publisher', event.currentTarget.value)} />
                {problems(`sources.${row}.publisher`)}
              </div>
              <div class="field">
                <label for={id(`sources.${row}.url`)}>{t('editor_url')}</label>
                <input type="url" id={id(`sources.${row}.url`)} dir="ltr" value={source.url} {...described(`sources.${row}.url`, row === 0 ? 'sources' : undefined)} onInput={(event) => setSource(row, 'url', event.currentTarget.value)} />
                {problems(`sources.${row}.url`)}
              </div>
            </fieldset>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary editor-save" disabled={saving}>
            {saving ? t('editor_saving') : t('editor_save')}
          </button>
          <button type="button" class="editor-cancel" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        </div>
        {error && (
          <p role="alert" class="error editor-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** "“Georgia” is also a name of: Georgia (country, Bundled glossary)", and what that means on a page. */
function SharedNames({ id, clashes }: { readonly id: string; readonly clashes: readonly NameClash[] }) {
  return (
    <div class="editor-shared" id={id}>
      <ul>
        {clashes.map(({ name, others }) => (
          <li key={name}>
            {t('editor_name_shared', name, others.map((other) => `${other.entry.label} (${t(`kind_${other.entry.kind}` as MessageKey)}, ${other.glossaryName})`).join('; '))}
          </li>
        ))}
      </ul>
      <p>{t('editor_name_shared_rule')}</p>
    </div>
  );
}
