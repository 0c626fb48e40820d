/**
 * Selection: from candidates to mentions.
 *
 * 1. Each span's meaning is decided by the rules of its aliases: `notContexts`
 *    cancel, `contexts` gate, and an alias whose context is present beats one
 *    with no context rule. When two entries are still tied, the one from a
 *    later glossary wins (the reader's own entry over the bundled one: they
 *    added it on purpose); between entries of one glossary the span is left
 *    unmarked (we do not guess) but still blocks shorter names inside it;
 *    `undecidedSpans` reports such spans, apart from the mentions.
 * 2. Spans are chosen leftmost-longest without overlap: "UN Security Council"
 *    is the Security Council, never "UN".
 * 3. Entries the reader switched off are dropped, then density applies: the
 *    first mention of each entry on the page, or all of them.
 */
import { NEAR_WINDOW_WORDS, type EntryRef } from '../glossary/compiled.ts';
import type { AliasInfo, BlockScan, Candidate, MatchRule, Mention, SelectOptions, UndecidedCandidate, UndecidedSpan } from './types.ts';

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

interface SpanMention {
  readonly entry: number;
  readonly alias: AliasInfo;
  readonly rule: MatchRule;
}

interface Span {
  readonly start: number;
  readonly end: number;
  /** Undefined for a span that blocks and marks nothing (an exclusion, or a tie). */
  readonly mention?: SpanMention;
  /** For a tie (not an exclusion): every form at the winning score, two entries or more. */
  readonly tie?: readonly SpanMention[];
  /** A person's name of several words that its own gates refused here, lower-cased: someone else of that name. */
  readonly refused?: string;
}

const UNGATED = 1;
const CONTEXT_PRESENT = 2;

/** A name of several words, in Latin or Cyrillic letters or joined by an interpunct. */
const SEVERAL_WORDS = /[\s·・]/u;

/** The alias's text, lower-cased, when it is a person's name of several words; else undefined. */
const personsFullName = (tables: SelectionTables, alias: AliasInfo): string | undefined =>
  SEVERAL_WORDS.test(alias.text) && tables.entryRef(alias.entry).kind === 'person' ? alias.text.toLowerCase() : undefined;

