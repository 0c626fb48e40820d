/**
 * The card text of entries, fetched from the background on demand and kept
 * for the page's lifetime. The content script carries only what marking
 * needs; the summaries, facts and sources of the entries found on a page are
 * prefetched once it is marked, so a card can open in the same frame as the
 * hover intent fires.
 */
import type { EntryCard } from '../../core/glossary/schema.ts';
import { sendToBackground } from '../../shared/messages.ts';

/** How long a request for card text may take before it is asked again. */
const REQUEST_TIMEOUT_MS = 3000;

export class CardCache {
  readonly #cards = new Map<string, EntryCard>();
  readonly #pending = new Map<string, Promise<void>>();

  /** The card if it is already here. */
  peek(id: string): EntryCard | undefined {
    return this.#cards.get(id);
  }

  /** Add cards known locally (the reader's own glossaries). */
  add(cards: readonly EntryCard[]): void {
    for (const card of cards) this.#cards.set(card.id, card);
  }

  /**
   * Fetch the cards not here yet; resolves when all asked for are here, known
   * not to exist, or the request was given up. A request is given up after a
   * few seconds, so the next hover asks again: Chromium never answers a message
   * that was in flight when the page went into the back/forward cache.
   */
  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.#cards.has(id) && !this.#pending.has(id));
    if (missing.length > 0) {
      const request = sendToBackground('content:get-cards', { ids: missing }).then((cards) => {
        for (const card of cards) this.#cards.set(card.id, card);
      });
      const settled: Promise<void> = Promise.race([request, new Promise<void>((resolve) => setTimeout(resolve, REQUEST_TIMEOUT_MS))])
        .catch(() => {})
        .finally(() => missing.forEach((id) => this.#pending.delete(id)));
      for (const id of missing) this.#pending.set(id, settled);
    }
    await Promise.all(ids.map((id) => this.#pending.get(id)));
  }

  /** Forget requests in flight (the page is going into the back/forward cache; their answers may never come). */
  dropPending(): void {
    this.#pending.clear();
  }
}
