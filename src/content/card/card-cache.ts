/**
 * The card text of entries, fetched from the background on demand and kept
 * for the page's lifetime. The content script carries only what marking
 * needs; the summaries, facts and sources of the entries found on a page are
 * prefetched once it is marked, so a card can open in the same frame as the
 * hover intent fires.
 */
import type { EntryCard } from '../../core/glossary/schema.ts';
import { sendToBackground } from '../../shared/messages.ts';

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

  /** Fetch the cards not here yet; resolves when all asked for are here (or known not to exist). */
  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.#cards.has(id) && !this.#pending.has(id));
    if (missing.length > 0) {
      const request = sendToBackground('content:get-cards', { ids: missing }).then((cards) => {
        for (const card of cards) this.#cards.set(card.id, card);
      });
      const settled = request.catch(() => {}).finally(() => missing.forEach((id) => this.#pending.delete(id)));
      for (const id of missing) this.#pending.set(id, settled);
    }
    await Promise.all(ids.map((id) => this.#pending.get(id)));
  }
}