export function selectMentions(tables: SelectionTables, blocks: readonly BlockScan[], options: SelectOptions): Mention[][] {
  const seen = new Set<string>();
  return pageSpans(tables, blocks).map((spans) => {
    const mentions: Mention[] = [];
    for (const span of spans) {
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

/**
 * The spans left undecided among the spans selection chose (a tie inside a
 * longer name is no span of its own): per block, in order, with the entries
 * each fits. Candidates the reader switched off (`isEnabled`) are left out,
 * and a span with none left is dropped. With density "first", only the first
 * span of each set of candidates is reported.
 */
export function undecidedSpans(tables: SelectionTables, blocks: readonly BlockScan[], options: SelectOptions): UndecidedSpan[][] {
  const seen = new Set<string>();
  return pageSpans(tables, blocks).map((spans) => {
    const found: UndecidedSpan[] = [];
    for (const span of spans) {
      if (!span.tie) continue;
      const candidates = new Map<string, UndecidedCandidate>();
      for (const { entry, alias, rule } of span.tie) {
        const ref = tables.entryRef(entry);
        if (candidates.has(ref.id) || (options.isEnabled && !options.isEnabled(ref))) continue;
        candidates.set(ref.id, { entryId: ref.id, alias: alias.text, rule });
      }
      if (candidates.size === 0) continue;
      if (options.density === 'first') {
        const key = [...candidates.keys()].sort().join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
      }
      found.push({ start: span.start, end: span.end, candidates: [...candidates.values()] });
    }
    return found;
  });
}

function contextsOf(blocks: readonly BlockScan[]): Set<number> {
  const pageContexts = new Set<number>();
  for (const block of blocks) for (const context of block.contexts) pageContexts.add(context);
  return pageContexts;
}

/**
 * Every block's chosen spans. A person's full name that its own gates refuse
 * ("Rodrigo Paz, a Spanish midfielder", where Bolivia's president is gated by
 * Bolivian words) is someone else of that name, so it is no evidence for the
 * surname alone either: where a name is refused on the page and marked
 * nowhere, it stops counting as a context ("Paz said…" is the midfielder too).
 */
function pageSpans(tables: SelectionTables, blocks: readonly BlockScan[]): Span[][] {
  const pageContexts = contextsOf(blocks);
  const first = blocks.map((block) => chosenSpans(tables, block, pageContexts, NONE));
  const refused = new Set<string>();
  const marked = new Set<string>();
  for (const spans of first) {
    for (const span of spans) {
      if (span.refused) refused.add(span.refused);
      if (span.mention) marked.add(span.mention.alias.text.toLowerCase());
    }
  }
  for (const name of marked) refused.delete(name);
  if (refused.size === 0) return first;
  return blocks.map((block) => chosenSpans(tables, block, pageContexts, refused));
}

const NONE: ReadonlySet<string> = new Set();

/** A block's spans, resolved, chosen leftmost-longest without overlap, in order; `refused` context terms (lower-cased) do not count. */
function chosenSpans(tables: SelectionTables, block: BlockScan, pageContexts: ReadonlySet<number>, refused: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const candidate of mergeSameSpans(block.candidates)) {
    const span = resolveSpan(tables, candidate, block, pageContexts, refused);
    if (span) spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  return spans.filter((span) => {
    if (span.start < lastEnd) return false;
    lastEnd = span.end;
    return true;
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
  refused: ReadonlySet<string>,
): Span | undefined {
  const counts = (context: number): boolean => refused.size === 0 || !refused.has(tables.contextTerm(context).toLowerCase());
  const scopes: Record<AliasInfo['scope'], (context: number) => boolean> = {
    page: (context) => pageContexts.has(context) && counts(context),
    block: (context) => block.contexts.has(context) && counts(context),
    near: (context) => isNear(candidate, block, context) && counts(context),
  };
  let refusedName: string | undefined;
  let bestScore = 0;
  let best: SpanMention | undefined;
  let tied = false;
  /** Every form at the best score so far, for reporting a tie. */
  let level: SpanMention[] = [];
  for (const form of candidate.forms) {
    const alias = tables.aliasInfo(form.alias);
    if (!tables.isCurrent(alias.entry)) continue;
    const present = scopes[alias.scope];
    if (alias.notContexts.some(present)) {
      refusedName ??= personsFullName(tables, alias);
      continue;
    }
    let score = UNGATED;
    let context: string | undefined;
    if (alias.contexts.length > 0) {
      const found = alias.contexts.find(present);
      if (found === undefined && form.title === undefined) {
        refusedName ??= personsFullName(tables, alias);
        continue;
      }
      score = CONTEXT_PRESENT;
      context = found === undefined ? form.title : tables.contextTerm(found);
    }
    const rule: MatchRule = { case: alias.caseMode, plural: form.suffix > 0, ...(context !== undefined && { context }) };
    if (score > bestScore) {
      bestScore = score;
      best = { entry: alias.entry, alias, rule };
      tied = false;
      level = [best];
    } else if (score === bestScore && best && tables.entryId(best.entry) !== tables.entryId(alias.entry)) {
      const laterGlossary = tables.glossaryOf(alias.entry) - tables.glossaryOf(best.entry);
      if (laterGlossary > 0) {
        best = { entry: alias.entry, alias, rule };
        level = [best];
      } else if (laterGlossary === 0) level.push({ entry: alias.entry, alias, rule });
      if (laterGlossary >= 0) tied = laterGlossary === 0;
    }
  }
  if (best && !tied) return { start: candidate.start, end: candidate.end, mention: best };
  // An exclusion covering the span says it is no name at all: never a possible match.
  if (tied && !candidate.blocker) return { start: candidate.start, end: candidate.end, tie: level };
  if (tied || candidate.blocker) return { start: candidate.start, end: candidate.end };
  // Someone else of a known person's full name: the surname inside it is theirs too.
  if (refusedName !== undefined) return { start: candidate.start, end: candidate.end, refused: refusedName };
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
