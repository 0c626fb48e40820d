/**
 * Glossary compiler: source entries in, a matcher-ready glossary out.
 *
 * Runs at build time for the bundled glossary and in the browser for the
 * reader's own glossaries, so both are matched by exactly the same rules.
 */
import { buildAutomaton } from '../automaton/automaton.ts';
import { normalisePhrase } from '../text/normalise.ts';
import type { CaseMode, CompiledAlias, CompiledGlossary, CompiledPattern, EntryCard } from './compiled.ts';
import type { AliasSpec, Entry } from './schema.ts';

interface PatternDraft {
  forms: Array<{ alias: number; suffix: number }>;
  context: number;
  blocker: boolean;
}

/** `auto` case: several words match in any case; one word (or an acronym) as written. */
export function resolveCase(spec: AliasSpec, folded: string): CaseMode {
  const mode = typeof spec === 'string' ? 'auto' : (spec.case ?? 'auto');
  if (mode !== 'auto') return mode;
  return folded.includes(' ') ? 'insensitive' : 'sensitive';
}

/** English plural suffix for an alias: "es" after a sibilant, else "s". */
export function pluralSuffix(folded: string): string {
  return /(?:s|x|z|ch|sh)$/.test(folded) ? 'es' : 's';
}

/** Compile validated entries. Entries keep their order; ids must already be unique. */
export function compileGlossary(name: string, sourceEntries: readonly Entry[]): CompiledGlossary {
  const entries: EntryCard[] = [];
  const aliases: CompiledAlias[] = [];
  const contexts: string[] = [];
  const contextIndex = new Map<string, number>();
  const drafts = new Map<string, PatternDraft>();

  const draftFor = (folded: string): PatternDraft => {
    let draft = drafts.get(folded);
    if (!draft) {
      draft = { forms: [], context: -1, blocker: false };
      drafts.set(folded, draft);
    }
    return draft;
  };
  const contextId = (term: string): number => {
    const folded = normalisePhrase(term).folded;
    let id = contextIndex.get(folded);
    if (id === undefined) {
      id = contexts.length;
      contexts.push(term);
      contextIndex.set(folded, id);
      draftFor(folded).context = id;
    }
    return id;
  };

  sourceEntries.forEach((entry, entryIndex) => {
    const { aliases: specs, ...card } = entry;
    entries.push(card);
    for (const spec of specs) {
      const text = typeof spec === 'string' ? spec : spec.text;
      const { cased, folded } = normalisePhrase(text);
      if (!folded) continue; // an alias made only of ignorable characters can never match
      const rules = typeof spec === 'string' ? undefined : spec;
      const aliasIndex = aliases.length;
      aliases.push({
        entry: entryIndex,
        text,
        cased,
        caseMode: resolveCase(spec, folded),
        scope: rules?.scope ?? 'page',
        ...(rules?.contexts && { contexts: rules.contexts.map(contextId) }),
        ...(rules?.notContexts && { notContexts: rules.notContexts.map(contextId) }),
      });
      draftFor(folded).forms.push({ alias: aliasIndex, suffix: 0 });
      if (rules?.plural) {
        const suffix = pluralSuffix(folded);
        draftFor(folded + suffix).forms.push({ alias: aliasIndex, suffix: suffix.length });
      }
      for (const excluded of rules?.exclude ?? []) {
        const blocker = normalisePhrase(excluded).folded;
        if (blocker) draftFor(blocker).blocker = true;
      }
    }
  });

  const keys = [...drafts.keys()];
  const patterns: CompiledPattern[] = keys.map((key) => drafts.get(key)!);
  return { name, entries, aliases, contexts, patterns, automaton: buildAutomaton(keys) };
}
