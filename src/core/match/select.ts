/**
 * Selection: from candidates to mentions.
 *
 * 1. Each span's meaning is decided by the rules of its aliases: `notContexts`
 *    cancel, `contexts` gate, and an alias whose context is present beats one
 *    with no context rule. When two entries are still tied, the one from a
 *    later glossary wins (the reader's own entry over the bundled one: they
 *    added it on purpose); between entries of one glossary the span is left
 *    unmarked (we do not guess) but still blocks shorter names inside it.
 * 2. Spans are chosen leftmost-longest without overlap: "UN Security Council"
 *    is the Security Council, never "UN".
 * 3. Entries the reader switched off are dropped, then density applies: the
 *    first mention of each entry on the page, or all of them.
 */
import { NEAR_WINDOW_WORDS, type EntryRef } from '../glossary/compiled.ts';
import type { AliasInfo, BlockScan, Candidate, MatchRule, Mention, SelectOptions } from './types.ts';

/** What selection needs of the matcher. */
export interface SelectionTables {
  aliasInfo(alias: number): AliasInfo;
  entryId(entry: number): string;
  entryRef(entry: number): EntryRef;
  contextTerm(context: number): string;
  isCurrent(entry: number): boolean;
  /** Which glossary the entry comes from, in matching order: the bundled one first, then the reader's own. */
  glossaryOf(entry: number): number;
}

interface Span {
  readonly start: number;
  readonly end: number;
  /** Undefined for a span that blocks and marks nothing (an exclusion, or a tie). */
  readonly mention?: { readonly entry: number; readonly alias: AliasInfo; readonly rule: MatchRule };
}

const UNGATED = 1;
const CONTEXT_PRESENT = 2;

export function selectMentions(tables: SelectionTables, blocks: readonly BlockScan[], options: SelectOptions): Mention[][] {
  const pageContexts = new Set<number>();
  for (const block of blocks) for (const context of block.contexts) pageContexts.add(context);
  const seen = new Set<string>();

  return blocks.map((block) => {
    if (block.candidates.length === 0) return [];
    const spans: Span[] = [];
    for (const candidate of mergeSameSpans(block.candidates)) {
      const span = resolveSpan(tables, candidate, block, pageContexts);
      if (span) spans.push(span);
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);

    const mentions: Mention[] = [];
    let lastEnd = -1;
    for (const span of spans) {
      if (span.start < lastEnd) continue;
      lastEnd = span.end;
      if (!span.mention) continue;
      const entry = tables.entryRef(span.mention.entry);
      if (options.isEnabled && !options.isEnabled(entry)) continue;
      if (options.density === 'first') {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
      }
      mentions.push({ start: span.start, end: span.end, entryId: entry.id, alias: span.mention.alias.text, rule: span.mention.rule });
    }
    return mentions;
  });
}

/** Candidates from several glossaries (or an alias and its plural) may cover the same span. */
function mergeSameSpans(candidates: readonly Candidate[]): Candidate[] {
  const bySpan = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = `${candidate.start}:${candidate.end}`;
    const existing = bySpan.get(key);
    bySpan.set(
      key,
      existing
        ? { ...existing, forms: [...existing.forms, ...candidate.forms], blocker: existing.blocker || candidate.blocker }
        : candidate,
    );
  }
  return [...bySpan.values()];
}

function resolveSpan(
  tables: SelectionTables,
  candidate: Candidate,
  block: BlockScan,
  pageContexts: ReadonlySet<number>,
): Span | undefined {
  const scopes: Record<AliasInfo['scope'], (context: number) => boolean> = {
    page: (context) => pageContexts.has(context),
    block: (context) => block.contexts.has(context),
    near: (context) => isNear(candidate, block, context),
  };
  let bestScore = 0;
  let best: Span['mention'];
  let tied = false;
  for (const form of candidate.forms) {
    const alias = tables.aliasInfo(form.alias);
    if (!tables.isCurrent(alias.entry)) continue;
    const present = scopes[alias.scope];
    if (alias.notContexts.some(present)) continue;
    let score = UNGATED;
    let context: string | undefined;
    if (alias.contexts.length > 0) {
      const found = alias.contexts.find(present);
      if (found === undefined) continue;
      score = CONTEXT_PRESENT;
      context = tables.contextTerm(found);
    }
    const rule: MatchRule = { case: alias.caseMode, plural: form.suffix > 0, ...(context !== undefined && { context }) };
    if (score > bestScore) {
      bestScore = score;
      best = { entry: alias.entry, alias, rule };
      tied = false;
    } else if (score === bestScore && best && tables.entryId(best.entry) !== tables.entryId(alias.entry)) {
      const laterGlossary = tables.glossaryOf(alias.entry) - tables.glossaryOf(best.entry);
      if (laterGlossary > 0) best = { entry: alias.entry, alias, rule };
      if (laterGlossary >= 0) tied = laterGlossary === 0;
    }
  }
  if (best && !tied) return { start: candidate.start, end: candidate.end, mention: best };
  if (tied || candidate.blocker) return { start: candidate.start, end: candidate.end };
  return undefined;
}

/**
 * Does the context term occur within NEAR_WINDOW_WORDS words of the span, in
 * its block? Without word positions (a scan made before the glossary had
 * `near` aliases) the block stands in for the window.
 */
function isNear(candidate: Candidate, block: BlockScan, context: number): boolean {
  if (!block.contexts.has(context)) return false;
  const at = block.contextWords?.get(context);
  if (!at || !candidate.words) return true;
  const [first, last] = candidate.words;
  return at.some((word) => word >= first - NEAR_WINDOW_WORDS && word <= last + NEAR_WINDOW_WORDS);
}
