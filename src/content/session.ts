/**
 * One active period of Backgrounder on a page: read, mark, follow changes,
 * hover, card. It owns every listener, observer and timer through one
 * AbortSignal; `destroy()` aborts them and removes everything from the page,
 * whatever the reason (switched off, extension updated, page hidden into the
 * back/forward cache, a newer instance taking over).
 */
import { sendToBackground } from '../shared/messages.ts';
import { siteKey, type Settings } from '../shared/settings-schema.ts';
import { applyCorrections, decideUndecided } from '../core/match/corrections.ts';
import type { Mention } from '../core/match/types.ts';
import { type CardCache } from './card/card-cache.ts';
import { prefersDarkCard } from './card/page-theme.ts';
import { mentionAtPoint } from './hover/hit-test.ts';
import { watchHover } from './hover/hover-intent.ts';
import type { BlockMatcher } from './marks/background-matcher.ts';
import { PageMarks, type MarkOptions, type ScanStep } from './marks/page-marks.ts';
import { isPossible, type MarkedName, type PageMention, type PossibleMention } from './page-mentions.ts';
import type { PanelItem } from './panel/Panel.tsx';
import { UiHost, type CardContent } from './ui/ui-host.ts';
import type { EntryCard } from '../core/glossary/schema.ts';
import type { EntryRef } from '../core/glossary/compiled.ts';
import { HOST_TAG, PageOwner } from './page/page-owner.ts';
import { MutationWatcher } from './watch/mutations.ts';
import { NavigationWatcher } from './watch/navigation.ts';

/** Panel items of possible matches carry this prefix and the match's index instead of an entry id. */
const POSSIBLE_ITEM = 'possible:';

/** What the extension measured of its own work on this page, reported to the popup and the annotate CLI. */
export interface SessionTiming {
  /** Waiting for the background's answers (the page loads no glossary; its main thread is free meanwhile). */
  glossaryMs: number;
  scanMs: number;
  highlightMs: number;
  /** scanMs by step (PageMarks.steps). */
  steps: Readonly<Record<ScanStep, number>>;
  /** From the content script's start to all mentions marked. */
  totalMs: number;
  blocks: number;
  characters: number;
}

export interface SessionActions {
  /** Each resolves to a message for the reader when the setting could not be saved. */
  readonly onSiteOff: () => Promise<string | undefined>;
  readonly onMute: (entryId: string) => Promise<string | undefined>;
}

export class Session {
  readonly #abort = new AbortController();
  readonly #owner = new PageOwner(document);
  readonly #ui = new UiHost(this.#owner);
  readonly #cards: CardCache;
  readonly #actions: SessionActions;
  readonly #marks: PageMarks;
  #settings: Settings;
  #open: MarkedName | undefined;
  /** A card asked for before its text arrived; a close in the meantime cancels it. */
  #pending: MarkedName | undefined;
  #reading: Promise<void> = Promise.resolve();
  timing: SessionTiming | undefined;

