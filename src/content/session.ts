/**
 * One active period of Backgrounder on a page: scan, mark, hover, card. It
 * owns every listener and timer through one AbortSignal; `destroy()` aborts
 * them and removes everything from the page, whatever the reason (switched
 * off, extension updated, page hidden into the back/forward cache, a newer
 * instance taking over).
 */
import type { Matcher } from '../core/match/matcher.ts';
import type { Kind } from '../core/glossary/schema.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { Settings } from '../shared/settings-schema.ts';
import { CardCache } from './card/card-cache.ts';
import { CardHost } from './card/card-host.ts';
import { prefersDarkCard } from './card/page-theme.ts';
import { mentionAtPoint } from './hover/hit-test.ts';
import { watchHover } from './hover/hover-intent.ts';
import { MentionIndex, type PageMention } from './page-mentions.ts';
import { highlightName, PageOwner, HOST_TAG } from './page/page-owner.ts';
import { collectBlocks } from './scan/collect-blocks.ts';
import { rangeFor } from './scan/text-block.ts';

/** What the extension measured of its own work on this page, reported to the popup and the annotate CLI. */
export interface SessionTiming {
  glossaryMs: number;
  scanMs: number;
  highlightMs: number;
  /** From the content script's start to all mentions marked. */
  totalMs: number;
  blocks: number;
  characters: number;
}

export class Session {
  readonly #abort = new AbortController();
  readonly #owner: PageOwner;
  readonly #card: CardHost;
  readonly #matcher: Matcher;
  readonly #cards: CardCache;
  #settings: Settings;
  #index = new MentionIndex([]);
  #open: PageMention | undefined;
  timing: SessionTiming | undefined;

  constructor(
    matcher: Matcher,
    cards: CardCache,
    settings: Settings,
    private readonly onSiteOff: () => void,
    private readonly onMute: (id: string) => void,
  ) {
    this.#matcher = matcher;
    this.#cards = cards;
    this.#settings = settings;
    this.#owner = new PageOwner(document);
    this.#card = new CardHost(this.#owner);
  }

  get mentions(): readonly PageMention[] {
    return this.#index.all;
  }

  get openEntryId(): string | undefined {
    return this.#open?.entry.id;
  }

  /** Mark the page and start listening. `startedAt` is when the content script started, for timing. */
  start(startedAt: number, glossaryMs: number): void {
    this.#mark(startedAt, glossaryMs);
    watchHover(
      {
        mentionAt: (x, y) => mentionAtPoint(this.#index, document, x, y),
        isCard: (target) => this.#card.contains(target),
        open: (mention) => this.openCard(mention, false),
        close: () => this.closeCard(),
        openMention: () => this.#open,
      },
      () => this.#settings.hoverDelay,
      window,
      this.#abort.signal,
    );
  }

  /** New settings: re-select and re-mark (the glossary is already loaded). */
  update(settings: Settings): void {
    this.#settings = settings;
    this.closeCard();
    this.#mark(performance.now(), 0);
  }

  openCard(mention: PageMention, focus: boolean): void {
    const entry = this.#cards.peek(mention.entry.id);
    if (!entry) {
      // Not prefetched yet (a very fast hover, or the background was asleep): open when it arrives.
      void this.#cards.load([mention.entry.id]).then(() => {
        if (!this.#abort.signal.aborted && this.#cards.peek(mention.entry.id)) this.openCard(mention, focus);
      });
      return;
    }
    const related = entry.related ?? [];
    if (related.some((id) => !this.#cards.peek(id))) {
      void this.#cards.load(related).then(() => {
        if (this.#open === mention) this.openCard(mention, false);
      });
    }
    this.#open = mention;
    this.#owner.setActive(mention.range);
    const container = mention.range.startContainer.parentElement;
    this.#card.show(
      {
        entry,
        lookup: (id) => this.#cards.peek(id),
        why: { alias: mention.alias, rule: mention.rule },
        dark: prefersDarkCard(this.#settings.theme, container, window),
        onClose: () => this.closeCard(),
        onMute: (id) => this.onMute(id),
        onSiteOff: () => this.onSiteOff(),
      },
      mention.range,
      focus,
    );
  }

  closeCard(): void {
    if (!this.#open) return;
    this.#open = undefined;
    this.#owner.setActive(undefined);
    this.#card.hide();
  }

  /** Scroll the first mention of an entry into view and open its card (from the popup). */
  showEntry(entryId: string): boolean {
    const mention = this.#index.firstOf(entryId);
    if (!mention) return false;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.openCard(mention, true);
    return true;
  }

  destroy(): void {
    this.#abort.abort();
    this.#card.destroy();
    this.#owner.destroy();
    this.#index = new MentionIndex([]);
    this.#open = undefined;
  }

  #mark(startedAt: number, glossaryMs: number): void {
    const scanStart = performance.now();
    const exclude = new Set(document.querySelectorAll(HOST_TAG));
    const blocks = collectBlocks(document.body ?? document.documentElement, { exclude });
    const scans = blocks.map((block) => this.#matcher.scan(block.text));
    const { kinds, muted, density } = this.#settings;
    const mutedSet = new Set(muted);
    const selected = this.#matcher.select(scans, { density, isEnabled: (entry) => kinds[entry.kind] && !mutedSet.has(entry.id) });
    const highlightStart = performance.now();

    const mentions: PageMention[] = [];
    const byName = new Map<string, Range[]>();
    selected.forEach((list, i) => {
      const block = blocks[i]!;
      for (const found of list) {
        const entry = this.#matcher.entry(found.entryId)!;
        const range = rangeFor(block, found.start, found.end);
        mentions.push({ entry, alias: found.alias, rule: found.rule, range, text: block.text.slice(found.start, found.end) });
        const name = highlightName(this.#settings.highlightStyle, entry.kind as Kind);
        const ranges = byName.get(name) ?? [];
        ranges.push(range);
        byName.set(name, ranges);
      }
    });
    this.#owner.setMarks(byName);
    this.#index = new MentionIndex(mentions);
    const end = performance.now();
    this.timing = {
      glossaryMs,
      scanMs: highlightStart - scanStart,
      highlightMs: end - highlightStart,
      totalMs: end - startedAt,
      blocks: blocks.length,
      characters: blocks.reduce((sum, block) => sum + block.text.length, 0),
    };
    // Card text for every entry found, fetched while the reader is still reading.
    const ids = [...new Set(mentions.map((mention) => mention.entry.id))];
    const prefetch = () => void this.#cards.load(ids);
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 1000 });
    else setTimeout(prefetch, 0);
    // The badge; the background may be asleep or gone (extension updated), which is not an error here.
    sendToBackground('content:page-entries', { count: ids.length }).catch(() => {});
  }
}
