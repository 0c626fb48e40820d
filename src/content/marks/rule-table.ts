/**
 * The page's share of the glossary: the rules of the aliases, entries and
 * context terms the background found on this page (src/shared/match-batch.ts),
 * gathered batch by batch. Selection runs over it exactly as over the whole
 * matcher, since it asks only about ids that the page's scans name.
 */
import type { EntryRef } from '../../core/glossary/compiled.ts';
import type { SelectionTables } from '../../core/match/select.ts';
import type { AliasInfo } from '../../core/match/types.ts';
import type { MatchBatch, SentEntry } from '../../shared/match-batch.ts';

export class RuleTable implements SelectionTables {
  #matcherKey: string | undefined;
  readonly #aliases = new Map<number, AliasInfo>();
  readonly #entries = new Map<number, SentEntry>();
  readonly #byId = new Map<string, EntryRef>();
  readonly #contextTerms = new Map<number, string>();

  /** The matcher the rules come from; undefined before the first batch. */
  get matcherKey(): string | undefined {
    return this.#matcherKey;
  }

  /**
   * Take the rules of a batch. Returns false, and takes nothing, when the batch
   * comes from another matcher than the rules held: the caller starts over
   * with `clear()` (its earlier scans name ids of the other matcher).
   */
  add(batch: MatchBatch): boolean {
    if (this.#matcherKey !== undefined && batch.matcherKey !== this.#matcherKey) return false;
    this.#matcherKey = batch.matcherKey;
    for (const [id, info] of batch.aliases) this.#aliases.set(id, info);
    for (const [id, entry] of batch.entries) {
      this.#entries.set(id, entry);
      if (entry.current) this.#byId.set(entry.ref.id, entry.ref);
    }
    for (const [id, term] of batch.contextTerms) this.#contextTerms.set(id, term);
    return true;
  }

  clear(): void {
    this.#matcherKey = undefined;
    this.#aliases.clear();
    this.#entries.clear();
    this.#byId.clear();
    this.#contextTerms.clear();
  }

  /** An entry by its id, once a batch has named it. */
  entry(id: string): EntryRef | undefined {
    return this.#byId.get(id);
  }

  aliasInfo(alias: number): AliasInfo {
    return known(this.#aliases.get(alias), 'alias', alias);
  }

  entryRef(entry: number): EntryRef {
    return known(this.#entries.get(entry), 'entry', entry).ref;
  }

  entryId(entry: number): string {
    return this.entryRef(entry).id;
  }

  isCurrent(entry: number): boolean {
    return known(this.#entries.get(entry), 'entry', entry).current;
  }

  glossaryOf(entry: number): number {
    return known(this.#entries.get(entry), 'entry', entry).glossary;
  }

  contextTerm(context: number): string {
    return known(this.#contextTerms.get(context), 'context term', context);
  }
}

function known<T>(value: T | undefined, what: string, id: number): T {
  if (value === undefined) throw new Error(`no rules for ${what} ${id}: a scan from another matcher`);
  return value;
}
