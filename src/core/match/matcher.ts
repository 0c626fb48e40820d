/**
 * The matcher: one or more compiled glossaries (bundled and the reader's own)
 * behind a single interface.
 *
 * `scan` reads one block of text and reports candidates and context terms;
 * `select` decides mentions over a whole page's blocks, because contexts and
 * the first-mention rule are page-wide. `findMentions` does both for one text.
 */
import { scanText } from '../automaton/automaton.ts';
import type { CompiledAlias, CompiledGlossary, EntryCard } from '../glossary/compiled.ts';
import { normalise } from '../text/normalise.ts';
import { isEndBoundary, isStartBoundary } from './boundaries.ts';
import { matchesCase } from './case-rule.ts';
import { selectMentions } from './select.ts';
import type { BlockScan, Candidate, Mention, SelectOptions } from './types.ts';

/** An alias with its ids made global across all of the matcher's glossaries. */
export interface GlobalAlias extends Omit<CompiledAlias, 'entry' | 'contexts' | 'notContexts'> {
  readonly entry: number;
  readonly contexts?: readonly number[];
  readonly notContexts?: readonly number[];
}

export class Matcher {
  readonly entries: readonly EntryCard[];
  readonly aliases: readonly GlobalAlias[];
  /** Context terms as written, by global id. */
  readonly contextTerms: readonly string[];
  readonly #glossaries: ReadonlyArray<{ glossary: CompiledGlossary; aliasBase: number; contextBase: number }>;
  readonly #byId: ReadonlyMap<string, number>;

  constructor(glossaries: readonly CompiledGlossary[]) {
    const entries: EntryCard[] = [];
    const aliases: GlobalAlias[] = [];
    const contextTerms: string[] = [];
    const byId = new Map<string, number>();
    this.#glossaries = glossaries.map((glossary) => {
      const entryBase = entries.length;
      const aliasBase = aliases.length;
      const contextBase = contextTerms.length;
      for (const entry of glossary.entries) {
        // A later glossary (the reader's own) overrides an earlier entry with the same id.
        byId.set(entry.id, entries.length);
        entries.push(entry);
      }
      for (const alias of glossary.aliases) {
        aliases.push({
          ...alias,
          entry: entryBase + alias.entry,
          ...(alias.contexts && { contexts: alias.contexts.map((c) => contextBase + c) }),
          ...(alias.notContexts && { notContexts: alias.notContexts.map((c) => contextBase + c) }),
        });
      }
      contextTerms.push(...glossary.contexts);
      return { glossary, aliasBase, contextBase };
    });
    this.entries = entries;
    this.aliases = aliases;
    this.contextTerms = contextTerms;
    this.#byId = byId;
  }

  /** The card data of an entry, by id. */
  entry(id: string): EntryCard | undefined {
    const index = this.#byId.get(id);
    return index === undefined ? undefined : this.entries[index];
  }

  /** Is this entry the one its id resolves to (not shadowed by a later glossary)? */
  isCurrent(entryIndex: number): boolean {
    const entry = this.entries[entryIndex];
    return entry !== undefined && this.#byId.get(entry.id) === entryIndex;
  }

  /** Find candidates and context terms in one block of text. */
  scan(text: string): BlockScan {
    const normalised = normalise(text);
    const { folded, cased, starts, ends } = normalised;
    const candidates: Candidate[] = [];
    const contexts = new Set<number>();
    for (const { glossary, aliasBase, contextBase } of this.#glossaries) {
      const { patterns, automaton } = glossary;
      scanText(automaton, folded, (patternId, end) => {
        const start = end - automaton.patternLength[patternId]!;
        if (!isStartBoundary(folded, start) || !isEndBoundary(folded, end)) return;
        const pattern = patterns[patternId]!;
        if (pattern.context !== -1) contexts.add(contextBase + pattern.context);
        const forms = pattern.forms
          .filter(({ alias, suffix }) => {
            const spec = glossary.aliases[alias]!;
            return spec.caseMode === 'insensitive' || matchesCase(cased.slice(start, end - suffix), spec.cased);
          })
          .map(({ alias, suffix }) => ({ alias: aliasBase + alias, suffix }));
        if (forms.length > 0 || pattern.blocker) {
          candidates.push({ start: starts[start]!, end: ends[end - 1]!, forms, blocker: pattern.blocker });
        }
      });
    }
    return { candidates, contexts };
  }

  /** Decide the mentions of a page from its blocks' scans, in document order. One list per block. */
  select(blocks: readonly BlockScan[], options: SelectOptions): Mention[][] {
    return selectMentions(this, blocks, options);
  }

  /** Scan and select in one step, for one text or a sequence of chunks read as one text. */
  findMentions(text: string | readonly string[], options: SelectOptions): Mention[] {
    const whole = typeof text === 'string' ? text : text.join('');
    return this.select([this.scan(whole)], options)[0] ?? [];
  }
}
