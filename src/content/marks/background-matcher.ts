/**
 * Matching in the background: the page sends the text of the blocks it read
 * and gets back their scans and the rules it needs to select
 * (src/shared/match-batch.ts). The glossary lives once per browser, in the
 * service worker (Chrome) or event page (Firefox); a page holds none of it.
 *
 * The background keeps nothing per page, so a page that outlives it (Chrome
 * stops an idle service worker after 30 s) loses nothing: its next message
 * starts the background again, which loads the glossary and answers. A
 * message in flight when the background stops is rejected; it is sent again.
 */
import type { MatchBatch } from '../../shared/match-batch.ts';
import { sendToBackground } from '../../shared/messages.ts';

/** How a page gets its blocks matched; tests match in the page itself. */
export interface BlockMatcher {
  match(texts: readonly string[]): Promise<MatchBatch>;
  /**
   * Get ready to match, without waiting: called as a page starts to read, so
   * that a stopped background starts and loads its glossary while the page is
   * read, not after.
   */
  prepare?(): void;
}

/** Attempts per batch: a background stopping mid-answer costs one; an orphaned script fails at once. */
const ATTEMPTS = 3;

export class BackgroundMatcher implements BlockMatcher {
  readonly #disabled: readonly string[];
  readonly #isOrphaned: () => boolean;

  /** `disabled`: the glossaries switched off (the `disabledGlossaries` setting). */
  constructor(disabled: readonly string[], isOrphaned: () => boolean) {
    this.#disabled = disabled;
    this.#isOrphaned = isOrphaned;
  }

  /**
   * An empty batch: it starts the background if the browser had stopped it and
   * has it load the glossaries this page matches with (measured: the load is
   * most of what a page waits for after a stop, docs/page-work.md). A running
   * background answers it at once.
   */
  prepare(): void {
    this.match([]).catch(() => {}); // the real batch reports a failure
  }

  async match(texts: readonly string[]): Promise<MatchBatch> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await sendToBackground('content:match-blocks', { texts: [...texts], disabled: [...this.#disabled] });
      } catch (error) {
        if (attempt >= ATTEMPTS || this.#isOrphaned()) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }
}