  constructor(matcher: BlockMatcher, cards: CardCache, settings: Settings, actions: SessionActions) {
    this.#cards = cards;
    this.#settings = settings;
    this.#actions = actions;
    this.#marks = new PageMarks({
      document,
      matcher,
      owner: this.#owner,
      options: () => this.#markOptions(),
      exclude: () => new Set(document.querySelectorAll(HOST_TAG)),
      onShadowRoot: (root) => this.#mutations.observe(root),
    });
    this.#mutations = new MutationWatcher(
      (node) => node.nodeName.toLowerCase() === HOST_TAG,
      (batch) => {
        this.#navigation.check();
        this.#read(batch.full ? (signal) => this.#marks.readAll(signal) : (signal) => this.#marks.readChanged(batch.nodes, signal));
      },
      this.#abort.signal,
    );
    this.#navigation = new NavigationWatcher(
      window,
      () => {
        // A new page in a single-page app: no card, fresh first mentions.
        this.closeCard();
        this.#read((signal) => this.#marks.readAll(signal));
      },
      this.#abort.signal,
    );
  }

  readonly #mutations: MutationWatcher;
  readonly #navigation: NavigationWatcher;

  get mentions(): readonly PageMention[] {
    return this.#marks.index.all;
  }

  /** Mentions of each marked entry, whatever the density. */
  get counts(): Record<string, number> {
    return Object.fromEntries(this.#marks.counts);
  }

  /** The possible matches marked, in page order (none unless the reader shows them). */
  get possible(): readonly PossibleMention[] {
    return this.#marks.possible.all;
  }

  get openEntryId(): string | undefined {
    return this.#open && !isPossible(this.#open) ? this.#open.entry.id : undefined;
  }

  /** Mark the page and start following it. `startedAt` is when the content script started, for timing. */
  async start(startedAt: number): Promise<void> {
    this.#mutations.observe(document);
    await this.#read((signal) => this.#marks.readAll(signal));
    this.timing = {
      glossaryMs: this.#marks.waitMs,
      scanMs: this.#marks.scanMs,
      steps: { ...this.#marks.steps },
      highlightMs: this.#marks.highlightMs,
      totalMs: performance.now() - startedAt,
      blocks: this.#marks.blockCount,
      characters: this.#marks.characterCount,
    };
    watchHover(
      {
        mentionAt: (x, y) => mentionAtPoint(this.#marks.index, document, x, y) ?? mentionAtPoint(this.#marks.possible, document, x, y),
        isCard: (target) => this.#ui.contains(target),
        open: (mention) => this.openCard(mention, false),
        close: () => this.closeCard(),
        openMention: () => this.#open,
      },
      () => this.#settings.hoverDelay,
      window,
      this.#abort.signal,
    );
  }

  /** New settings: select and mark again from what was read. */
  update(settings: Settings): void {
    this.#settings = settings;
    this.closeCard();
    this.#marks.apply();
    this.#afterMarking();
  }

  openCard(mention: MarkedName, focus: boolean): void {
    if (isPossible(mention)) return this.#openChooser(mention, focus);
    const entry = this.#cards.peek(mention.entry.id);
    if (!entry) {
      // Not prefetched yet (a very fast hover, or the background was asleep): open when it arrives.
      this.#pending = mention;
      void this.#cards.load([mention.entry.id]).then(() => {
        if (this.#pending === mention && !this.#abort.signal.aborted && this.#cards.peek(mention.entry.id)) this.openCard(mention, focus);
      });
      return;
    }
    this.#pending = undefined;
    const related = entry.related ?? [];
    if (related.some((id) => !this.#cards.peek(id))) {
      void this.#cards.load(related).then(() => {
        if (this.#open === mention) this.openCard(mention, false);
      });
    }
    this.#open = mention;
    this.#owner.setActive(mention.range);
    this.#ui.showCard(this.#cardContent(entry, mention), mention.range, focus);
  }

  /** The chooser of a possible match: shown at once, each candidate's line filled in when its card text comes. */
  #openChooser(name: PossibleMention, focus: boolean): void {
    this.#pending = undefined;
    const ids = name.candidates.map((candidate) => candidate.entry.id);
    if (ids.some((id) => !this.#cards.peek(id))) void this.#cards.load(ids).then(() => this.#open === name && this.#openChooser(name, false));
    this.#open = name;
    this.#owner.setActive(name.range);
    const dark = prefersDarkCard(this.#settings.theme, name.range.startContainer.parentElement ?? document.body, window);
    this.#ui.showChooser({ name, lookup: (id) => this.#cards.peek(id), dark, onClose: () => this.closeCard() }, name.range, focus);
  }

  #cardContent(entry: EntryCard, mention: PageMention | undefined): CardContent {
    return {
      entry,
      lookup: (id) => this.#cards.peek(id),
      ...(mention && { why: { alias: mention.alias, rule: mention.rule } }),
      dark: prefersDarkCard(this.#settings.theme, mention?.range.startContainer.parentElement ?? document.body, window),
      onClose: () => this.closeCard(),
      onMute: (id) => this.#actions.onMute(id),
      onSiteOff: () => this.#actions.onSiteOff(),
    };
  }

  closeCard(): void {
    this.#pending = undefined;
    if (!this.#open) return;
    this.#open = undefined;
    this.#owner.setActive(undefined);
    this.#ui.hideCard();
  }

  /** The keyboard command: open the list of names on this page, or close it. */
  togglePanel(): boolean {
    if (this.#ui.isPanelOpen) {
      this.#ui.hidePanel();
      return false;
    }
    const items = new Map<string, PanelItem>();
    for (const { entry } of this.#marks.index.all) {
      if (!items.has(entry.id)) items.set(entry.id, { id: entry.id, label: entry.label, kind: entry.kind, count: this.#marks.counts.get(entry.id) ?? 1 });
    }
    this.#marks.possible.all.forEach((name, index) => {
      const key = `${POSSIBLE_ITEM}${name.candidates.map((candidate) => candidate.entry.id).join(' ')}`;
      if (!items.has(key)) items.set(key, { id: `${POSSIBLE_ITEM}${index}`, label: name.text, kind: 'possible', count: 1 });
    });
    this.#ui.showPanel({
      items: [...items.values()],
      dark: prefersDarkCard(this.#settings.theme, document.body, window),
      onPick: (id) => (id.startsWith(POSSIBLE_ITEM) ? this.showPossible(Number(id.slice(POSSIBLE_ITEM.length))) : this.showEntry(id)),
      onClose: () => this.#ui.hidePanel(),
    });
    return true;
  }

  /** Scroll the first mention of an entry into view and open its card (from the popup). */
  showEntry(entryId: string): boolean {
    const mention = this.#marks.index.firstOf(entryId);
    if (!mention) return false;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.openCard(mention, true);
    return true;
  }

  /** Scroll a possible match into view and open its chooser (from the panel, or from the popup, which names its `text`). */
  showPossible(index: number, text?: string): boolean {
    const name = this.#marks.possible.all[index];
    // The page was read again since the popup asked: that place may now hold another name.
    if (!name || (text !== undefined && name.text !== text)) return false;
    name.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.openCard(name, true);
    return true;
  }

  destroy(): void {
    this.#abort.abort();
    this.#ui.destroy();
    this.#owner.destroy();
    this.#open = undefined;
  }

  /** Run one read after the previous one: reads never interleave. */
  #read(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.#reading = this.#reading.then(async () => {
      if (this.#abort.signal.aborted) return;
      try {
        await work(this.#abort.signal);
      } catch (error) {
        // One failed read must not stop the ones queued after it: the page's next change reads again.
        console.warn('Backgrounder could not read a change of this page:', error);
      }
      if (this.#open && !this.#open.range.startContainer.isConnected) this.closeCard();
      this.#afterMarking();
    });
    return this.#reading;
  }

  #markOptions(): MarkOptions {
    const { kinds, muted, density, highlightStyle, corrections, showPossibleMatches } = this.#settings;
    const mutedSet = new Set(muted);
    const isEnabled = (entry: EntryRef): boolean => kinds[entry.kind] && !mutedSet.has(entry.id);
    const site = siteKey(location.hostname);
    // A name the reader relinked follows the switches of the entry it now points at (muted, category off).
    const correct = (found: readonly Mention[], entryOf: (id: string) => EntryRef | undefined): Mention[] =>
      applyCorrections(found, corrections, site, (id) => entryOf(id) !== undefined).filter((mention) => {
        const entry = entryOf(mention.entryId);
        return entry !== undefined && isEnabled(entry);
      });
    // The reader's choices among possible matches (and relinks of their names) mark those names.
    const decide: MarkOptions['decide'] = (spans, entryOf) => decideUndecided(spans, corrections, site, (id) => entryOf(id) !== undefined);
    return { density, highlightStyle, isEnabled, showPossible: showPossibleMatches, ...(corrections.length > 0 && { correct, decide }) };
  }

  /** Prefetch the card text of what is marked, and tell the background for the badge. */
  #afterMarking(): void {
    const ids = [...new Set(this.#marks.index.all.map((mention) => mention.entry.id))];
    const candidates = this.#marks.possible.all.flatMap((name) => name.candidates.map((candidate) => candidate.entry.id));
    const prefetch = (): void =>
      void this.#cards.load([...ids, ...candidates]).then(() => {
        const first = ids[0] && this.#cards.peek(ids[0]);
        if (first && !this.#abort.signal.aborted) this.#ui.warmUp(this.#cardContent(first, undefined));
      });
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 1000 });
    else setTimeout(prefetch, 0);
    // The background may be asleep or gone (extension updated), which is not an error here.
    if (window === window.top) sendToBackground('content:page-entries', { count: ids.length }).catch(() => {});
  }
}
